//! What a certificate says, read with x509-parser: names, validity, key, signature
//! algorithm, where its issuer can be fetched (AIA), and whether it signed itself.

use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::PublicKey;

/// A certificate's facts that the TLS check reports on.
#[derive(Debug, Clone)]
pub struct CertInfo {
    /// The subject's common name, or the whole subject.
    pub subject: String,
    /// The issuer as browsers show it, such as `Let's Encrypt R11`.
    pub issuer: String,
    /// DNS names and IP addresses of the subjectAltName extension.
    pub sans: Vec<String>,
    /// notBefore, Unix seconds.
    pub not_before: i64,
    /// notAfter, Unix seconds.
    pub not_after: i64,
    /// `RSA`, `EC`, `Ed25519` or what the key is.
    pub key_type: &'static str,
    /// Key size in bits (0 when unknown).
    pub key_bits: usize,
    /// Signature algorithm, such as `sha256WithRSAEncryption`.
    pub signature: String,
    /// `SHA-1`, `MD5` or `MD2` when the signature uses a broken hash.
    pub weak_hash: Option<&'static str>,
    /// Subject and issuer are the same name.
    pub self_issued: bool,
    /// Self-issued and its signature verifies with its own key.
    pub self_signed: bool,
    /// AIA caIssuers URLs: where the issuing certificate can be downloaded.
    pub ca_issuers: Vec<String>,
}

impl CertInfo {
    /// Reads a DER certificate.
    pub fn parse(der: &[u8]) -> Result<CertInfo, String> {
        let (_, cert) =
            X509Certificate::from_der(der).map_err(|e| format!("unreadable certificate: {e}"))?;
        let name = |n: &x509_parser::x509::X509Name<'_>| {
            n.iter_common_name()
                .next()
                .or_else(|| n.iter_organization().next())
                .and_then(|a| a.as_str().ok())
                .map(str::to_owned)
                .unwrap_or_else(|| n.to_string())
        };
        let mut sans = Vec::new();
        let mut ca_issuers = Vec::new();
        for ext in cert.extensions() {
            match ext.parsed_extension() {
                ParsedExtension::SubjectAlternativeName(san) => {
                    for gn in &san.general_names {
                        match gn {
                            GeneralName::DNSName(d) => sans.push((*d).to_owned()),
                            GeneralName::IPAddress(ip) => sans.push(ip_text(ip)),
                            _ => {}
                        }
                    }
                }
                ParsedExtension::AuthorityInfoAccess(aia) => {
                    for ad in &aia.accessdescs {
                        if ad.access_method.to_id_string() == "1.3.6.1.5.5.7.48.2"
                            && let GeneralName::URI(uri) = &ad.access_location
                        {
                            ca_issuers.push((*uri).to_owned());
                        }
                    }
                }
                _ => {}
            }
        }
        let (key_type, key_bits) = match cert.public_key().parsed() {
            Ok(PublicKey::RSA(rsa)) => ("RSA", significant_bits(rsa.modulus)),
            Ok(PublicKey::EC(point)) => ("EC", point.key_size()),
            Ok(PublicKey::DSA(_)) => ("DSA", 0),
            _ if cert.public_key().algorithm.algorithm.to_id_string() == "1.3.101.112" => {
                ("Ed25519", 256)
            }
            _ => ("unknown", 0),
        };
        let sig_oid = cert.signature_algorithm.algorithm.to_id_string();
        let (signature, weak_hash) = signature_name(&sig_oid);
        let self_issued = cert.subject() == cert.issuer();
        let self_signed = self_issued && cert.verify_signature(None).is_ok();
        // "Let's Encrypt R11": organisation and common name, as browsers show an issuer.
        let issuer = match (
            cert.issuer()
                .iter_organization()
                .next()
                .and_then(|a| a.as_str().ok()),
            cert.issuer()
                .iter_common_name()
                .next()
                .and_then(|a| a.as_str().ok()),
        ) {
            (Some(o), Some(cn)) if !cn.contains(o) => format!("{o} {cn}"),
            _ => name(cert.issuer()),
        };
        Ok(CertInfo {
            subject: name(cert.subject()),
            issuer,
            sans,
            not_before: cert.validity().not_before.timestamp(),
            not_after: cert.validity().not_after.timestamp(),
            key_type,
            key_bits,
            signature,
            weak_hash,
            self_issued,
            self_signed,
            ca_issuers,
        })
    }

    /// Whole days from `now` (Unix seconds) to notAfter; negative once expired.
    pub fn days_left(&self, now: i64) -> i64 {
        (self.not_after - now).div_euclid(86_400)
    }

    /// Validity period in whole days.
    pub fn lifetime_days(&self) -> i64 {
        (self.not_after - self.not_before) / 86_400
    }

    /// True for RSA under 2048 bits or EC under 256 bits.
    pub fn weak_key(&self) -> bool {
        match self.key_type {
            "RSA" | "DSA" => self.key_bits > 0 && self.key_bits < 2048,
            "EC" => self.key_bits > 0 && self.key_bits < 256,
            _ => false,
        }
    }
}

