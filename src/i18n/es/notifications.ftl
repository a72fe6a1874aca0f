# Los mensajes de `notifications`.
# URLs, hosts, ids, estados, valores de ts, extractos de respuestas, duraciones y lo que dice
# src/net/ (motivos de transporte y de TLS, tipos de dirección) quedan como vienen. `kind` es
# Webhooks o IPN.

notifications-no-urls = No se indicó webhook_url ni ipn_url, ni un pago de producción (--payment-id con un Access Token) del cual leer una notification_url.
notifications-payment-not-found = No se indicó webhook_url ni ipn_url, y el pago { $id } no se encontró con este Access Token, así que no se puede leer su notification_url.
notifications-read-payment = leer el pago { $id }
notifications-payment-without-url = No se indicó webhook_url ni ipn_url, y el pago { $id } no tiene notification_url (sus notificaciones van a la URL configurada en Tus integraciones > Webhooks, que la API no revela).
notifications-payment-url-invalid = No se indicó webhook_url ni ipn_url, y la notification_url del pago { $id }, `{ $raw }`, no es una URL http(s).
notifications-url-from-payment-one = No se indicó webhook_url ni ipn_url: se prueba { $url }, la notification_url del pago { $id }, en el formato { $format }.
notifications-url-from-payment-both = No se indicó webhook_url ni ipn_url: se prueba { $url }, la notification_url del pago { $id }, en los formatos { $first } e { $second } (no tiene source_news, así que Mercado Pago envía ambos).

notifications-not-https = La URL de { $kind } { $url } no es HTTPS.
notifications-this-machine = { $host } (esta máquina)
notifications-unreachable = No se puede llegar a la URL de { $kind } { $url }: { $err }.
notifications-private-is = El host de la URL de { $kind } { $url } no es público: es { $addrs }. Mercado Pago no puede llegar a él.
notifications-private-resolves = El host de la URL de { $kind } { $url } no es público: resuelve a { $addrs }. Mercado Pago no puede llegar a él.
notifications-private-tested = Se probó de todos modos (--allow-private-addresses).
notifications-private-not-sent = No se le envió nada.

notifications-redirect = La URL de { $kind } { $url } respondió a la notificación con HTTP { $status }, una redirección a { $location }.
notifications-redirect-no-location = La URL de { $kind } { $url } respondió a la notificación con HTTP { $status }, una redirección sin encabezado Location.
notifications-waf = La URL de { $kind } { $url } está detrás de { $waf }, que respondió HTTP { $status } en lugar de tu endpoint. { $how }
notifications-waf-406 = un WAF (HTTP 406 es la respuesta típica de ModSecurity)
notifications-waf-how-cloudflare = En Cloudflare, agrega una regla personalizada del WAF para esta ruta y el método POST con la acción Skip (reglas administradas, Bot Fight Mode / Super Bot Fight Mode, limitación de tasa), o baja el Security Level para ella: Mercado Pago no puede resolver un desafío de JavaScript.
notifications-waf-how-modsecurity = Agrega una exclusión de reglas de ModSecurity para esta ubicación (SecRuleRemoveById para la regla que aparece en el registro de auditoría, o ctl:ruleEngine=Off para esta ruta), o pide a tu proveedor de hosting que la permita.
notifications-waf-how-sucuri = En el firewall de Sucuri, agrega esta ruta a las rutas de URL permitidas.
notifications-waf-how-imperva = En Imperva, agrega una excepción a la regla de seguridad (protección contra bots) para esta ruta.
notifications-waf-how-akamai = En Akamai, excluye esta ruta del Bot Manager y de la política del WAF.
notifications-waf-how-aws = En AWS WAF, agrega una regla que permita POST a esta ruta antes de la regla que la bloquea (a menudo una regla de control de bots o de tamaño).

