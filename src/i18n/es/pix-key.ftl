# Los mensajes de `pix-key`.

pix-key-skip-run-site = Pix existe solo en Brasil (MLB); esta ejecución es para { $site }
pix-key-skip-account-site = Pix existe solo en Brasil (MLB); esta cuenta está en { $site }
pix-key-what-site = leer el sitio de la cuenta
pix-key-no-site-id = GET /users/me no tiene site_id; indica --site
pix-key-what-account = leer la cuenta (GET /users/me)
pix-key-what-methods = listar los medios de pago de la cuenta
pix-key-absent = GET /v1/payment_methods no lista `pix` para esta cuenta: no tiene ninguna Clave Pix registrada
pix-key-inactive = GET /v1/payment_methods lista `pix` con el estado `{ $status }`, no `active`: la cuenta no tiene una Clave Pix utilizable
pix-key-active-summary = Pix está activo (GET /v1/payment_methods lista pix)
pix-key-proven-summary = Clave Pix comprobada: el pago de prueba { $id } se creó y se canceló
pix-key-not-cancelled = La Clave Pix está registrada (se creó el pago de prueba { $id }), pero falló la cancelación del pago { $id }: { $why }. Cancélalo con PUT { $api }v1/payments/{ $id } y el cuerpo { $body }; si nadie lo paga, vence solo 35 minutos después de su creación.
pix-key-no-key = Mercado Pago rechazó el pago Pix de prueba con la causa 13253 ({ $refusal }): la cuenta no tiene ninguna Clave Pix habilitada.
pix-key-no-key-listed = Mercado Pago rechazó el pago Pix de prueba con la causa 13253 ({ $refusal }): la cuenta no tiene ninguna Clave Pix habilitada. (GET /v1/payment_methods todavía lista pix como activo).
pix-key-inconclusive = El pago Pix de prueba se rechazó por un motivo distinto de la falta de una clave ({ $refusal }); no se creó nada.
pix-key-listed-unconfirmed-summary = Pix está activo (listado); la prueba no pudo confirmarlo
pix-key-unproven = Se creó el pago Pix de prueba { $id }, pero no demuestra nada: { $why }. Está cancelado o en un estado final; no queda nada pendiente.
pix-key-unanswered = La solicitud que crea el pago Pix de prueba no obtuvo respuesta ({ $error }); puede existir un pago pendiente con external_reference { $reference }. No se volvió a enviar.
pix-key-pending-unknown = Puede que se haya creado un pago Pix de prueba con external_reference { $reference } y no se confirmó su cancelación (la ejecución terminó antes). Búscalo con GET /v1/payments/search?external_reference={ $reference } y cancélalo con PUT /v1/payments/<id> { $body }; si nadie lo paga, vence 35 minutos después de su creación.
pix-key-pending-created = El pago Pix de prueba { $id } (external_reference { $reference }) se creó y no se canceló: la ejecución terminó antes. Cancélalo con PUT /v1/payments/{ $id } { $body }, o en el panel de Mercado Pago; si nadie lo paga, vence 35 minutos después de su creación.
pix-key-with-reference = con external_reference { $reference }
pix-key-no-usable-id = la respuesta no tenía un id de pago utilizable para cancelarlo
pix-key-created-final = el pago se creó con el estado `{ $status }`
pix-key-not-live = el pago no se creó en modo productivo (live_mode no es true)
pix-key-now-status = el pago ahora está `{ $status }`, no `cancelled`
pix-key-not-confirmed = la respuesta no confirmó el estado `cancelled`

