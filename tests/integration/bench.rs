//! Benchmarks, ignored by default: `cargo test --locked -- --ignored --nocapture` prints
//! figures. Nothing here asserts on wall-clock time.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use crate::common::{credentials_json, mp_golive};
use crate::support::fake_api::FakeApi;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[test]
#[ignore = "benchmark: prints figures"]
fn bench_startup() {
    for args in [
        vec!["--version"],
        vec!["list"],
        vec!["explain", "credentials"],
    ] {
        let times: Vec<Duration> = (0..30)
            .map(|_| {
                let t = Instant::now();
                mp_golive(&args).run().expect_code(0);
                t.elapsed()
            })
            .collect();
        println!(
            "mp-golive {:<22} median {:>6.2} ms over 30 runs",
            args.join(" "),
            median(times).as_secs_f64() * 1000.0
        );
    }
}

#[tokio::test]
#[ignore = "benchmark: prints figures"]
async fn bench_credentials_run() {
    let api = FakeApi::ready().await;
    let mut wall = Vec::new();
    let mut reported = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let out = credentials_json(&api.url()).run_async().await;
        wall.push(t.elapsed());
        reported.push(Duration::from_millis(
            out.json()["duration_ms"].as_u64().unwrap(),
        ));
    }
    println!(
        "check (credentials, fake API): process median {:.2} ms, run median {:.2} ms, {} requests per run",
        median(wall).as_secs_f64() * 1000.0,
        median(reported).as_secs_f64() * 1000.0,
        api.requests().await.len() / 20
    );
}

#[tokio::test]
#[ignore = "benchmark: prints figures"]
async fn bench_checkout_checks_against_one_loopback_server() {
    use crate::checkout_tls::{Http, run_against};
    use crate::support::tls_server::{self, Leaf, Pki, ServerOptions};
    let pki = Pki::new();
    let port = tls_server::start(pki.leaf(&Leaf::default(), true), ServerOptions::default()).await;
    let mut runs = Vec::new();
    let mut checks = Vec::new();
    for _ in 0..20 {
        let out = run_against(
            port,
            &pki.ca_path(),
            "checkout-tls,checkout-page",
            Http::Redirect,
            &[],
        )
        .await;
        out.expect_code(0);
        let doc = out.json();
        runs.push(Duration::from_millis(doc["duration_ms"].as_u64().unwrap()));
        let slowest = doc["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["duration_ms"].as_u64().unwrap())
            .max()
            .unwrap();
        checks.push(Duration::from_millis(slowest));
    }
    println!(
        "checkout-tls + checkout-page, one loopback server: run median {:.0} ms, slowest check median {:.0} ms (2 handshakes, 2 legacy probes, 2 HTTP requests)",
        median(runs).as_secs_f64() * 1000.0,
        median(checks).as_secs_f64() * 1000.0
    );
}

/// 50,000 files of source-like text in 500 directories, 50 of them holding a token.
fn generated_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let line =
        "let total = items.iter().map(|i| i.price * i.quantity).sum::<u64>(); // keep going\n";
    let body = line.repeat(24);
    for d in 0..500 {
        let sub = dir.path().join(format!("src/mod{d:03}"));
        std::fs::create_dir_all(&sub).unwrap();
        for f in 0..100 {
            let mut text = body.clone();
            if (d * 100 + f) % 1000 == 0 {
                text.push_str(&format!(
                    "const T = \"{}\";\n",
                    crate::support::fake_api::TOKEN
                ));
            }
            std::fs::write(sub.join(format!("file{f:03}.rs")), text).unwrap();
        }
    }
    dir
}

