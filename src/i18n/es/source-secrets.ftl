# Los mensajes de `source-secrets`.

source-secrets-nothing-read = no se pudo leer nada en { $dir }
source-secrets-unreadable =
    { $count ->
        [one] { $count } archivo o directorio no se pudo leer.
       *[other] { $count } archivos o directorios no se pudieron leer.
    }
source-secrets-stopped = el análisis se detuvo inesperadamente
source-secrets-production-token = { $path }:{ $line } contiene un Access Token de producción ({ $shown }).
source-secrets-webhook-secret = { $path }:{ $line } contiene la clave secreta de los Webhooks (valor no mostrado).
source-secrets-test-credentials = { $path }:{ $line } contiene una credencial de prueba ({ $shown }).
source-secrets-env-not-ignored = { $path } asigna un Access Token (línea { $line }) y .gitignore no lo ignora.
source-secrets-more =
    { $count ->
        [one] …y { $count } más como este, el siguiente en { $path }:{ $line }.
       *[other] …y { $count } más como estos, el siguiente en { $path }:{ $line }.
    }
source-secrets-suppressed =
    { $count ->
        [one] { $count } hallazgo suprimido por comentarios `{ $mark }` o globs de `allow`.
       *[other] { $count } hallazgos suprimidos por comentarios `{ $mark }` o globs de `allow`.
    }
# $skipped es source-secrets-skipped o vacío.
source-secrets-summary =
    { $files ->
        [one] { $files } archivo analizado
       *[other] { $files } archivos analizados
    } ({ $mb } MB) en { $dir }{ $skipped }
source-secrets-skipped =
    ; se omitieron { $binary ->
        [one] { $binary } binario
       *[other] { $binary } binarios
    } y { $large ->
        [one] { $large } archivo de más de 4 MiB
       *[other] { $large } archivos de más de 4 MiB
    }

# Los códigos de `source-secrets`: su significado y su solución (en inglés están en los metadatos).
code-source-secrets-production-token-meaning = Hay un Access Token APP_USR- escrito en un archivo que git versionaría.
code-source-secrets-production-token-fix = Quítalo del archivo y léelo del entorno (MP_ACCESS_TOKEN); después, renueva las credenciales en Tus integraciones > Credenciales de producción, porque el token queda en el historial del repositorio.
code-source-secrets-test-credentials-meaning = Hay un Access Token o una Public Key TEST- escritos en un archivo: credenciales de prueba que quedaron para producción.
code-source-secrets-test-credentials-fix = Lee las credenciales del entorno y usa las de producción en producción; deja los valores de prueba fuera del código, o marca un fixture intencional con `mp-golive: ignore`.
code-source-secrets-webhook-secret-meaning = La clave secreta de los Webhooks configurada (MP_WEBHOOK_SECRET) está escrita literalmente en un archivo.
code-source-secrets-webhook-secret-fix = Léela del entorno; después, genera una clave secreta nueva en Tus integraciones > Webhooks, porque la anterior queda en el historial del repositorio.
code-source-secrets-env-not-ignored-meaning = Un archivo de tipo .env asigna un Access Token y .gitignore no lo ignora, así que se va a versionar.
code-source-secrets-env-not-ignored-fix = Agrega el archivo a .gitignore (`.env*` con `!.env.example`), quítalo del índice con `git rm --cached` y deja solo marcadores de posición en un .env.example versionado.
code-source-secrets-suppressed-meaning = Se suprimieron hallazgos con comentarios `mp-golive: ignore` o globs de `allow`; se cuentan, no se muestran.
code-source-secrets-suppressed-fix = Revisa las supresiones de vez en cuando: un token de producción suprimido sigue siendo una filtración.
code-source-secrets-unreadable-meaning = Algunos archivos no se pudieron leer (permisos, desaparecieron durante el análisis) o no se pudo recorrer el directorio.
code-source-secrets-unreadable-fix = Ejecuta con -v para ver cuáles; da permiso de lectura o déjalos fuera con .ignore.

# La descripción larga de `explain` y la ayuda de las opciones (en inglés están en los metadatos).
meta-source-secrets-explain =
    Qué verifica
      Cada archivo de `source_dir` (por defecto: el directorio de trabajo) que git versionaría:
      - un Access Token APP_USR- en un archivo: un secreto de producción en el repositorio;
      - Access Tokens o Public Keys TEST-: credenciales de prueba que quedaron para producción;
      - la clave secreta de Webhooks configurada (MP_WEBHOOK_SECRET) escrita literalmente en un
        archivo;
      - un archivo del estilo de .env (.env, .env.local, .env.production...) con una
        asignación *ACCESS_TOKEN=valor que .gitignore no ignora.
      Las Public Keys (APP_USR-<uuid>) son públicas por diseño y nunca se informan. Los
      hallazgos muestran el archivo y la línea, con el valor ocultado salvo su prefijo y sus
      últimos cuatro caracteres.

    Cómo se lee el árbol
      Con el recorrido de ripgrep (el crate `ignore`): se respetan .gitignore, .ignore y el
      archivo .git/info/exclude incluso fuera de un checkout de git; se omite .git; los demás
      archivos ocultos se leen, ya que un .env es justamente lo que hay que encontrar; se omiten
      los archivos binarios y los de más de 4 MiB. Un valor partido en varias líneas no se
      reconoce.

    Cómo suprimir hallazgos
      Un comentario `mp-golive: ignore` en la línea, o `allow = ["ruta/glob", ...]` en la
      tabla [checks.source-secrets], suprime un hallazgo; el reporte dice cuántos se
      suprimieron.

    Por qué importa
      Un token de producción versionado le da a cualquiera que pueda leer el repositorio (o su
      historial, o una copia filtrada) el control de la cuenta del vendedor; las credenciales de
      prueba que quedan en el código de producción no cobran dinero real; la propia guía de
      revisión de Mercado Pago pide el token en el entorno y el .env ignorado.

option-source-secrets-allow-help = globs (relativos a source_dir) cuyos hallazgos se suprimen, como "tests/fixtures/**"
