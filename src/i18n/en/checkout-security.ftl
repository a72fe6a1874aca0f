# checkout-security: the payment page's CSP, framing, referrer, integrity and script
# inventory, and `mp-golive baseline`. Directives, sources, URLs, hashes and header values stay
# as they come; what src/net/ says about a failed fetch stays English.

checkout-security-fetch-failed = The page { $url } could not be fetched: { $err }. Its headers and scripts were not verified.
checkout-security-insecure-redirect = { $url } redirects to { $to } (http://); the payment page's headers and scripts were not read.
checkout-security-http-status = { $url } answered HTTP { $status }: that answer is not the payment page, so its headers and scripts were not judged.
checkout-security-unavailable-summary = the payment page could not be read; nothing on it was verified
checkout-security-truncated-summary = the page is larger than 2 MiB: the script inventory is incomplete
checkout-security-truncated = { $url } is larger than 2 MiB; scripts after the first 2 MiB were not seen.
checkout-security-no-csp = The page sends no Content-Security-Policy: an injected script would run unhindered.
checkout-security-csp-report-only = The page sends only Content-Security-Policy-Report-Only: violations are reported, nothing is blocked.
checkout-security-csp-meta = The policy comes from a <meta http-equiv> tag only: its `frame-ancestors` and reporting are ignored, and scripts before the tag are not covered.
checkout-security-script-unrestricted = The enforced policy sets neither `script-src` nor `default-src`: scripts are not restricted.
checkout-security-unsafe-inline = `{ $directive }` allows 'unsafe-inline' without a nonce or hash: any injected inline script runs.
checkout-security-inline-blocked = `{ $directive }` blocks the inline script { $hash } (`{ $start }`…): it carries no nonce of the policy and its hash is not listed.
checkout-security-script-wildcard = `{ $directive }` allows { $sources }: a script from any host runs.
checkout-security-sdk-nonce-missing = `{ $directive }` uses 'strict-dynamic', so only its nonce admits a tag, and the MercadoPago.js tag { $link } carries no nonce of the policy: the browser blocks it.
checkout-security-sdk-host-blocked = `{ $directive }` does not allow { $hosts }, which MercadoPago.js and Bricks were measured to use.
checkout-security-sdk-host-blocked-fallback = `{ $directive }` is not set, so `{ $from }` applies, and it does not allow { $hosts }, which MercadoPago.js and Bricks were measured to use.
checkout-security-clickjacking-open = `frame-ancestors { $sources }` lets any site frame the payment page.
checkout-security-clickjacking-none = Neither `frame-ancestors` (in a header policy) nor X-Frame-Options: any site can frame the payment page.
checkout-security-clickjacking-xfo = X-Frame-Options `{ $value }` is not DENY or SAMEORIGIN (ALLOW-FROM is ignored by browsers), and no header policy sets `frame-ancestors`.
checkout-security-no-referrer-policy = The page sets no Referrer-Policy (header or <meta name="referrer">).
checkout-security-referrer-leaks = Referrer-Policy `{ $policy }` sends the page's full URL, with its payment ids, to other sites.
checkout-security-sdk-sri-exempt = MercadoPago.js ({ $link }) carries no integrity attribute, as it should: its URL is unversioned and Mercado Pago updates the file in place, so a pinned hash would break the payment form. Mercado Pago answers for that script.
checkout-security-sdk-sri-pinned = MercadoPago.js ({ $link }) carries an integrity attribute: the browser will refuse it, and the payment form will break, at Mercado Pago's next update of the file.
checkout-security-sri-missing-script = The script { $link } comes from another host without an integrity attribute.
checkout-security-sri-missing-stylesheet = The stylesheet { $link } comes from another host without an integrity attribute.
checkout-security-integration-card-fields = The page has card fields of its own ({ $evidence }) and no Bricks or Secure Fields: card data passes through your page, which suggests SAQ A-EP, with PCI DSS 6.4.3 and 11.6.1 in full. Guidance from what the page shows, not a certification.
checkout-security-integration-bricks = The page uses Bricks ({ $evidence }): the card fields are iframes of secure-fields.mercadopago.com, which suggests SAQ A plus protection of the page's own scripts (6.4.3/11.6.1-style controls). Guidance from what the page shows, not a certification.
checkout-security-integration-secure-fields = The page uses Secure Fields ({ $evidence }): the card fields are iframes of secure-fields.mercadopago.com, which suggests SAQ A plus protection of the page's own scripts (6.4.3/11.6.1-style controls). Guidance from what the page shows, not a certification.
checkout-security-integration-pro = The page looks like a redirect to Checkout Pro ({ $evidence }): card data never reaches your page, which suggests SAQ A. Guidance from what the page shows, not a certification.
checkout-security-integration-unknown = The HTML shows no Checkout Pro link, Bricks, Secure Fields or card field (JavaScript may add them later), so no PCI DSS scope could be suggested.
checkout-security-no-baseline = No script baseline: { $path } does not exist, so changes since a reviewed state were not compared.
checkout-security-baseline-other-page = The baseline { $path } was recorded from { $baseline }, not { $url }: what follows may be differences between pages, not changes.
checkout-security-absent = (none)
checkout-security-inline-script = an inline script { $hash }
checkout-security-script-added = Script added since the baseline { $path }: { $script }.
checkout-security-script-removed = Script removed since the baseline { $path }: { $script }.
checkout-security-script-changed = Script changed since the baseline: { $script } ({ $changes }).
checkout-security-header-changed = Header { $header } changed since the baseline: `{ $before }` → `{ $now }`.
checkout-security-summary = { $scripts ->
        [one] { $scripts } script
       *[other] { $scripts } scripts
    }; in place: { $protections }
checkout-security-baseline-missing = the baseline file { $path } (--baseline, or `baseline` in [checks.checkout-security]) does not exist: write it with `mp-golive baseline --out { $path }`, or remove the setting
checkout-security-baseline-unusable = the baseline file { $path } cannot be used: { $why }. Write it again with `mp-golive baseline --out { $path }`

baseline-no-checkout-url = no checkout URL: give --checkout-url, MP_GOLIVE_CHECKOUT_URL or `checkout_url` in mp-golive.toml
baseline-not-written = nothing was written; fix the page or the URL and run `mp-golive baseline` again
baseline-cannot-write = cannot write { $path }: { $error }
baseline-wrote = Wrote { $path }: { $external } external and { $inline } inline { $inline ->
        [one] script
       *[other] scripts
    }, { $headers } security { $headers ->
        [one] header
       *[other] headers
    }. Review it, justify each script, and commit it; `mp-golive check` reports what changes.
# Past the first $max findings of one kind, how many more the page has.
checkout-security-more = { $count } more like this on the page (only the first { $max } are listed).