#[test]
#[ignore = "benchmark: prints figures (use --release for meaningful numbers)"]
fn bench_source_secrets_against_ripgrep() {
    let tree = generated_tree();
    let run = || {
        let t = Instant::now();
        let out = mp_golive([
            "check",
            "--only",
            "source-secrets",
            "--format",
            "json",
            "--source-dir",
            tree.path().to_str().unwrap(),
        ])
        .run();
        (t.elapsed(), out)
    };
    let _ = run(); // warm the page cache
    let times: Vec<Duration> = (0..5).map(|_| run().0).collect();
    let (_, out) = run();
    let summary = out.check("source-secrets")["summary"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let ours = median(times);
    println!(
        "mp-golive source-secrets: median {:.0} ms over 5 runs ({summary}; {} findings)",
        ours.as_secs_f64() * 1000.0,
        out.codes("source-secrets").len()
    );
    let bytes: u64 = 50_000 * 24 * 84;
    println!(
        "  {:.0} files/s, {:.0} MB/s",
        50_000.0 / ours.as_secs_f64(),
        bytes as f64 / 1e6 / ours.as_secs_f64()
    );
    let rg = |_: usize| {
        let t = Instant::now();
        let status = std::process::Command::new("rg")
            .args(["--hidden", "-c", "-e", "APP_USR-", "-e", "TEST-", "."])
            .current_dir(tree.path())
            .stdout(std::process::Stdio::null())
            .status();
        status.ok().map(|_| t.elapsed())
    };
    match (0..5).map(rg).collect::<Option<Vec<Duration>>>() {
        Some(times) => {
            let theirs = median(times);
            println!(
                "ripgrep (same tree, same patterns): median {:.0} ms; mp-golive / ripgrep = {:.2}x",
                theirs.as_secs_f64() * 1000.0,
                ours.as_secs_f64() / theirs.as_secs_f64()
            );
        }
        None => println!("ripgrep (rg) is not installed: no comparison"),
    }
}

/// A 2 MiB checkout page of nested `<div>`s with the payment form at the bottom (the most
/// the probe reads), served on loopback, through the real binary: the scan is linear in the
/// page whatever its nesting (a tree builder took 31 s for 80k levels and did not finish
/// 2 MiB within the 60 s deadline).
#[tokio::test]
#[ignore = "benchmark: prints figures"]
async fn bench_checkout_page_deep_nesting() {
    use crate::checkout_tls::{Http, run_against};
    use crate::support::tls_server::{self, Leaf, Pki, Reply, ServerOptions};
    let body = crate::checkout_page::deeply_nested(
        r#"<form id="form-checkout" action="/pay"><input id="cardNumber" data-checkout="cardNumber"></form>"#,
    );
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page(&body),
            ..ServerOptions::default()
        },
    )
    .await;
    let mut wall = Vec::new();
    let mut check = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let out = run_against(port, &pki.ca_path(), "checkout-page", Http::Redirect, &[]).await;
        wall.push(t.elapsed());
        out.expect_code(0);
        check.push(Duration::from_millis(
            out.check("checkout-page")["duration_ms"].as_u64().unwrap(),
        ));
    }
    println!(
        "checkout-page, {:.2} MiB page of nested divs: check median {:.3} s, process median {:.3} s over 5 runs",
        body.len() as f64 / (1024.0 * 1024.0),
        median(check).as_secs_f64(),
        median(wall).as_secs_f64()
    );
}

