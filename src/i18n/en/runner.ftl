# What the runner says about a check it did not run, or that did not finish.

runner-turned-off = turned off in the config file ([checks.{ $id }] enabled = false)
runner-needs = needs { $inputs }
runner-and = and
runner-no-input = No { $input } was given, so this requirement cannot be verified.
runner-no-input-fix = { $how }. To leave the check out, set `enabled = false` under [checks.{ $id }] in mp-golive.toml.
runner-token-malformed-summary = not run: the access token is malformed (see credentials)
runner-token-malformed = The check did not run: the access token is malformed (see the credentials check), and a malformed token is never sent.
runner-undecided = The check could not decide ({ $reason }), and gave no finding of its own (a bug in mp-golive).
runner-unfinished = The check { $reason }.
runner-did-not-finish = did not finish
runner-deadline = did not finish before the run's { $deadline } deadline
runner-interrupted = interrupted by { $signal } before it finished
runner-panicked-summary = internal error: the check stopped unexpectedly (please report it)
runner-panicked = The check stopped unexpectedly (a bug in mp-golive); nothing it was verifying counts as verified.

need-access-token = access token
need-public-key = public key
need-checkout-url = checkout URL
need-notification-url = webhook or IPN URL
need-payment-or-order = payment id or order id
need-access-token-how = set MP_ACCESS_TOKEN, or pass --access-token-file PATH
need-public-key-how = set MP_PUBLIC_KEY, or pass --public-key KEY, or set public_key in mp-golive.toml
need-checkout-url-how = pass --checkout-url URL or set checkout_url in mp-golive.toml
need-notification-url-how = pass --webhook-url URL and/or --ipn-url URL, or set them in mp-golive.toml (or pass --payment-id of a production payment with a notification_url, with the access token)
need-payment-or-order-how = pass --payment-id ID of a payment, or --order-id ORD… of an Orders API order, made with production credentials
