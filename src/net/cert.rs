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

    use rcgen::{
        CertificateParams, CertifiedIssuer, CustomExtension, DistinguishedName, DnType, KeyPair,
        SanType,
    };
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;

    /// `openssl dsaparam -genkey -out dsa.key 1024; openssl req -x509 -new -key dsa.key
    /// -subj /CN=dsa.test -days 36500 -sha256` (rcgen cannot make DSA keys).
    const DSA_PEM: &str = "\
-----BEGIN CERTIFICATE-----\n\
MIIC3TCCAougAwIBAgIUKXhfUI0ETaVNwukOnFHWEiYK2L4wCwYJYIZIAWUDBAMC\n\
MBMxETAPBgNVBAMMCGRzYS50ZXN0MCAXDTI2MTIwMTIzMDc0NVoYDzIxMjYxMTA3\n\
MjMwNzQ1WjATMREwDwYDVQQDDAhkc2EudGVzdDCCAb4wggEzBgcqhkjOOAQBMIIB\n\
JgKBgQCJXvkRsptCPpq6lC7Ip5eIYbe9ygD8Xdj09zI5l8ilnZd9FYKrAw5k20z1\n\
cQZBdLJjO7YJ96LmIvfXd1ffV25r0P3PUWYFJuihzksU5jCQv3PLgNvYa4xYIQ/T\n\
YtVexLOajw18yxv6Idpq+1Z0zQgupl5cIjE5pAJ8BlwSLx7ajQIdAIWyNX8k7aJP\n\
9qx4FhhGpd88lgIPuW976W3kMqUCgYA36GdiSqskWET/B1NwHhh2L5Z+YnMIJMbI\n\
+ZFP+dvs9O1Kvjt4mCDmx6cuJ/J6MzhvCPlPsyTIV8NMx/iLsW41n6z5rq7d/fw3\n\
iUanvLV0TqTobolUFqcQg1Qq4SjnXqC6ZGtcznBg8GJBNw36Q/fAe+5lzbwGYEXj\n\
OSWVDCuboAOBhAACgYApprB0sDA0lg0z2CunhLgPY+6BTdqr4elHMpyFb4GNAr+g\n\
6Z1q9dm6Mo6RZ5c6hH1Rza9Ocxo9PyMe8gKCUl/4A1Xz/qD1+5Ja6NW3BMidkJXT\n\
zVT3PimDcnMVQBgwY049LSdBZsPwhHiuF3GkexfV507FqF+GwnNnqiHfxWXMoqNT\n\
MFEwHQYDVR0OBBYEFExBLh2DsCsFspnLmbDnEnOLYTinMB8GA1UdIwQYMBaAFExB\n\
Lh2DsCsFspnLmbDnEnOLYTinMA8GA1UdEwEB/wQFMAMBAf8wCwYJYIZIAWUDBAMC\n\
Az8AMDwCHCq4Z6wBRZAjKouCr7+3cwb97Cm8jrZdlWlqii0CHFJm15+qfwjWK851\n\
s2jHoH9CJ3wzMN6J9AXAK4s=\n\
-----END CERTIFICATE-----\n";

    /// `openssl genpkey -algorithm ed448; openssl req -x509 -new -subj /CN=ed448.test -days
    /// 36500`: a key type the report does not know.
    const ED448_PEM: &str = "\
-----BEGIN CERTIFICATE-----\n\
MIIBjDCCAQygAwIBAgIUbxCW4HeVv0GhE8waxE25DZVNRy4wBQYDK2VxMBUxEzAR\n\
BgNVBAMMCmVkNDQ4LnRlc3QwIBcNMjYxMjAxMjMwNzQ1WhgPMjEyNjExMDcyMzA3\n\
NDVaMBUxEzARBgNVBAMMCmVkNDQ4LnRlc3QwQzAFBgMrZXEDOgAWmkATUrVwinZi\n\
/gpY0Qn2iEdbNttE81RdVjrKOUUXQMu1V1iCpB75NY90g4zanzGE7nWezfm37gCj\n\
UzBRMB0GA1UdDgQWBBQbV2PQzEb1apw5u0nd9dQYUbKiMzAfBgNVHSMEGDAWgBQb\n\
V2PQzEb1apw5u0nd9dQYUbKiMzAPBgNVHRMBAf8EBTADAQH/MAUGAytlcQNzAFES\n\
qxQaU9gUamg5g2iDhKQCCJiznZTThb9kPRrYoMgmpPJWUYZLI/FIt6ieqjvuNKgn\n\
IkJ5DSqPABosKX8sIpjCsdEAJq05gdEDzBKPoUYL32Re/hyuDtqzLTHJ7m0wzGJ/\n\
95AnAWTBv8OoQyans7ESAA==\n\
-----END CERTIFICATE-----\n";

    fn pem(text: &[u8]) -> CertInfo {
        CertInfo::parse(&CertificateDer::from_pem_slice(text).unwrap()).unwrap()
    }

    fn dn(org: Option<&str>, cn: &str) -> DistinguishedName {
        let mut dn = DistinguishedName::new();
        if let Some(o) = org {
            dn.push(DnType::OrganizationName, o);
        }
        dn.push(DnType::CommonName, cn);
        dn
    }

    fn params(subject: DistinguishedName) -> CertificateParams {
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        p.distinguished_name = subject;
        p
    }

    fn issuer(subject: DistinguishedName) -> CertifiedIssuer<'static, KeyPair> {
        CertifiedIssuer::self_signed(params(subject), KeyPair::generate().unwrap()).unwrap()
    }

    fn signed_by(p: CertificateParams, ca: &CertifiedIssuer<'static, KeyPair>) -> CertInfo {
        let cert = p.signed_by(&KeyPair::generate().unwrap(), ca).unwrap();
        CertInfo::parse(cert.der()).unwrap()
    }

    fn der_tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        assert!(content.len() < 128);
        [&[tag, content.len() as u8][..], content].concat()
    }

    /// AuthorityInfoAccess with an OCSP responder and a caIssuers URL.
    fn aia(ocsp: &str, ca_issuers: &str) -> CustomExtension {
        let description = |last: u8, url: &str| {
            let oid = der_tlv(0x06, &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, last]);
            der_tlv(0x30, &[oid, der_tlv(0x86, url.as_bytes())].concat())
        };
        let content = der_tlv(
            0x30,
            &[description(0x01, ocsp), description(0x02, ca_issuers)].concat(),
        );
        CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], content)
    }

    fn info(key_type: &'static str, key_bits: usize) -> CertInfo {
        CertInfo {
            subject: String::new(),
            issuer: String::new(),
            sans: vec![],
            not_before: 0,
            not_after: 0,
            key_type,
            key_bits,
            signature: String::new(),
            weak_hash: None,
            self_issued: false,
            self_signed: false,
            ca_issuers: vec![],
        }
    }

    #[test]
    fn a_leaf_reads_names_addresses_and_where_its_issuer_is() {
        let ca = issuer(dn(Some("Let's Encrypt"), "R11"));
        let mut p = params(dn(Some("Shop"), "shop.test"));
        p.subject_alt_names = vec![
            SanType::DnsName("shop.test".try_into().unwrap()),
            SanType::IpAddress("127.0.0.2".parse().unwrap()),
            SanType::IpAddress("::1".parse().unwrap()),
            SanType::URI("https://shop.test/".try_into().unwrap()),
        ];
        p.custom_extensions
            .push(aia("http://ocsp.ca.test/", "http://ca.test/r11.der"));
        let c = signed_by(p, &ca);
        assert_eq!(c.subject, "shop.test");
        assert_eq!(c.issuer, "Let's Encrypt R11");
        assert_eq!(c.sans, ["shop.test", "127.0.0.2", "::1"]);
        assert_eq!(c.ca_issuers, ["http://ca.test/r11.der"]);
        assert_eq!((c.key_type, c.key_bits), ("EC", 256));
        assert_eq!(c.signature, "ecdsa-with-SHA256");
        assert_eq!(c.weak_hash, None);
        assert!(!c.self_issued && !c.self_signed);
    }

    #[test]
    fn an_issuer_whose_name_holds_its_organisation_is_shown_once() {
        let ca = issuer(dn(Some("Acme"), "Acme Root CA"));
        assert_eq!(
            signed_by(params(dn(None, "a.test")), &ca).issuer,
            "Acme Root CA"
        );
        let bare = issuer(dn(None, "Bare CA"));
        assert_eq!(
            signed_by(params(dn(None, "a.test")), &bare).issuer,
            "Bare CA"
        );
    }

    #[test]
    fn self_issued_is_not_self_signed_without_its_own_signature() {
        // Same name as the CA, but signed by the CA's key: self-issued, not self-signed.
        let name = dn(Some("Same"), "Same Name");
        let ca = issuer(name.clone());
        let c = signed_by(params(name), &ca);
        assert!(c.self_issued);
        assert!(!c.self_signed);

        let key = KeyPair::generate_for(&rcgen::PKCS_ED25519).unwrap();
        let own = params(dn(None, "self.test")).self_signed(&key).unwrap();
        let c = CertInfo::parse(own.der()).unwrap();
        assert!(c.self_issued && c.self_signed);
        assert_eq!((c.key_type, c.key_bits), ("Ed25519", 256));
        assert_eq!(c.signature, "Ed25519");
    }

    #[test]
    fn key_types_and_sizes() {
        let rsa = pem(include_bytes!(
            "../../tests/integration/fixtures/rsa1024.pem"
        ));
        assert_eq!((rsa.key_type, rsa.key_bits), ("RSA", 1024));
        assert_eq!(rsa.signature, "sha256WithRSAEncryption");
        // (ring verifies no RSA signature under 2048 bits, so it is not seen as self-signed.)
        assert!(rsa.self_issued && rsa.weak_key());
        let dsa = pem(DSA_PEM.as_bytes());
        assert_eq!(dsa.key_type, "DSA");
        let ed448 = pem(ED448_PEM.as_bytes());
        assert_eq!((ed448.key_type, ed448.key_bits), ("unknown", 0));
        assert_eq!(ed448.signature, "1.3.101.113");
        let sha1 = pem(include_bytes!(
            "../../tests/integration/fixtures/sha1-leaf.pem"
        ));
        assert_eq!(sha1.weak_hash, Some("SHA-1"));
        let p384 = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).unwrap();
        let c = params(dn(None, "p384.test")).self_signed(&p384).unwrap();
        let c = CertInfo::parse(c.der()).unwrap();
        assert_eq!((c.key_type, c.key_bits), ("EC", 384));
    }

    #[test]
    fn garbage_is_not_a_certificate() {
        assert!(
            CertInfo::parse(b"not a certificate")
                .unwrap_err()
                .starts_with("unreadable certificate")
        );
    }

    #[test]
    fn days_are_whole_and_count_down_to_negative() {
        let now = 1_700_000_000;
        let mut c = info("EC", 256);
        c.not_before = now - 30 * 86_400 - 100;
        c.not_after = now + 60 * 86_400 + 5;
        assert_eq!(c.days_left(now), 60);
        assert_eq!(c.lifetime_days(), 90);
        c.not_after = now - 1;
        assert_eq!(c.days_left(now), -1);
        c.not_after = now - 2 * 86_400 - 1;
        assert_eq!(c.days_left(now), -3);
    }

    #[test]
    fn weak_keys_are_short_rsa_dsa_and_ec_keys() {
        let weak = |t, bits| info(t, bits).weak_key();
        for (t, bits, expected) in [
            ("RSA", 0, false),
            ("RSA", 1, true),
            ("RSA", 1024, true),
            ("RSA", 2047, true),
            ("RSA", 2048, false),
            ("RSA", 4096, false),
            ("DSA", 1024, true),
            ("DSA", 3072, false),
            ("EC", 0, false),
            ("EC", 1, true),
            ("EC", 224, true),
            ("EC", 255, true),
            ("EC", 256, false),
            ("EC", 384, false),
            ("Ed25519", 256, false),
            ("unknown", 0, false),
            ("unknown", 100, false),
        ] {
            assert_eq!(weak(t, bits), expected, "{t} {bits}");
        }
    }

    #[test]
    fn addresses_are_written_as_people_write_them() {
        assert_eq!(ip_text(&[10, 0, 0, 1]), "10.0.0.1");
        let mut v6 = [0u8; 16];
        v6[15] = 1;
        assert_eq!(ip_text(&v6), "::1");
        assert_eq!(ip_text(&[1, 2, 3]), "[1, 2, 3]");
    }

    #[test]
    fn bit_lengths_of_single_bytes() {
        assert_eq!(significant_bits(&[0x01]), 1);
        assert_eq!(significant_bits(&[0x00, 0x00, 0x7f, 0x00]), 15);
    }
}
