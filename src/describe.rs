//! What `list`, `explain`, `init` and `completions` print, built from the checks' own
//! metadata so the docs cannot drift from the code, and the "did you mean" of mistyped
//! check ids and codes.

use std::fmt::Write as _;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use serde::Serialize;
use std::ffi::OsStr;

use crate::checks::{self, CheckMeta, CodeDoc, DefaultRequired, Need, OptionDoc, OptionKind};
use crate::i18n::Lang;
use crate::suggest::{did_you_mean, phrase};
use crate::tr;

/// The version of the JSON of `list` and `explain`; it changes only when a field is removed
/// or changes meaning (fields may be added).
pub const DOC_SCHEMA_VERSION: u32 = 1;

/// "yes", "no" or "on MLB", in `lang`: whether a check gates the verdict by default.
fn required_text(lang: Lang, meta: &CheckMeta) -> String {
    match meta.default_required {
        DefaultRequired::Yes => tr!(lang, "list-yes"),
        DefaultRequired::No => tr!(lang, "list-no"),
        DefaultRequired::OnSite(site) => tr!(lang, "list-on-site", site = site),
    }
}

/// The inputs a check cannot run without, in `lang`, or "nothing".
fn needs_text(lang: Lang, meta: &CheckMeta) -> String {
    if meta.needs.is_empty() {
        return tr!(lang, "list-nothing");
    }
    meta.needs
        .iter()
        .map(|n| n.name_in(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `list` table.
pub fn list() -> String {
    list_in(Lang::En)
}

/// The `list` table in `lang`.
pub fn list_in(lang: Lang) -> String {
    let mut s = String::new();
    let rows: Vec<[String; 4]> = checks::ALL
        .iter()
        .map(|c| {
            let m = c.meta();
            [
                m.id.to_owned(),
                check_text(lang, m, "title"),
                required_text(lang, m),
                needs_text(lang, m),
            ]
        })
        .collect();
    let header = [
        tr!(lang, "list-col-id"),
        tr!(lang, "list-col-title"),
        tr!(lang, "list-col-required"),
        tr!(lang, "list-col-needs"),
    ];
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
        let _ = writeln!(s, "{}: {}", m.id, check_text(lang, m, "requirement"));
    }
    let _ = writeln!(s, "\n{}", tr!(lang, "list-more"));
    s
}

/// The `explain <id>` text in `lang`, or None for an unknown id.
pub fn explain(id: &str, lang: Lang) -> Option<String> {
    Some(explain_check(checks::find(id)?.meta(), lang))
}

fn explain_check(m: &CheckMeta, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", m.id, check_text(lang, m, "title"));
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "explain-requirement",
            requirement = check_text(lang, m, "requirement")
        )
    );
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "explain-section",
            section = check_text(lang, m, "section")
        )
    );
    let _ = writeln!(
        s,
        "{}",
        tr!(lang, "explain-required", required = required_text(lang, m))
    );
    let _ = writeln!(
        s,
        "{}",
        tr!(lang, "explain-needs", needs = needs_text(lang, m))
    );
    // No site is known here: the docs link goes to the `.com` site, in the language.
    let docs = crate::i18n::localized_docs_url(m.docs_url, None, lang);
    let _ = writeln!(s, "{}", tr!(lang, "explain-docs", url = docs));
    let _ = writeln!(s, "\n{}\n", check_text(lang, m, "explain").trim_end());
    let _ = writeln!(s, "{}", tr!(lang, "explain-codes"));
    for code in m.all_codes() {
        let _ = writeln!(s, "  {}/{} ({})", m.id, code.reason, code.severity.as_str());
        let _ = writeln!(s, "      {}", code_text(lang, m, code, "meaning"));
        let _ = writeln!(
            s,
            "      {} {}",
            tr!(lang, "label-fix"),
            code_text(lang, m, code, "fix")
        );
    }
    let _ = writeln!(s, "\n{}", tr!(lang, "explain-config", id = m.id));
    let _ = writeln!(
        s,
        "  enabled = true     {}",
        tr!(lang, "explain-config-enabled")
    );
    let _ = writeln!(
        s,
        "  required = {:<7} {}{}",
        required_default(m),
        tr!(lang, "explain-config-required"),
        required_note(lang, m)
    );
    for o in m.options {
        let _ = writeln!(
            s,
            "  {} = {}    {}",
            o.key,
            o.default,
            option_help(lang, m, o)
        );
    }
    s
}

