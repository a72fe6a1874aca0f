# O que todas as verificações dizem do mesmo jeito: a API não respondeu, credenciais de teste, entradas.

help-usage = nada foi verificado; corrija a entrada indicada acima (`mp-golive help <comando>` lista os flags)
help-environment = nada foi verificado, e nada está errado na integração nem na configuração: esta máquina não conseguiu iniciar a verificação (rode de novo; reporte se persistir)
suggest-one = Você quis dizer { $name }?
suggest-many = Você quis dizer { $names } ou { $last }?
common-could-not-summary = não foi possível { $what }: { $err }
common-could-not = Não foi possível { $what }: { $err }.
common-test-token = o Access Token é uma credencial TEST-
common-test-user = o Access Token pertence a um usuário de teste (usuário { $user }, tags: { $tags })
common-test-judged-summary = não verificado: { $why }, então não diz nada sobre a conta de produção
common-test-judged = Não verificado: { $why }; o que uma conta de teste tem não diz nada sobre a conta de produção.
common-without-input-summary = interno: a verificação rodou sem a sua entrada
common-without-input = A verificação rodou sem a sua entrada (um erro interno do mp-golive; por favor, reporte-o).

# Os códigos comuns: o significado e a correção (em inglês estão nos metadados).
code-common-not-configured-meaning = Não foi informada uma entrada de que a verificação precisa (nomeada na mensagem), então não se sabe se está pronta (desconhecido não é pronto).
code-common-not-configured-fix = Informe a entrada nomeada na mensagem, ou desative a verificação com `enabled = false` na tabela [checks.<id>] dela.
code-common-input-missing-meaning = Não foi informada uma entrada de que a verificação precisa, então não se sabe se está pronta (desconhecido não é pronto). Usado no lugar de `not-configured` quando o `not-configured` próprio da verificação significa outra coisa (reports: um relatório sem configuração).
code-common-input-missing-fix = Informe a entrada nomeada na mensagem, ou desative a verificação com `enabled = false` na tabela [checks.<id>] dela.
code-common-api-error-meaning = Não foi possível consultar a API do Mercado Pago (rede, tempo esgotado, limite de requisições, 5xx ou uma resposta inesperada); a verificação fica em `error`, não em `pass`.
code-common-api-error-fix = Rode de novo mais tarde; com -v as requisições e as respostas são registradas. Nada está errado na integração até que se prove.
code-common-token-malformed-meaning = O Access Token está malformado (a verificação credentials diz por quê), então esta verificação não pôde rodar: um token malformado nunca é enviado, porque a API repete o que recusa.
code-common-token-malformed-fix = Corrija o Access Token como diz `credentials/malformed`: copie de novo o Access Token de produção em Suas integrações > Credenciais, para um arquivo próprio ou para MP_ACCESS_TOKEN.
code-common-internal-error-meaning = A verificação parou de um jeito que o mp-golive não previu (um erro); a verificação fica em `error`, não em `pass`.
code-common-internal-error-fix = Rode de novo com -vv e reporte a saída no gerenciador de issues do projeto.
code-common-interrupted-meaning = A execução foi parada por um sinal (Ctrl-C, SIGTERM quando o CI cancela um job, ou SIGHUP) antes de a verificação terminar; ela fica em `error`, não em `pass`.
code-common-interrupted-fix = Não há nada a corrigir na integração: rode o mp-golive de novo e deixe terminar.
code-common-deadline-meaning = A verificação não tinha terminado quando passou o limite da execução (`--deadline`); ela fica em `error`, não em `pass`.
code-common-deadline-fix = Aumente --deadline, ou descubra com -v por que um servidor está lento.
# Uma resposta não 2xx da API do Mercado Pago ($answer é texto api-refusal-*; a mensagem
# da própria API e as descrições das causas são citadas como chegaram).
api-refusal = { $endpoint } respondeu { $answer }
api-refusal-html = com uma página HTML em vez de JSON (respondeu um gateway ou um proxy, não a API)
api-refusal-cause = causa { $code }
api-refusal-cause-described = causa { $code }: { $description }
api-refusal-attempts = após { $count } tentativas
api-too-large = { $endpoint }: a resposta passa de { $limit } bytes, o que nenhum recurso do Mercado Pago faz
