# Lo que dice el ejecutor de una verificación que no corrió o que no terminó.

runner-turned-off = desactivada en el archivo de configuración ([checks.{ $id }] enabled = false)
runner-needs = necesita { $inputs }
runner-and = y
runner-no-input = No se indicó { $input }, así que este requisito no se puede verificar.
runner-no-input-fix = { $how }. Para dejar fuera la verificación, define `enabled = false` en [checks.{ $id }] de mp-golive.toml.
runner-token-malformed-summary = no se ejecutó: el Access Token está mal formado (ver credentials)
runner-token-malformed = La verificación no se ejecutó: el Access Token está mal formado (ver la verificación credentials), y un token mal formado nunca se envía.
runner-undecided = La verificación no pudo decidir ({ $reason }) y no dio ningún hallazgo propio (un error de mp-golive).
runner-unfinished = La verificación { $reason }.
runner-did-not-finish = no terminó
runner-deadline = no terminó antes del límite de { $deadline } de la ejecución
runner-interrupted = se interrumpió por { $signal } antes de terminar
runner-panicked-summary = error interno: la verificación se detuvo inesperadamente (por favor, repórtalo)
runner-panicked = La verificación se detuvo inesperadamente (un error de mp-golive); nada de lo que verificaba cuenta como verificado.

need-access-token = el Access Token
need-public-key = la Public Key
need-checkout-url = la URL del checkout
need-notification-url = una URL de Webhooks o IPN
need-payment-or-order = un id de pago o de orden
need-access-token-how = define MP_ACCESS_TOKEN, o usa --access-token-file RUTA
need-public-key-how = define MP_PUBLIC_KEY, o usa --public-key KEY, o define public_key en mp-golive.toml
need-checkout-url-how = usa --checkout-url URL o define checkout_url en mp-golive.toml
need-notification-url-how = usa --webhook-url URL y/o --ipn-url URL, o defínelas en mp-golive.toml (o usa --payment-id de un pago de producción con notification_url, junto con el Access Token)
need-payment-or-order-how = usa --payment-id ID de un pago, o --order-id ORD… de una orden de la API de Orders, hechos con credenciales de producción