/// The default as a TOML value; a site-dependent default is shown as `true`, with a note.
fn required_default(m: &CheckMeta) -> &'static str {
    match m.default_required {
        DefaultRequired::Yes | DefaultRequired::OnSite(_) => "true",
        DefaultRequired::No => "false",
    }
}

/// For a site-dependent default, " (default: true on MLB or an unknown site, false
/// elsewhere)" in `lang`; nothing otherwise.
fn required_note(lang: Lang, m: &CheckMeta) -> String {
    match m.default_required {
        DefaultRequired::OnSite(site) => {
            format!(" {}", tr!(lang, "explain-required-on-site", site = site))
        }
        _ => String::new(),
    }
}

/// The commented `mp-golive.toml` that `init` writes, its comments in `lang`. It holds no
/// secrets and parses as a valid config as it is, in every language.
pub fn init_template(lang: Lang) -> String {
    // Each block: the message of its comment, then the commented-out keys it is about. The
    // keys and values are written here, never in a catalogue, so that no translation can
    // change what a user uncomments.
    const BLOCKS: [(&str, &[&str]); 11] = [
        ("init-intro", &[]),
        (
            "init-secrets",
            &[
                "access_token_file = \"/run/secrets/mp_access_token\"",
                "webhook_secret_file = \"/run/secrets/mp_webhook_secret\"",
            ],
        ),
        (
            "init-public-key",
            &["public_key = \"APP_USR-00000000-0000-0000-0000-000000000000\""],
        ),
        ("init-site", &["site = \"MLB\""]),
        (
            "init-urls",
            &[
                "checkout_url = \"https://shop.example/checkout\"",
                "webhook_url = \"https://shop.example/api/mercadopago/webhooks\"",
                "ipn_url = \"https://shop.example/api/mercadopago/ipn\"",
            ],
        ),
        (
            "init-payment",
            &[
                "payment_id = \"1234567890\"",
                "order_id = \"ORD01JQ4S4KY8HWQ6NA5PXB65B3D3\"",
            ],
        ),
        ("init-source-dir", &["source_dir = \".\""]),
        (
            "init-network",
            &[
                "timeout = 10",
                "deadline = 60",
                "ca_file = \"certs/corporate-root.pem\"",
                "resolve = [\"shop.example:443:203.0.113.10\"]",
                "allow_private_addresses = false",
            ],
        ),
        ("init-strict", &["strict = false"]),
        ("init-lang", &["lang = \"es\""]),
        (
            "init-official",
            &[
                "official = false",
                "mcp_url = \"https://mcp.mercadopago.com/mcp\"",
            ],
        ),
    ];
    let mut s = String::new();
    for (i, (id, keys)) in BLOCKS.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&comment(&tr!(lang, id)));
        for k in *keys {
            let _ = writeln!(s, "# {k}");
        }
    }
    for c in checks::ALL {
        let m = c.meta();
        let _ = write!(
            s,
            "\n{}[checks.{}]\nenabled = true\n",
            comment(&format!(
                "{}: {}",
                check_text(lang, m, "title"),
                check_text(lang, m, "requirement")
            )),
            m.id
        );
        let _ = writeln!(
            s,
            "# required = {}{}",
            required_default(m),
            required_note(lang, m)
        );
        for o in m.options {
            let _ = writeln!(
                s,
                "{}# {} = {}",
                comment(&option_help(lang, m, o)),
                o.key,
                o.default
            );
        }
    }
    s
}

/// `text` as TOML comment lines, each line of it behind `# `: a translation that runs over
/// several lines stays a comment.
fn comment(text: &str) -> String {
    let mut s = String::new();
    for line in text.trim_end().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            s.push_str("#\n");
        } else {
            let _ = writeln!(s, "# {line}");
        }
    }
    s
}

/// What `explain` was asked about.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// A check id.
    Check(&'static CheckMeta),
    /// A finding code `<check-id>/<reason>` that the check can produce.
    Code(&'static CheckMeta, &'static CodeDoc),
}

