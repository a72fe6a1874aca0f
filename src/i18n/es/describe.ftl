# `explain` y `list`.

explain-check = Verificación: { $id } — { $title }
explain-requirement = Requisito: { $requirement }
explain-fix = Solución: { $fix }
explain-docs = Documentación: { $url }
explain-more = `mp-golive explain { $id }` explica la verificación completa y sus otros códigos.
list-yes = sí
list-no = no
list-on-site = en { $site }
list-nothing = nada
list-col-id = ID
list-col-title = TÍTULO
list-col-required = OBLIGATORIA
list-col-needs = NECESITA
list-more = Ejecuta `mp-golive explain <id>` para ver qué verifica cada verificación y cómo corregir cada hallazgo.
explain-codes = Códigos de hallazgo

explain-section = Sección de la página de salida a producción: { $section }
explain-required = Obligatoria por defecto: { $required }
explain-needs = Necesita: { $needs }
explain-config = Configuración ([checks.{ $id }] en mp-golive.toml)
explain-config-enabled = false informa la verificación como skip
explain-config-required = true hace que decida el veredicto; false la vuelve solo informativa
explain-required-on-site = (por defecto: true en { $site } o en un sitio desconocido, false en los demás)

# `init`: los comentarios de la plantilla (sus claves y valores se escriben en el código) y
# lo que dice al escribirla.
init-intro =
    mp-golive.toml: configuración de `mp-golive check`. Súbelo al repositorio; no contiene secretos.
    Precedencia: flag de la línea de comandos > variable de entorno > este archivo > valor por defecto.
    Las rutas relativas son relativas a este archivo.
init-secrets =
    Los secretos nunca van aquí. Pásalos por el entorno (MP_ACCESS_TOKEN,
    MP_WEBHOOK_SECRET) o en un archivo fuera del repositorio:
init-public-key = La Public Key es pública por diseño (entorno: MP_PUBLIC_KEY).
init-site = Sitio esperado: MLA, MLB, MLM, MLC, MCO, MPE o MLU (por defecto: el de la cuenta).
init-urls = La página con el formulario de pago y las URLs de notificaciones.
init-payment =
    Un pago, o una orden de la API de Orders, hecho con credenciales de producción (para
    las verificaciones de calidad y de aprobación; indica uno de los dos o ambos).
init-source-dir = Árbol de código fuente en el que buscar credenciales versionadas (por defecto: ".").
init-network = Red. Los tiempos de espera son en segundos.
init-strict =
    Las advertencias de las verificaciones obligatorias también hacen fallar la ejecución. Cada opción
    de sí/no tiene un par de flags que la reemplaza en una ejecución: --strict / --no-strict,
    --probe-pix / --no-probe-pix, --allow-private-addresses / --no-allow-private-addresses.
init-lang = Idioma de los mensajes: en, es o pt (por defecto: el del locale, si no en; --lang y MP_GOLIVE_LANG tienen prioridad).
init-official =
    Consultar también las herramientas propias de Mercado Pago, su servidor MCP, con el
    Access Token (lo mismo que --official; --no-official lo desactiva en una ejecución).
init-exists = { $path } ya existe; usa --force para sobrescribirlo
init-wrote = se escribió { $path }; completa las URLs y luego ejecuta `mp-golive check`
init-cannot-write = no se puede escribir { $path }: { $error }

# Los títulos y requisitos de las verificaciones (en inglés están en los metadatos).
meta-credentials-title = Credenciales de producción
meta-credentials-requirement = El Access Token y la Public Key son credenciales de producción de la cuenta real del vendedor, de una misma aplicación, activadas para producción.
meta-checkout-tls-title = HTTPS de la página de pago
meta-checkout-tls-requirement = La página de checkout se sirve por HTTPS con un certificado en el que confían los navegadores, con TLS 1.2 o superior, y http:// redirige a https://.
meta-checkout-page-title = Contenido de la página de pago
meta-checkout-page-requirement = La página de pago responde por HTTPS sin contenido mixto activo ni credenciales de prueba o secretas, con MercadoPago.js servido por Mercado Pago y campos de tarjeta que nunca se envían al comercio.
meta-pix-key-title = Clave Pix (Brasil)
meta-pix-key-requirement = En una cuenta de Brasil (MLB), hay una Clave Pix registrada para que Pix se ofrezca en el checkout.
meta-notifications-title = Notificaciones de pagos
meta-notifications-requirement = Cada URL de notificaciones es HTTPS pública y responde con 200 o 201 en menos de 22 s, sin redirección, a una notificación realista de Mercado Pago firmada correctamente.
meta-reports-title = Reportes de conciliación
meta-reports-requirement = Los reportes de liquidación y de liberaciones responden por la API con el Access Token y están configurados para generarse de forma programada.
meta-payment-quality-title = Calidad de integración (estimada)
meta-payment-quality-requirement = Un pago u orden de producción de esta cuenta lleva los ítems obligatorios de la lista de Calidad de integración de Mercado Pago para su producto, con un puntaje estimado igual o mayor que el mínimo (75) sobre 100.
meta-payment-approval-title = Datos que aumentan la aprobación
meta-payment-approval-requirement = Un pago u orden de esta cuenta lleva los datos recomendados de ítems, comprador, envío e industria que aumentan la aprobación.
meta-source-secrets-title = Higiene de credenciales en el código fuente
meta-source-secrets-requirement = El código fuente no contiene ningún Access Token de producción, ninguna credencial TEST-, ninguna copia del secreto de los webhooks ni ningún archivo .env versionado con un token.
meta-checkout-security-title = Seguridad de los scripts de la página de pago
meta-checkout-security-requirement = La página de pago aplica una Content-Security-Policy que permite lo que MercadoPago.js necesita y ningún script no revisado, no se puede enmarcar, no filtra las URLs de retorno, fija la integridad del código de terceros, y sus scripts coinciden con la línea base versionada.
meta-credentials-section = Activar credenciales de producción
meta-checkout-tls-section = Certificado SSL
meta-checkout-page-section = Certificado SSL (formulario de pago en una página HTTPS)
meta-pix-key-section = Clave Pix
meta-notifications-section = Notificaciones (Webhooks o IPN)
meta-reports-section = Reportes
meta-payment-quality-section = Medición de calidad
meta-payment-approval-section = Aprobación de pagos
meta-source-secrets-section = higiene de credenciales (más allá de la página de salida a producción)
meta-checkout-security-section = Certificado SSL: "proteger las transacciones... y sus datos" (más allá de la página de salida a producción: PCI DSS 6.4.3 / 11.6.1)
