# payment-quality, y lo que ambas verificaciones de pagos dicen del pago o la orden que leen
# (src/checks/payment.rs, order.rs).

## El pago o la orden, leídos una vez para ambas verificaciones de pagos.
payment-quality-payment-not-found = No se encontró el pago { $id } con este Access Token ({ $answer }).
payment-quality-read-payment = leer el pago { $id }
payment-quality-payment-other-account = El pago { $id } lo recibió el vendedor { $owner }, no esta cuenta (usuario { $user }).
payment-quality-confirm-payment-owner = confirmar que el pago { $id } pertenece a esta cuenta
payment-quality-payment-no-collector = el pago no indica su collector_id
payment-quality-read-account = leer la cuenta (GET /users/me)
payment-quality-order-not-found = No se encontró la orden { $id } con este Access Token ({ $answer }).
payment-quality-read-order = leer la orden { $id }
payment-quality-order-other-account = La orden { $id } pertenece al usuario { $owner }, no a esta cuenta (usuario { $user }).
payment-quality-confirm-order-owner = confirmar que la orden { $id } pertenece a esta cuenta
payment-quality-order-no-user = la orden no indica su user_id
payment-quality-order-payer-not-echoed = el GET de la orden no devuelve datos del comprador (el pagador muestra solo customer_id, o nada)
payment-quality-order-live-mode-false = la orden indica live_mode: false
payment-quality-order-test-token = se leyó con un Access Token TEST-, así que es una orden de prueba

## El producto, y la señal que lo decidió.
payment-quality-detected-sub-unit = point_of_interaction.business_info.sub_unit es checkout_pro
payment-quality-detected-checkout-off = point_of_interaction.application_data.name es checkout-off
payment-quality-detected-merchant-order = el pago pertenece a una merchant_order (order.type mercadopago)
payment-quality-detected-no-pro-signal = ninguna señal de Checkout Pro en point_of_interaction ni en order
payment-quality-detected-order-pro = una orden online con checkout_url (Checkout Pro vía Orders)
payment-quality-detected-order-api = una orden online sin checkout_url (Checkout API vía Orders)
payment-quality-no-order-to-follow = el pago no tiene un order.id que seguir
payment-quality-merchant-order-no-preference = la merchant_order { $order } no tiene preference_id

## Lo que un pago o una orden muestra de un ítem de la lista.
payment-quality-payer-email = e-mail
payment-quality-payer-first-name = nombre
payment-quality-payer-last-name = apellido
payment-quality-payer-document = documento
payment-quality-payer-phone = teléfono
payment-quality-payer-address = dirección
payment-quality-seen-no-payer-field = el pagador no tiene { $what }
payment-quality-seen-no-order-payer-field = el pagador de la orden no tiene { $what }
payment-quality-seen-descriptor-by-mercado-pago = statement_descriptor es `{ $descriptor }`, que parece completado por Mercado Pago y no enviado por la integración
payment-quality-seen-no-descriptor = sin statement_descriptor
payment-quality-seen-no-external-reference = sin external_reference
payment-quality-seen-no-notification-url = sin notification_url en el pago ni en la preferencia (las notificaciones Webhooks configuradas en el panel no aparecen en un pago; si las usas, este ítem puede estar cumplido)
payment-quality-seen-no-back-urls = la preferencia no tiene back_urls.success
payment-quality-seen-tracking-id-without-sdk = additional_info.tracking_id es `{ $tracking_id }`, sin type:SDK
payment-quality-seen-no-tracking-id = sin additional_info.tracking_id
payment-quality-seen-no-issuer-id = sin issuer_id en un pago con tarjeta
payment-quality-seen-binary-mode-off = binary_mode no es true
payment-quality-seen-no-expiration = la preferencia no vence
payment-quality-seen-no-installments = sin payment_methods.installments
payment-quality-seen-no-items = no se enviaron ítems
payment-quality-seen-absent-on-every-item = ausente en todos los ítems
payment-quality-seen-absent-on-some-items = ausente en { $missing } de { $total ->
    [one] { $total } ítem
   *[other] { $total } ítems
}
payment-quality-seen-order-no-success-url = la orden no tiene config.online.success_url
payment-quality-seen-order-no-expiration = la orden no tiene expiration_time
payment-quality-seen-order-no-max-installments = sin config.payment_method.max_installments
payment-quality-seen-order-no-descriptor = sin transactions.payments[].payment_method.statement_descriptor
payment-quality-order-no-notification-url = una orden no tiene notification_url: las notificaciones Webhooks de las órdenes se configuran en el panel (la verificación notifications prueba la URL)
payment-quality-order-no-sdk = una orden no muestra qué SDK la creó
payment-quality-order-no-issuer = el pago de una orden no devuelve el emisor de la tarjeta
payment-quality-order-no-payment = la orden no muestra ningún pago