/// Finds the check or finding code `input` names. The error is the whole message for the
/// user, with a "did you mean" when something close exists.
pub fn resolve(input: &str) -> Result<Target, String> {
    let input = input.trim();
    if let Some((id, reason)) = input.split_once('/') {
        if let Some(check) = checks::find(id) {
            let m = check.meta();
            if let Some(code) = m.all_codes().find(|c| c.reason == reason) {
                return Ok(Target::Code(m, code));
            }
            let own: Vec<String> = m
                .all_codes()
                .map(|c| format!("{}/{}", m.id, c.reason))
                .collect();
            let hint = did_you_mean(input, own.iter().map(String::as_str))
                .or_else(|| did_you_mean(input, all_codes().iter().map(String::as_str)))
                .map_or_else(String::new, |h| format!(" {h}"));
            return Err(format!(
                "unknown finding code `{input}`: `{id}` has no code `{reason}`.{hint} `mp-golive explain {id}` lists its codes"
            ));
        }
        let hint = did_you_mean(input, all_codes().iter().map(String::as_str))
            .map_or_else(String::new, |h| format!(" {h}"));
        return Err(format!(
            "unknown finding code `{input}`: no check `{id}`.{hint} Known checks: {}",
            checks::ids().join(", ")
        ));
    }
    if let Some(check) = checks::find(input) {
        return Ok(Target::Check(check.meta()));
    }
    // A bare reason (`no-hsts`) names the codes of every check that has it.
    let same_reason: Vec<String> = all_codes()
        .into_iter()
        .filter(|c| c.split_once('/').is_some_and(|(_, r)| r == input))
        .collect();
    let hint = if same_reason.is_empty() {
        // A check id is the likelier meaning of a bare word; codes only when no id is near.
        did_you_mean(input, checks::ids())
            .or_else(|| did_you_mean(input, all_codes().iter().map(String::as_str)))
            .map_or_else(String::new, |h| format!(" {h}"))
    } else {
        format!(" {}", phrase(&same_reason))
    };
    Err(format!(
        "unknown check `{input}`.{hint} Known checks: {}; a finding code is written <check-id>/<reason>, such as checkout-tls/no-hsts",
        checks::ids().join(", ")
    ))
}

/// Every finding code of every check, as `<check-id>/<reason>`.
fn all_codes() -> Vec<String> {
    checks::ALL
        .iter()
        .flat_map(|c| {
            let m = c.meta();
            m.all_codes()
                .map(move |code| format!("{}/{}", m.id, code.reason))
        })
        .collect()
}

/// A check's title (`part` "title"), requirement ("requirement"), go-live page section
/// ("section") or long description ("explain") in `lang`: the metadata in English, the
/// catalogue's translation (`meta-<id>-<part>`) otherwise.
pub fn check_text(lang: Lang, m: &CheckMeta, part: &str) -> String {
    let english = match part {
        "title" => m.title,
        "section" => m.seed_section,
        "explain" => m.explain,
        _ => m.requirement,
    };
    if lang == Lang::En {
        return english.to_owned();
    }
    crate::i18n::get(lang, &format!("meta-{}-{part}", m.id)).unwrap_or_else(|| english.to_owned())
}

/// What an option of `m`'s `[checks.<id>]` table does, in `lang`: the metadata in English,
/// the catalogue's translation (`option-<id>-<key>-help`) otherwise.
pub fn option_help(lang: Lang, m: &CheckMeta, o: &OptionDoc) -> String {
    if lang == Lang::En {
        return o.help.to_owned();
    }
    crate::i18n::get(lang, &format!("option-{}-{}-help", m.id, o.key))
        .unwrap_or_else(|| o.help.to_owned())
}

/// A code's meaning (`part` "meaning") or fix ("fix") in `lang`: the check's metadata in
/// English, the catalogue's translation otherwise (English when there is none yet).
pub fn code_text(lang: Lang, m: &CheckMeta, code: &CodeDoc, part: &str) -> String {
    let english = if part == "meaning" {
        code.meaning
    } else {
        code.fix
    };
    if lang == Lang::En {
        return english.to_owned();
    }
    let owner = if m.codes.iter().any(|c| std::ptr::eq(c, code)) {
        m.id
    } else {
        "common"
    };
    crate::i18n::get(lang, &format!("code-{owner}-{}-{part}", code.reason))
        .unwrap_or_else(|| english.to_owned())
}

