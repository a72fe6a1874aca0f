# The messages of `notifications`.
# URLs, hosts, ids, statuses, ts values, answer excerpts, durations and what src/net/ says
# (transport and TLS reasons, address kinds) stay as they come. `kind` is Webhooks or IPN.

notifications-no-urls = No webhook_url or ipn_url was given, and no production payment (--payment-id with an access token) to read a notification_url from.
notifications-payment-not-found = No webhook_url or ipn_url was given, and payment { $id } was not found with this access token, so its notification_url cannot be read.
notifications-read-payment = read payment { $id }
notifications-payment-without-url = No webhook_url or ipn_url was given, and payment { $id } has no notification_url (its notifications go to the URL set in Your integrations > Webhooks, which the API does not reveal).
notifications-payment-url-invalid = No webhook_url or ipn_url was given, and the notification_url of payment { $id }, `{ $raw }`, is not an http(s) URL.
notifications-url-from-payment-one = No webhook_url or ipn_url was given: testing { $url }, the notification_url of payment { $id }, in the { $format } format.
notifications-url-from-payment-both = No webhook_url or ipn_url was given: testing { $url }, the notification_url of payment { $id }, in the { $first } and { $second } formats (it has no source_news, so Mercado Pago sends both).

notifications-not-https = The { $kind } URL { $url } is not HTTPS.
notifications-this-machine = { $host } (this machine)
notifications-unreachable = The { $kind } URL { $url } cannot be reached: { $err }.
notifications-private-is = The host of the { $kind } URL { $url } is not public: it is { $addrs }. Mercado Pago cannot reach it.
notifications-private-resolves = The host of the { $kind } URL { $url } is not public: it resolves to { $addrs }. Mercado Pago cannot reach it.
notifications-private-tested = Tested anyway (--allow-private-addresses).
notifications-private-not-sent = Nothing was sent to it.

