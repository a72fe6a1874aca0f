# As mensagens de `credentials`.

credentials-malformed-token = O Access Token ({ $token }) não é um Access Token do Mercado Pago: { $why }. Ele não foi enviado a nenhum endpoint.
credentials-stray = o caractere { $pos } é U+{ $code }, que nenhum token do Mercado Pago contém
credentials-stray-named = o caractere { $pos } é U+{ $code } ({ $name }), que nenhum token do Mercado Pago contém
credentials-char-zero-width = um espaço de largura zero
credentials-char-bom = uma marca de ordem de bytes
credentials-char-nbsp = um espaço não separável
credentials-char-space = um espaço
credentials-char-control = um caractere de controle
credentials-key-test-prefix = A Public Key ({ $key }) começa com TEST-: é uma credencial de teste.
credentials-key-malformed = A Public Key ({ $key }) não é uma Public Key do Mercado Pago: { $why }.
credentials-token-test-prefix = O Access Token ({ $token }) começa com TEST-: é uma credencial de teste.
credentials-token-is-test = O Mercado Pago informa que o Access Token ({ $token }) é uma credencial de teste (is_test: true).
credentials-not-activated = As credenciais de produção da aplicação { $app } não estão ativadas (homologated: false): o Mercado Pago recusa pagamentos reais até que estejam.
credentials-token-refused = O Mercado Pago recusou o Access Token ({ $token }): { $refusal }.
credentials-key-is-test = O Mercado Pago informa que a Public Key ({ $key }) é uma credencial de teste (is_test: true).
credentials-key-not-activated = A Public Key ({ $key }) pertence a credenciais que não estão ativadas para produção (homologated: false).
credentials-application-mismatch = A Public Key pertence à aplicação { $key_app }, mas o Access Token à aplicação { $token_app }.
credentials-key-unknown = O Mercado Pago não reconhece a Public Key ({ $key }): { $refusal }.
credentials-wrapper-unexpected = O endpoint de credenciais não respondeu como esperado ({ $answer }); não foi possível confirmar { $facts }.
credentials-could-not-confirm = Não foi possível confirmar { $facts }.
# Une os fatos que não puderam ser confirmados: "a, nem b".
credentials-nor = nem
credentials-unconfirmed-activated = que as credenciais estão ativadas para produção
credentials-unconfirmed-activated-no-field = que as credenciais estão ativadas para produção (a resposta não tinha `homologated`)
credentials-unconfirmed-same-app = que a Public Key e o Access Token pertencem à mesma aplicação
credentials-unexpected-answer = uma resposta inesperada
credentials-test-account = O Access Token pertence a uma conta de teste ({ $nickname }, usuário { $user }, tags: { $tags }).
credentials-no-nickname = sem apelido
credentials-user-mismatch = O Access Token termina com o id de usuário { $token_user }, mas GET /users/me respondeu o usuário { $user }.
credentials-site-mismatch = A conta está no site { $got }, mas o site configurado é { $want }.
credentials-refused = O Mercado Pago recusou o Access Token: { $refusal }.
# $site é ", MLB" ou vazio; $app é credentials-summary-app ou vazio.
credentials-summary = credenciais { $prefix } de { $nickname } (usuário { $user }{ $site }){ $app }
credentials-summary-app = , aplicação { $app }
credentials-the-account = a conta

# O que não foi possível fazer, depois de "Não foi possível ...".
credentials-what-activation = confirmar a ativação de produção
credentials-what-key-app = confirmar a aplicação da Public Key
credentials-what-account = ler a conta
credentials-what-validate-key = validar a Public Key