/// The human text of `explain <check-id>/<reason>`, in `lang`.
pub fn explain_code(m: &CheckMeta, code: &CodeDoc, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}/{} ({})", m.id, code.reason, code.severity.as_str());
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "explain-check",
            id = m.id,
            title = check_text(lang, m, "title")
        )
    );
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "explain-requirement",
            requirement = check_text(lang, m, "requirement")
        )
    );
    let _ = writeln!(s, "\n{}\n", code_text(lang, m, code, "meaning"));
    let _ = writeln!(
        s,
        "{}",
        tr!(lang, "explain-fix", fix = code_text(lang, m, code, "fix"))
    );
    let docs = crate::i18n::localized_docs_url(m.docs_url, None, lang);
    let _ = writeln!(s, "{}", tr!(lang, "explain-docs", url = docs));
    let _ = writeln!(s, "\n{}", tr!(lang, "explain-more", id = m.id));
    s
}

/// `required_by_default` in JSON: `true`, `false`, or the one site where it is required.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum RequiredJson {
    Always(bool),
    OnSite(&'static str),
}

#[derive(Debug, Serialize)]
struct CheckJson {
    id: &'static str,
    title: &'static str,
    seed_section: &'static str,
    requirement: &'static str,
    required_by_default: RequiredJson,
    needs: Vec<&'static str>,
    docs_url: &'static str,
}

#[derive(Debug, Serialize)]
struct ListJson {
    schema_version: u32,
    checks: Vec<CheckJson>,
}

#[derive(Debug, Serialize)]
struct CodeJson {
    code: String,
    severity: &'static str,
    meaning: &'static str,
    fix: &'static str,
}

#[derive(Debug, Serialize)]
struct OptionJson {
    key: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    default: serde_json::Value,
    help: &'static str,
}

#[derive(Debug, Serialize)]
struct ExplainCheckJson {
    schema_version: u32,
    #[serde(flatten)]
    check: CheckJson,
    explain: &'static str,
    codes: Vec<CodeJson>,
    options: Vec<OptionJson>,
}

#[derive(Debug, Serialize)]
struct ExplainCodeJson {
    schema_version: u32,
    code: String,
    check: &'static str,
    severity: &'static str,
    meaning: &'static str,
    fix: &'static str,
    docs_url: &'static str,
}

/// The stable name of an input in JSON (the human `list` shows [`Need::name_in`]).
fn need_key(n: Need) -> &'static str {
    match n {
        Need::AccessToken => "access_token",
        Need::PublicKey => "public_key",
        Need::CheckoutUrl => "checkout_url",
        Need::NotificationUrl => "notification_url",
        Need::PaymentOrOrder => "payment_or_order_id",
    }
}

fn kind_name(k: OptionKind) -> &'static str {
    match k {
        OptionKind::Integer => "integer",
        OptionKind::Port => "port",
        OptionKind::Bool => "boolean",
        OptionKind::String => "string",
        OptionKind::StringList => "string-list",
    }
}

/// An option's default (TOML text) as the JSON value it stands for.
fn default_json(toml_text: &str) -> serde_json::Value {
    toml::from_str::<toml::Table>(&format!("v = {toml_text}"))
        .ok()
        .and_then(|t| t.get("v").and_then(|v| serde_json::to_value(v).ok()))
        .unwrap_or_else(|| serde_json::Value::String(toml_text.to_owned()))
}

fn check_json(m: &'static CheckMeta) -> CheckJson {
    CheckJson {
        id: m.id,
        title: m.title,
        seed_section: m.seed_section,
        requirement: m.requirement,
        required_by_default: match m.default_required {
            DefaultRequired::Yes => RequiredJson::Always(true),
            DefaultRequired::No => RequiredJson::Always(false),
            DefaultRequired::OnSite(site) => RequiredJson::OnSite(site),
        },
        needs: m.needs.iter().map(|n| need_key(*n)).collect(),
        docs_url: m.docs_url,
    }
}

