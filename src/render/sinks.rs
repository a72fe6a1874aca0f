//! Where a report goes besides standard output: `--report FORMAT=PATH` files, written beside
//! their path and renamed into place when whole, `$GITHUB_STEP_SUMMARY`, and where SARIF
//! results point.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;

use super::{Anchors, RenderOptions};
use crate::cli::{ColorChoice, Format};
use crate::config::{Settings, process_env};
use crate::report::Report;

/// A `--report FORMAT=PATH`. A temporary file beside PATH is opened before any network
/// call, so a bad path fails early, and renamed onto PATH once the report is whole: a run
/// that is killed never leaves an empty or half-written report in its place.
pub struct ReportSink {
    /// The format written.
    pub format: Format,
    path: PathBuf,
    file: tempfile::NamedTempFile,
}

/// Opens every `--report` spec, before any network call; the error names the spec.
pub fn open_reports(specs: &[String]) -> Result<Vec<ReportSink>, String> {
    specs
        .iter()
        .map(|spec| {
            let (name, path) = spec.split_once('=').ok_or_else(|| {
                format!("--report `{spec}`: expected FORMAT=PATH, such as json=mp-golive.json")
            })?;
            let format = Format::from_str(name.trim(), true).map_err(|_| {
                let known: Vec<String> = Format::value_variants()
                    .iter()
                    .map(|f| super::format_name(*f).to_owned())
                    .collect();
                format!(
                    "--report `{spec}`: unknown format `{name}`; expected one of {}",
                    known.join(", ")
                )
            })?;
            if path.is_empty() {
                return Err(format!("--report `{spec}`: the path is empty"));
            }
            let path = PathBuf::from(path);
            let cannot =
                |e: io::Error| format!("--report `{spec}`: cannot write {}: {e}", path.display());
            if path.is_dir() {
                return Err(cannot(io::Error::other("it is a directory")));
            }
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let file = tempfile::Builder::new()
                .prefix(".mp-golive-report-")
                .tempfile_in(&dir)
                .map_err(cannot)?;
            Ok(ReportSink { format, path, file })
        })
        .collect()
}

impl ReportSink {
    /// Renders `report` into the temporary file and renames it onto its path. The error
    /// names the path.
    pub fn write(
        mut self,
        report: &Report,
        opts: &RenderOptions,
    ) -> Result<(), (String, io::Error)> {
        super::render(report, self.format, opts, self.file.as_file_mut())
            .and_then(|()| self.file.as_file_mut().flush())
            .and_then(|()| self.file.persist(&self.path).map(drop).map_err(|e| e.error))
            .map_err(|e| (format!("the report {}", self.path.display()), e))
    }
}

/// Appends the Markdown summary to `$GITHUB_STEP_SUMMARY` when it is set (appended, never
/// truncated: other steps write there too). The error names the file.
pub fn append_step_summary(report: &Report) -> Result<(), (PathBuf, io::Error)> {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| super::markdown(report, &mut f))
        .map_err(|e| (PathBuf::from(path), e))
}

/// Where SARIF results point: `--sarif-anchor`, else the config file (at each check's table),
/// else the workflow file GitHub runs, else `mp-golive.toml`.
pub fn sarif_anchors(settings: &Settings, flag: Option<&str>) -> Anchors {
    let mut anchors = anchor_file(settings, flag);
    let dir = settings
        .source_dir
        .to_string_lossy()
        .trim_start_matches("./")
        .trim_end_matches('/')
        .to_owned();
    if !dir.is_empty() && dir != "." && settings.source_dir.is_relative() {
        anchors.source_dir = Some(dir);
    }
    anchors
}

fn anchor_file(settings: &Settings, flag: Option<&str>) -> Anchors {
    if let Some(path) = flag {
        return Anchors {
            path: path.to_owned(),
            ..Anchors::default()
        };
    }
    if let Some(file) = &settings.config_file {
        let cwd = std::env::current_dir().unwrap_or_default();
        let path = file.path.strip_prefix(&cwd).unwrap_or(&file.path);
        let path = path.to_string_lossy().trim_start_matches("./").to_owned();
        return Anchors {
            path,
            lines: file.check_lines.clone(),
            ..Anchors::default()
        };
    }
    // GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/ci.yml@refs/heads/main`.
    if let Some(workflow) = process_env("GITHUB_WORKFLOW_REF").and_then(|r| {
        r.split('@')
            .next()
            .and_then(|p| p.find(".github/").map(|i| p[i..].to_owned()))
    }) {
        return Anchors {
            path: workflow,
            ..Anchors::default()
        };
    }
    Anchors::default()
}

/// Whether standard output gets colour: `--color`, then NO_COLOR / CLICOLOR /
/// CLICOLOR_FORCE, then whether it is a terminal.
pub fn color_for_stdout(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if process_env("NO_COLOR").is_some()
                || std::env::var("CLICOLOR").is_ok_and(|v| v == "0")
            {
                false
            } else {
                std::env::var("CLICOLOR_FORCE").is_ok_and(|v| v != "0")
                    || io::stdout().is_terminal()
            }
        }
    }
}
