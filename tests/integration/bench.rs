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