fn to_json(value: &impl Serialize) -> String {
    // Serializing these plain structs cannot fail; an empty object is never printed.
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

/// `list --format json`.
pub fn list_json() -> String {
    to_json(&ListJson {
        schema_version: DOC_SCHEMA_VERSION,
        checks: checks::ALL.iter().map(|c| check_json(c.meta())).collect(),
    })
}

/// `explain <target> --format json`.
pub fn explain_json(target: Target) -> String {
    match target {
        Target::Check(m) => to_json(&ExplainCheckJson {
            schema_version: DOC_SCHEMA_VERSION,
            check: check_json(m),
            explain: m.explain.trim_end(),
            codes: m
                .all_codes()
                .map(|c| CodeJson {
                    code: format!("{}/{}", m.id, c.reason),
                    severity: c.severity.as_str(),
                    meaning: c.meaning,
                    fix: c.fix,
                })
                .collect(),
            options: m
                .options
                .iter()
                .map(|o| OptionJson {
                    key: o.key,
                    kind: kind_name(o.kind),
                    default: default_json(o.default),
                    help: o.help,
                })
                .collect(),
        }),
        Target::Code(m, c) => to_json(&ExplainCodeJson {
            schema_version: DOC_SCHEMA_VERSION,
            code: format!("{}/{}", m.id, c.reason),
            check: m.id,
            severity: c.severity.as_str(),
            meaning: c.meaning,
            fix: c.fix,
            docs_url: m.docs_url,
        }),
    }
}

/// `explain <target>` as text.
pub fn explain_text(target: Target, lang: Lang) -> String {
    match target {
        Target::Check(m) => explain_check(m, lang),
        Target::Code(m, c) => explain_code(m, c, lang),
    }
}

/// Accepts any text, and offers the check ids as its possible values, so that every shell
/// clap_complete supports completes them. Used only to write completion scripts: the
/// command line takes any text, and an unknown id is refused later with a "did you mean"
/// that clap's generic message would not give.
#[derive(Debug, Clone, Copy)]
struct CheckIdParser;

impl TypedValueParser for CheckIdParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(checks::ALL.iter().map(|c| {
            let m = c.meta();
            PossibleValue::new(m.id).help(m.title)
        })))
    }
}

/// The completion script for `shell`, with clap_complete's bash defect repaired.
pub fn completions(shell: clap_complete::Shell) -> String {
    use clap::CommandFactory;
    const BIN: &str = "mp-golive";
    // The check ids are offered here, not in `cli`, which knows no checks.
    let offer = |a: clap::Arg| a.value_parser(CheckIdParser).hide_possible_values(true);
    let mut cmd = crate::cli::Cli::command()
        .mut_subcommand("explain", |c| c.mut_arg("target", offer))
        .mut_subcommand("check", |c| c.mut_arg("only", offer).mut_arg("skip", offer));
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    match shell {
        clap_complete::Shell::Bash => repair_bash(&text, BIN),
        // These generators never offer a positional's values; `explain` gets the check ids
        // the way each generator writes its other candidates. (The elvish and PowerShell
        // generators offer no option values at all, so `--only`/`--skip` stay uncompleted
        // there.)
        clap_complete::Shell::Fish => {
            let values: Vec<String> = id_titles()
                .map(|(id, title)| format!("{id}\\t'{title}'"))
                .collect();
            // The generator's own condition function, so the line applies where its do.
            let using = format!("__fish_{}_using_subcommand", BIN.replace('-', "_"));
            format!(
                "{text}complete -c {BIN} -n \"{using} explain\" -f -a \"{}\"\n",
                values.join("\n")
            )
        }
        clap_complete::Shell::Elvish => insert_after(
            &text,
            &format!("&'{BIN};explain'= {{"),
            id_titles().map(|(id, title)| format!("            cand {id} '{title}'")),
        ),
        clap_complete::Shell::PowerShell => insert_after(
            &text,
            &format!("'{BIN};explain' {{"),
            id_titles().map(|(id, title)| {
                format!(
                    "            [CompletionResult]::new('{id}', '{id}', [CompletionResultType]::ParameterValue, '{title}')"
                )
            }),
        ),
        _ => text,
    }
}

/// Each check id and its title, the title stripped of what any shell's quoting could take
/// for its own (ids are kebab-case already).
fn id_titles() -> impl Iterator<Item = (&'static str, String)> {
    checks::ALL.iter().map(|c| {
        let m = c.meta();
        let title = m
            .title
            .chars()
            .filter(|c| !matches!(c, '\'' | '"' | '\\' | '$' | '`' | '\n'))
            .collect();
        (m.id, title)
    })
}

/// `script` with `lines` inserted after the line that reads `anchor` (indentation aside);
/// unchanged when no line does.
fn insert_after(script: &str, anchor: &str, lines: impl Iterator<Item = String>) -> String {
    let mut lines = Some(lines);
    let mut out = String::with_capacity(script.len() + 1024);
    for line in script.split_inclusive('\n') {
        out.push_str(line);
        if line.trim() == anchor
            && let Some(extra) = lines.take()
        {
            for l in extra {
                out.push_str(&l);
                out.push('\n');
            }
        }
    }
    out
}

