//! `--format junit`: one test suite, one test case per check with its duration, its status
//! and whether it is required as properties. Only what fails the build fails a test: a
//! required check that failed (or warned, with `--strict`) → `<failure>`, could not be
//! evaluated → `<error>`; skip → `<skipped>`; advisory findings go to `<system-out>`. Written
//! by quick-junit (nextest's writer). GitLab, Jenkins, Azure and Bitbucket show it in their
//! test tabs.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Property, TestCase, TestCaseStatus, TestSuite};

use crate::report::{CheckResult, Report, Status};

/// The finding lines a test case carries, in its failure or in `<system-out>`.
fn details(c: &CheckResult) -> String {
    c.findings
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
        .collect::<Vec<_>>()
        .join("\n")
}

/// The test case status of a check. Only what fails the build fails the test: a required
/// check that failed (or warned, with `--strict`) is a `<failure>`, one that could not be
/// evaluated an `<error>`; an advisory check passes whatever it found, so a run that exits 0
/// shows no failed test.
fn status(report: &Report, c: &CheckResult) -> TestCaseStatus {
    if c.status == Status::Skip {
        let mut s = TestCaseStatus::skipped();
        s.set_message(c.summary.as_str());
        return s;
    }
    if !report.fails_build(c) {
        return TestCaseStatus::success();
    }
    let kind = if c.status == Status::Error {
        NonSuccessKind::Error
    } else {
        NonSuccessKind::Failure
    };
    let mut s = TestCaseStatus::non_success(kind);
    s.set_message(c.summary.as_str());
    s.set_type(if c.status == Status::Warn {
        "required, --strict"
    } else {
        "required"
    });
    s.set_description(details(c));
    s
}

/// What a passing test case says about a check that found something: the status it had and
/// why that does not fail the build, then the findings.
fn system_out(report: &Report, c: &CheckResult) -> Option<String> {
    if report.fails_build(c) || c.status == Status::Skip {
        return None;
    }
    let findings = details(c);
    let head = match c.status {
        Status::Pass | Status::Skip => None,
        _ if !c.required => Some(format!(
            "{}: {} (advisory check: does not fail the build)",
            c.status.as_str(),
            c.summary
        )),
        _ => Some(format!(
            "{}: {} (a warning fails the build only with --strict)",
            c.status.as_str(),
            c.summary
        )),
    };
    match (head, findings.is_empty()) {
        (None, true) => None,
        (None, false) => Some(findings),
        (Some(h), true) => Some(h),
        (Some(h), false) => Some(format!("{h}\n{findings}")),
    }
}

