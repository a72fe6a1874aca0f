//! `checkout-page` against pages served by real TLS servers on loopback: each finding code
//! appears when it should and stays quiet when it should not.

use crate::checkout_tls::{Http, run_against};
use crate::common::Output;
use crate::support::fake_api::{OTHER_APP_PUBLIC_KEY, PUBLIC_KEY, TEST_PUBLIC_KEY, TOKEN};
use crate::support::tls_server::{self, CLEAN_PAGE, HOST, Leaf, Pki, Reply, ServerOptions};

async fn serve(reply: Reply, extra: &[&str]) -> Output {
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply,
            ..ServerOptions::default()
        },
    )
    .await;
    run_against(port, &pki.ca_path(), "checkout-page", Http::Redirect, extra).await
}

async fn page(body: &str) -> Output {
    serve(Reply::page(body), &["--public-key", PUBLIC_KEY]).await
}

fn codes(out: &Output) -> Vec<String> {
    out.codes("checkout-page")
}

fn with(body: &str) -> String {
    CLEAN_PAGE.replace("</body>", &format!("{body}</body>"))
}

#[tokio::test]
async fn clean_page_and_certificate_pass_with_no_findings() {
    let pki = Pki::new();
    let port = tls_server::start(pki.leaf(&Leaf::default(), true), ServerOptions::default()).await;
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls,checkout-page",
        Http::Redirect,
        &["--public-key", PUBLIC_KEY],
    )
    .await;
    out.expect_code(0);
    for id in ["checkout-tls", "checkout-page"] {
        assert_eq!(out.check(id)["status"], "pass", "{}", out.stdout);
        assert!(out.codes(id).is_empty(), "{id}: {:?}", out.codes(id));
    }
    assert!(
        out.check("checkout-page")["summary"]
            .as_str()
            .unwrap()
            .contains("MercadoPago.js from sdk.mercadopago.com")
    );
}

