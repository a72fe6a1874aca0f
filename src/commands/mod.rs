//! One file per subcommand: each turns its parsed arguments into an exit code, or a
//! [`CommandError`] that says why it did nothing. Only this module touches stdout and
//! stderr.

mod baseline;
mod check;
mod completions;
mod explain;
mod init;
mod list;
mod logging;
mod webhook_send;

use std::fmt;
use std::io::{self, Write};

use crate::cli::{Cli, Command, WebhookCommand};
use crate::i18n::Lang;
use crate::secret::Redactor;
use crate::tr;

/// Exit code of a usage or configuration error, or an environment that cannot run.
pub const EXIT_USAGE: u8 = 2;
/// Exit code after Ctrl-C (128 + SIGINT), as shells expect.
pub const EXIT_INTERRUPTED: u8 = 130;

/// Why a command stopped before doing its work. Both kinds exit 2 (nothing was checked);
/// each says what to do next in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    /// A flag, variable, file or config key is wrong; the message names it.
    Usage(String),
    /// The configuration of `check` is wrong: every error, in its language.
    Config(crate::config::ConfigErrors),
    /// The machine could not run the command (the async runtime or an HTTP client could
    /// not start); nothing is wrong with what the user gave.
    Environment(String),
}

impl CommandError {
    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        EXIT_USAGE
    }

    /// The line printed under the error.
    pub fn help(&self) -> String {
        self.help_in(Lang::En)
    }

    /// The line printed under the error, in `lang`.
    pub fn help_in(&self, lang: Lang) -> String {
        match self {
            CommandError::Usage(_) => tr!(lang, "help-usage"),
            CommandError::Config(e) => tr!(e.lang, "help-usage"),
            CommandError::Environment(_) => tr!(lang, "help-environment"),
        }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::Usage(msg) | CommandError::Environment(msg) => f.write_str(msg),
            CommandError::Config(e) => e.fmt(f),
        }
    }
}

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    // The language of the error's help line: the command's --lang, else the environment's.
    let flag = match &cli.command {
        Command::Check(args) => args.lang.clone(),
        Command::Explain { lang, .. } | Command::List { lang, .. } | Command::Init { lang, .. } => {
            lang.clone()
        }
        Command::Webhook(WebhookCommand::Send(args)) => args.lang.clone(),
        Command::Baseline(args) => args.lang.clone(),
        _ => None,
    };
    let lang = crate::config::choose_lang(flag.as_deref(), &crate::config::process_env, None)
        .unwrap_or_default();
    // Connection failures are told in this language; `config::load` refines it with the
    // config file's `lang` for the commands that read one.
    crate::i18n::set_transport_lang(lang);
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::List { format, lang } => list::run(format, lang.as_deref()),
        Command::Explain {
            target,
            format,
            lang,
        } => explain::run(&target, format, lang.as_deref()),
        Command::Init {
            output,
            force,
            lang,
        } => init::run(&output, force, lang.as_deref()),
        Command::Webhook(WebhookCommand::Send(args)) => webhook_send::run(&args),
        Command::Baseline(args) => baseline::run(&args),
        Command::Completions { shell } => completions::run(shell),
    };
    result.unwrap_or_else(|e| report_error(&e, lang))
}

/// Prints `text` to standard output; a closed pipe (`| head`) is not an error worth
/// reporting.
fn print(text: &str) -> u8 {
    let _ = io::stdout().lock().write_all(text.as_bytes());
    0
}

/// Prints the error and its help line on standard error and returns its exit code. A value
/// pasted into the wrong flag (`--site APP_USR-…`) is not echoed: words that look like
/// secrets are hidden.
#[allow(clippy::print_stderr)]
fn report_error(e: &CommandError, lang: Lang) -> u8 {
    let msg = crate::config::safe_message(&e.to_string(), &Redactor::default());
    // A configuration with several errors gives one per line.
    for line in msg.lines() {
        eprintln!("mp-golive: error: {line}");
    }
    eprintln!("  = help: {}", e.help_in(lang));
    e.exit_code()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_kind_has_its_own_help_and_exits_2() {
        let usage = CommandError::Usage("--site: bad".into());
        let env = CommandError::Environment("cannot start the async runtime".into());
        assert_eq!((usage.exit_code(), env.exit_code()), (2, 2));
        assert_ne!(usage.help(), env.help());
        assert!(usage.help().contains("input"));
        assert!(env.help().contains("nothing is wrong"));
        assert_eq!(usage.to_string(), "--site: bad");
        assert_eq!(env.to_string(), "cannot start the async runtime");
    }
}
