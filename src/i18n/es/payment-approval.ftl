# payment-approval: los campos que mejoran la aprobación, en un pago o una orden.

## Lo que le falta a un pago o a una orden.
payment-approval-seen-no-items = no se enviaron ítems
payment-approval-seen-absent-on-some-items = ausente en { $missing } de { $total ->
    [one] { $total } ítem
   *[other] { $total } ítems
}
payment-approval-seen-no-passenger-route = sin passenger ni route en { $count ->
    [one] { $count } ítem de viaje
   *[other] { $count } ítems de viaje
}
payment-approval-seen-undated-events = ausente en { $count ->
    [one] { $count } ítem de entradas o entretenimiento
   *[other] { $count } ítems de entradas o entretenimiento
}
payment-approval-seen-absent-on-travel-order = ausente en una orden con ítems de viaje
payment-approval-seen-no-first-name = sin nombre
payment-approval-seen-no-last-name = sin apellido
payment-approval-seen-no-email = sin e-mail
payment-approval-seen-no-document = sin tipo y número de documento
payment-approval-seen-no-phone = sin area_code ni number
payment-approval-seen-no-address = sin dirección
payment-approval-seen-no-shipment-address = sin dirección de envío
payment-approval-seen-no-address-parts = sin { $parts }

## Lo que el GET de una orden no devuelve.
payment-approval-unseen-travel = additional_info.travel.passengers y travel.routes
payment-approval-unseen-payer = el comprador (payer.first_name, last_name, email, identification, phone, address): el GET de la orden solo devuelve customer_id
payment-approval-unseen-shipment = shipment.address (el GET de la orden no devuelve un envío)

## Hallazgos y resúmenes.
payment-approval-payment-lacks = Al pago { $id } le falta { $path }: { $detail }.
payment-approval-payment-complete = el pago { $id } tiene todos los campos recomendados de ítems, comprador y envío
payment-approval-order-lacks = A la orden { $id } le falta { $path }: { $detail }.
payment-approval-order-not-verifiable = Orden { $id }: no verificables, porque el GET de la orden no los muestra: { $fields }.
payment-approval-order-complete = la orden { $id } tiene todos los campos recomendados de ítems, comprador y envío
payment-approval-order-complete-shown = la orden { $id } tiene todos los campos recomendados que muestra ({ $count ->
    [one] { $count } no verificable
   *[other] { $count } no verificables
})

# Los códigos de payment-approval: su significado y su solución (en inglés están en los metadatos).
code-payment-approval-not-found-meaning = GET /v1/payments/{"{"}id{"}"} (o GET /v1/orders/{"{"}id{"}"} con --order-id) respondió 404: ningún pago ni orden con este id es visible para este Access Token.
code-payment-approval-not-found-fix = Indica el id de un pago o de una orden que haya recibido esta cuenta (panel de Mercado Pago > Actividad, o el `id` que tu backend recibió al crearlo).
code-payment-approval-other-account-meaning = El pago o la orden pertenece a otro vendedor (el `collector_id` del pago, o el `user_id` de la orden, difiere del id de GET /users/me).
code-payment-approval-other-account-fix = Indica un pago o una orden que haya recibido la cuenta cuyo Access Token usas.
code-payment-approval-missing-field-meaning = Falta en el pago o en la orden un campo que mejora la aprobación; el mensaje nombra su ruta.
code-payment-approval-missing-field-fix = Envía el campo nombrado en el mensaje al crear el pago (en additional_info para Checkout API), la preferencia (items, payer, shipments para Checkout Pro) o la orden (items, payer, shipment, additional_info para Orders).
code-payment-approval-not-verifiable-meaning = Campos recomendados que el GET de una orden no devuelve (el comprador cuando el pagador solo muestra customer_id, el envío, additional_info); aquí no se verifican y nunca cuentan como faltantes.
code-payment-approval-not-verifiable-fix = Comprueba en tu backend que la orden se crea con ellos (items, payer, shipment.address, additional_info para viajes); la respuesta de Mercado Pago no los muestra.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-payment-approval-explain =
    Qué verifica
      GET /v1/payments/{"{"}payment_id{"}"} (la misma respuesta que lee payment-quality) pertenece a esta
      cuenta y lleva:
      - para cada ítem (additional_info.items[]): id, title, description, category_id,
        quantity, unit_price;
      - el comprador: payer.first_name, payer.last_name, payer.email, payer.identification (type
        y number), payer.phone (area_code y number), payer.address (zip_code, street_name,
        street_number); additional_info.payer también cuenta;
      - el envío: additional_info.shipments.receiver_address (zip_code, street_name,
        street_number), salvo que todos los ítems sean de una categoría que no se envía
        (virtual_goods, services, tickets, donations, learnings, coupons, entertainment,
        travels);
      - los campos de industria cuando la categoría los pide: items[].event_date para tickets y
        entertainment, items[].category_descriptor (passenger, route) para travels.
      Con --order-id (API de Orders), GET /v1/orders/{"{"}order_id{"}"} (la respuesta que lee
      payment-quality) pertenece a esta cuenta (`user_id`) y lleva los mismos campos en sus rutas
      de Orders: items[] (external_code, title, description, category_id, quantity, unit_price,
      event_date para tickets), payer (cuando el GET lo devuelve), shipment.address (cuando lo
      devuelve) y additional_info.travel.passengers / travel.routes para los ítems de viaje. Lo
      que el GET no devuelve es un hallazgo informativo, no verificable, nunca contado como
      faltante. Con ambos ids, se leen los dos y cada hallazgo nombra el pago o la orden.
      Cada faltante es una advertencia con la ruta de su campo; la verificación aprueba cuando
      está presente cada campo recomendado que puede ver.

    Por qué importa
      La prevención de fraude de Mercado Pago aprueba más pagos cuando sabe quién compra qué y
      adónde va; su guía para "mejorar la aprobación" lista estos campos.

    Confianza
      La lista de campos está documentada (confianza alta). Qué categorías piden campos de
      industria y cuáles nunca se envían es una inferencia a partir de los ids de categoría de
      Mercado Pago (media-baja). Para las órdenes, lo que devuelve un GET proviene de los tipos
      del SDK oficial de Node (media): su tipo de respuesta tiene el customer_id del pagador y
      no tiene shipment ni additional_info. El device id (MercadoPago.js o security.js, enviado
      como X-meli-session-id) también aumenta la aprobación pero no aparece en un pago; la
      verificación checkout-page busca MercadoPago.js en la página de checkout.
