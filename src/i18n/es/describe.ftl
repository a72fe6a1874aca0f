# `explain` y `list`.

explain-check = Verificación: { $id } — { $title }
explain-requirement = Requisito: { $requirement }
explain-fix = Solución: { $fix }
explain-docs = Documentación: { $url }
explain-more = `mp-golive explain { $id }` explica la verificación completa y sus otros códigos.
explain-codes = Códigos de hallazgo
