# The messages of `reports`.

reports-settlement-name = settlement report (account balance)
reports-release-name = release report
reports-what-account = read the account (GET /users/me)
reports-what-report = read the { $name }
reports-schedule-unknown = The { $name } configuration does not say whether it is scheduled (no `scheduled` field): a schedule is not confirmed.
reports-unscheduled = The { $name } is configured but not scheduled (scheduled: false): it is generated only on request.
reports-unconfigured = The { $name } has no configuration (GET …/config answered 404): no report is generated.
reports-no-access = The access token cannot read the { $name }: { $why }.
reports-summary-scheduled = settlement and release reports reachable, configured and scheduled
reports-summary = settlement and release reports reachable
