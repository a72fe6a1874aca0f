# `mp-golive webhook send`: the notes on the request, and whether it was delivered.

send-signed = x-signature: HMAC-SHA256 of "{ $manifest }" keyed with the webhook secret (not shown)
send-unsigned = unsigned: no webhook secret (set MP_WEBHOOK_SECRET or pass --webhook-secret-file)
send-ipn = IPN: no x-signature (Mercado Pago's IPN signature cannot be checked with the secret)
send-private = note: Mercado Pago cannot reach { $host }; fine for testing a local handler
send-no-answer = no answer after { $elapsed }: { $reason }
send-delivered = delivered: Mercado Pago counts 200 and 201 as delivered
send-redirect = not delivered: a redirect to { $to } (Mercado Pago does not follow it)
send-waf = not delivered: { $name } answered instead of the handler (HTTP { $status }); { $how }
send-refused = not delivered: HTTP { $status } (Mercado Pago counts only 200 and 201, and retries)
send-again = again, x-request-id { $id }, x-signature over "{ $manifest }" (data.id lower-cased)
send-lowercase = accepted only signed over data.id lower-cased: the handler validates order ids lower-cased (as the Orders docs said): Mercado Pago's SDKs sign and validate the original case since June 2026, so real order notifications may be refused
send-both-refused = refused in both casings of data.id ({ $id } and { $lower }): not a casing question; check the secret and that the handler takes the order topic
send-again-no-answer = no answer: { $reason }; which casing of data.id the handler expects is unknown
send-original-accepted = accepted signed over data.id in its original case ({ $id }), as Mercado Pago's SDKs validate it since June 2026
