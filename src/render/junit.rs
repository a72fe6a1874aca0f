//! `--format junit`: one test suite, one test case per check with its duration: fail →
//! `<failure>`, error → `<error>`, skip → `<skipped>`; written by quick-junit (nextest's
//! writer). GitLab, Jenkins, Azure and Bitbucket show it in their test tabs.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};

use crate::report::{Report, Status};

/// Writes the JUnit XML document.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut suite = TestSuite::new("mp-golive");
    suite.set_time(report.duration);
    for c in &report.checks {
        let details: Vec<String> = c
            .findings
            .iter()
            .map(|f| {
                format!(
                    "[{}] {}: {}\n  fix: {}\n  docs: {}",
                    f.severity.as_str(),
                    f.code,
                    f.message,
                    f.remedy,
                    f.docs_url
                )
            })
            .collect();
        let mut status = match c.status {
            Status::Pass | Status::Warn => TestCaseStatus::success(),
            Status::Fail => TestCaseStatus::non_success(NonSuccessKind::Failure),
            Status::Error => TestCaseStatus::non_success(NonSuccessKind::Error),
            Status::Skip => TestCaseStatus::skipped(),
        };
        if c.status != Status::Pass {
            status.set_message(c.summary.as_str());
        }
        if matches!(c.status, Status::Fail | Status::Error) {
            status.set_type(if c.required { "required" } else { "advisory" });
            status.set_description(details.join("\n"));
        }
        let mut case = TestCase::new(format!("{} ({})", c.id, c.title), status);
        case.set_classname("mp-golive");
        case.set_time(c.duration);
        if c.status == Status::Warn || (c.status == Status::Pass && !details.is_empty()) {
            case.set_system_out(details.join("\n"));
        }
        suite.add_test_case(case);
    }
    let mut doc = quick_junit::Report::new("mp-golive");
    doc.set_time(report.duration);
    doc.add_test_suite(suite);
    doc.serialize(&mut *out).map_err(io::Error::other)?;
    writeln!(out)
}