/// clap_complete (4.6.12 and before, clap-rs/clap#6421) walks the words into a state such
/// as `mp__golive__subcmd__check` (the bin name's `-` escaped as `__`), but labels the
/// `case` arm of that state `mp__subcmd__golive__subcmd__check` (the `-` escaped as the
/// subcommand separator), so no subcommand of a hyphenated binary ever completes. The arm
/// labels are respelled the way the walk spells the state; on a generator without the
/// defect nothing matches and the text is unchanged.
fn repair_bash(script: &str, bin: &str) -> String {
    const SEP: &str = "__subcmd__";
    let wrong = format!("{}{SEP}", bin.replace('-', SEP));
    let right = format!("{}{SEP}", bin.replace('-', "__"));
    if wrong == right {
        return script.to_owned();
    }
    script
        .lines()
        .map(|line| {
            let label = line.trim_start();
            if label.starts_with(&wrong) && label.ends_with(')') {
                let indent = &line[..line.len() - label.len()];
                format!("{indent}{right}{}", &label[wrong.len()..])
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if script.ends_with('\n') { "\n" } else { "" }
}

/// The command that rewrites README.md's generated regions, for messages that ask for it.
pub const README_UPDATE_COMMAND: &str =
    "UPDATE_README=1 cargo test --locked --test integration readme";

/// One region of README.md that is generated from the checks' metadata: what goes between
/// the lines `<!-- generated:NAME:start -->` and `<!-- generated:NAME:end -->`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadmeRegion {
    /// The region's name, as its markers spell it: `codes:<check-id>` or `options`.
    pub name: String,
    /// The Markdown between the markers, blank lines around the table included.
    pub text: String,
}

/// README.md's generated regions, in README order: for each check, `codes:<id>` (the table
/// of every code `explain <id>` lists, with its severity and meaning), then `options` (the
/// table of every check's own `[checks.<id>]` keys, with type, default and help).
pub fn readme_regions() -> Vec<ReadmeRegion> {
    let mut regions: Vec<ReadmeRegion> = checks::ALL
        .iter()
        .map(|c| {
            let m = c.meta();
            let mut t = String::from("\n| code | severity | meaning |\n|---|---|---|\n");
            for code in m.all_codes() {
                let _ = writeln!(
                    t,
                    "| `{}/{}` | {} | {} |",
                    m.id,
                    code.reason,
                    code.severity.as_str(),
                    md_cell(code.meaning)
                );
            }
            t.push('\n');
            ReadmeRegion {
                name: format!("codes:{}", m.id),
                text: t,
            }
        })
        .collect();
    let mut t = String::from("\n| table | key | type | default | help |\n|---|---|---|---|---|\n");
    for c in checks::ALL {
        let m = c.meta();
        for o in m.options {
            let _ = writeln!(
                t,
                "| `[checks.{}]` | `{}` | {} | `{}` | {} |",
                m.id,
                o.key,
                kind_name(o.kind),
                o.default,
                md_cell(o.help)
            );
        }
    }
    t.push('\n');
    regions.push(ReadmeRegion {
        name: "options".to_owned(),
        text: t,
    });
    regions
}

/// `text` as the content of a Markdown table cell: `|` is escaped everywhere (GitHub splits
/// cells before it reads code spans), and outside code spans `\`, `*`, `<` and `_` at the
/// edge of a word are escaped so that no metadata text turns into emphasis or HTML. Line
/// breaks become spaces.
fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let next = chars.peek().copied();
        match ch {
            '`' => {
                in_code = !in_code;
                out.push(ch);
            }
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            '\\' | '*' | '<' if !in_code => {
                out.push('\\');
                out.push(ch);
            }
            '_' if !in_code && !inside_word(prev, next) => {
                out.push_str("\\_");
            }
            _ => out.push(ch),
        }
        prev = Some(ch);
    }
    out
}