notifications-ts-unit-mismatch = La URL de { $kind } { $url } rechazó la notificación firmada con ts en milisegundos ({ $ms }, como la envía Mercado Pago) con HTTP { $status }{ $excerpt }, y la aceptó con ts en segundos ({ $secs }).
notifications-refused-signed = La URL de { $kind } { $url } rechazó una notificación firmada correctamente (data.id { $data_id }, x-request-id { $request_id }) con HTTP { $status }{ $excerpt }; con ts en segundos: { $also }.
notifications-refused-unsigned = La URL de { $kind } { $url } rechazó la notificación sin firma con HTTP { $status }{ $excerpt }, probablemente porque valida x-signature; sin la clave secreta de Webhooks no se puede distinguir de un endpoint que falla.
notifications-refused-unsigned-summary = { $kind }: HTTP { $status } a una notificación sin firma; define MP_WEBHOOK_SECRET para probarla firmada
notifications-bad-status = La URL de { $kind } { $url } respondió a la notificación con HTTP { $status }{ $excerpt }.

notifications-forged-accepted = La URL de { $kind } { $url } respondió HTTP { $status } a una notificación con una x-signature incorrecta (x-request-id { $request_id }).
notifications-forged-no-answer = La notificación con una x-signature incorrecta enviada a { $url } no obtuvo respuesta ({ $err }), así que no se sabe si las notificaciones falsificadas se rechazan.
notifications-no-secret = No se indicó la clave secreta de Webhooks, así que la URL de { $kind } { $url } recibió una notificación sin firma y no se probó cómo valida la firma.

notifications-summary = { $kind } { $status } en { $elapsed }
notifications-summary-ts-seconds = { $kind } { $status } en { $elapsed } (ts en segundos)
notifications-note-forged-accepted = firma falsificada aceptada ({ $status })
notifications-note-forged-refused = firma falsificada rechazada ({ $status })
notifications-note-forged-no-answer = firma falsificada sin respuesta ({ $err })
notifications-note-order-accepted = notificación de orden { $status } con las mayúsculas originales
notifications-note-order-lower-case = notificación de orden aceptada solo con el id en minúsculas ({ $status })
notifications-note-order-refused = notificación de orden rechazada

notifications-order-lower-case = La URL de { $kind } { $url } rechazó la notificación de orden firmada sobre data.id { $which } tal como se envía ({ $first }{ $seconds }) y la aceptó firmada sobre { $lower } ({ $status }): tu endpoint valida los ids de orden en minúsculas.
notifications-order-synthetic-id = { $id }, un id sintético: no se indicó --order-id
notifications-order-ts-seconds = ts en segundos, como necesitó la de pago
notifications-note-synthetic-id = (id sintético { $id })
notifications-no-order-sent = no se envió ninguna notificación de orden (IPN no tiene tópico order; indica --webhook-url)
notifications-order-also-lower = ; firmada sobre el id en minúsculas: { $result }
notifications-order-refused-signed = La URL de { $kind } { $url } aceptó la notificación de pago pero no la de orden (tópico order, data.id { $which }, x-request-id { $request_id }, firmada{ $seconds }): { $first }{ $also }.
notifications-order-refused-unsigned = La URL de { $kind } { $url } aceptó la notificación de pago pero no la de orden (tópico order, data.id { $which }, x-request-id { $request_id }, sin firma porque no se indicó la clave secreta de Webhooks{ $seconds }): { $first }{ $also }.

notifications-tls-invalid = La URL de { $kind } { $url } falla en TLS: { $problem }.
notifications-tls-does-not-verify = su certificado no se verifica: { $err }
notifications-tls-no-handshake = no se completó ningún handshake TLS 1.2/1.3: { $why }
notifications-tls-no-certificate = el servidor no envió ningún certificado

notifications-no-answer = La URL de { $kind } { $url } no respondió a la notificación en { $limit }: Mercado Pago desiste después de 22 s y la cuenta como no entregada.
notifications-too-slow = La URL de { $kind } { $url } tardó { $elapsed } en responder; Mercado Pago desiste después de { $limit }.
notifications-slow = La URL de { $kind } { $url } tardó { $elapsed } en responder (más de { $limit }): los reintentos de Mercado Pago esperan solo 5 s.

