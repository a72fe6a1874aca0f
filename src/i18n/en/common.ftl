# What every check says the same way: the API could not be asked, test credentials, inputs.

help-usage = nothing was checked; fix the input named above (`mp-golive help <command>` lists the flags)
help-environment = nothing was checked, and nothing is wrong with the integration or the configuration: this machine could not start the check (run again; report it if it persists)
suggest-one = Did you mean { $name }?
suggest-many = Did you mean { $names } or { $last }?
common-could-not-summary = could not { $what }: { $err }
common-could-not = Could not { $what }: { $err }.
common-test-token = the access token is a TEST- credential
common-test-user = the access token belongs to a test user (user { $user }, tags: { $tags })
common-test-judged-summary = not verified: { $why }, so it says nothing about the production account
common-test-judged = Not verified: { $why }; what a test account has says nothing about the production account.
common-without-input-summary = internal: the check ran without its input
common-without-input = The check ran without its input (an internal error of mp-golive; please report it).
# A non-2xx answer of the Mercado Pago API ($answer is api-refusal-* text; the API's own
# message and cause descriptions are quoted as they came).
api-refusal = { $endpoint } answered { $answer }
api-refusal-html = with an HTML page instead of JSON (a gateway or proxy answered, not the API)
api-refusal-cause = cause { $code }
api-refusal-cause-described = cause { $code }: { $description }
api-refusal-attempts = after { $count } attempts
api-too-large = { $endpoint }: the answer is larger than { $limit } bytes, which no Mercado Pago resource is