/// One 4 MiB file (the largest read) of ~54k credential-shaped words, through the real
/// binary: line numbers are counted once per file, not once per hit (a rescan from the file
/// start per hit took 6 s).
#[test]
#[ignore = "benchmark: prints figures"]
fn bench_source_secrets_many_tokens() {
    use crate::support::fake_api::{TEST_PUBLIC_KEY, TEST_TOKEN, TOKEN};
    let dir = tempfile::tempdir().unwrap();
    let limit = 4 * 1024 * 1024;
    let mut text = String::with_capacity(limit);
    let mut tokens = 0;
    for value in [TOKEN, TEST_TOKEN, TOKEN, TEST_PUBLIC_KEY].iter().cycle() {
        let line = format!("t('{value}');\n");
        if text.len() + line.len() > limit {
            break;
        }
        text.push_str(&line);
        tokens += 1;
    }
    std::fs::write(dir.path().join("tokens.js"), &text).unwrap();
    let run = || {
        let t = Instant::now();
        let out = mp_golive([
            "check",
            "--only",
            "source-secrets",
            "--format",
            "json",
            "--source-dir",
            dir.path().to_str().unwrap(),
        ])
        .run();
        (t.elapsed(), out)
    };
    let _ = run(); // warm the page cache
    let mut wall = Vec::new();
    let mut check = Vec::new();
    for _ in 0..5 {
        let (elapsed, out) = run();
        wall.push(elapsed);
        check.push(Duration::from_millis(
            out.check("source-secrets")["duration_ms"].as_u64().unwrap(),
        ));
    }
    println!(
        "source-secrets, one {:.2} MiB file with {tokens} tokens: check median {:.3} s, process median {:.3} s over 5 runs",
        text.len() as f64 / (1024.0 * 1024.0),
        median(check).as_secs_f64(),
        median(wall).as_secs_f64()
    );
}

/// Prints the human checklist and the JSON of a full run against loopback servers, for
/// README's samples: `cargo test --test integration -- --ignored --nocapture readme_samples`.
#[tokio::test]
#[ignore = "prints README samples"]
async fn readme_samples() {
    use crate::checkout_tls::{Http, run_against};
    use crate::support::fake_api::*;
    use crate::support::receiver::{self, Mode};
    use crate::support::tls_server::{self, Leaf, Pki, ServerOptions};
    let api = FakeApi::ready().await;
    let payment = 111_383_868_117u64;
    let mut p = complete_checkout_pro_payment(payment);
    p["additional_info"]["payer"] = serde_json::json!({});
    api.checkout_pro(payment, p, complete_preference(PREFERENCE_ID))
        .await;
    let pki = std::sync::Arc::new(Pki::new());
    let leaf = Leaf::days(-29, 61);
    let port = tls_server::start(
        pki.leaf(&leaf, true),
        ServerOptions {
            tls12_only: true,
            ..ServerOptions::default()
        },
    )
    .await;
    let validating = Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    };
    let hooks = receiver::start_with_ca(validating, pki.clone()).await;
    let webhook_url = hooks.url("/api/mercadopago/webhooks");
    let hooks_resolve = hooks.args()[3].clone();
    let secret_file = |value: &str| {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), value).unwrap();
        f
    };
    let (token, secret) = (secret_file(TOKEN), secret_file(WEBHOOK_SECRET));
    let payment_id = payment.to_string();
    let args = [
        "--api-url",
        &api.url(),
        "--payment-id",
        &payment_id,
        "--public-key",
        PUBLIC_KEY,
        "--access-token-file",
        token.path().to_str().unwrap(),
        "--webhook-secret-file",
        secret.path().to_str().unwrap(),
        "--webhook-url",
        &webhook_url,
        "--resolve",
        &hooks_resolve,
        "--allow-private-addresses",
    ];
    for format in ["human", "json"] {
        let mut all = vec!["--format", format];
        all.extend_from_slice(&args);
        let out = run_against(port, &pki.ca_path(), "credentials,checkout-tls,checkout-page,pix-key,notifications,reports,payment-quality,payment-approval,source-secrets", Http::Redirect, &all).await;
        println!("exit {}\n{}", out.code, out.stdout);
    }
}

/// Round-trip time of the bench's network, to the API and to the merchant's host alike.
const RTT_MS: u64 = 50;