/// `readme` with the text of every generated region (see [`readme_regions`]) replaced by what
/// the metadata says now; everything outside the markers is kept byte for byte. A marker is
/// a line of its own. The error names a region whose markers are missing, repeated, nested
/// or unclosed, and a marker of a region that is not generated.
pub fn splice_readme(readme: &str) -> Result<String, String> {
    const PREFIX: &str = "<!-- generated:";
    let regions = readme_regions();
    let mut out = String::with_capacity(readme.len());
    let mut seen: Vec<&str> = Vec::new();
    let mut open: Option<(&str, usize)> = None;
    for (index, line) in readme.split_inclusive('\n').enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        let Some(marker) = trimmed.strip_prefix(PREFIX) else {
            if open.is_none() {
                out.push_str(line);
            }
            continue;
        };
        let edge = marker.strip_suffix(" -->").and_then(|m| m.rsplit_once(':'));
        match (edge, open) {
            (Some((name, "start")), None) => {
                let region = regions
                    .iter()
                    .find(|r| r.name == name)
                    .ok_or_else(|| format!("line {number}: `{trimmed}` opens a region that is not generated; the regions are {}", region_names(&regions)))?;
                if seen.contains(&region.name.as_str()) {
                    return Err(format!(
                        "line {number}: the region `{name}` appears a second time"
                    ));
                }
                seen.push(region.name.as_str());
                out.push_str(line);
                out.push_str(&region.text);
                open = Some((region.name.as_str(), number));
            }
            (Some((name, "end")), Some((open_name, _))) if name == open_name => {
                out.push_str(line);
                open = None;
            }
            (_, Some((open_name, start))) => {
                return Err(format!(
                    "line {number}: `{trimmed}` inside the region `{open_name}` opened at line {start}"
                ));
            }
            (_, None) => {
                return Err(format!(
                    "line {number}: `{trimmed}` is not the start of a generated region"
                ));
            }
        }
    }
    if let Some((name, start)) = open {
        return Err(format!(
            "the region `{name}` opened at line {start} is never closed"
        ));
    }
    let missing: Vec<&str> = regions
        .iter()
        .map(|r| r.name.as_str())
        .filter(|n| !seen.contains(n))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "no region for {}: add `<!-- generated:NAME:start -->` and `<!-- generated:NAME:end -->` lines where each belongs, then run `{README_UPDATE_COMMAND}`",
            missing
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(out)
}