## La estimación.
payment-quality-payment-test-mode = El pago { $id } se hizo en modo de prueba (live_mode: false); la medición de calidad necesita un pago de producción.
payment-quality-tell-production = saber si el pago { $id } es un pago de producción
payment-quality-payment-no-live-mode = el pago no indica live_mode
payment-quality-read-preference = leer la preferencia de Checkout Pro (back_urls, vencimiento y cuotas quedan sin puntuar)
payment-quality-order-not-production = La orden { $id } no es una orden de producción: { $why }; la medición de calidad necesita una hecha con credenciales de producción.
payment-quality-order-not-covered = La orden { $id } es de tipo `{ $kind }`, que esta estimación no cubre; no se puntúa.
payment-quality-order-not-covered-summary = la orden { $id } (tipo { $kind }) no está cubierta por la estimación
payment-quality-subject-payment = Pago { $id }
payment-quality-subject-order = Orden { $id }
payment-quality-score-it = puntuarlo
payment-quality-nothing-readable = no se pudo leer ningún ítem de la lista de verificación
payment-quality-estimate = Puntaje de calidad estimado { $score }/100 para { $product } ({ $present } de { $scored ->
    [one] { $scored } ítem obligatorio visible
   *[other] { $scored } ítems obligatorios visibles
} { $present ->
    [one] está presente
   *[other] están presentes
}; detectado por: { $why })
payment-quality-official = Es una estimación; el puntaje oficial está en el panel de Mercado Pago (Tus integraciones > aplicación > Medición de calidad).
payment-quality-low-score = { $estimate }, por debajo del puntaje mínimo de { $pass_mark }. { $official }
payment-quality-score = { $estimate }. { $official }
payment-quality-missing-item = Falta el ítem obligatorio `{ $item }` ({ $field }): { $what }.
payment-quality-good-practice = No se sigue la buena práctica `{ $item }` ({ $field }): { $what }.
payment-quality-not-scored-payment = Sin puntuar, porque ningún pago los muestra: { $items }.
payment-quality-not-scored-order = Sin puntuar, porque la orden no los muestra: { $items }.
payment-quality-summary = puntaje estimado { $score }/100 para { $product } ({ $why }); el puntaje oficial está en el panel de Mercado Pago