notifications-redirect = The { $kind } URL { $url } answered the notification with HTTP { $status } redirecting to { $location }.
notifications-redirect-no-location = The { $kind } URL { $url } answered the notification with HTTP { $status } redirecting to no Location.
notifications-waf = The { $kind } URL { $url } is behind { $waf } which answered HTTP { $status } instead of the handler. { $how }
notifications-waf-406 = a WAF (HTTP 406 is ModSecurity's signature answer)
notifications-waf-how-cloudflare = In Cloudflare, add a WAF custom rule for this path and method POST with action Skip (managed rules, Bot Fight Mode / Super Bot Fight Mode, rate limiting), or lower the Security Level for it: Mercado Pago cannot solve a JavaScript challenge.
notifications-waf-how-modsecurity = Add a ModSecurity rule exclusion for this location (SecRuleRemoveById for the rule in the audit log, or ctl:ruleEngine=Off for this path), or ask the hosting provider to allow-list it.
notifications-waf-how-sucuri = In the Sucuri firewall, add this path to the allow-listed URL paths.
notifications-waf-how-imperva = In Imperva, add an exception to the security rule (bot protection) for this path.
notifications-waf-how-akamai = In Akamai, exempt this path from the bot manager and WAF policy.
notifications-waf-how-aws = In AWS WAF, add a rule that allows POST to this path ahead of the blocking rule (often a bot-control or size rule).

notifications-ts-unit-mismatch = The { $kind } URL { $url } refused the notification signed with ts in milliseconds ({ $ms }, as Mercado Pago sends it) with HTTP { $status }{ $excerpt }, and accepted it with ts in seconds ({ $secs }).
notifications-refused-signed = The { $kind } URL { $url } refused a correctly signed notification (data.id { $data_id }, x-request-id { $request_id }) with HTTP { $status }{ $excerpt }; with ts in seconds: { $also }.
notifications-refused-unsigned = The { $kind } URL { $url } refused the unsigned notification with HTTP { $status }{ $excerpt }, probably because it validates x-signature; without the webhook secret this cannot be told apart from a broken handler.
notifications-refused-unsigned-summary = { $kind }: HTTP { $status } to an unsigned notification; give MP_WEBHOOK_SECRET to test it signed
notifications-bad-status = The { $kind } URL { $url } answered the notification with HTTP { $status }{ $excerpt }.

notifications-forged-accepted = The { $kind } URL { $url } answered HTTP { $status } to a notification with a wrong x-signature (x-request-id { $request_id }).
notifications-forged-no-answer = The notification with a wrong x-signature sent to { $url } got no answer ({ $err }), so whether forged notifications are refused is unknown.
notifications-no-secret = No webhook secret was given, so the { $kind } URL { $url } got an unsigned notification and its signature validation was not tested.

notifications-summary = { $kind } { $status } in { $elapsed }
notifications-summary-ts-seconds = { $kind } { $status } in { $elapsed } (ts in seconds)
notifications-note-forged-accepted = forged signature accepted ({ $status })
notifications-note-forged-refused = forged signature refused ({ $status })
notifications-note-forged-no-answer = forged signature got no answer ({ $err })
notifications-note-order-accepted = order notification { $status } in the original case
notifications-note-order-lower-case = order notification only with the id lower-cased ({ $status })
notifications-note-order-refused = order notification refused

notifications-order-lower-case = The { $kind } URL { $url } refused the order notification signed over data.id { $which } as sent ({ $first }{ $seconds }) and accepted it signed over { $lower } ({ $status }): the handler validates order ids lower-cased.
notifications-order-synthetic-id = { $id }, a synthetic id: no --order-id was given
notifications-order-ts-seconds = ts in seconds as the payment one needed
notifications-note-synthetic-id = (synthetic id { $id })
notifications-no-order-sent = no order notification sent (IPN has no order topic; give --webhook-url)
notifications-order-also-lower = ; signed over the id lower-cased: { $result }
notifications-order-refused-signed = The { $kind } URL { $url } accepted the payment notification but not the order notification (topic order, data.id { $which }, x-request-id { $request_id }, signed{ $seconds }): { $first }{ $also }.
notifications-order-refused-unsigned = The { $kind } URL { $url } accepted the payment notification but not the order notification (topic order, data.id { $which }, x-request-id { $request_id }, unsigned (no webhook secret was given){ $seconds }): { $first }{ $also }.

notifications-tls-invalid = The { $kind } URL { $url } fails TLS: { $problem }.
notifications-tls-does-not-verify = its certificate does not verify: { $err }
notifications-tls-no-handshake = no TLS 1.2/1.3 handshake completed: { $why }
notifications-tls-no-certificate = the server sent no certificate

notifications-no-answer = The { $kind } URL { $url } did not answer the notification within { $limit }: Mercado Pago gives up after 22 s and counts it as not delivered.
notifications-too-slow = The { $kind } URL { $url } took { $elapsed } to answer; Mercado Pago gives up after { $limit }.
notifications-slow = The { $kind } URL { $url } took { $elapsed } to answer (more than { $limit }): Mercado Pago's retries wait only 5 s.

# --official: Mercado Pago's record of real deliveries (notifications_history of its MCP server).
notifications-official-what = read Mercado Pago's delivery history (notifications_history, its MCP server)
notifications-official-rate = Mercado Pago's delivery history (notifications_history): delivery rate { $rate }.
notifications-official-text = Mercado Pago's delivery history (notifications_history) states no delivery rate that could be read; its text: { $text }
notifications-official-failures = Mercado Pago's delivery history names failed deliveries: { $failures }
notifications-official-none-found = Mercado Pago's delivery history says "No Notifications Found": no notification was sent to this application recently, so nothing is known of real deliveries.
notifications-official-not-configured = Mercado Pago's delivery history says "no webhook notifications configured": no Webhooks URL is set in Your integrations > Webhooks, so notifications go only to each payment's notification_url.
notifications-official-summary = Mercado Pago's delivery rate { $rate }
