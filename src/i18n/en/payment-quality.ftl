# payment-quality, and what both payment checks say of the payment or order they read
# (src/checks/payment.rs, order.rs).

## The payment or order, read once for both payment checks.
payment-quality-payment-not-found = Payment { $id } was not found with this access token ({ $answer }).
payment-quality-read-payment = read payment { $id }
payment-quality-payment-other-account = Payment { $id } was received by seller { $owner }, not by this account (user { $user }).
payment-quality-confirm-payment-owner = confirm that payment { $id } belongs to this account
payment-quality-payment-no-collector = the payment does not say its collector_id
payment-quality-read-account = read the account (GET /users/me)
payment-quality-order-not-found = Order { $id } was not found with this access token ({ $answer }).
payment-quality-read-order = read order { $id }
payment-quality-order-other-account = Order { $id } belongs to user { $owner }, not to this account (user { $user }).
payment-quality-confirm-order-owner = confirm that order { $id } belongs to this account
payment-quality-order-no-user = the order does not say its user_id
payment-quality-order-payer-not-echoed = the order's GET echoes no buyer details (the payer shows only customer_id, or nothing)
payment-quality-order-live-mode-false = the order says live_mode: false
payment-quality-order-test-token = it was read with a TEST- access token, so it is a test order

## The product, and the signal that decided.
payment-quality-detected-sub-unit = point_of_interaction.business_info.sub_unit is checkout_pro
payment-quality-detected-checkout-off = point_of_interaction.application_data.name is checkout-off
payment-quality-detected-merchant-order = the payment belongs to a merchant order (order.type mercadopago)
payment-quality-detected-no-pro-signal = no Checkout Pro signal in point_of_interaction or order
payment-quality-detected-order-pro = an online order with a checkout_url (Checkout Pro over Orders)
payment-quality-detected-order-api = an online order without a checkout_url (Checkout API over Orders)
payment-quality-no-order-to-follow = the payment has no order.id to follow
payment-quality-merchant-order-no-preference = merchant order { $order } has no preference_id

## What a payment or an order shows of a checklist item.
payment-quality-payer-email = e-mail
payment-quality-payer-first-name = first name
payment-quality-payer-last-name = last name
payment-quality-payer-document = document
payment-quality-payer-phone = phone
payment-quality-payer-address = address
payment-quality-seen-no-payer-field = no { $what } on the payer
payment-quality-seen-no-order-payer-field = no { $what } on the order's payer
payment-quality-seen-descriptor-by-mercado-pago = statement_descriptor is `{ $descriptor }`, which looks filled in by Mercado Pago, not sent by the integration
payment-quality-seen-no-descriptor = no statement_descriptor
payment-quality-seen-no-external-reference = no external_reference
payment-quality-seen-no-notification-url = no notification_url on the payment or preference (Webhooks set up in the panel do not show on a payment; if you use them, this item may be met)
payment-quality-seen-no-back-urls = the preference has no back_urls.success
payment-quality-seen-tracking-id-without-sdk = additional_info.tracking_id is `{ $tracking_id }`, without type:SDK
payment-quality-seen-no-tracking-id = no additional_info.tracking_id
payment-quality-seen-no-issuer-id = no issuer_id on a card payment
payment-quality-seen-binary-mode-off = binary_mode is not true
payment-quality-seen-no-expiration = the preference does not expire
payment-quality-seen-no-installments = no payment_methods.installments
payment-quality-seen-no-items = no items were sent
payment-quality-seen-absent-on-every-item = absent on every item
payment-quality-seen-absent-on-some-items = absent on { $missing } of { $total } items
payment-quality-seen-order-no-success-url = the order has no config.online.success_url
payment-quality-seen-order-no-expiration = the order has no expiration_time
payment-quality-seen-order-no-max-installments = no config.payment_method.max_installments
payment-quality-seen-order-no-descriptor = no transactions.payments[].payment_method.statement_descriptor
payment-quality-order-no-notification-url = an order has no notification_url: Webhooks for orders are set up in the panel (the notifications check probes the URL)
payment-quality-order-no-sdk = an order does not show which SDK created it
payment-quality-order-no-issuer = an order's payment does not echo the card issuer
payment-quality-order-no-payment = the order shows no payment

## The estimate.
payment-quality-payment-test-mode = Payment { $id } was made in test mode (live_mode: false); the quality measurement needs a production payment.
payment-quality-tell-production = tell whether payment { $id } is a production payment
payment-quality-payment-no-live-mode = the payment does not say live_mode
payment-quality-read-preference = read the Checkout Pro preference (back_urls, expiration, installments are not scored)
payment-quality-order-not-production = Order { $id } is not a production order: { $why }; the quality measurement needs one made with production credentials.
payment-quality-order-not-covered = Order { $id } is of type `{ $kind }`, which this estimate does not cover; it is not scored.
payment-quality-order-not-covered-summary = order { $id } (type { $kind }) is not covered by the estimate
payment-quality-subject-payment = Payment { $id }
payment-quality-subject-order = Order { $id }
payment-quality-score-it = score it
payment-quality-nothing-readable = no checklist item could be read from it
payment-quality-estimate = Estimated quality score { $score }/100 for { $product } ({ $present } of { $scored } required items that it shows are present; detected by: { $why })
payment-quality-official = This is an estimate; the official score is in the Mercado Pago panel (Your integrations > application > Evaluate quality).
payment-quality-low-score = { $estimate }, below the pass mark of { $pass_mark }. { $official }
payment-quality-score = { $estimate }. { $official }
payment-quality-missing-item = Required item `{ $item }` ({ $field }) is missing: { $what }.
payment-quality-good-practice = Good practice `{ $item }` ({ $field }) is not followed: { $what }.
payment-quality-not-scored-payment = Not scored, since no payment shows them: { $items }.
payment-quality-not-scored-order = Not scored, since the order does not show them: { $items }.
payment-quality-summary = estimated score { $score }/100 for { $product } ({ $why }); the official score is in the Mercado Pago panel

