# The report around the findings: header, verdict, counts. Every language has the same
# message ids with the same arguments (a test holds them to it).

header-title = Mercado Pago go-live checklist
header-site = site { $site }, { $country }
header-site-unknown = site { $site }
advisory-mark = (advisory)
label-fix = fix:
label-docs = docs:
label-at = at

count-required-checks = { $count ->
    [one] { $count } required check
   *[other] { $count } required checks
}

verdict-ready = ready: no required check failed
verdict-not-ready = not ready: { $failed ->
    [one] { $failed } required check
   *[other] { $failed } required checks
} failed
verdict-not-ready-strict = not ready: { $failed ->
    [one] { $failed } required check
   *[other] { $failed } required checks
} failed, { $warned } warned (--strict)
verdict-not-ready-warned = not ready: { $warned ->
    [one] { $warned } required check
   *[other] { $warned } required checks
} warned (--strict)
verdict-incomplete = incomplete: { $errors ->
    [one] { $errors } required check
   *[other] { $errors } required checks
} could not be evaluated
verdict-advisory = ; advisory checks (they do not gate): { $list }
advisory-failed = { $count } failed
advisory-error = { $count } could not be checked
verdict-interrupted = (interrupted)

counts = { $pass } passed, { $warn } warned, { $fail } failed, { $skip } skipped, { $error } could not be checked

markdown-col-check = Check
markdown-col-required = Required
markdown-col-result = Result
markdown-yes = yes
markdown-no = no
markdown-fix = Fix:

country-mla = Argentina
country-mlb = Brazil
country-mlm = Mexico
country-mlc = Chile
country-mco = Colombia
country-mpe = Peru
country-mlu = Uruguay

summary-more = { $head } (+{ $more } more)
summary-ok = ok
