//! The `mp-golive` binary: parse, install the rustls crypto provider, run, exit.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = mp_golive::cli::Cli::parse();
    // One provider for every TLS client of the process; ring, never aws-lc or OpenSSL.
    let _ = rustls::crypto::ring::default_provider().install_default();
    ExitCode::from(mp_golive::commands::run(cli))
}