## The checklist's items: how to add each (fix), its field when words name it, and
## where an item no payment shows is verified instead (where).
payment-quality-item-item-id-fix = Send each item's id (your SKU) in items[].id: in the preference's items for Checkout Pro, in additional_info.items for Checkout API.
payment-quality-item-item-title-fix = Send each item's name in items[].title.
payment-quality-item-item-description-fix = Send a short description of each item in items[].description.
payment-quality-item-item-category-id-fix = Send the Mercado Pago category of each item in items[].category_id (such as fashion, electronics, tickets, travels, others).
payment-quality-item-item-quantity-fix = Send the quantity of each item in items[].quantity.
payment-quality-item-item-unit-price-fix = Send the unit price of each item in items[].unit_price.
payment-quality-item-email-fix = Send the buyer's e-mail in payer.email.
payment-quality-item-payer-first-name-fix = Send the buyer's first name: payer.name in a Checkout Pro preference, payer.first_name (or additional_info.payer.first_name) in a payment.
payment-quality-item-payer-last-name-fix = Send the buyer's last name: payer.surname in a Checkout Pro preference, payer.last_name (or additional_info.payer.last_name) in a payment.
payment-quality-item-statement-descriptor-soft-descriptor-fix = Send statement_descriptor with the name buyers know your shop by (it is printed on their card statement, which prevents chargebacks).
payment-quality-item-external-reference-fix = Send your order id in external_reference, so payments and reports reconcile with your orders.
payment-quality-item-webhooks-ipn-fix = Send notification_url with the preference or payment, or configure Webhooks in Your integrations > (application) > Webhooks, and process the notifications.
payment-quality-item-back-urls-fix = Set back_urls (success, pending, failure) in the preference so the buyer returns to your site after paying.
payment-quality-item-back-urls-field = preference back_urls
payment-quality-item-back-end-sdk-fix = Create preferences and payments with an official Mercado Pago backend SDK (Node, Java, PHP, Python, Ruby, .NET, Go); it identifies itself in X-Tracking-Id.
payment-quality-item-issuer-id-fix = Send the card's issuer_id (from the Card Form / Card Payment Brick) when creating card payments.
payment-quality-item-device-id-fix = Load MercadoPago.js v2 (or https://www.mercadopago.com/v2/security.js) on the checkout page and send its device id in the X-meli-session-id header when creating the payment.
payment-quality-item-device-id-field = X-meli-session-id header
payment-quality-item-device-id-where = the device id is not shown on a payment; load MercadoPago.js v2 or security.js on the checkout page (the checkout-page check) and send X-meli-session-id
payment-quality-item-web-front-end-sdk-fix = Load MercadoPago.js v2 from https://sdk.mercadopago.com/js/v2 on the checkout page.
payment-quality-item-web-front-end-sdk-where = seen on the checkout page (the checkout-page check)
payment-quality-item-ssl-fix = Serve the checkout page with a valid certificate from a public CA, not self-signed.
payment-quality-item-ssl-field = checkout page certificate
payment-quality-item-ssl-where = verified on the checkout page (the checkout-tls check)
payment-quality-item-tls-fix = Serve the checkout page with TLS 1.2 or newer.
payment-quality-item-tls-field = checkout page TLS version
payment-quality-item-tls-where = verified on the checkout page (the checkout-tls check)
payment-quality-item-secure-form-fix = Capture card data with Secure Fields, the Card Form or the Card Payment Brick so it never reaches your server.
payment-quality-item-secure-form-where = card data handling is not visible from the API
payment-quality-item-binary-mode-fix = If you need an instant approve-or-reject answer, set binary_mode: true.
payment-quality-item-expiration-fix = Set expires: true and expiration_date_to on the preference so old checkouts cannot be paid.
payment-quality-item-expiration-field = preference expires / expiration_date_to
payment-quality-item-max-installments-fix = Set payment_methods.installments on the preference to the most installments you offer.
payment-quality-item-max-installments-field = preference payment_methods.installments
payment-quality-item-payer-identification-fix = Send the buyer's document in payer.identification (type and number).
payment-quality-item-payer-phone-fix = Send the buyer's phone in payer.phone (area_code and number).
payment-quality-item-address-fix = Send the buyer's address in payer.address (zip_code, street_name, street_number).

# --official: Mercado Pago's own evaluation (quality_evaluation of its MCP server).
payment-quality-official-what = ask Mercado Pago's own evaluation (quality_evaluation, its MCP server)
payment-quality-official-score = Mercado Pago's own evaluation (quality_evaluation): score { $score }/100, at or above the pass mark ({ $pass_mark }). It is Mercado Pago's answer, not necessarily the score the panel publishes.
payment-quality-official-low-score = Mercado Pago's own evaluation (quality_evaluation): score { $score }/100, below the pass mark ({ $pass_mark }).
payment-quality-official-low-not-gating = Mercado Pago's own evaluation (quality_evaluation): score { $score }/100, below the pass mark ({ $pass_mark }); it does not fail the check, since official_gates = false.
payment-quality-official-improvements = What Mercado Pago's evaluation lists: { $items }
payment-quality-official-unscored = Mercado Pago's evaluation states no score that could be read unambiguously; its text: { $text }
payment-quality-official-not-applicable = Mercado Pago's evaluation does not apply to this product ("Product not homologable"): { $text }
payment-quality-official-summary = Mercado Pago's evaluation: { $score }/100