/// Writes the JUnit XML document.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut suite = TestSuite::new("mp-golive");
    suite.set_time(report.duration);
    suite.add_property(Property::new("verdict", report.verdict.as_str()));
    for c in &report.checks {
        let mut case = TestCase::new(format!("{} ({})", c.id, c.title), status(report, c));
        case.set_classname("mp-golive");
        case.set_time(c.duration);
        case.add_property(Property::new("status", c.status.as_str()));
        case.add_property(Property::new(
            "required",
            if c.required { "true" } else { "false" },
        ));
        if let Some(text) = system_out(report, c) {
            case.set_system_out(text);
        }
        suite.add_test_case(case);
    }
    let mut doc = quick_junit::Report::new("mp-golive");
    doc.set_time(report.duration);
    doc.add_test_suite(suite);
    doc.serialize(&mut *out).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testing::{check, finding, report, text};
    use crate::report::Severity::{Error, Info, Warning};
    use quick_xml::Reader;
    use quick_xml::events::{BytesStart, Event};

    /// One `<testcase>` as a CI tool reads it.
    #[derive(Debug, Default, PartialEq)]
    struct Case {
        name: String,
        /// `failure`, `error` or `skipped`, with its `message` and `type` attributes and text.
        outcome: Option<(String, String, String, String)>,
        system_out: Option<String>,
        properties: Vec<(String, String)>,
    }

    fn attr(e: &BytesStart, name: &str) -> String {
        e.try_get_attribute(name)
            .unwrap()
            .map(|a| {
                a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                    .unwrap()
                    .into_owned()
            })
            .unwrap_or_default()
    }

    /// The suite's counts (tests, failures, errors, skipped) and its cases.
    fn parse(xml: &str) -> ((String, String, String, String), Vec<Case>) {
        let mut reader = Reader::from_str(xml);
        let (mut counts, mut cases) = (Default::default(), Vec::<Case>::new());
        let mut open: Option<String> = None;
        loop {
            let event = reader.read_event().expect("well-formed XML");
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let tag = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                    match tag.as_str() {
                        "testsuite" => {
                            counts = (
                                attr(&e, "tests"),
                                attr(&e, "failures"),
                                attr(&e, "errors"),
                                attr(&e, "skipped"),
                            )
                        }
                        "testcase" => cases.push(Case {
                            name: attr(&e, "name"),
                            ..Case::default()
                        }),
                        "failure" | "error" | "skipped" => {
                            cases.last_mut().unwrap().outcome = Some((
                                tag.clone(),
                                attr(&e, "message"),
                                attr(&e, "type"),
                                String::new(),
                            ))
                        }
                        "property" if !cases.is_empty() => cases
                            .last_mut()
                            .unwrap()
                            .properties
                            .push((attr(&e, "name"), attr(&e, "value"))),
                        _ => {}
                    }
                    if !empty {
                        open = Some(tag);
                    }
                }
                // Text arrives in pieces, entity references apart.
                Event::Text(t) => append(&mut cases, open.as_deref(), &t.decode().unwrap()),
                Event::GeneralRef(r) => {
                    let name = r.decode().unwrap();
                    let c = quick_xml::escape::resolve_predefined_entity(&name).unwrap();
                    append(&mut cases, open.as_deref(), c);
                }
                Event::End(_) => open = None,
                Event::Eof => break,
                _ => {}
            }
        }
        (counts, cases)
    }

    fn append(cases: &mut [Case], open: Option<&str>, piece: &str) {
        let Some(case) = cases.last_mut() else { return };
        match open {
            Some("system-out") => case.system_out.get_or_insert_default().push_str(piece),
            Some("failure" | "error") => case.outcome.as_mut().unwrap().3.push_str(piece),
            _ => {}
        }
    }

    fn props(status: &str, required: bool) -> Vec<(String, String)> {
        vec![
            ("status".to_owned(), status.to_owned()),
            ("required".to_owned(), required.to_string()),
        ]
    }

    fn counts(t: &str, f: &str, e: &str, s: &str) -> (String, String, String, String) {
        (t.into(), f.into(), e.into(), s.into())
    }

    #[test]
    fn a_run_that_exits_0_has_no_failed_test() {
        let r = report(
            vec![
                check("ok", true, Status::Pass, vec![]),
                check(
                    "ok-info",
                    true,
                    Status::Pass,
                    vec![finding("ok-info/i", Info)],
                ),
                check(
                    "req-warn",
                    true,
                    Status::Warn,
                    vec![finding("req-warn/w", Warning)],
                ),
                check(
                    "adv-fail",
                    false,
                    Status::Fail,
                    vec![finding("adv-fail/e", Error)],
                ),
                check("adv-error", false, Status::Error, vec![]),
                check(
                    "skipped",
                    true,
                    Status::Skip,
                    vec![finding("skipped/i", Info)],
                ),
            ],
            false,
        );
        assert_eq!(r.verdict.exit_code(), 0);
        let (suite, cases) = parse(&text(render, &r));
        assert_eq!(suite, counts("6", "0", "0", "1"));
        let out = |i: usize| cases[i].system_out.clone();
        assert_eq!(cases[0].name, "ok (ok)");
        assert_eq!(cases[0].outcome, None);
        assert_eq!(out(0), None);
        assert_eq!(cases[0].properties, props("pass", true));
        assert_eq!(cases[1].outcome, None);
        assert_eq!(
            out(1).as_deref(),
            Some(
                "[info] ok-info/i: message of ok-info/i.\n  fix: fix of ok-info/i.\n  docs: https://docs.test/ok-info/i"
            )
        );
        assert_eq!(cases[2].outcome, None);
        assert_eq!(
            out(2).as_deref(),
            Some(
                "warn: summary of req-warn (a warning fails the build only with --strict)\n[warning] req-warn/w: message of req-warn/w.\n  fix: fix of req-warn/w.\n  docs: https://docs.test/req-warn/w"
            )
        );
        assert_eq!(cases[2].properties, props("warn", true));
        assert_eq!(cases[3].outcome, None);
        assert_eq!(
            out(3).as_deref(),
            Some(
                "fail: summary of adv-fail (advisory check: does not fail the build)\n[error] adv-fail/e: message of adv-fail/e.\n  fix: fix of adv-fail/e.\n  docs: https://docs.test/adv-fail/e"
            )
        );
        assert_eq!(cases[3].properties, props("fail", false));
        assert_eq!(cases[4].outcome, None);
        assert_eq!(
            out(4).as_deref(),
            Some("error: summary of adv-error (advisory check: does not fail the build)")
        );
        assert_eq!(cases[4].properties, props("error", false));
        assert_eq!(
            cases[5].outcome,
            Some((
                "skipped".to_owned(),
                "summary of skipped".to_owned(),
                String::new(),
                String::new()
            ))
        );
        assert_eq!(out(5), None);
        assert_eq!(cases[5].properties, props("skip", true));
    }

    #[test]
    fn what_fails_the_build_is_a_failure_or_an_error() {
        let checks = vec![
            check(
                "req-fail",
                true,
                Status::Fail,
                vec![finding("req-fail/e", Error), finding("req-fail/i", Info)],
            ),
            check(
                "req-error",
                true,
                Status::Error,
                vec![finding("req-error/api-error", Info)],
            ),
            check(
                "req-warn",
                true,
                Status::Warn,
                vec![finding("req-warn/w", Warning)],
            ),
        ];
        let r = report(checks.clone(), true);
        assert_eq!(r.verdict.exit_code(), 1);
        let (suite, cases) = parse(&text(render, &r));
        assert_eq!(suite, counts("3", "2", "1", "0"));
        assert_eq!(
            cases[0].outcome,
            Some((
                "failure".to_owned(),
                "summary of req-fail".to_owned(),
                "required".to_owned(),
                "[error] req-fail/e: message of req-fail/e.\n  fix: fix of req-fail/e.\n  docs: https://docs.test/req-fail/e\n[info] req-fail/i: message of req-fail/i.\n  fix: fix of req-fail/i.\n  docs: https://docs.test/req-fail/i".to_owned()
            ))
        );
        assert_eq!(cases[0].system_out, None);
        assert_eq!(
            cases[1].outcome,
            Some((
                "error".to_owned(),
                "summary of req-error".to_owned(),
                "required".to_owned(),
                "[info] req-error/api-error: message of req-error/api-error.\n  fix: fix of req-error/api-error.\n  docs: https://docs.test/req-error/api-error".to_owned()
            ))
        );
        assert_eq!(cases[1].system_out, None);
        assert_eq!(
            cases[2].outcome,
            Some((
                "failure".to_owned(),
                "summary of req-warn".to_owned(),
                "required, --strict".to_owned(),
                "[warning] req-warn/w: message of req-warn/w.\n  fix: fix of req-warn/w.\n  docs: https://docs.test/req-warn/w".to_owned()
            ))
        );
        assert_eq!(cases[2].system_out, None);
        // Without --strict the warning passes, and says why.
        let (suite, cases) = parse(&text(render, &report(checks, false)));
        assert_eq!(suite, counts("3", "1", "1", "0"));
        assert_eq!(cases[2].outcome, None);
        assert!(
            cases[2]
                .system_out
                .as_deref()
                .unwrap()
                .contains("only with --strict")
        );
    }

    #[test]
    fn the_verdict_is_a_suite_property() {
        let xml = text(
            render,
            &report(vec![check("x", true, Status::Error, vec![])], false),
        );
        assert!(
            xml.contains(r#"<property name="verdict" value="incomplete"/>"#),
            "{xml}"
        );
    }
}