# Los códigos de `notifications`: su significado y su solución (en inglés están en los metadatos).
code-notifications-not-configured-meaning = No se indicó webhook_url ni ipn_url, ni un pago de producción con notification_url, así que no se puede verificar la entrega de notificaciones.
code-notifications-not-configured-fix = Usa --webhook-url URL (la URL configurada en Tus integraciones > Webhooks) y/o --ipn-url URL, o defínelas en mp-golive.toml; o usa --payment-id de un pago de producción creado con notification_url.
code-notifications-url-from-payment-meaning = No se indicó webhook_url ni ipn_url, así que se probó la notification_url del pago de producción configurado.
code-notifications-url-from-payment-fix = No hay nada que corregir. Define webhook_url (e ipn_url) para probar también la URL configurada en el panel: una notification_url por pago la reemplaza solo para ese pago.
code-notifications-not-https-meaning = La URL de notificación es http://: las notificaciones (ids de pago, estados) viajan sin cifrar y pueden alterarse en el camino.
code-notifications-not-https-fix = Sirve el endpoint de notificaciones por HTTPS con un certificado de una CA pública y configura la URL https:// en Tus integraciones > Webhooks (y en notification_url).
code-notifications-private-address-meaning = El host es localhost o resuelve a una dirección de loopback, privada, link-local, CGNAT u otra no pública: Mercado Pago no puede llegar a él (y rechaza esos valores de notification_url). No se le envía nada. (Con --allow-private-addresses, en staging, el código es `private-address-allowed` y la URL se prueba.)
code-notifications-private-address-fix = Usa un nombre de host público que resuelva a una dirección pública (para el desarrollo local, un túnel como ngrok o cloudflared te da uno). Para una ejecución de staging contra una URL privada, usa --allow-private-addresses.
code-notifications-private-address-allowed-meaning = El host es localhost o resuelve a una dirección no pública, y se indicó --allow-private-addresses (staging): la URL se probó igual, pero Mercado Pago no puede llegar a ella en producción.
code-notifications-private-address-allowed-fix = Antes de salir a producción, configura una URL pública: Mercado Pago no puede llegar a esta (un túnel como ngrok o cloudflared te da una para el desarrollo).
code-notifications-unreachable-meaning = No se pudo llegar a la URL de notificación; el mensaje dice por qué: falló la consulta DNS, o la conexión fue rechazada, se reinició o agotó el tiempo de espera.
code-notifications-unreachable-fix = Verifica la URL, el registro DNS, que el servidor escuche en ese puerto y que los firewalls y grupos de seguridad dejen entrar a los servidores de Mercado Pago (permite todo internet en el puerto HTTPS: Mercado Pago no publica una lista fija de direcciones).
code-notifications-tls-invalid-meaning = El certificado del host de notificaciones no se verifica (vencido, de otro host, autofirmado, de un emisor desconocido o con la cadena incompleta) o no se completó ningún handshake TLS: la entrega de Mercado Pago falla antes de cualquier solicitud.
code-notifications-tls-invalid-fix = Sirve un certificado de una CA pública que cubra este host, con su cadena completa (fullchain.pem); `mp-golive check --only checkout-tls --checkout-url <esta URL>` indica la causa exacta.
code-notifications-redirect-meaning = El endpoint respondió a la notificación con una redirección (3xx). Mercado Pago no la sigue y no cuenta la notificación como entregada.
code-notifications-redirect-fix = Configura la URL final (la del encabezado Location: a menudo https:// en lugar de http://, una barra final o www.), y haz que el endpoint responda al POST directamente.
code-notifications-waf-challenge-meaning = Un firewall de aplicaciones web o una protección contra bots respondió en lugar de tu endpoint (el desafío `Just a moment` de Cloudflare, un 406 de ModSecurity, ...). Mercado Pago no puede resolver un desafío, así que se pierden todas las notificaciones.
code-notifications-waf-challenge-fix = Permite la ruta de notificaciones para POST en el WAF nombrado en el mensaje (Cloudflare: una regla personalizada que omita los desafíos administrados, Bot Fight Mode y la limitación de tasa para esta ruta; ModSecurity: una exclusión de reglas para esta ubicación), sin desactivar la validación de la firma en tu endpoint.
code-notifications-bad-status-meaning = El endpoint respondió a la notificación con un estado distinto de 200 o 201 (el mensaje lo indica, con un extracto del cuerpo). Mercado Pago la cuenta como no entregada y la reintenta.
code-notifications-bad-status-fix = Responde 200 (o 201) en cuanto recibas y valides la notificación, y procésala después; un 404 significa que la URL o la ruta está mal, un 5xx que tu endpoint falló (revisa sus logs de esta solicitud).
code-notifications-slow-meaning = El endpoint respondió después de slow_warning_ms (5 s): los reintentos de Mercado Pago esperan solo 5 s. (Sin respuesta dentro de slow_failure_ms es `too-slow`.)
code-notifications-slow-fix = Responde 200 primero y haz el trabajo (GET /v1/payments/{"{"}id{"}"}, actualizar pedidos, e-mails) de forma asíncrona, en una cola o un job en segundo plano.
code-notifications-too-slow-meaning = El endpoint no respondió dentro de slow_failure_ms (los 22 s de Mercado Pago): Mercado Pago cuenta la entrega como fallida y la reintenta.
code-notifications-too-slow-fix = Responde 200 primero y haz el trabajo (GET /v1/payments/{"{"}id{"}"}, actualizar pedidos, e-mails) de forma asíncrona, en una cola o un job en segundo plano.
code-notifications-rejects-valid-signature-meaning = Se rechazó una notificación firmada exactamente como la firma Mercado Pago, con la clave secreta configurada (también con ts en segundos): tu endpoint rechazaría todas las notificaciones reales.
code-notifications-rejects-valid-signature-fix = Verifica que tu endpoint use la clave secreta que se muestra en Tus integraciones > Webhooks (cambia cuando se restablece) y arme el manifest id:<data.id de la query string>;request-id:<encabezado x-request-id>;ts:<ts>; (sin las partes ausentes, y data.id con sus mayúsculas y minúsculas originales) antes del HMAC-SHA256 y de compararlo en hexadecimal con v1. En PHP, el parámetro data.id de la query llega como `$_GET['data_id']`.
code-notifications-ts-unit-mismatch-meaning = La notificación firmada con ts en milisegundos (como la envía Mercado Pago) fue rechazada, pero la misma con ts en segundos fue aceptada: la verificación de antigüedad de tu endpoint lee ts como segundos y rechazará las notificaciones reales. Las fuentes no coinciden sobre la unidad (ver la sección Confianza de `mp-golive explain notifications`).
code-notifications-ts-unit-mismatch-fix = Conserva ts tal cual en el manifest, y en cualquier verificación de antigüedad acepta ambas unidades: un valor mayor que 10^12 está en milisegundos; si no, en segundos.
code-notifications-accepts-forged-signature-meaning = Con una clave secreta configurada, una notificación con una x-signature incorrecta recibió una respuesta 2xx: cualquiera que conozca la URL puede falsificar eventos de pago.
code-notifications-accepts-forged-signature-fix = Valida x-signature antes de actuar sobre una notificación (los SDKs de Mercado Pago incluyen un validador) y responde 401 cuando no coincida; en cualquier caso, obtén el pago con GET /v1/payments/{"{"}id{"}"} en lugar de confiar en el cuerpo.
code-notifications-signature-not-tested-meaning = No se indicó la clave secreta de Webhooks, así que no se probó cómo se maneja la firma: la notificación Webhooks se envió sin firma. Si el endpoint la rechazó con 401/403, la verificación no puede decidir y queda en `error`.
code-notifications-signature-not-tested-fix = Indica la clave secreta de Tus integraciones > Webhooks con MP_WEBHOOK_SECRET o --webhook-secret-file; nunca sale de esta máquina (solo firma las notificaciones de prueba).
code-notifications-order-lowercase-id-meaning = El endpoint rechazó una notificación `order` firmada sobre su data.id con sus mayúsculas originales (ORD…, como dicen los SDKs de Mercado Pago que la firma desde junio de 2026) y aceptó la misma firmada sobre el id en minúsculas (como todavía indica validarla la documentación de Orders): las notificaciones de orden reales pueden ser rechazadas. Las fuentes no coinciden (ver la sección Confianza de `mp-golive explain notifications`).
code-notifications-order-lowercase-id-fix = Arma el manifest con data.id exactamente como llega en la query string (con sus mayúsculas originales), como hacen los SDKs oficiales desde junio de 2026; si debes seguir la documentación anterior, acepta ambas formas hasta que Mercado Pago lo defina.
code-notifications-order-refused-meaning = El endpoint aceptó la notificación de pago pero rechazó una notificación `order` (tópico `order`, acción order.processed, data.id un id ORD…) firmada sobre el id con sus mayúsculas originales y, cuando esa se rechazó con 400/401/403, de nuevo firmada sobre el id en minúsculas: una integración con la API de Orders perdería sus eventos de orden.
code-notifications-order-refused-fix = Atiende el tópico `order`: respóndele 200 (valida x-signature sobre data.id tal como llega) y luego lee la orden con GET /v1/orders/{"{"}id{"}"}; verifica que en Tus integraciones > Webhooks estén seleccionados los eventos de Orders.
code-notifications-api-error-meaning = No se pudo leer el pago configurado en la API de Mercado Pago para encontrar su notification_url; la verificación queda en `error`, no en `pass`.
code-notifications-api-error-fix = Vuelve a ejecutarla más tarde, o indica --webhook-url / --ipn-url directamente.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-notifications-explain =
    Qué verifica
      Para cada una de webhook_url (formato Webhooks) e ipn_url (formato IPN):
      - La URL es https:// y su host no es localhost y resuelve solo a direcciones públicas (no
        loopback, RFC 1918, link-local, CGNAT, unique-local...).
      - El certificado TLS se verifica contra las raíces de Mozilla (más --ca-file), como lo hace
        la inspección de checkout-tls.
      - Se envía por POST una notificación exactamente como la envía Mercado Pago, que debe
        responderse con 200 o 201, sin redirección, en menos de 22 s (una advertencia por encima
        de 5 s).
          Webhooks: POST <url>?data.id=<id>&type=payment, cuerpo JSON {"{"}id, live_mode, type,
            date_created, user_id, api_version, action, data.id{"}"}, x-request-id y
            x-signature: ts=<ms>,v1=<HMAC-SHA256 en hexadecimal de id:<data.id>;request-id:<x-request-id>;ts:<ts>;>
            con la clave secreta de Webhooks (las partes ausentes se omiten; data.id conserva
            sus mayúsculas y minúsculas).
          IPN: POST <url>?topic=payment&id=<id> con {"{"}"resource": "<id>", "topic": "payment"{"}"}.
      - Con la clave secreta de Webhooks (MP_WEBHOOK_SECRET o --webhook-secret-file), una segunda
        notificación Webhooks con un x-signature incorrecto debe rechazarse (una advertencia si
        se acepta).
      - Se nombran los desafíos de WAF (Cloudflare, ModSecurity, Sucuri, Imperva, AWS WAF,
        Akamai).
      Cuando no se indica ninguna URL, se prueba la notification_url del pago de producción
      configurado (--payment-id) y un hallazgo informativo lo dice; su `source_news` elige el
      formato (webhooks, ipn, o ambos cuando falta).

    Qué recibe tu endpoint
      Solicitudes HTTP reales. data.id es un id sintético de 18 dígitos que empieza con 9990 (los
      ids de pago de Mercado Pago tienen de 10 a 12 dígitos), así que un endpoint que consulta
      GET /v1/payments/<id> recibe 404 y no cambia ninguna orden ni envía ningún e-mail;
      --webhook-data-id envía otro id en su lugar. Las solicitudes llevan
      `User-Agent: mp-golive/<versión>` y un x-request-id nuevo cada una, y los `X-Retry: 0` y
      `X-Socket-Timeout: 22000` de Mercado Pago; live_mode es true. Hasta tres solicitudes por
      URL: la firmada, un reintento con ts en segundos si se rechaza, y la falsificada.

    Por qué importa
      La página de salida a producción pide mantener actualizado el estado de las órdenes a
      partir de las notificaciones. Mercado Pago cuenta una entrega solo cuando recibe 200/201 en
      menos de 22 s; una redirección, un desafío de WAF, una dirección privada o un endpoint que
      rechaza sus firmas significan pagos perdidos.

    Confianza
      Alta: el manifest, HMAC-SHA256, la regla de 200/201 y la espera de 22 s (documentación de
      Mercado Pago, SDK-go). Media: el par exacto data.id/type de la query y la espera de 5 s de
      los reintentos (una tabla de reintentos antigua; el texto actual dice que los reintentos
      llegan cada 15 minutos). Baja: el cuerpo de IPN (capturas de terceros). En disputa: la
      unidad de ts. El ejemplo de entrega de Mercado Pago tiene 13 dígitos (milisegundos) y
      SDK-go compara con milisegundos Unix, pero las verificaciones opcionales de antigüedad de
      sdk-python 3.6.0 y sdk-nodejs 3.6.1 leen segundos. Esta verificación envía milisegundos
      primero; si se rechaza la notificación firmada, reintenta una vez en segundos y advierte
      con ts-unit-mismatch cuando esa se acepta. data.id conserva sus mayúsculas y minúsculas
      originales (la corrección de SDK-go de junio de 2026), aunque la documentación de Orders
      decía pasarlo a minúsculas.

    API de Orders
      Con un id de orden (--order-id) o `topics` que incluya "order", la URL de Webhooks también
      recibe una notificación `order` como la envía Mercado Pago para la API de Orders (type
      order, action order.processed, data.id el id ORD…, data.status, data.transactions,
      data.version), además de la de pago y firmada sobre data.id con sus mayúsculas y
      minúsculas originales. Si se rechaza con 400/401/403 (por el endpoint, no por un WAF), se
      envía una vez más firmada sobre el id en minúsculas: si entonces se acepta, es
      order-lowercase-id (el endpoint sigue la documentación de Orders anterior; todos los SDKs
      oficiales pasaron a las mayúsculas y minúsculas originales el 2026-06-17, diciendo que así
      lo firma Mercado Pago); si se rechaza de nuevo (o se rechaza de otro modo) mientras la de
      pago se aceptó, es order-refused. Un endpoint que acepta el id original aprueba. A un
      endpoint que lee ts como segundos (ts-unit-mismatch) se le vuelve a hacer la pregunta de
      las mayúsculas con ts en segundos, para que su rechazo sea sobre el id. Sin id de orden,
      el id es uno sintético ORDMPGOLIVE… y el resumen lo dice. IPN no tiene tópico order.
      Confianza: alta para las mayúsculas y minúsculas de los SDKs, media para la forma del
      cuerpo; la documentación todavía dice pasarlo a minúsculas, y sdk-java #420 informa
      webhooks de órdenes que no validan con ninguna de las dos formas con credenciales de
      prueba, así que está en disputa cuál firma Mercado Pago: el hallazgo es una advertencia,
      no un error.

    Tiempos
      La notificación tiene slow_failure_ms (los 22 s de Mercado Pago) para responder, diga lo
      que diga --timeout; la conexión y la inspección TLS están limitadas por --timeout.


    El historial de entregas de Mercado Pago (--official, opcional)
      Con --official, se consulta notifications_history al servidor MCP de Mercado Pago
      (mcp_url), con el Access Token como bearer (y el id de aplicación del token cuando la
      herramienta lo declara): la tasa de entrega que indica su texto es official-history, las
      fallas que nombra ("3 failures: HTTP 502") official-failures (una advertencia: fallaron
      entregas reales), y "No Notifications Found" o "no webhook notifications configured"
      official-none, dicho tal cual. Son el registro de Mercado Pago, junto a las pruebas
      propias de esta verificación. Una falla del lado MCP es official-error: la verificación
      queda en `error`, no en `pass`. Confianza: el formato del texto de la herramienta no está
      documentado, así que la tasa y las fallas se leen de sus líneas con cautela.