/// One run of [`bench_critical_path`]: what differs from the uniform case.
struct Scenario {
    name: &'static str,
    /// `--probe-pix`: the Pix probe's POST and PUT join pix-key's chain.
    probe_pix: bool,
    /// Extra time the API takes to answer `/users/me` (a slow or retried answer).
    slow_me_ms: u64,
    /// The round-trip floor of each check, in milliseconds (see [`floors`]).
    floors: Vec<(&'static str, u64)>,
}

/// The floor of each check: the longest chain of round trips its data dependencies force,
/// times [`RTT_MS`] (`r`), plus the API's extra time on `/users/me` (`s`). Counted on the
/// proxy's model of a network: a request on a new plain HTTP connection costs 2r (TCP
/// connect, then request and answer), on a pooled connection 1r; an HTTPS request on a new
/// connection 3r (TCP, the TLS 1.3 handshake, request); the receiver closes every
/// connection, so each notification opens one.
///
/// - credentials: `/users/me`, both credential lookups, together: 2r + s.
/// - pix-key: `/users/me` beside `/v1/payment_methods` (2r + s; the site is read from the
///   account after both answer, and outside Brazil the listing is not read); with
///   `--probe-pix` the probe's POST (1r, it needs the listing's minimum amount) and PUT (1r,
///   it needs the created id). 2r + s, or 4r + s with the probe.
/// - notifications: the signed POST on a new HTTPS connection (3r; the TLS inspection, 2r,
///   runs beside it), then the forged one (3r, a new connection): it waits for the signed
///   one's answer because it is not sent when that one fails and it carries the `ts` unit
///   that one was accepted in (pinned by the receiver-side tests). 6r; the API is not used.
/// - reports: `/users/me` (2r + s) beside each report's list and config, asked together
///   (2r; a refused list decides whatever the config answered). 2r + s.
/// - payment-quality: the payment (2r), its merchant order (1r), the preference (1r),
///   beside `/users/me` (2r + s), whose answer is only compared at the end. max(4r, 2r + s).
/// - payment-approval: the payment beside `/users/me`: 2r + s.
/// - the run: the longest of them.
fn floors(probe_pix: bool, s: u64) -> Vec<(&'static str, u64)> {
    let r = RTT_MS;
    let pix = if probe_pix { 4 * r + s } else { 2 * r + s };
    let mut v = vec![
        ("credentials", 2 * r + s),
        ("pix-key", pix),
        ("notifications", 6 * r),
        ("reports", 2 * r + s),
        ("payment-quality", (4 * r).max(2 * r + s)),
        ("payment-approval", 2 * r + s),
    ];
    let run = v.iter().map(|(_, f)| *f).max().unwrap_or(0);
    v.push(("run", run));
    v
}

/// The JSON reports and wall times of `runs` full runs (every API and notification check)
/// through proxies that give the API and the merchant's host a round-trip time of `rtt`.
async fn critical_runs(
    sc: &Scenario,
    rtt: Duration,
    runs: usize,
) -> (Vec<serde_json::Value>, Vec<Duration>) {
    use crate::support::fake_api::*;
    use crate::support::receiver::{self, Mode};
    use crate::support::tcp_proxy;
    use crate::support::tls_server::HOST;
    let api = FakeApi::ready().await;
    let payment = 111_383_868_117u64;
    api.checkout_pro(
        payment,
        complete_checkout_pro_payment(payment),
        complete_preference(PREFERENCE_ID),
    )
    .await;
    api.pix_probe_creates(5_466_310_457, 200).await;
    if sc.slow_me_ms > 0 {
        wiremock::Mock::given(wiremock::matchers::method("GET"))
            .and(wiremock::matchers::path("/users/me"))
            .respond_with(
                wiremock::ResponseTemplate::new(200)
                    .set_body_json(user_body(&Account::default()))
                    .set_delay(Duration::from_millis(sc.slow_me_ms)),
            )
            .with_priority(1)
            .mount(&api.server)
            .await;
    }
    let api_port = tcp_proxy::delayed(*api.server.address(), rtt).await;
    let hooks = receiver::start(Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    })
    .await;
    let upstream: std::net::SocketAddr = format!("127.0.0.1:{}", hooks.port).parse().unwrap();
    let hook_port = tcp_proxy::delayed(upstream, rtt).await;
    let ca = hooks.pki().ca_path();
    let payment_id = payment.to_string();
    let mut docs = Vec::new();
    let mut wall = Vec::new();
    for _ in 0..runs {
        let mut run = mp_golive([
            "check",
            "--format",
            "json",
            "--api-url",
            &format!("http://127.0.0.1:{api_port}"),
            "--skip",
            "checkout-tls,checkout-page,source-secrets",
            "--payment-id",
            &payment_id,
            "--webhook-url",
            &format!("https://{HOST}:{hook_port}/hook"),
            "--resolve",
            &format!("{HOST}:{hook_port}:127.0.0.1"),
            "--ca-file",
            &ca,
            "--allow-private-addresses",
        ])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .env("MP_PUBLIC_KEY", PUBLIC_KEY)
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET);
        if sc.probe_pix {
            run = run.args(["--probe-pix"]);
        }
        let t = Instant::now();
        let out = run.run_async().await;
        wall.push(t.elapsed());
        out.expect_code(0);
        docs.push(out.json());
    }
    (docs, wall)
}