# Los códigos de `pix-key`: su significado y su solución (en inglés están en los metadatos).
code-pix-key-test-credentials-meaning = El Access Token es una credencial de prueba (TEST-, o el token APP_USR- de un usuario de prueba), así que lo que esta verificación leería es de una cuenta de prueba, y eso no dice nada sobre la cuenta de producción. La verificación queda en `error`, no en `pass`.
code-pix-key-test-credentials-fix = Ejecútala con el Access Token de producción de la cuenta real del vendedor (la verificación credentials muestra por qué este no lo es).
code-pix-key-missing-meaning = La cuenta no tiene ninguna Clave Pix activa: GET /v1/payment_methods no lista `pix` como activo, o el pago de prueba se rechazó con la causa 13253 ("Collector user without key enabled for QR render").
code-pix-key-missing-fix = Registra una Clave Pix en la app de Mercado Pago (Seu negócio > Pix > Chaves Pix, o Pix > Minhas chaves) con la cuenta del vendedor. El Banco Central confirma las claves nuevas en días hábiles, de 9 a 18 h; después, vuelve a ejecutar mp-golive.
code-pix-key-probe-not-cancelled-meaning = La prueba creó un pago Pix pendiente, pero no pudo cancelarlo; el mensaje indica el id del pago y cómo cancelarlo.
code-pix-key-probe-not-cancelled-fix = Cancélalo: PUT /v1/payments/<id> con el cuerpo {"{"}"status":"cancelled"{"}"} y el Access Token (o ábrelo en el panel de Mercado Pago > Actividad y cancélalo). Si nadie lo paga, también vence solo 35 minutos después de su creación.
code-pix-key-probe-inconclusive-meaning = Con --probe-pix, Mercado Pago rechazó el pago de prueba por un motivo distinto de la falta de una Clave Pix, así que no se pudo demostrar la clave (no se creó nada); decide el listado de medios de pago.
code-pix-key-probe-inconclusive-fix = Lee el rechazo en el mensaje (por ejemplo, la causa 7: credenciales no habilitadas para pagos reales). Corrígelo, o ejecuta sin --probe-pix.
code-pix-key-probe-unanswered-meaning = Con --probe-pix, la solicitud que crea el pago de prueba no obtuvo respuesta, así que puede existir un pago pendiente que mp-golive no pudo cancelar (el mensaje indica su `external_reference`; un pago Pix sin pagar vence). No se volvió a enviar.
code-pix-key-probe-unanswered-fix = Busca en el panel de Mercado Pago (Actividad) o con GET /v1/payments/search?external_reference=<referencia del mensaje> y cancela cualquier pago que encuentres; si nadie lo paga, vence solo 35 minutos después de su creación.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-pix-key-explain =
    Qué verifica
      - Solo en cuentas de Brasil (sitio MLB: `site`, o el `site_id` de la cuenta según
        GET /users/me); en otros sitios la verificación se omite, porque Pix existe solo en
        Brasil.
      - GET /v1/payment_methods con el Access Token lista `pix` con status `active`.
      - Solo con --probe-pix (probe_pix = true): se crea un pago Pix del menor monto permitido
        (el `min_allowed_amount` de la entrada `pix`, si no R$ 1.00) con un X-Idempotency-Key,
        un vencimiento 35 minutos después y un external_reference que empieza con
        `mp-golive-probe-`; la causa 13253 significa que no hay Clave Pix. Un pago pendiente
        creado en modo productivo prueba la clave y se cancela de inmediato con
        PUT /v1/payments/{"{"}id{"}"} {"{"}"status":"cancelled"{"}"}; uno creado en modo de prueba o ya final no
        prueba nada. Una respuesta 5xx puede llegar después de crearse el pago, así que se
        informa como si no hubiera respuesta. Como mucho un pago por ejecución; el POST nunca se
        reintenta.

    Por qué importa
      La página de salida a producción de Mercado Pago pide una Clave Pix a los vendedores de
      Brasil: sin ella, Pix, el medio de pago más usado en Brasil, no aparece en el checkout.

    Confianza
      La lista de medios de pago es la heurística que usa el plugin de WooCommerce de Mercado
      Pago (confianza media-alta). La causa 13253 proviene de varias capturas independientes, no
      de la documentación de referencia (media). La prueba es el test definitivo y crea un pago
      pendiente real: se cancela de inmediato y, si eso falla, el reporte lo nombra (además vence
      solo a los 35 minutos). El e-mail del pagador de la prueba es sintético; si Mercado Pago
      rechaza la prueba por otro motivo, vale la respuesta de la lista y una advertencia dice que
      la prueba no demostró nada. En una cuenta de prueba, la prueba no dice nada sobre
      producción.