option-notifications-slow_warning_ms-help = Una respuesta más lenta que esto (milisegundos) genera una advertencia: los reintentos de Mercado Pago esperan 5 s.
option-notifications-slow_failure_ms-help = Sin respuesta dentro de este tiempo (milisegundos), la verificación falla: Mercado Pago espera 22 s. También es el tiempo que se le da a la notificación.
option-notifications-topics-help = Los tópicos que se envían a la URL de Webhooks: "payment" siempre, y también "order" (API de Orders) cuando está en la lista o cuando se indica un id de orden.

# --official: el registro de Mercado Pago de las entregas reales (notifications_history de su servidor MCP).
notifications-official-what = leer el historial de entregas de Mercado Pago (notifications_history, su servidor MCP)
notifications-official-rate = Historial de entregas de Mercado Pago (notifications_history): tasa de entrega { $rate }.
notifications-official-text = El historial de entregas de Mercado Pago (notifications_history) no indica una tasa de entrega que se pueda leer; su texto: { $text }
notifications-official-failures = El historial de entregas de Mercado Pago nombra entregas fallidas: { $failures }
notifications-official-none-found = El historial de entregas de Mercado Pago dice "No Notifications Found": no se envió ninguna notificación a esta aplicación recientemente, así que no se sabe nada de las entregas reales.
notifications-official-not-configured = El historial de entregas de Mercado Pago dice "no webhook notifications configured": no hay una URL de Webhooks en Tus integraciones > Webhooks, así que las notificaciones van solo al notification_url de cada pago.
notifications-official-summary = tasa de entrega de Mercado Pago { $rate }

