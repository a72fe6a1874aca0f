# checkout-page: the payment page as a browser loads it (mixed content, credentials,
# MercadoPago.js, card fields, cookies). URLs, tags, keys (redacted) and cookie names stay
# as they come; what src/net/ says about a failed fetch stays English.

checkout-page-fetch-failed-summary = could not fetch the page: { $err }
checkout-page-fetch-failed = The page { $url } could not be fetched: { $err }. Nothing on it was verified.
checkout-page-insecure-redirect = { $url } redirects to { $to }.
checkout-page-http-status = { $url } answered HTTP { $status }.
checkout-page-not-https = The payment page { $url } is served over http://.
checkout-page-truncated = { $url } is larger than 2 MiB; only its first 2 MiB were scanned.
checkout-page-mixed-active = The page loads { $what } over http://: { $link }.
checkout-page-what-script = a script
checkout-page-what-iframe = an iframe
checkout-page-what-frame = a frame
checkout-page-what-stylesheet = a stylesheet
checkout-page-what-object = an object
checkout-page-what-embed = an embed
checkout-page-what-form = a form that posts
checkout-page-what-form-button = a form button that posts
checkout-page-mixed-passive = The page loads { $count } media over http://: { $list }.
checkout-page-mixed-passive-more = The page loads { $count } media over http://: { $list } and { $more } more.
checkout-page-sdk-insecure = MercadoPago.js is loaded over http://: { $link }.
checkout-page-sdk-v1 = The page loads MercadoPago.js v1 from { $link }.
checkout-page-sdk-self-hosted = { $link } may be a copy of MercadoPago.js served from another host than { $sdk_host }: its name or path is the SDK's, no tag loads the SDK from { $sdk_host }, and it could not be read to tell ({ $err }).
checkout-page-sdk-copy = { $link } is a copy of MercadoPago.js served from another host than { $sdk_host }: { $kib } KiB that carry the SDK's own Mercado Pago hosts.
checkout-page-upgraded-http = The page references { $count ->
        [one] { $count } resource
       *[other] { $count } resources
    } over http:// ({ $list }); `upgrade-insecure-requests` in its Content-Security-Policy makes the browser fetch them over https://, but the references are fragile.
checkout-page-sdk-not-found = No <script> loads MercadoPago.js from https://sdk.mercadopago.com/js/v2 in the HTML as served.
checkout-page-test-public-key = The page carries the test public key { $key }.
checkout-page-public-key-mismatch = The page carries the public key { $key }, but the configured one is { $configured }.
checkout-page-access-token-exposed = The page carries an access token ({ $token }).
checkout-page-card-field-named = The card input { $field } has a name attribute.
checkout-page-insecure-cookie = The page sets cookies without Secure: { $names }.
checkout-page-summary-sdk = HTTP { $status }, MercadoPago.js from { $sdk_host }
checkout-page-summary-no-sdk = HTTP { $status }, no MercadoPago.js tag
checkout-page-summary-truncated = page larger than 2 MiB (read in part)
