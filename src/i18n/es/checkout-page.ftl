# checkout-page: la página de pago tal como la carga un navegador (contenido mixto,
# credenciales, MercadoPago.js, campos de tarjeta, cookies). URLs, etiquetas, claves
# (ocultas) y nombres de cookies quedan como vienen; lo que dice src/net/ sobre una página
# que no se pudo obtener queda en inglés.

checkout-page-fetch-failed-summary = no se pudo obtener la página: { $err }
checkout-page-fetch-failed = No se pudo obtener la página { $url }: { $err }. No se verificó nada de ella.
checkout-page-insecure-redirect = { $url } redirige a { $to }.
checkout-page-http-status = { $url } respondió HTTP { $status }.
checkout-page-not-https = La página de pago { $url } se sirve por http://.
checkout-page-truncated = { $url } pesa más de 2 MiB; solo se analizaron sus primeros 2 MiB.
checkout-page-mixed-active = La página carga { $what } por http://: { $link }.
checkout-page-what-script = un script
checkout-page-what-iframe = un iframe
checkout-page-what-frame = un frame
checkout-page-what-stylesheet = una hoja de estilos
checkout-page-what-object = un objeto
checkout-page-what-embed = un embed
checkout-page-what-form = un formulario que envía sus datos
checkout-page-what-form-button = un botón de formulario que envía sus datos
checkout-page-mixed-passive = La página carga { $count ->
        [one] { $count } recurso multimedia
       *[other] { $count } recursos multimedia
    } por http://: { $list }.
checkout-page-mixed-passive-more = La página carga { $count ->
        [one] { $count } recurso multimedia
       *[other] { $count } recursos multimedia
    } por http://: { $list } y { $more } más.
checkout-page-sdk-insecure = MercadoPago.js se carga por http://: { $link }.
checkout-page-sdk-v1 = La página carga MercadoPago.js v1 desde { $link }.
checkout-page-sdk-self-hosted = { $link } puede ser una copia de MercadoPago.js servida desde un host distinto de { $sdk_host }: su nombre o su ruta son los del SDK, ninguna etiqueta carga el SDK desde { $sdk_host } y no se pudo leer para saberlo ({ $err }).
checkout-page-sdk-copy = { $link } es una copia de MercadoPago.js servida desde un host distinto de { $sdk_host }: { $kib } KiB que llevan los propios hosts de Mercado Pago del SDK.
checkout-page-upgraded-http = La página hace referencia a { $count ->
        [one] { $count } recurso
       *[other] { $count } recursos
    } por http:// ({ $list }); `upgrade-insecure-requests` en su Content-Security-Policy hace que el navegador los obtenga por https://, pero esas referencias son frágiles.
checkout-page-sdk-not-found = Ningún <script> carga MercadoPago.js desde https://sdk.mercadopago.com/js/v2 en el HTML tal como se sirve.
checkout-page-test-public-key = La página contiene la Public Key de prueba { $key }.
checkout-page-public-key-mismatch = La página contiene la Public Key { $key }, pero la configurada es { $configured }.
checkout-page-access-token-exposed = La página contiene un Access Token ({ $token }).
checkout-page-card-field-named = El campo de tarjeta { $field } tiene un atributo name.
checkout-page-insecure-cookie = La página define cookies sin Secure: { $names }.
checkout-page-summary-sdk = HTTP { $status }, MercadoPago.js desde { $sdk_host }
checkout-page-summary-no-sdk = HTTP { $status }, sin etiqueta de MercadoPago.js
checkout-page-summary-truncated = página de más de 2 MiB (leída en parte)

