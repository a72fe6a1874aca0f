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
