//! Benchmarks, ignored by default: `cargo test --locked -- --ignored --nocapture` prints
//! figures. Nothing here asserts on wall-clock time.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use crate::common::{check_json, mp_golive};
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
        let out = check_json(&api.url()).run_async().await;
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
