# Lo que todas las verificaciones dicen igual: la API no respondió, credenciales de prueba, entradas.

help-usage = no se verificó nada; corrige la entrada indicada arriba (`mp-golive help <comando>` lista los flags)
help-environment = no se verificó nada, y nada está mal en la integración ni en la configuración: esta máquina no pudo iniciar la verificación (vuelve a ejecutarla; repórtalo si se repite)
suggest-one = ¿Quisiste decir { $name }?
suggest-many = ¿Quisiste decir { $names } o { $last }?
common-could-not-summary = no se pudo { $what }: { $err }
common-could-not = No se pudo { $what }: { $err }.
common-test-token = el Access Token es una credencial TEST-
common-test-user = el Access Token pertenece a un usuario de prueba (usuario { $user }, etiquetas: { $tags })
common-test-judged-summary = no verificado: { $why }, así que no dice nada sobre la cuenta de producción
common-test-judged = No verificado: { $why }; lo que tiene una cuenta de prueba no dice nada sobre la cuenta de producción.
common-without-input-summary = interno: la verificación se ejecutó sin su entrada
common-without-input = La verificación se ejecutó sin su entrada (un error interno de mp-golive; por favor, repórtalo).

# Los códigos comunes: su significado y su solución (en inglés están en los metadatos).
code-common-not-configured-meaning = No se indicó una entrada que la verificación necesita (nombrada en el mensaje), así que no se sabe si está lista (desconocido no es listo).
code-common-not-configured-fix = Indica la entrada nombrada en el mensaje, o desactiva la verificación con `enabled = false` en su tabla [checks.<id>].
code-common-input-missing-meaning = No se indicó una entrada que la verificación necesita, así que no se sabe si está lista (desconocido no es listo). Se usa en lugar de `not-configured` cuando el `not-configured` propio de la verificación significa otra cosa (reports: un reporte sin configuración).
code-common-input-missing-fix = Indica la entrada nombrada en el mensaje, o desactiva la verificación con `enabled = false` en su tabla [checks.<id>].
code-common-api-error-meaning = No se pudo consultar la API de Mercado Pago (red, tiempo de espera, límite de solicitudes, 5xx o una respuesta inesperada); la verificación queda en `error`, no en `pass`.
code-common-api-error-fix = Vuelve a ejecutarla más tarde; con -v se registran las solicitudes y las respuestas. Nada está mal en la integración hasta que se demuestre.
code-common-token-malformed-meaning = El Access Token está mal formado (la verificación credentials dice por qué), así que esta verificación no pudo ejecutarse: un token mal formado nunca se envía, porque la API repite lo que rechaza.
code-common-token-malformed-fix = Corrige el Access Token como indica `credentials/malformed`: vuelve a copiar el Access Token de producción desde Tus integraciones > Credenciales, a un archivo propio o a MP_ACCESS_TOKEN.
code-common-internal-error-meaning = La verificación se detuvo de una forma que mp-golive no previó (un error); la verificación queda en `error`, no en `pass`.
code-common-internal-error-fix = Vuelve a ejecutarla con -vv y reporta la salida en el gestor de issues del proyecto.
code-common-interrupted-meaning = La ejecución se detuvo por una señal (Ctrl-C, SIGTERM cuando el CI cancela un job, o SIGHUP) antes de que la verificación terminara; queda en `error`, no en `pass`.
code-common-interrupted-fix = No hay nada que corregir en la integración: vuelve a ejecutar mp-golive y déjalo terminar.
code-common-deadline-meaning = La verificación no había terminado cuando pasó el límite de la ejecución (`--deadline`); queda en `error`, no en `pass`.
code-common-deadline-fix = Aumenta --deadline, o averigua con -v por qué un servidor es lento.
# Una respuesta no 2xx de la API de Mercado Pago ($answer es texto api-refusal-*; el mensaje
# propio de la API y las descripciones de las causas se citan tal como llegaron).
api-refusal = { $endpoint } respondió { $answer }
api-refusal-html = con una página HTML en lugar de JSON (respondió un gateway o un proxy, no la API)
api-refusal-cause = causa { $code }
api-refusal-cause-described = causa { $code }: { $description }
api-refusal-attempts = tras { $count } intentos
api-too-large = { $endpoint }: la respuesta supera los { $limit } bytes, algo que ningún recurso de Mercado Pago hace
