# Los mensajes de `credentials`.

credentials-malformed-token = El Access Token ({ $token }) no es un Access Token de Mercado Pago: { $why }. No se envió a ningún endpoint.
credentials-stray = el carácter { $pos } es U+{ $code }, que ningún token de Mercado Pago contiene
credentials-stray-named = el carácter { $pos } es U+{ $code } ({ $name }), que ningún token de Mercado Pago contiene
credentials-char-zero-width = un espacio de ancho cero
credentials-char-bom = una marca de orden de bytes
credentials-char-nbsp = un espacio de no separación
credentials-char-space = un espacio
credentials-char-control = un carácter de control
credentials-key-test-prefix = La Public Key ({ $key }) empieza con TEST-: es una credencial de prueba.
credentials-key-malformed = La Public Key ({ $key }) no es una Public Key de Mercado Pago: { $why }.
credentials-token-test-prefix = El Access Token ({ $token }) empieza con TEST-: es una credencial de prueba.
credentials-token-is-test = Mercado Pago informa que el Access Token ({ $token }) es una credencial de prueba (is_test: true).
credentials-not-activated = Las credenciales de producción de la aplicación { $app } no están activadas (homologated: false): Mercado Pago rechaza los pagos reales hasta que lo estén.
credentials-token-refused = Mercado Pago rechazó el Access Token ({ $token }): { $refusal }.
credentials-key-is-test = Mercado Pago informa que la Public Key ({ $key }) es una credencial de prueba (is_test: true).
credentials-key-not-activated = La Public Key ({ $key }) pertenece a credenciales que no están activadas para producción (homologated: false).
credentials-application-mismatch = La Public Key pertenece a la aplicación { $key_app }, pero el Access Token a la aplicación { $token_app }.
credentials-key-unknown = Mercado Pago no reconoce la Public Key ({ $key }): { $refusal }.
credentials-wrapper-unexpected = El endpoint de credenciales no respondió como se esperaba ({ $answer }); no se pudo confirmar { $facts }.
credentials-could-not-confirm = No se pudo confirmar { $facts }.
# Une los hechos que no se pudieron confirmar: "a, ni b".
credentials-nor = ni
credentials-unconfirmed-activated = que las credenciales estén activadas para producción
credentials-unconfirmed-activated-no-field = que las credenciales estén activadas para producción (la respuesta no tenía `homologated`)
credentials-unconfirmed-same-app = que la Public Key y el Access Token pertenezcan a la misma aplicación
credentials-unexpected-answer = una respuesta inesperada
credentials-test-account = El Access Token pertenece a una cuenta de prueba ({ $nickname }, usuario { $user }, etiquetas: { $tags }).
credentials-no-nickname = sin apodo
credentials-user-mismatch = El Access Token termina con el id de usuario { $token_user }, pero GET /users/me respondió el usuario { $user }.
credentials-site-mismatch = La cuenta está en el sitio { $got }, pero el sitio configurado es { $want }.
credentials-refused = Mercado Pago rechazó el Access Token: { $refusal }.
# $site es ", MLB" o vacío; $app es credentials-summary-app o vacío.
credentials-summary = credenciales { $prefix } de { $nickname } (usuario { $user }{ $site }){ $app }
credentials-summary-app = , aplicación { $app }
credentials-the-account = la cuenta

# Lo que no se pudo hacer, después de "No se pudo ...".
credentials-what-activation = confirmar la activación de producción
credentials-what-key-app = confirmar la aplicación de la Public Key
credentials-what-account = leer la cuenta
credentials-what-validate-key = validar la Public Key