# Los códigos de checkout-page: su significado y su solución (en inglés están en los metadatos).
code-checkout-page-not-https-meaning = La página de pago se sirve por http://: los datos de la tarjeta y la propia página viajan sin protección.
code-checkout-page-not-https-fix = Sirve el checkout por HTTPS (un certificado de Let's Encrypt es gratuito) y configura la URL https://.
code-checkout-page-fetch-failed-meaning = No se pudo obtener la página (la conexión falló, TLS no se verificó, el servidor respondió algo que no es HTTP o las redirecciones formaron un ciclo), así que no se verificó nada de ella; la verificación queda en `error`, no en `pass`.
code-checkout-page-fetch-failed-fix = Corrige lo que indica el mensaje (checkout-tls explica los problemas del certificado); con -v se registran todas las conexiones y respuestas.
code-checkout-page-truncated-meaning = La página pesa más de 2 MiB; solo se analizaron sus primeros 2 MiB, así que el resto no se verificó.
code-checkout-page-truncated-fix = No hay nada que corregir si la página debe ser así de grande; el formulario de tarjeta suele estar cerca del principio.
code-checkout-page-http-status-meaning = La URL del checkout no responde 2xx.
code-checkout-page-http-status-fix = Haz que la URL configurada sea la página que muestra el formulario de pago, accesible sin iniciar sesión y que responda 200.
code-checkout-page-insecure-redirect-meaning = La URL del checkout redirige a una página http://.
code-checkout-page-insecure-redirect-fix = Redirige solo a URLs https://; corrige la URL del sitio en la configuración de la tienda (WordPress: Ajustes > Generales) detrás de un proxy TLS.
code-checkout-page-mixed-content-active-meaning = La página HTTPS carga un script, iframe, hoja de estilos, object/embed o envía un formulario por http://; los navegadores lo bloquean.
code-checkout-page-mixed-content-active-fix = Carga todos los recursos y envía todos los formularios por https:// (o con URLs relativas al protocolo); una Content-Security-Policy `upgrade-insecure-requests` ayuda a encontrar los que falten.
code-checkout-page-mixed-content-passive-meaning = La página HTTPS carga imágenes, audio o video por http://; los navegadores los actualizan o bloquean y quitan el candado.
code-checkout-page-mixed-content-passive-fix = Sirve esos recursos multimedia por https://.
code-checkout-page-test-public-key-meaning = La página contiene una Public Key TEST-: el formulario de pago está en modo de prueba.
code-checkout-page-test-public-key-fix = Reemplázala por la Public Key de producción de Tus integraciones > (tu aplicación) > Credenciales de producción.
code-checkout-page-public-key-mismatch-meaning = La página contiene una Public Key distinta de la configurada: el frontend y el backend usan credenciales diferentes.
code-checkout-page-public-key-mismatch-fix = Usa la Public Key que aparece junto al Access Token del backend en la misma página de Credenciales de producción, y vuelve a publicar el frontend.
code-checkout-page-access-token-exposed-meaning = Hay algo con forma de Access Token en la página (oculto en el mensaje): cualquiera puede leerlo y operar en la cuenta.
code-checkout-page-access-token-exposed-fix = Quítalo del frontend de inmediato, renueva las credenciales (Tus integraciones > Credenciales de producción > renovar) y guarda el token solo en el servidor.
code-checkout-page-sdk-insecure-meaning = MercadoPago.js se carga por http://.
code-checkout-page-sdk-insecure-fix = Cárgalo desde https://sdk.mercadopago.com/js/v2.
code-checkout-page-sdk-v1-meaning = La página carga MercadoPago.js v1 (secure.mlstatic.com/sdk/javascript/v1), que Mercado Pago reemplazó por la v2.
code-checkout-page-sdk-v1-fix = Migra a MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2) o a un Brick; el flujo de tokenización de tarjetas de la v1 es distinto, así que sigue la guía de migración a la v2.
code-checkout-page-sdk-self-hosted-meaning = Un script de otro host es, o puede ser, una copia de MercadoPago.js: tiene el nombre del SDK, ninguna etiqueta carga el SDK desde sdk.mercadopago.com, y su contenido es el del SDK (su tamaño, los hosts de Mercado Pago a los que llama) o no se pudo leer para saberlo. No se informa un loader o wrapper propio del comercio. Mercado Pago pide cargar el SDK tal como se entrega, sin alojarlo ni modificarlo.
code-checkout-page-sdk-self-hosted-fix = Carga <script src="https://sdk.mercadopago.com/js/v2"></script> (o el loader oficial de npm) en lugar de una copia.
code-checkout-page-sdk-not-found-meaning = No hay ninguna etiqueta de MercadoPago.js en el HTML. Es normal en las redirecciones de Checkout Pro y con loaders de npm que lo insertan al ejecutarse.
code-checkout-page-sdk-not-found-fix = Nada si usas Checkout Pro o @mercadopago/sdk-js; para Checkout API o Bricks, asegúrate de que la página cargue https://sdk.mercadopago.com/js/v2.
code-checkout-page-card-field-named-meaning = Un campo de tarjeta (número, código de seguridad, vencimiento) tiene un atributo `name`, así que al enviar el formulario los datos de la tarjeta llegarían al servidor del comercio.
code-checkout-page-card-field-named-fix = Quita el atributo `name` de los campos de tarjeta (o usa Card Payment Brick o Secure Fields, cuyos campos son iframes de Mercado Pago).
code-checkout-page-upgraded-http-meaning = La página hace referencia a recursos por http://, y su Content-Security-Policy aplicada tiene `upgrade-insecure-requests`, así que el navegador los obtiene por https:// y no son contenido mixto; las referencias siguen siendo frágiles (una respuesta sin la política, o un host sin HTTPS, las rompe).
code-checkout-page-upgraded-http-fix = Escribe las referencias como URLs https:// (o relativas); mantén `upgrade-insecure-requests` como red de seguridad.
code-checkout-page-insecure-cookie-meaning = La página define una cookie sin el atributo Secure, así que puede viajar por http://.
code-checkout-page-insecure-cookie-fix = Agrega `Secure` a cada cookie que define el checkout (y `HttpOnly` a las cookies de sesión).

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-checkout-page-explain =
    Qué verifica
      - La URL del checkout se sirve por https:// y responde 2xx, y toda redirección se queda en
        https://.
      - Sin contenido mixto activo: scripts, iframes, hojas de estilo, objects/embeds o acciones
        de formulario por http:// (los navegadores los bloquean; el formulario de pago puede
        romperse). El contenido mixto pasivo (imágenes, audio, video) genera una advertencia.
      - Ninguna Public Key TEST- ni nada con forma de Access Token en ninguna parte de la página;
        una Public Key en la página es igual a la configurada.
      - MercadoPago.js v2 viene de https://sdk.mercadopago.com/js/v2, no por http:// ni como
        copia alojada en otro lugar (Mercado Pago pide usarlo tal como lo entrega); v1 desde
        secure.mlstatic.com genera una advertencia; un script con el nombre del SDK se lee para
        distinguir una copia de un loader o wrapper, y uno junto a la etiqueta oficial no lo es.
      - Con `upgrade-insecure-requests` en una Content-Security-Policy aplicada, los recursos
        http:// se obtienen por https:// y no son contenido mixto (una advertencia dice que esas
        referencias son frágiles).
      - Los campos de tarjeta no tienen atributo `name`, así que los datos de la tarjeta nunca
        se envían al comercio.
      - Las cookies que define la página llevan `Secure`.

    Por qué importa
      La página de salida a producción de Mercado Pago exige el formulario de pago en una página
      HTTPS; el contenido mixto rompe el candado o el formulario, una clave TEST- no cobra pagos
      reales y un Access Token en una página le da a cualquiera el control de la cuenta.

    Límites
      El análisis lee el HTML tal como se sirve; no ve el contenido que JavaScript agrega después.
      Los cargadores de npm (@mercadopago/sdk-js, sdk-react) y las redirecciones de Checkout Pro
      no muestran ninguna etiqueta del SDK, por eso `sdk-not-found` es solo informativo.
