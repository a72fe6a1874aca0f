//! Output formats, one file each, all over the one [`Report`]. Every renderer writes to a
//! `&mut dyn Write`, so the same run can go to stdout and to `--report` files.

mod human;
mod json;

use std::io::{self, Write};

use crate::cli::Format;
use crate::report::Report;

pub use human::HumanOptions;

/// Writes `report` in `format`. `human` carries the options only the checklist uses.
pub fn render(
    report: &Report,
    format: Format,
    human: HumanOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render(report, human, out),
        Format::Json => json::render(report, out),
    }
}

/// The name users type for a format, as in `--report json=out.json`.
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Human => "human",
        Format::Json => "json",
    }
}