code-notifications-official-history-meaning = Con --official: el historial de entregas que da el servidor MCP de Mercado Pago (la herramienta notifications_history): la tasa de entrega tal como la indica su texto, o su texto (limpio y recortado). El registro de Mercado Pago de las entregas reales, junto a las pruebas propias de esta verificación.
code-notifications-official-history-fix = Nada obligatorio; revisa las fallas listadas, si las hay, y Tus integraciones > Webhooks > el historial de entregas.
code-notifications-official-failures-meaning = Con --official: el historial de entregas de Mercado Pago nombra entregas fallidas recientes (por ejemplo "3 failures: HTTP 502"): notificaciones reales no llegaron al handler.
code-notifications-official-failures-fix = Busca las entregas fallidas en los logs de tu servidor en los horarios del historial (Tus integraciones > Webhooks), corrige lo que respondió el error y responde 200/201 en menos de 22 s.
code-notifications-official-none-meaning = Con --official: el historial de entregas de Mercado Pago dice "No Notifications Found" (no se envió ninguna notificación a esta aplicación recientemente) o "no webhook notifications configured" (no hay URL de Webhooks en el panel: las notificaciones van solo al notification_url de cada pago). No se sabe nada de las entregas reales.
code-notifications-official-none-fix = Configura la URL de Webhooks en Tus integraciones > Webhooks, o revisa que los pagos lleven notification_url; haz un pago y vuelve a ejecutarla para ver sus entregas.
code-notifications-official-error-meaning = Con --official: no se pudo consultar el servidor MCP de Mercado Pago o no se pudo leer su respuesta (inaccesible, tiempo agotado, error HTTP o JSON-RPC, una herramienta no listada, una respuesta ilegible o demasiado grande); la verificación queda en `error`, no en `pass`, y los hallazgos de las pruebas siguen valiendo.
code-notifications-official-error-fix = Vuelve a ejecutarla más tarde; revisa --mcp-url, que el Access Token sea uno de producción que el servidor MCP acepte, y -v para ver las solicitudes. O quita --official.
