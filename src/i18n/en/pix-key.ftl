# The messages of `pix-key`.

pix-key-skip-run-site = Pix exists only in Brazil (MLB); this run is for { $site }
pix-key-skip-account-site = Pix exists only in Brazil (MLB); this account is on { $site }
pix-key-what-site = read the account's site
pix-key-no-site-id = GET /users/me has no site_id; give --site
pix-key-what-account = read the account (GET /users/me)
pix-key-what-methods = list the account's payment methods
pix-key-absent = GET /v1/payment_methods does not list `pix` for this account: it has no Pix key registered
pix-key-inactive = GET /v1/payment_methods lists `pix` with status `{ $status }`, not `active`: the account has no usable Pix key
pix-key-active-summary = Pix is active (GET /v1/payment_methods lists pix)
pix-key-proven-summary = Pix key proven: probe payment { $id } was created and cancelled
pix-key-not-cancelled = The Pix key is registered (the probe payment { $id } was created), but cancelling payment { $id } failed: { $why }. Cancel it with PUT { $api }v1/payments/{ $id } and the body { $body }; unpaid, it expires by itself 35 minutes after creation.
pix-key-no-key = Mercado Pago refused the probe Pix payment with cause 13253 ({ $refusal }): the account has no Pix key enabled.
pix-key-no-key-listed = Mercado Pago refused the probe Pix payment with cause 13253 ({ $refusal }): the account has no Pix key enabled. (GET /v1/payment_methods still lists pix as active.)
pix-key-inconclusive = The probe Pix payment was refused for another reason than a missing key ({ $refusal }); nothing was created.
pix-key-listed-unconfirmed-summary = Pix is active (listed); the probe could not confirm it
pix-key-unproven = The probe Pix payment { $id } was created but proves nothing: { $why }. It is cancelled or final; nothing is left pending.
pix-key-unanswered = The request creating the probe Pix payment got no answer ({ $error }); a pending payment with external_reference { $reference } may exist. It was not sent again.
pix-key-pending-unknown = A probe Pix payment with external_reference { $reference } may have been created and was not confirmed cancelled (the run ended first). Search GET /v1/payments/search?external_reference={ $reference } and cancel it with PUT /v1/payments/<id> { $body }; unpaid, it expires 35 minutes after creation.
pix-key-pending-created = The probe Pix payment { $id } (external_reference { $reference }) was created and not cancelled: the run ended first. Cancel it with PUT /v1/payments/{ $id } { $body }, or in the Mercado Pago panel; unpaid, it expires 35 minutes after creation.
pix-key-with-reference = with external_reference { $reference }
pix-key-no-usable-id = the answer had no usable payment id to cancel
pix-key-created-final = the payment was created with status `{ $status }`
pix-key-not-live = the payment was not created in live mode (live_mode is not true)
pix-key-now-status = the payment is now `{ $status }`, not `cancelled`
pix-key-not-confirmed = the answer did not confirm the status `cancelled`
