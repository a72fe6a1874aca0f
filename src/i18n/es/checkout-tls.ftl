# checkout-tls: el HTTPS de la página de checkout (certificado, protocolos, redirección de
# http://, HSTS). Hosts, puertos, URLs, fechas, nombres de certificados y lo que dice
# src/net/ quedan como vienen.

checkout-tls-not-https = La URL del checkout { $url } es http://: el formulario de pago debe estar en una página HTTPS.
checkout-tls-unreachable = No se pudo conectar con { $addr }: { $err }.
checkout-tls-no-certificate = el servidor no envió ningún certificado
checkout-tls-two-versions = { $first } y { $second }
checkout-tls-handshake-failed = No hubo handshake TLS 1.2/1.3 con { $addr }: { $why }.
checkout-tls-handshake-failed-legacy = No hubo handshake TLS 1.2/1.3 con { $addr }: { $why }. Solo responde con { $versions }.
checkout-tls-handshake-failed-late = El handshake TLS con { $addr } falló después de recibir el certificado: { $why }.
checkout-tls-legacy-tls = { $addr } todavía acepta { $versions }.
checkout-tls-legacy-tls-unverified = No se verificó si { $addr } todavía acepta versiones antiguas de TLS ({ $reasons }).
checkout-tls-no-tls13 = { $addr } negoció TLS 1.2; no ofrece TLS 1.3.
checkout-tls-redirect-unverified = No se verificó si { $http } redirige a https://: { $why }.
checkout-tls-redirect-elsewhere = { $http } redirige a { $location } (HTTP { $status }), no a https:// en { $host }.
checkout-tls-redirect-missing = { $http } responde HTTP { $status } sin redirigir a https://.
checkout-tls-hsts-not-https = No se verificó Strict-Transport-Security: la página terminó en { $url }, que no es https://.
checkout-tls-hsts-not-fetched = No se verificó Strict-Transport-Security: no se pudo obtener la página { $url } ({ $err }).
checkout-tls-no-hsts = https://{ $host } no envía el encabezado Strict-Transport-Security.
checkout-tls-hsts-no-max-age = El encabezado Strict-Transport-Security `{ $value }` no tiene un max-age válido.
checkout-tls-short-hsts = El max-age de Strict-Transport-Security es { $age } s ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    }); se espera al menos { $min } s (180 días).
checkout-tls-unreadable = No se puede leer el certificado de { $host }: { $err }.
checkout-tls-expired-ago = El certificado de { $host } venció hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    } ({ $date }).
checkout-tls-expired = El certificado de { $host } está vencido.
checkout-tls-valid-from = El certificado de { $host } solo es válido a partir del { $date }.
checkout-tls-not-valid-yet = El certificado de { $host } todavía no es válido.
checkout-tls-wrong-host-names = El certificado no es válido para { $host }; nombra a { $names }.
checkout-tls-wrong-host = El certificado no es válido para { $host }.
checkout-tls-no-names = ningún nombre alternativo del sujeto (SAN)
checkout-tls-names-more = { $names } y { $more } más
checkout-tls-weak-key = El certificado de { $host } tiene una clave { $kind } de { $bits } bits.
checkout-tls-weak-signature-leaf = El certificado de { $host } está firmado con { $hash } ({ $signature }).
checkout-tls-weak-signature-intermediate = El certificado intermedio { $name } está firmado con { $hash } ({ $signature }).
checkout-tls-ca-as-leaf = El certificado de { $host } ({ $subject }) es un certificado de CA usado como certificado de servidor: autofirmado.
checkout-tls-does-not-verify = El certificado de { $host } no se puede verificar: { $why }.
checkout-tls-why-purpose = no fue emitido para autenticación de servidor (su uso extendido de clave no incluye serverAuth)
checkout-tls-why-revoked = está revocado
checkout-tls-why-encoding = no se puede decodificar
checkout-tls-why-signature = una firma de su cadena no es válida
checkout-tls-why-critical-extension = tiene una extensión crítica que los verificadores no entienden
checkout-tls-why-name = no es válido para este host
checkout-tls-expiring-soon = El certificado de { $host } vence en { $days ->
        [one] { $days } día
       *[other] { $days } días
    } ({ $date }); el aviso empieza { $window ->
        [one] { $window } día
       *[other] { $window } días
    } antes.