## Los ítems de la lista.
payment-quality-item-item-id-fix = Envía el id de cada ítem (tu SKU) en items[].id: en los items de la preferencia para Checkout Pro, en additional_info.items para Checkout API.
payment-quality-item-item-title-fix = Envía el nombre de cada ítem en items[].title.
payment-quality-item-item-description-fix = Envía una descripción corta de cada ítem en items[].description.
payment-quality-item-item-category-id-fix = Envía la categoría de Mercado Pago de cada ítem en items[].category_id (como fashion, electronics, tickets, travels, others).
payment-quality-item-item-quantity-fix = Envía la cantidad de cada ítem en items[].quantity.
payment-quality-item-item-unit-price-fix = Envía el precio unitario de cada ítem en items[].unit_price.
payment-quality-item-email-fix = Envía el e-mail del comprador en payer.email.
payment-quality-item-payer-first-name-fix = Envía el nombre del comprador: payer.name en una preferencia de Checkout Pro, payer.first_name (o additional_info.payer.first_name) en un pago.
payment-quality-item-payer-last-name-fix = Envía el apellido del comprador: payer.surname en una preferencia de Checkout Pro, payer.last_name (o additional_info.payer.last_name) en un pago.
payment-quality-item-statement-descriptor-soft-descriptor-fix = Envía statement_descriptor con el nombre por el que los compradores conocen tu tienda (aparece en el resumen de su tarjeta, lo que evita contracargos).
payment-quality-item-external-reference-fix = Envía el id de tu pedido en external_reference, para que los pagos y los reportes se concilien con tus pedidos.
payment-quality-item-webhooks-ipn-fix = Envía notification_url con la preferencia o el pago, o configura las notificaciones Webhooks en Tus integraciones > (aplicación) > Webhooks, y procesa las notificaciones.
payment-quality-item-back-urls-fix = Configura back_urls (success, pending, failure) en la preferencia para que el comprador vuelva a tu sitio después de pagar.
payment-quality-item-back-urls-field = back_urls de la preferencia
payment-quality-item-back-end-sdk-fix = Crea las preferencias y los pagos con un SDK oficial de backend de Mercado Pago (Node, Java, PHP, Python, Ruby, .NET, Go); se identifica en X-Tracking-Id.
payment-quality-item-issuer-id-fix = Envía el issuer_id de la tarjeta (del Card Form o del Card Payment Brick) al crear pagos con tarjeta.
payment-quality-item-device-id-fix = Carga MercadoPago.js v2 (o https://www.mercadopago.com/v2/security.js) en la página de checkout y envía su device id en el encabezado X-meli-session-id al crear el pago.
payment-quality-item-device-id-field = encabezado X-meli-session-id
payment-quality-item-device-id-where = el device id no aparece en un pago; carga MercadoPago.js v2 o security.js en la página de checkout (la verificación checkout-page) y envía X-meli-session-id
payment-quality-item-web-front-end-sdk-fix = Carga MercadoPago.js v2 desde https://sdk.mercadopago.com/js/v2 en la página de checkout.
payment-quality-item-web-front-end-sdk-where = se ve en la página de checkout (la verificación checkout-page)
payment-quality-item-ssl-fix = Sirve la página de checkout con un certificado válido de una CA pública, no autofirmado.
payment-quality-item-ssl-field = certificado de la página de checkout
payment-quality-item-ssl-where = se verifica en la página de checkout (la verificación checkout-tls)
payment-quality-item-tls-fix = Sirve la página de checkout con TLS 1.2 o superior.
payment-quality-item-tls-field = versión de TLS de la página de checkout
payment-quality-item-tls-where = se verifica en la página de checkout (la verificación checkout-tls)
payment-quality-item-secure-form-fix = Captura los datos de la tarjeta con Secure Fields, el Card Form o el Card Payment Brick para que nunca lleguen a tu servidor.
payment-quality-item-secure-form-where = el manejo de los datos de la tarjeta no se ve desde la API
payment-quality-item-binary-mode-fix = Si necesitas una respuesta inmediata de aprobado o rechazado, configura binary_mode: true.
payment-quality-item-expiration-fix = Configura expires: true y expiration_date_to en la preferencia para que no se puedan pagar checkouts antiguos.
payment-quality-item-expiration-field = expires / expiration_date_to de la preferencia
payment-quality-item-max-installments-fix = Configura payment_methods.installments en la preferencia con la mayor cantidad de cuotas que ofreces.
payment-quality-item-max-installments-field = payment_methods.installments de la preferencia
payment-quality-item-payer-identification-fix = Envía el documento del comprador en payer.identification (type y number).
payment-quality-item-payer-phone-fix = Envía el teléfono del comprador en payer.phone (area_code y number).
payment-quality-item-address-fix = Envía la dirección del comprador en payer.address (zip_code, street_name, street_number).

# Los códigos de payment-quality: su significado y su solución (en inglés están en los metadatos).
code-payment-quality-not-found-meaning = GET /v1/payments/{"{"}id{"}"} (o GET /v1/orders/{"{"}id{"}"} con --order-id) respondió 404: ningún pago ni orden con este id es visible para este Access Token.
code-payment-quality-not-found-fix = Indica el id de un pago o de una orden hecha con las credenciales de producción de esta cuenta (panel de Mercado Pago > Actividad, o el `id` que tu backend recibió al crearlo).
code-payment-quality-not-production-meaning = El pago se hizo en modo de prueba (`live_mode: false`), o la orden es de prueba (`live_mode: false`, o leída con un token TEST-); la medición de calidad necesita uno hecho con credenciales de producción.
code-payment-quality-not-production-fix = Haz un pago real (uno pequeño que luego reembolses) con las credenciales de producción e indica su id.
code-payment-quality-other-account-meaning = El pago o la orden pertenece a otro vendedor (el `collector_id` del pago, o el `user_id` de la orden, difiere del id de GET /users/me).
code-payment-quality-other-account-fix = Indica un pago o una orden que haya recibido la cuenta cuyo Access Token usas, o usa el token de esa cuenta.
code-payment-quality-missing-item-meaning = Falta en el pago (o en su preferencia) un ítem obligatorio de la lista de Calidad de integración; el mensaje nombra el ítem y la ruta del campo.
code-payment-quality-missing-item-fix = Envía el campo nombrado en el mensaje al crear la preferencia (Checkout Pro) o el pago (Checkout API); la solución del hallazgo dice cómo.
code-payment-quality-low-score-meaning = El puntaje estimado está por debajo del puntaje mínimo (`pass_mark`, 75 por defecto, el valor documentado). Es una estimación: el puntaje oficial está en el panel de Mercado Pago.
code-payment-quality-low-score-fix = Agrega los ítems obligatorios que faltan, listados con esta verificación, y luego compara con Tus integraciones > (aplicación) > Medición de calidad.
code-payment-quality-score-meaning = El puntaje estimado, igual o superior al puntaje mínimo (`pass_mark`, 75 por defecto), con el producto detectado y cuántos ítems obligatorios estaban presentes. Es una estimación: el puntaje oficial está en el panel de Mercado Pago.
code-payment-quality-score-fix = Nada obligatorio; agrega los ítems que falten, listados con esta verificación, y compara con Tus integraciones > (aplicación) > Medición de calidad.
code-payment-quality-good-practice-meaning = No se sigue una buena práctica de la lista de Calidad de integración; las buenas prácticas nunca cambian el puntaje.
code-payment-quality-good-practice-fix = Considera la práctica nombrada en el mensaje; su solución dice cómo.
code-payment-quality-not-verifiable-meaning = Ítems obligatorios de la lista de este producto que ningún pago muestra (device id, MercadoPago.js, SSL/TLS, formulario de tarjeta seguro), o que el GET de una orden no devuelve (el comprador, cuando solo muestra customer_id; la URL de notificaciones, configurada en el panel); aquí no se puntúan y nunca cuentan como faltantes.
code-payment-quality-not-verifiable-fix = Verifícalos en la página de checkout (las verificaciones checkout-tls y checkout-page cubren SSL, TLS y MercadoPago.js), en el panel y en la evaluación oficial.
code-payment-quality-order-not-covered-meaning = La orden es de un tipo que la estimación no cubre (como `qr`, QR presencial vía Orders, que tiene su propia medición); no se puntúa.
code-payment-quality-order-not-covered-fix = Mídela en Tus integraciones > (aplicación) > Medición de calidad; para estimarla aquí, indica una orden online (Checkout API o Checkout Pro vía Orders) o un pago.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-payment-quality-explain =
    Qué verifica
      - GET /v1/payments/{"{"}payment_id{"}"}: el pago existe (404: no encontrado), se hizo con
        credenciales de producción (`live_mode: true`) y pertenece a esta cuenta (`collector_id`
        es igual al id de GET /users/me).
      - El producto: Checkout Pro cuando point_of_interaction lo dice (business_info.sub_unit
        `checkout_pro`, application_data.name `checkout-off`) o el pago tiene una merchant order
        (`order.type: mercadopago`); si no, Checkout API / Bricks. Para Checkout Pro sigue
        order.id -> GET /merchant_orders/{"{"}id{"}"} -> GET /checkout/preferences/{"{"}id{"}"} para leer
        back_urls, binary_mode, el vencimiento y las cuotas.
      - Cada ítem de la lista de Calidad de integración de Mercado Pago para ese producto: ítems
        (id, title, description, category_id, quantity, unit_price), e-mail y nombres del
        pagador, statement_descriptor, external_reference, notification_url, back_urls
        (Checkout Pro), issuer_id (pagos con tarjeta, Checkout API) y un SDK oficial de backend
        (additional_info.tracking_id que contiene `type:SDK`). Cada ítem obligatorio que falta
        es una advertencia con la ruta de su campo y su solución; las buenas prácticas que
        faltan son informativas.
      - Un puntaje estimado: la proporción de los ítems obligatorios visibles en el pago que
        están presentes, sobre 100. Por debajo del mínimo la verificación falla: `pass_mark` en
        la tabla [checks.payment-quality], 75 por defecto, el valor que documenta Mercado Pago
        (se han visto paneles de vendedores que muestran 73; usa 73 si el tuyo lo muestra).
      - Con --order-id (API de Orders, que Mercado Pago ahora recomienda para Checkout API y
        Checkout Pro): GET /v1/orders/{"{"}order_id{"}"} pertenece a esta cuenta (`user_id`) y no es una
        orden de prueba donde su forma lo indica (`live_mode: false`, o leída con un token
        TEST-). Una orden online con checkout_url es Checkout Pro sobre Orders, sin ella
        Checkout API; otro tipo (`qr`) se informa y no se puntúa. Los ítems se leen en sus rutas
        de Orders: items[].external_code (el id del ítem), title, description, category_id,
        quantity, unit_price; e-mail, nombres, documento, teléfono y dirección del pagador;
        external_reference; transactions.payments[].payment_method.statement_descriptor;
        config.online.success_url (Checkout Pro); expiration_time y
        config.payment_method.max_installments (buenas prácticas). Lo que el GET de una orden no
        devuelve (el comprador, cuando muestra solo customer_id; la URL de notificaciones,
        configurada en el panel; el SDK; el emisor de la tarjeta) se lista como no verificable,
        nunca se cuenta como faltante. Con ambos ids, se evalúan los dos y cada hallazgo nombra
        el pago o la orden de la que trata.

    Por qué importa
      Mercado Pago evalúa cada integración de Checkout Pro, Checkout API y Bricks todos los meses
      (y a pedido en Tus integraciones > (aplicación) > Calidad) y espera 75 o más. Los mismos
      campos aumentan la aprobación y facilitan la conciliación.

    Confianza
      EL PUNTAJE ES UNA ESTIMACIÓN. El puntaje oficial, con los pesos propios de Mercado Pago,
      está en el panel de Mercado Pago: Tus integraciones > (aplicación) > Evaluar calidad. Los
      puntos por ítem no se publican, así que aquí cada ítem obligatorio pesa lo mismo. La lista
      proviene de capturas de la herramienta quality_checklist de Mercado Pago (confianza media
      para Checkout Pro, media-baja para Checkout API/Bricks); las señales del producto son de
      confianza media. Los ítems que ningún pago muestra (device id, MercadoPago.js, SSL/TLS,
      formulario de tarjeta seguro) se listan, no se puntúan: las verificaciones del checkout
      verifican algunos. statement_descriptor puede completarlo Mercado Pago mismo (`MP*…`), lo
      que no se cuenta como enviado (confianza baja). Las notificaciones Webhooks configuradas en
      el panel no aparecen en un pago, así que una notification_url faltante puede ser una falsa
      alarma cuando lo están. Orders: lo que devuelve un GET proviene de los tipos del SDK
      oficial de Node (confianza media), el producto de una orden se lee de su tipo y su
      checkout_url (media-baja), y la estimación supone que las órdenes se miden con la misma
      lista que los pagos (media); una orden no informa live_mode en la forma documentada, así
      que solo un token TEST- o una respuesta con live_mode: false identifica una orden de
      prueba.


    La evaluación propia de Mercado Pago (--official, opcional)
      Con --official (u `official = true`), los mismos ids también se envían al servidor MCP de
      Mercado Pago (mcp_url, https://mcp.mercadopago.com/mcp por defecto), con el Access Token
      como bearer: initialize, tools/list y luego quality_evaluation con payment_id (un
      número) y/o order_id, el id de aplicación del token (del endpoint de credenciales) y el
      idioma de la ejecución, cada uno solo si el esquema de entrada de la herramienta lo
      declara. Lo que responde se informa como de Mercado Pago, junto a la estimación, nunca en
      su lugar: official-score (el puntaje, leído solo si el texto lo indica sin ambigüedad
      junto a "score", "puntaje" o "pontuação"), official-low-score por debajo de pass_mark
      (hace fallar la verificación salvo con official_gates = false), official-improvements
      (los ítems de lista de su texto, citados), official-unscored (sin puntaje legible: su
      texto, limpio y recortado) y official-not-applicable ("Product not homologable": info).
      Un servidor inaccesible, un tiempo agotado, un error HTTP o JSON-RPC, una herramienta que
      tools/list no nombra, o una respuesta ilegible o de más de 1 MiB es official-error: la
      verificación queda en `error`, no en `pass`. Confianza: los nombres de las herramientas
      son alta, sus entradas media, y el formato de su texto no está documentado (no existe
      ninguna captura de quality_evaluation), así que el puntaje y la lista se leen con cautela.
      Es la respuesta de Mercado Pago, no necesariamente el puntaje del panel.

option-payment-quality-pass_mark-help = El puntaje estimado (1 a 100) por debajo del cual la verificación falla. 75 es el valor que documenta Mercado Pago; se han visto paneles de vendedores que muestran 73.

# --official: la evaluación propia de Mercado Pago (quality_evaluation de su servidor MCP).
payment-quality-official-what = consultar la evaluación propia de Mercado Pago (quality_evaluation, su servidor MCP)
payment-quality-official-score = Evaluación propia de Mercado Pago (quality_evaluation): puntaje { $score }/100, igual o superior al puntaje mínimo ({ $pass_mark }). Es la respuesta de Mercado Pago, no necesariamente el puntaje que publica el panel.
payment-quality-official-low-score = Evaluación propia de Mercado Pago (quality_evaluation): puntaje { $score }/100, por debajo del puntaje mínimo ({ $pass_mark }).
payment-quality-official-low-not-gating = Evaluación propia de Mercado Pago (quality_evaluation): puntaje { $score }/100, por debajo del puntaje mínimo ({ $pass_mark }); no hace fallar la verificación, porque official_gates = false.
payment-quality-official-improvements = Lo que lista la evaluación de Mercado Pago: { $items }
payment-quality-official-unscored = La evaluación de Mercado Pago no indica un puntaje que se pueda leer sin ambigüedad; su texto: { $text }
payment-quality-official-not-applicable = La evaluación de Mercado Pago no se aplica a este producto ("Product not homologable"): { $text }
payment-quality-official-summary = evaluación de Mercado Pago: { $score }/100

code-payment-quality-official-score-meaning = Con --official: la evaluación propia de Mercado Pago (la herramienta quality_evaluation de su servidor MCP) indica este puntaje, igual o superior al puntaje mínimo, o inferior con `official_gates = false`. Es la respuesta de Mercado Pago, no necesariamente el puntaje que publica el panel.
code-payment-quality-official-score-fix = Nada obligatorio; compara con Tus integraciones > (aplicación) > Medición de calidad.
code-payment-quality-official-low-score-meaning = Con --official: la evaluación propia de Mercado Pago (quality_evaluation) indica un puntaje por debajo del puntaje mínimo (`pass_mark`), y `official_gates` es true (el valor por defecto cuando se leyó un puntaje).
code-payment-quality-official-low-score-fix = Haz lo que lista la evaluación (ver `official-improvements`) y los ítems faltantes de esta verificación, haz un nuevo pago u orden y vuelve a ejecutarla; para informar el puntaje sin fallar, usa `official_gates = false`.
code-payment-quality-official-improvements-meaning = Con --official: los ítems que lista la evaluación de Mercado Pago, citados como los escribió (leídos de su lista; el formato del texto no está documentado).
code-payment-quality-official-improvements-fix = Sigue los ítems nombrados; cada uno es un consejo de Mercado Pago, no de mp-golive.
code-payment-quality-official-unscored-meaning = Con --official: la evaluación de Mercado Pago respondió, pero no indica un puntaje que se pueda leer sin ambigüedad; se cita su texto (limpio y recortado). La estimación local decide la verificación.
code-payment-quality-official-unscored-fix = Lee el texto citado, o la evaluación completa en Tus integraciones > (aplicación) > Medición de calidad.
code-payment-quality-official-not-applicable-meaning = Con --official: la evaluación de Mercado Pago dice que el producto no es homologable (la medición no lo cubre, como a plugins y plataformas); esto no cambia el estado.
code-payment-quality-official-not-applicable-fix = Nada que corregir: la medición no se aplica a este producto.
code-payment-quality-official-error-meaning = Con --official: no se pudo consultar el servidor MCP de Mercado Pago o no se pudo leer su respuesta (inaccesible, tiempo agotado, error HTTP o JSON-RPC, una herramienta no listada, una respuesta ilegible o demasiado grande); la verificación queda en `error`, no en `pass`, y la estimación local sigue valiendo.
code-payment-quality-official-error-fix = Vuelve a ejecutarla más tarde; revisa --mcp-url, que el Access Token sea uno de producción que el servidor MCP acepte, y -v para ver las solicitudes. O quita --official.
option-payment-quality-official_gates-help = Con --official, si el puntaje propio de Mercado Pago por debajo de pass_mark hace fallar la verificación (cuando se pudo leer un puntaje de su respuesta).