/// Whether a character between `prev` and `next` sits inside a word (`slow_warning_ms`),
/// where an underscore is never emphasis.
fn inside_word(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

fn region_names(regions: &[ReadmeRegion]) -> String {
    regions
        .iter()
        .map(|r| format!("`{}`", r.name))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_resolves_and_a_near_miss_is_suggested() {
        for code in all_codes() {
            assert!(matches!(resolve(&code), Ok(Target::Code(..))), "{code}");
        }
        let err = resolve("checkout-tls/no-hst").unwrap_err();
        assert!(
            err.contains("Did you mean `checkout-tls/no-hsts`?"),
            "{err}"
        );
        let err = resolve("checkout-tsl/no-hsts").unwrap_err();
        assert!(
            err.contains("Did you mean `checkout-tls/no-hsts`?"),
            "{err}"
        );
        // A common code a check cannot produce is not one of its codes.
        assert!(resolve("checkout-tls/api-error").is_err());
        let err = resolve("no-hsts").unwrap_err();
        assert!(
            err.contains("Did you mean `checkout-tls/no-hsts`?"),
            "{err}"
        );
    }

    #[test]
    fn option_defaults_are_json_values() {
        assert_eq!(default_json("30"), serde_json::json!(30));
        assert_eq!(default_json("[]"), serde_json::json!([]));
        assert_eq!(default_json("true"), serde_json::json!(true));
        for c in checks::ALL {
            for o in c.meta().options {
                let v = default_json(o.default);
                let ok = match o.kind {
                    OptionKind::Integer | OptionKind::Port => v.is_i64(),
                    OptionKind::Bool => v.is_boolean(),
                    OptionKind::String => v.is_string(),
                    OptionKind::StringList => v.is_array(),
                };
                assert!(ok, "{}.{} default {}", c.meta().id, o.key, o.default);
            }
        }
    }

    #[test]
    fn bash_arm_labels_are_respelled_as_the_walk_spells_them() {
        let broken = "    case \"${cmd}\" in\n        mp__golive)\n            ;;\n        mp__subcmd__golive__subcmd__check)\n            opts=\"--strict\"\n";
        let fixed = repair_bash(broken, "mp-golive");
        assert_eq!(
            fixed,
            "    case \"${cmd}\" in\n        mp__golive)\n            ;;\n        mp__golive__subcmd__check)\n            opts=\"--strict\"\n"
        );
        // Without a hyphen there is nothing to repair.
        assert_eq!(
            repair_bash("x__subcmd__y)\n", "mpgolive"),
            "x__subcmd__y)\n"
        );
    }

    /// A README with every region's markers around `inner`, prose between them.
    fn readme_with(inner: &str) -> String {
        let mut s = String::from("# title\n\nprose before\n");
        for r in readme_regions() {
            let _ = write!(
                s,
                "\n## {0}\n\n<!-- generated:{0}:start -->\n{inner}<!-- generated:{0}:end -->\nprose after {0}\n",
                r.name
            );
        }
        s
    }

    #[test]
    fn splice_replaces_only_what_is_between_the_markers() {
        let stale = readme_with("| old | table |\n");
        let fresh = splice_readme(&stale).unwrap();
        assert_ne!(fresh, stale);
        // Idempotent, and the same whatever the regions held before.
        assert_eq!(splice_readme(&fresh).unwrap(), fresh);
        assert_eq!(splice_readme(&readme_with("")).unwrap(), fresh);
        assert!(fresh.starts_with("# title\n\nprose before\n"));
        assert!(
            fresh.contains(
                "<!-- generated:codes:credentials:end -->\nprose after codes:credentials\n"
            )
        );
        assert!(!fresh.contains("| old | table |"));
        assert!(fresh.contains(
            "\n| code | severity | meaning |\n|---|---|---|\n| `credentials/malformed` | error | "
        ));
        assert!(fresh.contains("| `checkout-tls/no-hsts` | warning | "));
        assert!(fresh.contains("| `[checks.checkout-tls]` | `http_port` | port | `80` | "));
        // Every code of every check is in its own region, with its severity.
        for c in checks::ALL {
            let m = c.meta();
            let region = readme_regions()
                .into_iter()
                .find(|r| r.name == format!("codes:{}", m.id))
                .unwrap();
            for code in m.all_codes() {
                let row = format!(
                    "| `{}/{}` | {} | ",
                    m.id,
                    code.reason,
                    code.severity.as_str()
                );
                assert!(region.text.contains(&row), "{row}");
            }
            for o in m.options {
                assert!(fresh.contains(&format!("| `[checks.{}]` | `{}` |", m.id, o.key)));
            }
        }
    }

    #[test]
    fn splice_refuses_broken_markers() {
        let good = readme_with("");
        let without = good.replace("<!-- generated:options:start -->\n", "");
        let err = splice_readme(&without).unwrap_err();
        assert!(
            err.contains("is not the start of a generated region"),
            "{err}"
        );
        let without = good
            .replace("<!-- generated:options:start -->\n", "")
            .replace("<!-- generated:options:end -->\n", "");
        let err = splice_readme(&without).unwrap_err();
        assert!(err.contains("no region for `options`"), "{err}");
        let twice =
            format!("{good}<!-- generated:options:start -->\n<!-- generated:options:end -->\n");
        let err = splice_readme(&twice).unwrap_err();
        assert!(err.contains("`options` appears a second time"), "{err}");
        let unclosed = format!("{good}<!-- generated:codes:nope:start -->\n");
        let err = splice_readme(&unclosed).unwrap_err();
        assert!(err.contains("not generated"), "{err}");
        let nested = good.replace(
            "<!-- generated:options:end -->",
            "<!-- generated:codes:reports:start -->",
        );
        let err = splice_readme(&nested).unwrap_err();
        assert!(err.contains("inside the region `options`"), "{err}");
        let unclosed = good.replace("<!-- generated:options:end -->\n", "");
        let err = splice_readme(&unclosed).unwrap_err();
        assert!(err.contains("`options` opened at line"), "{err}");
        // A marker quoted in prose is not a marker.
        let quoted = good.replace(
            "prose before",
            "prose naming `<!-- generated:options:start -->`",
        );
        assert!(splice_readme(&quoted).is_ok());
    }

    #[test]
    fn table_cells_cannot_break_the_table_or_turn_into_markup() {
        assert_eq!(md_cell("a | b"), "a \\| b");
        assert_eq!(md_cell("`a|b` and *c*"), "`a\\|b` and \\*c\\*");
        assert_eq!(
            md_cell("\"tests/fixtures/**\""),
            "\"tests/fixtures/\\*\\*\""
        );
        assert_eq!(md_cell("<id> `<id>`"), "\\<id> `<id>`");
        assert_eq!(
            md_cell("slow_warning_ms and _x_ and `$_GET`"),
            "slow_warning_ms and \\_x\\_ and `$_GET`"
        );
        assert_eq!(md_cell("a\\b\nc"), "a\\\\b c");
    }
}