/// The median `duration_ms` of check `id` (or of the run, for `run`) over `docs`.
fn median_ms(docs: &[serde_json::Value], id: &str) -> u64 {
    let times: Vec<Duration> = docs
        .iter()
        .map(|doc| {
            let ms = if id == "run" {
                doc["duration_ms"].as_u64()
            } else {
                doc["checks"]
                    .as_array()
                    .and_then(|a| a.iter().find(|c| c["id"] == id))
                    .and_then(|c| c["duration_ms"].as_u64())
            };
            Duration::from_millis(ms.unwrap_or_else(|| panic!("no duration for {id}")))
        })
        .collect();
    median(times).as_millis() as u64
}

/// Every API and notification check of a full run, through a proxy that gives the API and
/// the merchant's host a round-trip time of [`RTT_MS`]: each check's time (the JSON
/// report's `duration_ms`) against the floor of its dependency chain, and the run's. The
/// same runs without added latency give the fixed cost (process, debug-build TLS and
/// JSON, the fake API), which no ordering of requests can remove.
/// `cargo test --test integration bench_critical_path -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: prints figures"]
async fn bench_critical_path() {
    let scenarios = [
        Scenario {
            name: "uniform, --probe-pix",
            probe_pix: true,
            slow_me_ms: 0,
            floors: floors(true, 0),
        },
        Scenario {
            name: "/users/me 2 round trips slower",
            probe_pix: false,
            slow_me_ms: 2 * RTT_MS,
            floors: floors(false, 2 * RTT_MS),
        },
    ];
    println!("critical path, {RTT_MS} ms round trips to the API and the merchant's host");
    for sc in scenarios {
        let (docs, wall) = critical_runs(&sc, Duration::from_millis(RTT_MS), 7).await;
        // The slow /users/me is the API's own time: it stays in the baseline.
        let (base, base_wall) = critical_runs(&sc, Duration::ZERO, 7).await;
        println!("\n{} (median of {} runs):", sc.name, docs.len());
        println!(
            "  {:<18} {:>8} {:>8} {:>7} {:>12}",
            "check", "ms", "floor", "ratio", "at 0 ms rtt"
        );
        for (id, floor) in &sc.floors {
            let ms = median_ms(&docs, id);
            println!(
                "  {id:<18} {ms:>8} {floor:>8} {:>6.2}x {:>12}",
                ms as f64 / *floor as f64,
                median_ms(&base, id)
            );
        }
        println!(
            "  {:<18} {:>8} {:>8} {:>7} {:>12}",
            "process (wall)",
            median(wall).as_millis(),
            "",
            "",
            median(base_wall).as_millis()
        );
    }
}