/// The bit length of a big-endian unsigned integer (DER adds a leading zero byte).
fn significant_bits(bytes: &[u8]) -> usize {
    let trimmed: &[u8] = match bytes.iter().position(|b| *b != 0) {
        Some(i) => &bytes[i..],
        None => return 0,
    };
    (trimmed.len() - 1) * 8 + (8 - trimmed[0].leading_zeros() as usize)
}

fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]).to_string(),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(bytes);
            std::net::Ipv6Addr::from(a).to_string()
        }
        _ => format!("{bytes:?}"),
    }
}

/// A readable name for a signature algorithm, and the broken hash it uses, if any.
fn signature_name(oid: &str) -> (String, Option<&'static str>) {
    let (name, weak) = match oid {
        "1.2.840.113549.1.1.2" => ("md2WithRSAEncryption", Some("MD2")),
        "1.2.840.113549.1.1.4" => ("md5WithRSAEncryption", Some("MD5")),
        "1.2.840.113549.1.1.5" => ("sha1WithRSAEncryption", Some("SHA-1")),
        "1.2.840.10045.4.1" => ("ecdsa-with-SHA1", Some("SHA-1")),
        "1.2.840.10040.4.3" => ("dsa-with-sha1", Some("SHA-1")),
        "1.2.840.113549.1.1.11" => ("sha256WithRSAEncryption", None),
        "1.2.840.113549.1.1.12" => ("sha384WithRSAEncryption", None),
        "1.2.840.113549.1.1.13" => ("sha512WithRSAEncryption", None),
        "1.2.840.113549.1.1.10" => ("RSASSA-PSS", None),
        "1.2.840.10045.4.3.2" => ("ecdsa-with-SHA256", None),
        "1.2.840.10045.4.3.3" => ("ecdsa-with-SHA384", None),
        "1.2.840.10045.4.3.4" => ("ecdsa-with-SHA512", None),
        "1.3.101.112" => ("Ed25519", None),
        other => return (other.to_owned(), None),
    };
    (name.to_owned(), weak)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_lengths_ignore_the_der_sign_byte() {
        assert_eq!(significant_bits(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(significant_bits(&[0x01, 0x00]), 9);
        assert_eq!(significant_bits(&[0x00]), 0);
    }

    #[test]
    fn broken_hashes_are_named() {
        assert_eq!(signature_name("1.2.840.113549.1.1.5").1, Some("SHA-1"));
        assert_eq!(signature_name("1.2.840.10045.4.1").1, Some("SHA-1"));
        assert_eq!(signature_name("1.2.840.113549.1.1.4").1, Some("MD5"));
        assert_eq!(
            signature_name("1.2.840.10045.4.3.2"),
            ("ecdsa-with-SHA256".to_owned(), None)
        );
    }
}