# Os códigos de `credentials`: o significado e a correção (em inglês estão nos metadados).
code-credentials-malformed-meaning = O Access Token ou a Public Key não tem o formato de uma credencial do Mercado Pago (ou os dois estão trocados); a mensagem indica o caractere ou a parte com problema. Um token malformado nunca é enviado.
code-credentials-malformed-fix = Copie os dois de novo em Mercado Pago Developers > Suas integrações > (sua aplicação) > Produção > Credenciais de produção. O Access Token tem o formato APP_USR-<aplicação>-<6 dígitos>-<hex>-<id de usuário>; a Public Key, APP_USR-<uuid>. Verifique se os dois não estão trocados.
code-credentials-test-prefix-meaning = Uma credencial começa com TEST-: é uma credencial de teste (antiga), não uma de produção.
code-credentials-test-prefix-fix = Substitua-a pela Public Key e pelo Access Token de produção de Mercado Pago Developers > Suas integrações > (sua aplicação) > Produção > Credenciais de produção.
code-credentials-test-credentials-meaning = O Mercado Pago informa que a credencial é uma credencial de teste (`is_test: true`).
code-credentials-test-credentials-fix = Use as credenciais de produção de Mercado Pago Developers > Suas integrações > (sua aplicação) > Produção > Credenciais de produção.
code-credentials-invalid-token-meaning = O Mercado Pago recusou o Access Token (HTTP 401 ou 400): ele está expirado, revogado, digitado errado ou incompleto.
code-credentials-invalid-token-fix = Copie de novo o Access Token em Credenciais de produção. Se você renovou as credenciais, cada servidor e cada secret do CI precisa receber o token novo.
code-credentials-test-user-meaning = O Access Token pertence a uma conta de teste (as tags dela incluem `test_user`). Contas de teste não recebem dinheiro real.
code-credentials-test-user-fix = Use as credenciais de produção da conta real do Mercado Pago do vendedor, não as de um usuário de teste criado para testes.
code-credentials-user-mismatch-meaning = O id de usuário no final do Access Token é diferente da conta que GET /users/me retorna: o token está danificado ou foi editado.
code-credentials-user-mismatch-fix = Copie de novo o Access Token, inteiro, em Credenciais de produção.
code-credentials-invalid-public-key-meaning = O Mercado Pago não reconhece a Public Key (HTTP 401/403, ou a causa 1001 "public key not found").
code-credentials-invalid-public-key-fix = Copie a Public Key da mesma página de Credenciais de produção do Access Token.
code-credentials-application-mismatch-meaning = A Public Key e o Access Token pertencem a aplicações diferentes (`client_id`s), então o backend não consegue cobrar os tokens de cartão que o frontend cria.
code-credentials-application-mismatch-fix = Use a Public Key e o Access Token exibidos juntos na página de Credenciais de produção de uma mesma aplicação.
code-credentials-not-activated-meaning = As credenciais de produção não estão ativadas (`homologated: false`): pagamentos reais são recusados, muitas vezes com a causa 7 "Unauthorized use of live credentials".
code-credentials-not-activated-fix = Em Mercado Pago Developers > Suas integrações > (sua aplicação) > Credenciais de produção, ative as credenciais: escolha o setor, informe o site se quiser e aceite os termos.
code-credentials-site-mismatch-meaning = A conta pertence a outro site (país) que não o configurado.
code-credentials-site-mismatch-fix = Use credenciais de uma conta do Mercado Pago do país em que você vende, ou corrija `site` (--site, MP_GOLIVE_SITE).
code-credentials-wrapper-unavailable-meaning = O endpoint de credenciais que os plugins do Mercado Pago usam não respondeu como esperado, então alguns dados não puderam ser confirmados; a Public Key foi validada por GET /v1/payment_methods.
code-credentials-wrapper-unavailable-fix = Não há nada a corrigir na integração. Confirme em Credenciais de produção que as credenciais estão ativadas e que a Public Key e o Access Token aparecem juntos.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-credentials-explain =
    O que verifica
      - O Access Token e a Public Key estão presentes e têm o formato das credenciais do
        Mercado Pago; um prefixo TEST- falha (credenciais de teste antigas).
      - GET /users/me responde com o token (401: token inválido ou expirado).
      - A conta não é um usuário de teste (`tags` não tem `test_user`): como os usuários de teste
        também recebem credenciais APP_USR-, o prefixo sozinho não prova nada.
      - O id de usuário no final do token é igual ao `id` de /users/me.
      - A Public Key é válida, a chave e o token são da mesma aplicação (`client_id`), nenhum
        dos dois é uma credencial de teste (`is_test`) e estão ativados para produção
        (`homologated`), segundo /plugins-credentials-wrapper/credentials, o endpoint que os
        próprios plugins do Mercado Pago chamam.
      - O site da conta é igual a `site`, quando informado.

    Por que importa
      A página de ir para produção do Mercado Pago começa aqui: pagamentos reais precisam de
      credenciais de produção, ativadas, da conta real do vendedor. Credenciais de teste ou uma
      conta de teste não recebem dinheiro real; uma chave e um token de aplicações diferentes
      quebram a tokenização de cartões.

    Confiança
      O endpoint de credenciais não é documentado publicamente (é o que os plugins de
      WooCommerce, PrestaShop e Magento usam). Se ele não responder, a Public Key é verificada
      pelo GET /v1/payment_methods?public_key= documentado, e um achado informativo diz o que não
      pôde ser confirmado (se são da mesma aplicação, a ativação). Se a ativação ainda é uma
      etapa separada para aplicações novas é uma questão em aberto; `homologated: false` é o
      que os plugins mostram como "ative suas credenciais".