checkout-tls-long-lifetime = El certificado de { $host } es válido por { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
checkout-tls-self-signed = El certificado de { $host } ({ $subject }) es autofirmado.
checkout-tls-incomplete-chain = { $host } envía solo su propio certificado; la cadena se verifica al agregar el certificado intermedio { $issuer } de { $aia }.
checkout-tls-aia-unavailable = No se pudo usar el certificado del emisor en { $aia } ({ $err }), así que no se puede distinguir un certificado intermedio faltante de un emisor desconocido.
checkout-tls-unknown-issuer = El certificado de { $host } fue emitido por { $issuer }, que no lleva a una raíz de confianza.
checkout-tls-unknown-issuer-unsent = El certificado de { $host } fue emitido por { $issuer }, que no lleva a una raíz de confianza (y el servidor no envía el certificado del emisor).
checkout-tls-summary = { $protocol } ({ $cipher }), { $issuer }, vence en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
checkout-tls-summary-ocsp = OCSP engrapado
checkout-tls-summary-redirects = http:// redirige a { $to }
checkout-tls-summary-not-served = http:// no se sirve ({ $why })
checkout-tls-summary-hsts = HSTS de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }

# Los códigos de checkout-tls: su significado y su solución (en inglés están en los metadatos).
code-checkout-tls-not-https-meaning = La URL del checkout es http://: el formulario de pago no está en una página HTTPS.
code-checkout-tls-not-https-fix = Sirve el checkout por HTTPS con un certificado de una CA pública (Let's Encrypt es gratuito) y configura la URL https://.
code-checkout-tls-unreachable-meaning = No se pudo llegar al host del checkout: su nombre no se resuelve, la conexión fue rechazada o se agotó el tiempo de espera.
code-checkout-tls-unreachable-fix = Verifica la URL, el registro DNS y que el servidor escuche en el puerto HTTPS desde internet (firewall, grupo de seguridad).
code-checkout-tls-handshake-failed-meaning = No se pudo completar ningún handshake TLS 1.2 o 1.3 (puede que el servidor solo hable protocolos antiguos, que no hable TLS en este puerto o que use una clave que los navegadores rechazan).
code-checkout-tls-handshake-failed-fix = Habilita TLS 1.2 y 1.3 en el servidor (el SSL Configuration Generator de Mozilla da una configuración lista) y sirve un certificado con una clave RSA de 2048 bits o P-256.
code-checkout-tls-expired-meaning = El certificado venció (el mensaje dice desde cuándo): los navegadores muestran una advertencia de página completa y ningún comprador puede pagar.
code-checkout-tls-expired-fix = Renueva el certificado ahora y automatiza la renovación (certbot, la renovación automática de tu hosting); reinicia o recarga el servidor para que sirva el nuevo.
code-checkout-tls-not-yet-valid-meaning = La validez del certificado empieza en el futuro (o el reloj de esta máquina está mal).
code-checkout-tls-not-yet-valid-fix = Verifica los relojes del servidor y de esta máquina; vuelve a emitir el certificado si su fecha de inicio está mal.
code-checkout-tls-hostname-mismatch-meaning = El certificado no incluye el host del checkout entre sus nombres alternativos del sujeto (el mensaje lista los nombres que cubre).
code-checkout-tls-hostname-mismatch-fix = Emite un certificado que cubra exactamente este nombre de host (o un comodín que coincida), o usa una URL con un host que el certificado cubra.
code-checkout-tls-self-signed-meaning = El certificado se firmó a sí mismo: ningún navegador confía en él.
code-checkout-tls-self-signed-fix = Reemplázalo por un certificado de una CA pública (Let's Encrypt es gratuito y automático).
code-checkout-tls-unknown-issuer-meaning = La cadena no lleva a una raíz en la que confíen los navegadores (una CA privada, o un certificado intermedio faltante que no se pudo encontrar).
code-checkout-tls-unknown-issuer-fix = Usa un certificado de una CA pública y sirve la cadena completa (tu certificado seguido de los intermedios, normalmente `fullchain.pem`).
code-checkout-tls-incomplete-chain-meaning = El servidor envía solo su propio certificado, sin el intermedio: algunos navegadores y la mayoría de los clientes HTTP no logran verificarlo.
code-checkout-tls-incomplete-chain-fix = Sirve la cadena completa: configura el servidor con `fullchain.pem` (el certificado seguido del intermedio), no con `cert.pem`.
code-checkout-tls-untrusted-meaning = La verificación del certificado falló por otro motivo (codificación incorrecta, uso de clave equivocado, revocado...), indicado en el mensaje.
code-checkout-tls-untrusted-fix = Vuelve a emitir el certificado con una CA pública y sírvelo con su cadena completa.
code-checkout-tls-weak-key-meaning = La clave del certificado es demasiado corta (RSA de menos de 2048 bits o EC de menos de 256 bits).
code-checkout-tls-weak-key-fix = Vuelve a emitir el certificado con una clave RSA de 2048 bits (o más) o ECDSA P-256.
code-checkout-tls-weak-signature-meaning = Un certificado de la cadena está firmado con SHA-1 o MD5, que los navegadores rechazan.
code-checkout-tls-weak-signature-fix = Vuelve a emitir el certificado (y usa un intermedio actual) firmado con SHA-256 o más fuerte.
code-checkout-tls-expiring-soon-meaning = El certificado vence dentro del período de aviso.
code-checkout-tls-expiring-soon-fix = Renuévalo ahora y asegúrate de que la renovación esté automatizada y de que el servidor recargue el nuevo certificado.
code-checkout-tls-long-lifetime-meaning = El certificado es válido por más de 398 días, más de lo que las CA públicas pueden emitir: probablemente es privado o antiguo.
code-checkout-tls-long-lifetime-fix = Nada urgente si se verifica; planifica pasar a un certificado de una CA pública con renovación automática.
code-checkout-tls-legacy-tls-meaning = El servidor todavía acepta TLS 1.0 o 1.1, que los navegadores eliminaron en 2020 y que PCI DSS prohíbe.
code-checkout-tls-legacy-tls-fix = Deshabilita TLS 1.0 y 1.1 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`, Apache: `SSLProtocol -all +TLSv1.2 +TLSv1.3`).
code-checkout-tls-no-tls13-meaning = El servidor negocia TLS 1.2 pero no TLS 1.3.
code-checkout-tls-no-tls13-fix = Habilita TLS 1.3 (nginx: agrega TLSv1.3 a ssl_protocols); es más rápido y descarta los cifrados antiguos.
code-checkout-tls-no-https-redirect-meaning = http:// del host del checkout no redirige a https:// en el mismo host, así que un comprador que escribe la dirección recibe una página sin protección.
code-checkout-tls-no-https-redirect-fix = Responde cada solicitud http:// con un 301 a la misma ruta en https:// (nginx: `return 301 https://$host$request_uri;`).
code-checkout-tls-redirect-unverified-meaning = No se pudo probar la dirección http:// (la conexión se reinició o se agotó el tiempo de espera, el puerto respondió TLS o algo que no es HTTP, o el nombre no se resuelve para ese puerto), así que no se verificó si redirige a https://. Una conexión rechazada no es este caso: ahí no se sirve nada.
code-checkout-tls-redirect-unverified-fix = Haz que http:// responda cada solicitud con un 301 a https:// (o cierra el puerto). Para una ejecución en staging, fija también el puerto http (--resolve HOST:80:ADDR) o define `http_port` en [checks.checkout-tls].
code-checkout-tls-hsts-unverified-meaning = No se pudo obtener la página HTTPS, así que no se verificó su encabezado Strict-Transport-Security.
code-checkout-tls-hsts-unverified-fix = Corrige lo que el mensaje (y checkout-page) dice sobre la obtención de la página; HSTS se evalúa en su respuesta.
code-checkout-tls-legacy-tls-unverified-meaning = La prueba de TLS 1.0/1.1 no obtuvo una respuesta concluyente (un tiempo de espera agotado, una conexión fallida o una respuesta que no es TLS), así que no se verificó si todavía se aceptan versiones antiguas de TLS.
code-checkout-tls-legacy-tls-unverified-fix = Vuelve a ejecutarla; si persiste, prueba el servidor con `openssl s_client -tls1_1` o con SSL Labs.
code-checkout-tls-aia-unavailable-meaning = No se pudo obtener o usar el certificado del emisor indicado en el Authority Information Access del certificado, así que no se puede distinguir un intermedio faltante de un emisor desconocido.
code-checkout-tls-aia-unavailable-fix = Sirve la cadena completa (el certificado seguido de los intermedios); así la duda no se presenta.
code-checkout-tls-no-hsts-meaning = La respuesta HTTPS no tiene el encabezado Strict-Transport-Security, así que los navegadores pueden seguir intentando primero http://.
code-checkout-tls-no-hsts-fix = Envía `Strict-Transport-Security: max-age=31536000` (agrega includeSubDomains cuando todos los subdominios sean HTTPS).
code-checkout-tls-short-hsts-meaning = El max-age de Strict-Transport-Security es menor que 15552000 s (180 días).
code-checkout-tls-short-hsts-fix = Aumenta max-age a 15552000 como mínimo, mejor a 31536000 (un año).

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-checkout-tls-explain =
    Qué verifica
      - La URL del checkout es https://.
      - Un handshake TLS se verifica contra el conjunto de raíces de Mozilla (más --ca-file) para
        el host exacto, con un hallazgo por causa: vencido, todavía no válido, host que no
        coincide, autofirmado, emisor desconocido, cadena incompleta (el servidor envía solo su
        propio certificado; se prueba descargando el intermedio que nombra el AIA del
        certificado y verificando de nuevo).
      - Días hasta el vencimiento (advertencia por debajo de `expiry_warning_days`, la mitad para
        certificados de 90 días), vigencia del certificado, tamaño de la clave (RSA >= 2048,
        EC >= 256) y hash de la firma (sin SHA-1/MD5).
      - Se negocia TLS 1.2 o 1.3; TLS 1.0 y 1.1 se rechazan (se prueban con un ClientHello armado
        a mano, porque rustls no los habla); se ofrece TLS 1.3.
      - http://host/ruta redirige a https:// en el mismo host (o su gemelo www.). La prueba lee
        la respuesta tal cual, así que una conexión rechazada (no se sirve nada ahí: bien) se
        distingue de un reset, un timeout, una respuesta TLS o basura (no verificado: una
        advertencia), y de una respuesta sin la redirección (falla).
      - Strict-Transport-Security con un max-age de al menos 15552000 s (180 días), leído en la
        respuesta de la página; cuando no se puede obtener la página, HSTS no se verifica (una
        advertencia).
      - Cada parte que no se pudo realizar (la prueba de http://, HSTS, la prueba de TLS antiguo,
        la descarga del AIA) es un hallazgo que lo dice, nunca una aprobación silenciosa; el
        resumen lista lo que se verificó.

    Por qué importa
      Mercado Pago exige un certificado SSL y el formulario de pago en una página HTTPS para
      salir a producción. Los navegadores rechazan de plano un certificado inválido, así que los
      compradores nunca ven el formulario; PCI DSS prohíbe TLS antiguo.

    Límites
      No se verifica la revocación. El veredicto es lo que diría un navegador con las raíces de
      Mozilla; una máquina con raíces corporativas adicionales puede confiar en más. El puerto de
      http:// es 80, salvo que `http_port` diga otra cosa (para entornos de staging).

option-checkout-tls-expiry_warning_days-help = advierte cuando el certificado vence dentro de esta cantidad de días (la mitad para certificados válidos por 90 días o menos)
option-checkout-tls-http_port-help = puerto de la dirección http:// que debe redirigir a https://
