# As mensagens de `source-secrets`.

source-secrets-nothing-read = não foi possível ler nada em { $dir }
source-secrets-unreadable =
    { $count ->
        [one] { $count } arquivo ou diretório não pôde ser lido.
       *[other] { $count } arquivos ou diretórios não puderam ser lidos.
    }
source-secrets-stopped = a análise parou inesperadamente
source-secrets-production-token = { $path }:{ $line } contém um Access Token de produção ({ $shown }).
source-secrets-webhook-secret = { $path }:{ $line } contém a assinatura secreta dos Webhooks (valor não exibido).
source-secrets-test-credentials = { $path }:{ $line } contém uma credencial de teste ({ $shown }).
source-secrets-env-not-ignored = { $path } atribui um Access Token (linha { $line }) e o .gitignore não o ignora.
source-secrets-more =
    { $count ->
        [one] …e mais { $count } como este, o próximo em { $path }:{ $line }.
       *[other] …e mais { $count } como estes, o próximo em { $path }:{ $line }.
    }
source-secrets-suppressed =
    { $count ->
        [one] { $count } achado suprimido por comentários `{ $mark }` ou globs de `allow`.
       *[other] { $count } achados suprimidos por comentários `{ $mark }` ou globs de `allow`.
    }
# $skipped é source-secrets-skipped ou vazio.
source-secrets-summary =
    { $files ->
        [one] { $files } arquivo analisado
       *[other] { $files } arquivos analisados
    } ({ $mb } MB) em { $dir }{ $skipped }
source-secrets-skipped =
    ; { $binary ->
        [one] { $binary } binário ignorado
       *[other] { $binary } binários ignorados
    } e { $large ->
        [one] { $large } arquivo acima de 4 MiB ignorado
       *[other] { $large } arquivos acima de 4 MiB ignorados
    }

# Os códigos de `source-secrets`: o significado e a correção (em inglês estão nos metadados).
code-source-secrets-production-token-meaning = Um Access Token APP_USR- está escrito em um arquivo que o git versionaria.
code-source-secrets-production-token-fix = Remova-o do arquivo e leia-o do ambiente (MP_ACCESS_TOKEN); depois, renove as credenciais em Suas integrações > Credenciais de produção, porque o token fica no histórico do repositório.
code-source-secrets-test-credentials-meaning = Um Access Token ou uma Public Key TEST- está escrito em um arquivo: credenciais de teste deixadas para produção.
code-source-secrets-test-credentials-fix = Leia as credenciais do ambiente e use as de produção em produção; mantenha os valores de teste fora do código, ou marque uma fixture intencional com `mp-golive: ignore`.
code-source-secrets-webhook-secret-meaning = A assinatura secreta dos Webhooks configurada (MP_WEBHOOK_SECRET) está escrita literalmente em um arquivo.
code-source-secrets-webhook-secret-fix = Leia-a do ambiente; depois, gere uma nova assinatura secreta em Suas integrações > Webhooks, porque a anterior fica no histórico do repositório.
code-source-secrets-env-not-ignored-meaning = Um arquivo do tipo .env atribui um Access Token e o .gitignore não o ignora, então ele vai ser versionado.
code-source-secrets-env-not-ignored-fix = Adicione o arquivo ao .gitignore (`.env*` com `!.env.example`), remova-o do índice com `git rm --cached` e deixe só valores de exemplo em um .env.example versionado.
code-source-secrets-suppressed-meaning = Achados foram suprimidos por comentários `mp-golive: ignore` ou globs de `allow`; eles são contados, não exibidos.
code-source-secrets-suppressed-fix = Revise as supressões de tempos em tempos: um token de produção suprimido continua sendo um vazamento.
code-source-secrets-unreadable-meaning = Alguns arquivos não puderam ser lidos (permissões, sumiram durante a análise) ou o diretório não pôde ser percorrido.
code-source-secrets-unreadable-fix = Execute com -v para ver quais; dê permissão de leitura ou deixe-os de fora com .ignore.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-source-secrets-explain =
    O que verifica
      Cada arquivo de `source_dir` (padrão: o diretório de trabalho) que o git versionaria:
      - um Access Token APP_USR- em um arquivo: um segredo de produção no repositório;
      - Access Tokens ou Public Keys TEST-: credenciais de teste deixadas para a produção;
      - a assinatura secreta dos Webhooks configurada (MP_WEBHOOK_SECRET) escrita literalmente
        em um arquivo;
      - um arquivo no estilo .env (.env, .env.local, .env.production...) com uma
        atribuição *ACCESS_TOKEN=valor que o .gitignore não ignora.
      As Public Keys (APP_USR-<uuid>) são públicas por design e nunca são informadas. Os achados
      mostram o arquivo e a linha, com o valor ocultado exceto o prefixo e os quatro últimos
      caracteres.

    Como a árvore é lida
      Com o percurso do ripgrep (o crate `ignore`): .gitignore, .ignore e .git/info/exclude são
      respeitados mesmo fora de um checkout do git; .git é pulado; os outros arquivos ocultos
      são lidos, já que um .env é exatamente o que deve ser encontrado; arquivos binários e
      arquivos de mais de 4 MiB são pulados. Um valor dividido em várias linhas não é
      reconhecido.

    Como suprimir achados
      Um comentário `mp-golive: ignore` na linha, ou `allow = ["caminho/glob", ...]` na
      tabela [checks.source-secrets], suprime um achado; o relatório diz quantos foram
      suprimidos.

    Por que importa
      Um token de produção versionado dá a qualquer pessoa que possa ler o repositório (ou o
      histórico dele, ou uma cópia vazada) o controle da conta do vendedor; credenciais de teste
      deixadas no código de produção não recebem dinheiro real; a própria orientação de revisão
      do Mercado Pago pede o token no ambiente e o .env ignorado.

option-source-secrets-allow-help = globs (relativos a source_dir) cujos achados são suprimidos, como "tests/fixtures/**"
