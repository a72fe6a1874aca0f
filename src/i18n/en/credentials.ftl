# The messages of `credentials`.

credentials-malformed-token = The access token ({ $token }) is not a Mercado Pago access token: { $why }. It was not sent to any endpoint.
credentials-stray = character { $pos } is U+{ $code }, which no Mercado Pago token holds
credentials-stray-named = character { $pos } is U+{ $code } ({ $name }), which no Mercado Pago token holds
credentials-char-zero-width = a zero-width space
credentials-char-bom = a byte order mark
credentials-char-nbsp = a no-break space
credentials-char-space = a space
credentials-char-control = a control character
credentials-key-test-prefix = The public key ({ $key }) starts with TEST-: it is a test credential.
credentials-key-malformed = The public key ({ $key }) is not a Mercado Pago public key: { $why }.
credentials-token-test-prefix = The access token ({ $token }) starts with TEST-: it is a test credential.
credentials-token-is-test = Mercado Pago reports the access token ({ $token }) as a test credential (is_test: true).
credentials-not-activated = The production credentials of application { $app } are not activated (homologated: false): Mercado Pago refuses live payments until they are.
credentials-token-refused = Mercado Pago refused the access token ({ $token }): { $refusal }.
credentials-key-is-test = Mercado Pago reports the public key ({ $key }) as a test credential (is_test: true).
credentials-key-not-activated = The public key ({ $key }) belongs to credentials that are not activated for production (homologated: false).
credentials-application-mismatch = The public key belongs to application { $key_app } but the access token to application { $token_app }.
credentials-key-unknown = Mercado Pago does not recognise the public key ({ $key }): { $refusal }.
credentials-wrapper-unexpected = The credentials endpoint did not answer as expected ({ $answer }); could not confirm { $facts }.
credentials-could-not-confirm = Could not confirm { $facts }.
# Joins the facts that could not be confirmed: "a, nor b".
credentials-nor = nor
credentials-unconfirmed-activated = that the credentials are activated for production
credentials-unconfirmed-activated-no-field = that the credentials are activated for production (the answer had no `homologated`)
credentials-unconfirmed-same-app = that the public key and the access token belong to the same application
credentials-unexpected-answer = an unexpected answer
credentials-test-account = The access token belongs to a test account ({ $nickname }, user { $user }, tags: { $tags }).
credentials-no-nickname = no nickname
credentials-user-mismatch = The access token ends with user id { $token_user } but GET /users/me answered user { $user }.
credentials-site-mismatch = The account is on site { $got }, but the configured site is { $want }.
credentials-refused = Mercado Pago refused the access token: { $refusal }.
# $site is ", MLB" or empty; $app is credentials-summary-app or empty.
credentials-summary = { $prefix } credentials of { $nickname } (user { $user }{ $site }){ $app }
credentials-summary-app = , application { $app }
credentials-the-account = the account

# What could not be done, after "Could not ...".
credentials-what-activation = confirm the production activation
credentials-what-key-app = confirm the public key's application
credentials-what-account = read the account
credentials-what-validate-key = validate the public key
