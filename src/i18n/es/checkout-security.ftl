# checkout-security: la CSP de la página de pago, el enmarcado, el referrer, la integridad y el
# inventario de scripts, y `mp-golive baseline`. Directivas, fuentes, URLs, hashes y valores
# de cabeceras quedan como vienen; lo que dice src/net/ sobre una página que no se pudo
# obtener queda en inglés.

checkout-security-fetch-failed = No se pudo obtener la página { $url }: { $err }. No se verificaron sus cabeceras ni sus scripts.
checkout-security-insecure-redirect = { $url } redirige a { $to } (http://); no se leyeron las cabeceras ni los scripts de la página de pago.
checkout-security-http-status = { $url } respondió HTTP { $status }: esa respuesta no es la página de pago, así que no se evaluaron sus cabeceras ni sus scripts.
checkout-security-unavailable-summary = no se pudo leer la página de pago; no se verificó nada de ella
checkout-security-truncated-summary = la página pesa más de 2 MiB: el inventario de scripts está incompleto
checkout-security-truncated = { $url } pesa más de 2 MiB; no se vieron los scripts posteriores a los primeros 2 MiB.
checkout-security-no-csp = La página no envía Content-Security-Policy: un script inyectado se ejecutaría sin obstáculos.
checkout-security-csp-report-only = La página solo envía Content-Security-Policy-Report-Only: las violaciones se informan, pero no se bloquea nada.
checkout-security-csp-meta = La política viene solo de una etiqueta <meta http-equiv>: allí se ignoran `frame-ancestors` y los informes, y los scripts anteriores a la etiqueta no quedan cubiertos.
checkout-security-script-unrestricted = La política aplicada no define `script-src` ni `default-src`: los scripts no tienen restricción.
checkout-security-unsafe-inline = `{ $directive }` permite 'unsafe-inline' sin nonce ni hash: cualquier script en línea inyectado se ejecuta.
checkout-security-inline-blocked = `{ $directive }` bloquea el script en línea { $hash } (`{ $start }`…): no lleva ningún nonce de la política y su hash no está en la lista.
checkout-security-script-wildcard = `{ $directive }` permite { $sources }: se ejecuta un script de cualquier host.
checkout-security-sdk-nonce-missing = `{ $directive }` usa 'strict-dynamic', así que solo su nonce admite una etiqueta, y la etiqueta de MercadoPago.js { $link } no lleva ningún nonce de la política: el navegador la bloquea.
checkout-security-sdk-host-blocked = `{ $directive }` no permite { $hosts }, que MercadoPago.js y Bricks usan según lo medido.
checkout-security-sdk-host-blocked-fallback = `{ $directive }` no está definida, así que se aplica `{ $from }`, y no permite { $hosts }, que MercadoPago.js y Bricks usan según lo medido.
checkout-security-clickjacking-open = `frame-ancestors { $sources }` permite que cualquier sitio enmarque la página de pago.
checkout-security-clickjacking-none = No hay `frame-ancestors` (en una política enviada como cabecera) ni X-Frame-Options: cualquier sitio puede enmarcar la página de pago.
checkout-security-clickjacking-xfo = X-Frame-Options `{ $value }` no es DENY ni SAMEORIGIN (los navegadores ignoran ALLOW-FROM), y ninguna política de cabecera define `frame-ancestors`.
checkout-security-no-referrer-policy = La página no define Referrer-Policy (ni en cabecera ni con <meta name="referrer">).
checkout-security-referrer-leaks = Referrer-Policy `{ $policy }` envía la URL completa de la página, con sus ids de pago, a otros sitios.
checkout-security-sdk-sri-exempt = MercadoPago.js ({ $link }) no lleva atributo integrity, y así debe ser: su URL no tiene versión y Mercado Pago actualiza el archivo en el mismo lugar, así que un hash fijo rompería el formulario de pago. Mercado Pago responde por ese script.
checkout-security-sdk-sri-pinned = MercadoPago.js ({ $link }) lleva un atributo integrity: el navegador lo rechazará, y el formulario de pago dejará de funcionar, en la próxima actualización del archivo por Mercado Pago.
checkout-security-sri-missing-script = El script { $link } viene de otro host sin atributo integrity.
checkout-security-sri-missing-stylesheet = La hoja de estilos { $link } viene de otro host sin atributo integrity.
checkout-security-integration-card-fields = La página tiene campos de tarjeta propios ({ $evidence }) y no usa Bricks ni Secure Fields: los datos de la tarjeta pasan por tu página, lo que sugiere SAQ A-EP, con PCI DSS 6.4.3 y 11.6.1 completos. Es una orientación según lo que muestra la página, no una certificación.
checkout-security-integration-bricks = La página usa Bricks ({ $evidence }): los campos de tarjeta son iframes de secure-fields.mercadopago.com, lo que sugiere SAQ A más la protección de los scripts propios de la página (controles como los de 6.4.3/11.6.1). Es una orientación según lo que muestra la página, no una certificación.
checkout-security-integration-secure-fields = La página usa Secure Fields ({ $evidence }): los campos de tarjeta son iframes de secure-fields.mercadopago.com, lo que sugiere SAQ A más la protección de los scripts propios de la página (controles como los de 6.4.3/11.6.1). Es una orientación según lo que muestra la página, no una certificación.
checkout-security-integration-pro = La página parece redirigir a Checkout Pro ({ $evidence }): los datos de la tarjeta nunca llegan a tu página, lo que sugiere SAQ A. Es una orientación según lo que muestra la página, no una certificación.
checkout-security-integration-unknown = El HTML no muestra ningún enlace a Checkout Pro, Bricks, Secure Fields ni campo de tarjeta (JavaScript puede agregarlos después), así que no se pudo sugerir un alcance de PCI DSS.
checkout-security-no-baseline = No hay línea base de scripts: { $path } no existe, así que no se compararon los cambios respecto de un estado revisado.
checkout-security-baseline-other-page = La línea base { $path } se registró desde { $baseline }, no desde { $url }: lo que sigue pueden ser diferencias entre páginas, no cambios.
checkout-security-absent = (ninguno)
checkout-security-inline-script = un script en línea { $hash }
checkout-security-script-added = Script agregado desde la línea base { $path }: { $script }.
checkout-security-script-removed = Script quitado desde la línea base { $path }: { $script }.
checkout-security-script-changed = Script modificado desde la línea base: { $script } ({ $changes }).
checkout-security-header-changed = La cabecera { $header } cambió desde la línea base: `{ $before }` → `{ $now }`.
checkout-security-summary = { $scripts ->
        [one] { $scripts } script
       *[other] { $scripts } scripts
    }; protecciones: { $protections }
checkout-security-baseline-missing = el archivo de línea base { $path } (--baseline, o `baseline` en [checks.checkout-security]) no existe: escríbelo con `mp-golive baseline --out { $path }`, o quita esa configuración
checkout-security-baseline-unusable = el archivo de línea base { $path } no se puede usar: { $why }. Vuelve a escribirlo con `mp-golive baseline --out { $path }`

baseline-no-checkout-url = falta la URL del checkout: indícala con --checkout-url, MP_GOLIVE_CHECKOUT_URL o `checkout_url` en mp-golive.toml
baseline-not-written = no se escribió nada; corrige la página o la URL y vuelve a ejecutar `mp-golive baseline`
baseline-cannot-write = no se puede escribir { $path }: { $error }
baseline-wrote = Se escribió { $path }: { $external } externos y { $inline } en línea { $inline ->
        [one] script
       *[other] scripts
    }, { $headers } { $headers ->
        [one] cabecera
       *[other] cabeceras
    } de seguridad. Revísalo, justifica cada script y haz commit; `mp-golive check` informa lo que cambie.

# Los códigos de checkout-security: su significado y su solución (en inglés están en los metadatos).
code-checkout-security-page-unavailable-meaning = No se pudo leer la página de pago (falló la descarga, hubo una redirección a http:// o una respuesta distinta de 2xx), así que no se verificaron sus cabeceras ni sus scripts; la verificación queda en `error`, no en `pass`.
code-checkout-security-page-unavailable-fix = Corrige lo que informa checkout-page para la misma URL y vuelve a ejecutar.
code-checkout-security-truncated-meaning = La página pesa más de 2 MiB; no se vieron los scripts posteriores a los primeros 2 MiB, así que el inventario está incompleto y la verificación queda en `error`, no en `pass`.
code-checkout-security-truncated-fix = Sirve una página de pago más liviana (el formulario de tarjeta y sus scripts suelen estar cerca del principio).
code-checkout-security-no-csp-meaning = La página no tiene Content-Security-Policy: cualquier script inyectado (un plugin comprometido, un gestor de etiquetas) se ejecuta y puede leer lo que escribe el comprador.
code-checkout-security-no-csp-fix = Envía una cabecera Content-Security-Policy con `script-src` limitado a tu propio origen, nonces o hashes y los hosts de Mercado Pago que lista `mp-golive explain checkout-security`.
code-checkout-security-csp-report-only-meaning = La página solo envía Content-Security-Policy-Report-Only: las violaciones se informan, pero no se bloquea nada.
code-checkout-security-csp-report-only-fix = Cuando los informes estén limpios, envía la misma política como Content-Security-Policy (aplicada).
code-checkout-security-csp-meta-meaning = La política se define solo con <meta http-equiv>: los navegadores aplican sus reglas de scripts, pero allí ignoran `frame-ancestors`, `report-uri` y `sandbox`, y los scripts anteriores a la etiqueta no quedan cubiertos.
code-checkout-security-csp-meta-fix = Envía la política como cabecera HTTP.
code-checkout-security-script-unrestricted-meaning = La política aplicada no tiene `script-src` (ni `script-src-elem`) ni `default-src`, así que no restringe los scripts.
code-checkout-security-script-unrestricted-fix = Agrega `script-src 'self' https://sdk.mercadopago.com https://http2.mlstatic.com` (con nonces o hashes para los scripts en línea), o `'strict-dynamic'` con nonces.
code-checkout-security-unsafe-inline-meaning = `script-src` permite `'unsafe-inline'` sin nonce ni hash: un script en línea inyectado se ejecuta, y eso es lo que inyectan los skimmers.
code-checkout-security-unsafe-inline-fix = Da a los scripts en línea un nonce por respuesta (`'nonce-…'`) o lista sus hashes (`mp-golive baseline` registra cada `sha256-…`), y quita `'unsafe-inline'`.
code-checkout-security-inline-blocked-meaning = Un script en línea no lleva ningún nonce de la política aplicada y su hash no está en la lista, así que el navegador no lo ejecuta; si es el que inicia MercadoPago.js o Bricks, el formulario de pago nunca aparece (un nonce guardado en caché con la página, o un script editado sin actualizar su hash, provocan esto).
code-checkout-security-inline-blocked-fix = Dale al script el nonce por respuesta de la política (y nunca guardes en caché una página con su nonce), o lista el `sha256-…` que `mp-golive baseline` registra para él.
code-checkout-security-script-wildcard-meaning = `script-src` permite `*` o un esquema entero (`https:`, `http:`, `data:`, `blob:`): se ejecuta un script de cualquier host.
code-checkout-security-script-wildcard-fix = Lista los hosts desde los que cargas scripts (los de Mercado Pago: sdk.mercadopago.com, http2.mlstatic.com), o usa `'strict-dynamic'` con nonces.
code-checkout-security-sdk-host-blocked-meaning = Un host que MercadoPago.js o Bricks usan según lo medido no está permitido por la directiva indicada, así que parte del formulario de pago puede no cargar (la lista es medida, Mercado Pago no la publica; 3-D Secure puede necesitar más).
code-checkout-security-sdk-host-blocked-fix = Agrega los hosts indicados a la directiva indicada (o un comodín como *.mercadopago.com, *.mercadolibre.com, *.mlstatic.com, como hace el propio módulo de Mercado Pago para Adobe Commerce).
code-checkout-security-sdk-nonce-missing-meaning = `script-src` usa `'strict-dynamic'`, que ignora las fuentes de host, y la etiqueta de MercadoPago.js no lleva ningún nonce de la política: el navegador bloquea el SDK.
code-checkout-security-sdk-nonce-missing-fix = Pon en la etiqueta <script> de MercadoPago.js el mismo nonce por respuesta que la política.
code-checkout-security-clickjacking-meaning = Nada impide que otro sitio enmarque la página de pago (no hay `frame-ancestors` en una política de cabecera aplicada ni X-Frame-Options DENY o SAMEORIGIN): un checkout enmarcado puede cubrirse para engañar al comprador (clickjacking).
code-checkout-security-clickjacking-fix = Envía `Content-Security-Policy: frame-ancestors 'self'` (o 'none'), o `X-Frame-Options: SAMEORIGIN` para navegadores antiguos.
code-checkout-security-no-referrer-policy-meaning = La página no define Referrer-Policy. Las URLs de retorno llevan ids de pago (collection_id, external_reference, merchant_order_id); una política estricta explícita los mantiene lejos de terceros, sea cual sea el valor predeterminado del navegador.
code-checkout-security-no-referrer-policy-fix = Envía `Referrer-Policy: strict-origin-when-cross-origin` (o `no-referrer`, `same-origin`).
code-checkout-security-referrer-leaks-meaning = La Referrer-Policy envía URLs completas (con sus ids de pago) a otros sitios: `unsafe-url` siempre, `no-referrer-when-downgrade` a todo sitio https://.
code-checkout-security-referrer-leaks-fix = Usa `Referrer-Policy: strict-origin-when-cross-origin` (o `no-referrer`, `same-origin`).
code-checkout-security-sri-missing-meaning = Un script o una hoja de estilos de otro host no tiene atributo `integrity`: si ese host o CDN se ve comprometido, la página de pago ejecuta lo que sirva (PCI DSS 6.4.3 pide asegurar la integridad de cada script).
code-checkout-security-sri-missing-fix = Agrega `integrity="sha384-…"` y `crossorigin="anonymous"` a la etiqueta, fijando una URL con versión; o sirve el archivo desde tu propio origen.
code-checkout-security-sdk-sri-exempt-meaning = MercadoPago.js no lleva `integrity`, y no lo necesita: su URL (https://sdk.mercadopago.com/js/v2) no tiene versión y Mercado Pago actualiza el archivo en el mismo lugar, así que un hash fijo rompería el formulario de pago; Mercado Pago responde por ese script.
code-checkout-security-sdk-sri-exempt-fix = Nada que hacer; sigue cargándolo desde sdk.mercadopago.com y inclúyelo en tu inventario de scripts con esa justificación.
code-checkout-security-sdk-sri-pinned-meaning = MercadoPago.js lleva un hash `integrity`: su URL no tiene versión y Mercado Pago lo actualiza en el mismo lugar, así que el navegador lo rechazará, y el formulario de pago dejará de funcionar, en la próxima actualización.
code-checkout-security-sdk-sri-pinned-fix = Quita `integrity` de la etiqueta de MercadoPago.js.
code-checkout-security-protections-meaning = Lo que protege la página de pago, tal como lo lee primero quien revisa la seguridad: la Content-Security-Policy aplicada, la protección contra el enmarcado y la Referrer-Policy encontradas, y cuántos scripts ejecuta la página.
code-checkout-security-protections-fix = Nada que hacer; mantén estas cabeceras en cada respuesta de la página de pago.
code-checkout-security-integration-meaning = Qué integración parece ser la página (redirección a Checkout Pro, iframes de Bricks o Secure Fields, campos de tarjeta en la página) y qué autoevaluación de PCI DSS sugiere. Es una orientación según lo que muestra la página, no una certificación.
code-checkout-security-integration-fix = Confirma el alcance con tu adquirente o un QSA; Bricks o Secure Fields mantienen los datos de la tarjeta en los iframes de Mercado Pago, fuera de tu página.
code-checkout-security-no-baseline-meaning = No se indicó una línea base de scripts y mp-golive.scripts.json no existe, así que no se compararon los cambios en los scripts y las cabeceras de la página (PCI DSS 11.6.1).
code-checkout-security-no-baseline-fix = Ejecuta `mp-golive baseline`, revisa mp-golive.scripts.json y haz commit, y ejecuta `mp-golive check` al menos una vez por semana en CI.
code-checkout-security-baseline-other-page-meaning = La línea base se registró desde una URL distinta de la URL del checkout de esta ejecución; la comparación puede listar diferencias entre páginas, no cambios.
code-checkout-security-baseline-other-page-fix = Registra la línea base desde la misma URL del checkout (`mp-golive baseline --checkout-url …`).
code-checkout-security-script-added-meaning = Un script de la página no está en la línea base: se agregó después de registrarla (una actualización o una inyección).
code-checkout-security-script-added-fix = Si el cambio es tuyo, justifícalo, ejecuta `mp-golive baseline` y haz commit del archivo; si no, investiga la página de inmediato.
code-checkout-security-script-removed-meaning = Un script de la línea base ya no está en la página.
code-checkout-security-script-removed-fix = Si el cambio es tuyo, ejecuta `mp-golive baseline` y haz commit del archivo.
code-checkout-security-script-changed-meaning = Un script de la línea base sigue en la página con otros atributos (integrity, crossorigin, nonce, type).
code-checkout-security-script-changed-fix = Si el cambio es tuyo, ejecuta `mp-golive baseline` y haz commit del archivo; si no, investiga.
code-checkout-security-header-changed-meaning = Una cabecera de seguridad de la página (Content-Security-Policy, X-Frame-Options, Referrer-Policy...) cambió desde la línea base (sin contar los valores de nonce).
code-checkout-security-header-changed-fix = Si el cambio es tuyo, ejecuta `mp-golive baseline` y haz commit del archivo; si no, investiga la configuración del servidor.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-checkout-security-explain =
    Qué verifica (en la página y las cabeceras que obtuvo checkout-page; ninguna solicitud propia)
      - Hay una Content-Security-Policy aplicada: Content-Security-Policy-Report-Only sola no
        bloquea nada; una política en <meta> cubre los scripts pero no el enmarcado.
      - script-src (o default-src) restringe los scripts: nada de 'unsafe-inline' salvo que haya
        un nonce o un hash, nada de `*` ni de esquemas enteros (https:, http:, data:, blob:); con
        'strict-dynamic', la etiqueta de MercadoPago.js lleva el nonce de la política (o un hash
        de la lista en `integrity`). Las políticas se analizan y aplican con el crate
        content-security-policy (la CSP Level 3 de Servo), cada carga juzgada como la juzga un
        navegador.
      - Cada script en línea lleva el nonce de la política o tiene su hash en la lista; si no,
        el navegador lo bloquea, y el formulario que inicia nunca aparece.
      - Los hosts que MercadoPago.js y Bricks usan según lo medido están permitidos, cada uno en
        su directiva o en la de respaldo (default-src, child-src): script-src
        sdk.mercadopago.com, http2.mlstatic.com; connect-src api.mercadopago.com,
        api.mercadolibre.com, http2.mlstatic.com, www.mercadolibre.com,
        secure-fields.mercadopago.com; frame-src secure-fields.mercadopago.com; img-src
        www.mercadolibre.com, www.mercadolivre.com.
      - frame-ancestors (en una política de cabecera) o X-Frame-Options DENY/SAMEORIGIN.
      - Una Referrer-Policy que no envía las URLs de retorno a otros sitios (unsafe-url,
        no-referrer-when-downgrade o ninguna generan un hallazgo).
      - Subresource Integrity en los scripts y hojas de estilo de otros hosts, salvo
        MercadoPago.js: su URL no tiene versión y se actualiza en el mismo lugar, así que un
        hash lo rompería.
      - Qué integración parece ser la página y qué alcance de PCI DSS sugiere (informativo).
      - Frente a la línea base (--baseline, `baseline` aquí, o mp-golive.scripts.json cuando
        existe; `mp-golive baseline` la escribe): cada script agregado, quitado o modificado, y
        cada cabecera de seguridad modificada.

    Por qué importa
      PCI DSS v4.0 pide a todo comercio electrónico cuya página de pago integra campos de un
      proveedor un inventario de los scripts de la página con su integridad (6.4.3) y detectar
      cambios no autorizados en la página y sus cabeceras (11.6.1); los ataques de skimming
      inyectan justamente esos scripts. Con commit y revisada cada semana en CI, la línea base
      es esa evidencia.

    Límites
      El HTML se lee tal como se sirve: no se ven los scripts que JavaScript agrega después
      (gestores de etiquetas). La lista de hosts es medida, Mercado Pago no la publica, y 3-D
      Secure puede necesitar más, por eso son advertencias. La integración y el alcance son una
      orientación, no una certificación PCI.
option-checkout-security-baseline-help = la línea base de scripts con la que comparar (relativa a este archivo); vacía: mp-golive.scripts.json en el directorio de trabajo, cuando existe
# Past the first $max findings of one kind, how many more the page has.
checkout-security-more = { $count } más como este en la página (solo se listan los primeros { $max }).
