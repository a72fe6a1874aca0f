# Los mensajes de `reports`.

reports-settlement-name = reporte de liquidación (Todas las transacciones)
reports-release-name = reporte de Liberaciones
reports-what-account = leer la cuenta (GET /users/me)
reports-what-report = leer el { $name }
reports-schedule-unknown = La configuración del { $name } no dice si está programado (no hay campo `scheduled`): no se confirma una programación.
reports-unscheduled = El { $name } está configurado, pero no programado (scheduled: false): se genera solo cuando se pide.
reports-unconfigured = El { $name } no tiene configuración (GET …/config respondió 404): no se genera ningún reporte.
reports-no-access = El Access Token no puede leer el { $name }: { $why }.
reports-summary-scheduled = reportes de liquidación y de Liberaciones accesibles, configurados y programados
reports-summary = reportes de liquidación y de Liberaciones accesibles

# Los códigos de `reports`: su significado y su solución (en inglés están en los metadatos).
code-reports-test-credentials-meaning = El Access Token es una credencial de prueba (TEST-, o el token APP_USR- de un usuario de prueba), así que lo que esta verificación leería es de una cuenta de prueba, y eso no dice nada sobre la cuenta de producción. La verificación queda en `error`, no en `pass`.
code-reports-test-credentials-fix = Ejecútala con el Access Token de producción de la cuenta real del vendedor (la verificación credentials muestra por qué este no lo es).
code-reports-no-access-meaning = Un endpoint de reportes rechazó el Access Token (HTTP 401 o 403): este token no puede leer los reportes de conciliación.
code-reports-no-access-fix = Usa el Access Token de producción de la propia cuenta del vendedor (no el de un usuario de prueba, ni un token OAuth sin el permiso de reportes); abre una vez Mercado Pago > Reportes > Todas las transacciones/Liberaciones con esa cuenta para habilitarlos.
code-reports-not-configured-meaning = El reporte todavía no tiene configuración (GET …/config respondió 404), así que no se genera ningún reporte.
code-reports-not-configured-fix = Configúralo una vez: POST /v1/account/settlement_report/config (o release_report) con las columnas, el file_name_prefix y la frecuencia que quieras, o desde el panel: Reportes > (reporte) > Configurar.
code-reports-not-scheduled-meaning = El reporte está configurado, pero no programado (`scheduled: false`): se genera solo cuando se pide.
code-reports-not-scheduled-fix = Para recibirlo a diario, cada semana o cada mes, usa POST /v1/account/<reporte>/schedule (o activa la generación automática en el panel).

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-reports-explain =
    Qué verifica
      Para cada uno de los dos reportes de conciliación, el reporte de liquidación ("dinero en
      cuenta", /v1/account/settlement_report) y el reporte de liberaciones
      (/v1/account/release_report):
      - GET …/list responde 200 con el Access Token (401/403: sin acceso);
      - GET …/config responde: 404 significa que el reporte nunca se configuró;
        `scheduled: false` significa que los reportes se generan solo cuando se piden.
      Solo lectura: nunca crea una configuración, una programación ni un reporte.

    Por qué importa
      La página de salida a producción de Mercado Pago pide la conciliación financiera mediante
      la API de reportes: los reportes vinculan cada pago, comisión, reembolso y liberación con
      el dinero que llega a la cuenta. La medición de calidad también los cuenta (`settlement`,
      `release`).

    Confianza
      Los endpoints están documentados (confianza alta). Lo que recibe una cuenta sin acceso no
      está documentado; se espera 401/403 (confianza baja). Que GET …/config responda 404 antes
      de la primera configuración es una inferencia (baja): un 404 en la lista misma no se lee
      como "sin acceso" sino como una respuesta inesperada (error). Cuando la verificación se
      hace obligatoria y no se indica Access Token, el error es `reports/input-missing` (su
      propio `reports/not-configured` significa un reporte sin configuración).
