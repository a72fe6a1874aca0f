# payment-approval: the fields that raise approval, on a payment or an order.

## What a payment or an order lacks.
payment-approval-seen-no-items = no items were sent
payment-approval-seen-absent-on-some-items = absent on { $missing } of { $total } items
payment-approval-seen-no-passenger-route = no passenger and route on { $count } travel item(s)
payment-approval-seen-undated-events = absent on { $count } ticket or entertainment item(s)
payment-approval-seen-absent-on-travel-order = absent on an order with travel items
payment-approval-seen-no-first-name = no first name
payment-approval-seen-no-last-name = no last name
payment-approval-seen-no-email = no e-mail
payment-approval-seen-no-document = no document type and number
payment-approval-seen-no-phone = no area_code and number
payment-approval-seen-no-address = no address
payment-approval-seen-no-shipment-address = no shipment address
payment-approval-seen-no-address-parts = no { $parts }

## What an order's GET does not echo.
payment-approval-unseen-travel = additional_info.travel.passengers and travel.routes
payment-approval-unseen-payer = the buyer (payer.first_name, last_name, email, identification, phone, address): the order's GET echoes only customer_id
payment-approval-unseen-shipment = shipment.address (the order's GET does not echo a shipment)

## Findings and summaries.
payment-approval-payment-lacks = Payment { $id } lacks { $path }: { $detail }.
payment-approval-payment-complete = payment { $id } carries every recommended item, buyer and shipment field
payment-approval-order-lacks = Order { $id } lacks { $path }: { $detail }.
payment-approval-order-not-verifiable = Order { $id }: not verifiable, since the order's GET does not show them: { $fields }.
payment-approval-order-complete = order { $id } carries every recommended item, buyer and shipment field
payment-approval-order-complete-shown = order { $id } carries every recommended field it shows ({ $count } not verifiable)
