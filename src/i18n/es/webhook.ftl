# `mp-golive webhook send`: las notas sobre la solicitud, y si se entregó.

send-signed = x-signature: HMAC-SHA256 de "{ $manifest }" con la clave secreta de los webhooks (no se muestra)
send-unsigned = sin firma: no hay clave secreta de webhooks (define MP_WEBHOOK_SECRET o usa --webhook-secret-file)
send-ipn = IPN: sin x-signature (la firma de IPN de Mercado Pago no se puede validar con la clave secreta)
send-private = nota: Mercado Pago no puede llegar a { $host }; sirve para probar un handler local
send-no-answer = sin respuesta después de { $elapsed }: { $reason }
send-delivered = entregada: Mercado Pago cuenta 200 y 201 como entregada
send-redirect = no entregada: una redirección a { $to } (Mercado Pago no la sigue)
send-waf = no entregada: { $name } respondió en lugar del handler (HTTP { $status }); { $how }
send-refused = no entregada: HTTP { $status } (Mercado Pago solo cuenta 200 y 201, y reintenta)
send-again = de nuevo, x-request-id { $id }, x-signature sobre "{ $manifest }" (data.id en minúsculas)
send-lowercase = aceptada solo firmada sobre data.id en minúsculas: el handler valida los ids de orden en minúsculas (como decía la documentación de Orders): los SDKs de Mercado Pago firman y validan el caso original desde junio de 2026, así que las notificaciones reales de órdenes pueden ser rechazadas
send-both-refused = rechazada con data.id en sus dos formas ({ $id } y { $lower }): no es una cuestión de mayúsculas; revisa la clave secreta y que el handler acepte el tópico order
send-again-no-answer = sin respuesta: { $reason }; no se sabe qué forma de data.id espera el handler
send-original-accepted = aceptada firmada sobre data.id en su forma original ({ $id }), como la validan los SDKs de Mercado Pago desde junio de 2026
