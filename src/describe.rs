//! What `list`, `explain` and `init` print, built from the checks' own metadata so the
//! docs cannot drift from the code.

use std::fmt::Write as _;

use crate::checks::{self, CheckMeta, DefaultRequired};

fn required_text(meta: &CheckMeta) -> String {
    match meta.default_required {
        DefaultRequired::Yes => "yes".to_owned(),
        DefaultRequired::No => "no".to_owned(),
        DefaultRequired::OnSite(site) => format!("on {site}"),
    }
}

fn needs_text(meta: &CheckMeta) -> String {
    if meta.needs.is_empty() {
        return "nothing".to_owned();
    }
    meta.needs
        .iter()
        .map(|n| n.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `list` table.
pub fn list() -> String {
    let mut s = String::new();
    let rows: Vec<[String; 4]> = checks::ALL
        .iter()
        .map(|c| {
            let m = c.meta();
            [
                m.id.to_owned(),
                m.title.to_owned(),
                required_text(m),
                needs_text(m),
            ]
        })
        .collect();
    let header = ["ID", "TITLE", "REQUIRED", "NEEDS"].map(str::to_owned);
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            rows.iter()
                .chain([&header])
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in [&header].into_iter().chain(rows.iter()) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(v, w)| format!("{v:<w$}"))
            .collect();
        let _ = writeln!(s, "{}", line.join("  ").trim_end());
    }
    let _ = writeln!(s);
    for c in checks::ALL {
        let m = c.meta();
        let _ = writeln!(s, "{}: {}", m.id, m.requirement);
    }
    let _ = writeln!(
        s,
        "\nRun `mp-golive explain <id>` for what a check verifies and how to fix each finding."
    );
    s
}

/// The `explain <id>` text, or None for an unknown id.
pub fn explain(id: &str) -> Option<String> {
    let m = checks::find(id)?.meta();
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", m.id, m.title);
    let _ = writeln!(s, "Requirement: {}", m.requirement);
    let _ = writeln!(s, "Go-live page section: {}", m.seed_section);
    let _ = writeln!(s, "Required by default: {}", required_text(m));
    let _ = writeln!(s, "Needs: {}", needs_text(m));
    let _ = writeln!(s, "Docs: {}", m.docs_url);
    let _ = writeln!(s, "\n{}\n", m.explain.trim_end());
    let _ = writeln!(s, "Finding codes");
    for code in m.all_codes() {
        let _ = writeln!(s, "  {}/{} ({})", m.id, code.reason, code.severity.as_str());
        let _ = writeln!(s, "      {}", code.meaning);
        let _ = writeln!(s, "      fix: {}", code.fix);
    }
    let _ = writeln!(s, "\nConfiguration ([checks.{}] in mp-golive.toml)", m.id);
    let _ = writeln!(s, "  enabled = true     false reports the check as skip");
    let _ = writeln!(
        s,
        "  required = {:<7} true makes it gate the verdict; false makes it advisory{}",
        required_default(m),
        required_note(m)
    );
    for o in m.options {
        let _ = writeln!(s, "  {} = {}    {}", o.key, o.default, o.help);
    }
    Some(s)
}

/// The default as a TOML value; a site-dependent default is shown as `true`, with a note.
fn required_default(m: &CheckMeta) -> &'static str {
    match m.default_required {
        DefaultRequired::Yes | DefaultRequired::OnSite(_) => "true",
        DefaultRequired::No => "false",
    }
}

fn required_note(m: &CheckMeta) -> String {
    match m.default_required {
        DefaultRequired::OnSite(site) => {
            format!(" (default: true on {site} or an unknown site, false elsewhere)")
        }
        _ => String::new(),
    }
}

/// The commented `mp-golive.toml` that `init` writes. It holds no secrets and parses as a
/// valid config as it is.
pub fn init_template() -> String {
    let mut s = String::from(
        "# mp-golive.toml: settings of `mp-golive check`. Commit it; it holds no secrets.\n\
         # Precedence: command-line flag > environment variable > this file > default.\n\
         # Relative paths are relative to this file.\n\
         \n\
         # Secrets never go here. Give them through the environment (MP_ACCESS_TOKEN,\n\
         # MP_WEBHOOK_SECRET) or a file outside the repository:\n\
         # access_token_file = \"/run/secrets/mp_access_token\"\n\
         # webhook_secret_file = \"/run/secrets/mp_webhook_secret\"\n\
         \n\
         # The public key is public by design (env: MP_PUBLIC_KEY).\n\
         # public_key = \"APP_USR-00000000-0000-0000-0000-000000000000\"\n\
         \n\
         # Expected site: MLA, MLB, MLM, MLC, MCO, MPE or MLU (default: the account's).\n\
         # site = \"MLB\"\n\
         \n\
         # The page with the payment form, and the notification URLs.\n\
         # checkout_url = \"https://shop.example/checkout\"\n\
         # webhook_url = \"https://shop.example/api/mercadopago/webhooks\"\n\
         # ipn_url = \"https://shop.example/api/mercadopago/ipn\"\n\
         \n\
         # A payment made with production credentials (for quality and approval checks).\n\
         # payment_id = \"1234567890\"\n\
         \n\
         # Source tree to scan for committed credentials (default: \".\").\n\
         # source_dir = \".\"\n\
         \n\
         # Network. Timeouts are in seconds.\n\
         # timeout = 10\n\
         # deadline = 60\n\
         # ca_file = \"certs/corporate-root.pem\"\n\
         # resolve = [\"shop.example:443:203.0.113.10\"]\n\
         # allow_private_addresses = false\n\
         \n\
         # Warnings of required checks fail the run too.\n\
         # strict = false\n",
    );
    for c in checks::ALL {
        let m = c.meta();
        let _ = write!(
            s,
            "\n# {}: {}\n[checks.{}]\nenabled = true\n",
            m.title, m.requirement, m.id
        );
        let _ = writeln!(
            s,
            "# required = {}{}",
            required_default(m),
            required_note(m)
        );
        for o in m.options {
            let _ = writeln!(s, "# {}\n# {} = {}", o.help, o.key, o.default);
        }
    }
    s
}
