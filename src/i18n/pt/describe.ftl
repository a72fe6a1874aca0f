# `explain` e `list`.

explain-check = Verificação: { $id } — { $title }
explain-requirement = Requisito: { $requirement }
explain-fix = Correção: { $fix }
explain-docs = Documentação: { $url }
explain-more = `mp-golive explain { $id }` explica a verificação inteira e os outros códigos dela.
explain-codes = Códigos de achado