# Los códigos de `credentials`: su significado y su solución (en inglés están en los metadatos).
code-credentials-malformed-meaning = El Access Token o la Public Key no tiene la forma de una credencial de Mercado Pago (o están intercambiados); el mensaje indica el carácter o la parte con el problema. Un token mal formado nunca se envía.
code-credentials-malformed-fix = Vuelve a copiar los dos desde Mercado Pago Developers > Tus integraciones > (tu aplicación) > Producción > Credenciales de producción. El Access Token tiene la forma APP_USR-<aplicación>-<6 dígitos>-<hex>-<id de usuario>; la Public Key, APP_USR-<uuid>. Verifica que no estén intercambiados.
code-credentials-test-prefix-meaning = Una credencial empieza con TEST-: es una credencial de prueba (antigua), no una de producción.
code-credentials-test-prefix-fix = Reemplázala por la Public Key y el Access Token de producción de Mercado Pago Developers > Tus integraciones > (tu aplicación) > Producción > Credenciales de producción.
code-credentials-test-credentials-meaning = Mercado Pago informa que la credencial es una credencial de prueba (`is_test: true`).
code-credentials-test-credentials-fix = Usa las credenciales de producción de Mercado Pago Developers > Tus integraciones > (tu aplicación) > Producción > Credenciales de producción.
code-credentials-invalid-token-meaning = Mercado Pago rechazó el Access Token (HTTP 401 o 400): está vencido, revocado, mal escrito o incompleto.
code-credentials-invalid-token-fix = Vuelve a copiar el Access Token desde Credenciales de producción. Si renovaste las credenciales, cada servidor y cada secreto del CI debe recibir el token nuevo.
code-credentials-test-user-meaning = El Access Token pertenece a una cuenta de prueba (sus etiquetas incluyen `test_user`). Las cuentas de prueba no reciben dinero real.
code-credentials-test-user-fix = Usa las credenciales de producción de la cuenta real de Mercado Pago del vendedor, no las de un usuario de prueba creado para las pruebas.
code-credentials-user-mismatch-meaning = El id de usuario al final del Access Token es distinto de la cuenta que devuelve GET /users/me: el token está dañado o fue editado.
code-credentials-user-mismatch-fix = Vuelve a copiar el Access Token, completo, desde Credenciales de producción.
code-credentials-invalid-public-key-meaning = Mercado Pago no reconoce la Public Key (HTTP 401/403, o la causa 1001 "public key not found").
code-credentials-invalid-public-key-fix = Copia la Public Key de la misma página de Credenciales de producción que el Access Token.
code-credentials-application-mismatch-meaning = La Public Key y el Access Token pertenecen a aplicaciones distintas (`client_id`s), así que el backend no puede cobrar los tokens de tarjeta que crea el frontend.
code-credentials-application-mismatch-fix = Usa la Public Key y el Access Token que se muestran juntos en la página de Credenciales de producción de una misma aplicación.
code-credentials-not-activated-meaning = Las credenciales de producción no están activadas (`homologated: false`): los pagos reales se rechazan, a menudo con la causa 7 "Unauthorized use of live credentials".
code-credentials-not-activated-fix = En Mercado Pago Developers > Tus integraciones > (tu aplicación) > Credenciales de producción, activa las credenciales: elige el rubro, indica el sitio web si quieres y acepta los términos.
code-credentials-site-mismatch-meaning = La cuenta pertenece a otro sitio (país) que el configurado.
code-credentials-site-mismatch-fix = Usa credenciales de una cuenta de Mercado Pago del país en el que vendes, o corrige `site` (--site, MP_GOLIVE_SITE).
code-credentials-wrapper-unavailable-meaning = El endpoint de credenciales que usan los plugins de Mercado Pago no respondió como se esperaba, así que algunos datos no se pudieron confirmar; la Public Key se validó en cambio con GET /v1/payment_methods.
code-credentials-wrapper-unavailable-fix = No hay nada que corregir en la integración. Confirma en Credenciales de producción que las credenciales están activadas y que la Public Key y el Access Token se muestran juntos.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-credentials-explain =
    Qué verifica
      - El Access Token y la Public Key están presentes y tienen la forma de las credenciales de
        Mercado Pago; un prefijo TEST- falla (credenciales de prueba antiguas).
      - GET /users/me responde con el token (401: token inválido o vencido).
      - La cuenta no es un usuario de prueba (`tags` no tiene `test_user`): como los usuarios de
        prueba también reciben credenciales APP_USR-, el prefijo solo no prueba nada.
      - El id de usuario al final del token es igual al `id` de /users/me.
      - La Public Key es válida, la clave y el token son de la misma aplicación (`client_id`),
        ninguno es una credencial de prueba (`is_test`) y están activados para producción
        (`homologated`), según /plugins-credentials-wrapper/credentials, el endpoint que usan
        los propios plugins de Mercado Pago.
      - El sitio de la cuenta es igual a `site`, cuando se indica.

    Por qué importa
      La página de salida a producción de Mercado Pago empieza aquí: los pagos reales necesitan
      credenciales de producción, activadas, de la cuenta real del vendedor. Las credenciales de
      prueba o una cuenta de prueba no cobran dinero real; una clave y un token de aplicaciones
      distintas rompen la tokenización de tarjetas.

    Confianza
      El endpoint de credenciales no está documentado públicamente (es el que usan los plugins de
      WooCommerce, PrestaShop y Magento). Si no responde, la Public Key se verifica con el
      GET /v1/payment_methods?public_key= documentado y un hallazgo informativo dice qué no se
      pudo confirmar (que sean de la misma aplicación, la activación). Si la activación sigue
      siendo un paso aparte para las aplicaciones nuevas es una pregunta abierta;
      `homologated: false` es lo que los plugins muestran como "activa tus credenciales".