#[tokio::test]
async fn error_status_fails() {
    let mut reply = Reply::page("<h1>Not found</h1>");
    reply.status = 404;
    let out = serve(reply, &[]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/http-status"]);
}

#[tokio::test]
async fn redirect_to_http_fails() {
    let mut reply = Reply::page("").header("location", "http://checkout.test/checkout");
    reply.status = 302;
    let out = serve(reply, &[]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/insecure-redirect"]);
}

#[tokio::test]
async fn active_mixed_content_fails_for_each_kind() {
    for (html, what) in [
        (
            r#"<script src="http://cdn.test/jquery.js"></script>"#,
            "a script",
        ),
        (
            r#"<iframe src="http://ads.test/frame"></iframe>"#,
            "an iframe",
        ),
        (
            r#"<link rel="stylesheet" href="http://cdn.test/s.css">"#,
            "a stylesheet",
        ),
        (
            r#"<form action="http://checkout.test/pay" method="post"></form>"#,
            "a form that posts",
        ),
        (
            r#"<object data="http://cdn.test/x.swf"></object>"#,
            "an object",
        ),
    ] {
        let out = page(&with(html)).await;
        out.expect_code(1);
        assert_eq!(
            codes(&out),
            ["checkout-page/mixed-content-active"],
            "{html}"
        );
        assert!(out.stdout.contains(what), "{html}: {}", out.stdout);
    }
}

#[tokio::test]
async fn passive_mixed_content_warns() {
    let out = page(&with(
        r#"<img src="http://cdn.test/banner.png"><video poster="http://cdn.test/p.jpg"></video>"#,
    ))
    .await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-page/mixed-content-passive"]);
    assert_eq!(out.check("checkout-page")["status"], "warn");
    assert!(out.stdout.contains("2 media"), "{}", out.stdout);
}

#[tokio::test]
async fn test_public_key_fails() {
    let out = page(&CLEAN_PAGE.replace(PUBLIC_KEY, TEST_PUBLIC_KEY)).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/test-public-key"]);
}

#[tokio::test]
async fn public_key_must_match_the_configured_one() {
    let out = serve(
        Reply::page(CLEAN_PAGE),
        &["--public-key", OTHER_APP_PUBLIC_KEY],
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/public-key-mismatch"]);
    // Without a configured key there is nothing to compare.
    let out = serve(Reply::page(CLEAN_PAGE), &[]).await;
    assert!(codes(&out).is_empty(), "{:?}", codes(&out));
}

#[tokio::test]
async fn access_token_in_the_page_fails_and_is_redacted() {
    let out = page(&with(&format!(
        "<script>window.MP = {{token: '{TOKEN}'}};</script>"
    )))
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/access-token-exposed"]);
    assert!(!out.all().contains(TOKEN));
    assert!(out.stdout.contains("APP_USR-…4321"), "{}", out.stdout);
}

#[tokio::test]
async fn sdk_over_http_fails_and_a_copy_warns() {
    let out = page(&CLEAN_PAGE.replace(
        "https://sdk.mercadopago.com/js/v2",
        "http://sdk.mercadopago.com/js/v2",
    ))
    .await;
    out.expect_code(1);
    assert_eq!(
        codes(&out),
        [
            "checkout-page/mixed-content-active",
            "checkout-page/sdk-insecure"
        ]
    );
    // Named like the SDK, but what the URL serves (here the page's own HTML) is not the SDK:
    // a name alone is no finding.
    let out = page(&CLEAN_PAGE.replace(
        "https://sdk.mercadopago.com/js/v2",
        "/assets/vendor/mercadopago.min.js",
    ))
    .await;
    out.expect_code(0);
    assert!(codes(&out).is_empty(), "{:?}", codes(&out));
}

/// Runs checkout-page on a page that loads the SDK from `sdk_url`, a host pinned to
/// loopback at `sdk_port`.
async fn page_with_sdk_at(pki: &Pki, sdk_url: &str, sdk_port: u16) -> Output {
    let page_port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page(&CLEAN_PAGE.replace("https://sdk.mercadopago.com/js/v2", sdk_url)),
            ..ServerOptions::default()
        },
    )
    .await;
    let resolve = format!("{HOST}:{sdk_port}:127.0.0.1");
    run_against(
        page_port,
        &pki.ca_path(),
        "checkout-page",
        Http::Redirect,
        &["--public-key", PUBLIC_KEY, "--resolve", &resolve],
    )
    .await
}

/// The message of the `sdk-self-hosted` finding of a run that passed with it.
#[track_caller]
fn only_self_hosted(out: &Output) -> String {
    out.expect_code(0);
    out.finding("checkout-page", "checkout-page/sdk-self-hosted")["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A script named like the SDK, with no official tag: read, it is a copy when its content is
/// the SDK's (its size, the Mercado Pago hosts it calls); unreadable, it "may be" one.
#[tokio::test]
async fn a_copy_of_the_sdk_is_told_by_its_content() {
    let pki = Pki::new();
    let bundle = format!(
        "/* MercadoPago.js */{}fetch('https://api.mercadopago.com/v1/card_tokens');",
        "var a=1;".repeat(4000)
    );
    let copy_port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page(&bundle),
            ..ServerOptions::default()
        },
    )
    .await;
    let copy = format!("https://{HOST}:{copy_port}/vendor/mercadopago.min.js");
    let out = page_with_sdk_at(&pki, &copy, copy_port).await;
    assert_eq!(codes(&out), ["checkout-page/sdk-self-hosted"]);
    let m = only_self_hosted(&out);
    assert!(m.contains("is a copy") && m.contains("KiB"), "{m}");

    // Nothing listens where the script should be: only "may be", with why it was not read.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_port = closed.local_addr().unwrap().port();
    drop(closed);
    let gone = format!("https://{HOST}:{closed_port}/vendor/mercadopago.min.js");
    let out = page_with_sdk_at(&pki, &gone, closed_port).await;
    assert_eq!(codes(&out), ["checkout-page/sdk-self-hosted"]);
    let m = only_self_hosted(&out);
    assert!(
        m.contains("may be a copy") && m.contains("could not be read"),
        "{m}"
    );
}

/// A merchant's own wrapper named like the SDK, loaded beside the official tag, is not a copy.
#[tokio::test]
async fn a_wrapper_named_like_the_sdk_beside_the_official_tag_is_not_a_copy() {
    let out = page(&with(
        r#"<script src="/static/js/mercadoPago.js"></script>"#,
    ))
    .await;
    out.expect_code(0);
    assert!(codes(&out).is_empty(), "{:?}", codes(&out));
}

/// `upgrade-insecure-requests` makes the browser fetch http:// subresources over https://:
/// not mixed content, but a warning that the references are fragile. A post to another host
/// is not upgraded.
#[tokio::test]
async fn upgrade_insecure_requests_turns_mixed_content_into_a_warning() {
    let body = with(
        r#"<script src="http://cdn.test/jquery.js"></script><img src="http://cdn.test/logo.png">"#,
    );
    let reply = Reply::page(&body).header(
        "content-security-policy",
        "default-src https: 'self'; upgrade-insecure-requests",
    );
    let out = serve(reply, &["--public-key", PUBLIC_KEY]).await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-page/upgraded-http"]);
    assert_eq!(out.check("checkout-page")["status"], "warn");
    let m = out.finding("checkout-page", "checkout-page/upgraded-http")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(m.contains("http://cdn.test/jquery.js"), "{m}");

    // Report-Only upgrades nothing, and a form posting to another host stays mixed content.
    let reply = Reply::page(&body).header(
        "content-security-policy-report-only",
        "upgrade-insecure-requests",
    );
    let out = serve(reply, &["--public-key", PUBLIC_KEY]).await;
    out.expect_code(1);
    assert!(codes(&out).contains(&"checkout-page/mixed-content-active".to_owned()));
    let reply = Reply::page(&with(r#"<form action="http://pay.test/post"></form>"#))
        .header("content-security-policy", "upgrade-insecure-requests");
    let out = serve(reply, &["--public-key", PUBLIC_KEY]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/mixed-content-active"]);
}

#[tokio::test]
async fn no_sdk_tag_is_only_info() {
    let out = page(&CLEAN_PAGE.replace(
        r#"<script src="https://sdk.mercadopago.com/js/v2"></script>"#,
        "",
    ))
    .await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-page/sdk-not-found"]);
    assert_eq!(out.check("checkout-page")["status"], "pass");
}

#[tokio::test]
async fn named_card_fields_warn() {
    let out = page(&with(r#"<form id="form-checkout"><input id="cardNumber" data-checkout="cardNumber" name="cardNumber"><input id="securityCode" data-checkout="securityCode"></form>"#)).await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-page/card-field-named"]);
    assert!(out.stdout.contains("#cardNumber"), "{}", out.stdout);
}

#[tokio::test]
async fn cookies_without_secure_warn() {
    let out = serve(
        Reply::page(CLEAN_PAGE).header("set-cookie", "session=abc123; Path=/; HttpOnly"),
        &[],
    )
    .await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-page/insecure-cookie"]);
    assert!(
        out.stdout.contains("session") && !out.stdout.contains("abc123"),
        "{}",
        out.stdout
    );
    let out = serve(
        Reply::page(CLEAN_PAGE).header("set-cookie", "session=abc123; Path=/; Secure; HttpOnly"),
        &[],
    )
    .await;
    assert!(codes(&out).is_empty(), "{:?}", codes(&out));
}

#[tokio::test]
async fn a_page_behind_a_bad_certificate_cannot_be_read() {
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::days(-100, -1), true),
        ServerOptions::default(),
    )
    .await;
    let out = run_against(port, &pki.ca_path(), "checkout-page", Http::Redirect, &[]).await;
    out.expect_code(3);
    let c = out.check("checkout-page");
    assert_eq!(c["status"], "error");
    assert!(
        c["summary"]
            .as_str()
            .unwrap()
            .contains("could not fetch the page"),
        "{c}"
    );
}

#[tokio::test]
async fn a_page_over_http_fails() {
    let body = crate::support::tls_server::CLEAN_PAGE.replace(
        "</body>",
        r#"<script src="http://cdn.test/x.js"></script></body>"#,
    );
    let reply = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let server = crate::support::raw_tcp::start(crate::support::raw_tcp::Behaviour::Bytes(
        reply.into_bytes(),
    ))
    .await;
    let out = crate::common::mp_golive([
        "check",
        "--only",
        "checkout-page",
        "--format",
        "json",
        "--checkout-url",
        &format!("{}/checkout", server.url),
    ])
    .run_async()
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-page/not-https"]);
}

#[tokio::test]
async fn mercadopago_js_v1_warns() {
    let out = page(&CLEAN_PAGE.replace(
        "https://sdk.mercadopago.com/js/v2",
        "https://secure.mlstatic.com/sdk/javascript/v1/mercadopago.js",
    ))
    .await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-page/sdk-v1"]);
}

/// A required check without its input fails: unknown is not ready.
#[test]
fn no_checkout_url_fails_not_configured() {
    let out =
        crate::common::mp_golive(["check", "--only", "checkout-page", "--format", "json"]).run();
    out.expect_code(1);
    assert_eq!(out.json()["verdict"], "not_ready");
    assert_eq!(out.check("checkout-page")["status"], "fail");
    assert_eq!(codes(&out), ["checkout-page/not-configured"]);
    let f = out.finding("checkout-page", "checkout-page/not-configured");
    assert_eq!(f["severity"], "error");
    assert!(
        f["remedy"].as_str().unwrap().contains("--checkout-url"),
        "{f}"
    );
}

/// The page's server accepts and never answers, the per-request timeout is longer than the
/// run's deadline: the page cannot be read in time, whatever the machine's speed.
#[tokio::test]
async fn a_page_that_never_comes_meets_the_deadline() {
    use crate::support::raw_tcp::{self, Behaviour};
    let pki = Pki::new();
    let hang = raw_tcp::start(Behaviour::Hang).await;
    let port: u16 = hang.url.rsplit(':').next().unwrap().parse().unwrap();
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-page",
        Http::Redirect,
        &["--timeout", "60", "--deadline", "1"],
    )
    .await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    crate::codes::assert_cut_short(&out, "checkout-page/deadline");
}

/// [`CLEAN_PAGE`] with `inner` at the bottom of as many nested `<div>`s as fit in 2 MiB, the
/// most the probe reads: a page no tree builder gets through in time.
pub fn deeply_nested(inner: &str) -> String {
    const LIMIT: usize = 2 * 1024 * 1024;
    let room = LIMIT - CLEAN_PAGE.len() - inner.len();
    let depth = room / "<div></div>".len();
    let page = with(&format!(
        "{}{inner}{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    ));
    assert!(
        page.len() <= LIMIT && page.len() > LIMIT - 16,
        "{}",
        page.len()
    );
    page
}

/// What the scan reads from tags (a form's action, a card input, a script's text) is found
/// under 2 MiB of nesting, and markup inside a script's text stays text there too.
#[tokio::test]
async fn tags_under_two_mebibytes_of_nesting_are_still_read() {
    let out = page(&deeply_nested(&format!(
        r#"<form action="http://checkout.test/pay"><input id="cardNumber" name="cardNumber"></form>
        <script>const mp = new MercadoPago('{TEST_PUBLIC_KEY}'); const tpl = '<img src="http://cdn.test/x.png">';</script>"#
    )))
    .await;
    out.expect_code(1);
    assert_eq!(
        codes(&out),
        [
            "checkout-page/mixed-content-active",
            "checkout-page/test-public-key",
            "checkout-page/card-field-named"
        ],
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("a form that posts over http://: http://checkout.test/pay"),
        "{}",
        out.stdout
    );
    let summary = out.check("checkout-page")["summary"].to_string();
    assert!(!summary.contains("read in part"), "{summary}");
}
