//! `-v`/`-vv` diagnostics on standard error, scrubbed of the run's secrets.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use crate::config::process_env;
use crate::secret::{Redactor, Secret};

/// Standard error for `-v` logs, each event scrubbed of the run's secrets: a log line may
/// quote an error a server wrote. (tracing-subscriber escapes terminal sequences itself.)
#[derive(Clone)]
struct ScrubbedStderr(Arc<Redactor>);

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for ScrubbedStderr {
    type Writer = ScrubbedEvent;

    fn make_writer(&'a self) -> Self::Writer {
        ScrubbedEvent {
            redactor: self.0.clone(),
            buf: Vec::new(),
        }
    }
}

/// One log event, held until it is whole so a secret cannot straddle two writes.
struct ScrubbedEvent {
    redactor: Arc<Redactor>,
    buf: Vec<u8>,
}

impl Write for ScrubbedEvent {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            let text = self.redactor.scrub(&String::from_utf8_lossy(&self.buf));
            self.buf.clear();
            io::stderr().lock().write_all(text.as_bytes())?;
        }
        Ok(())
    }
}

impl Drop for ScrubbedEvent {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// The secrets of a run, for scrubbing everything it shows.
pub fn redactor<'a>(secrets: impl Iterator<Item = &'a Secret>) -> Arc<Redactor> {
    let secrets: Vec<&Secret> = secrets.collect();
    Arc::new(Redactor::new(&secrets))
}

pub fn init_logging(verbose: u8, redactor: Arc<Redactor>, notes: &[String]) {
    let level = match verbose {
        0 => "warn",
        1 => "mp_golive=info,warn",
        _ => "mp_golive=debug,info",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(ScrubbedStderr(redactor))
        .with_ansi(io::stderr().is_terminal() && process_env("NO_COLOR").is_none())
        .with_target(false)
        .without_time()
        .try_init();
    for note in notes {
        tracing::info!("{note}");
    }
}
