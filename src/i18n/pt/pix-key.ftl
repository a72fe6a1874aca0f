# As mensagens de `pix-key`.

pix-key-skip-run-site = O Pix existe só no Brasil (MLB); esta execução é para { $site }
pix-key-skip-account-site = O Pix existe só no Brasil (MLB); esta conta está em { $site }
pix-key-what-site = ler o site da conta
pix-key-no-site-id = GET /users/me não tem site_id; informe --site
pix-key-what-account = ler a conta (GET /users/me)
pix-key-what-methods = listar os meios de pagamento da conta
pix-key-absent = GET /v1/payment_methods não lista `pix` para esta conta: ela não tem nenhuma Chave Pix cadastrada
pix-key-inactive = GET /v1/payment_methods lista `pix` com o status `{ $status }`, não `active`: a conta não tem uma Chave Pix utilizável
pix-key-active-summary = O Pix está ativo (GET /v1/payment_methods lista pix)
pix-key-proven-summary = Chave Pix comprovada: o pagamento de teste { $id } foi criado e cancelado
pix-key-not-cancelled = A Chave Pix está cadastrada (o pagamento de teste { $id } foi criado), mas o cancelamento do pagamento { $id } falhou: { $why }. Cancele-o com PUT { $api }v1/payments/{ $id } e o corpo { $body }; se ninguém pagar, ele expira sozinho 35 minutos depois da criação.
pix-key-no-key = O Mercado Pago recusou o pagamento Pix de teste com a causa 13253 ({ $refusal }): a conta não tem nenhuma Chave Pix habilitada.
pix-key-no-key-listed = O Mercado Pago recusou o pagamento Pix de teste com a causa 13253 ({ $refusal }): a conta não tem nenhuma Chave Pix habilitada. (GET /v1/payment_methods ainda lista pix como ativo.)
pix-key-inconclusive = O pagamento Pix de teste foi recusado por um motivo diferente da falta de uma chave ({ $refusal }); nada foi criado.
pix-key-listed-unconfirmed-summary = O Pix está ativo (listado); o teste não conseguiu confirmá-lo
pix-key-unproven = O pagamento Pix de teste { $id } foi criado, mas não comprova nada: { $why }. Ele está cancelado ou em um status final; nada ficou pendente.
pix-key-unanswered = A requisição que cria o pagamento Pix de teste não teve resposta ({ $error }); pode existir um pagamento pendente com external_reference { $reference }. Ela não foi enviada de novo.
pix-key-pending-unknown = Um pagamento Pix de teste com external_reference { $reference } pode ter sido criado e o cancelamento dele não foi confirmado (a execução terminou antes). Procure com GET /v1/payments/search?external_reference={ $reference } e cancele-o com PUT /v1/payments/<id> { $body }; se ninguém pagar, ele expira 35 minutos depois da criação.
pix-key-pending-created = O pagamento Pix de teste { $id } (external_reference { $reference }) foi criado e não foi cancelado: a execução terminou antes. Cancele-o com PUT /v1/payments/{ $id } { $body }, ou no painel do Mercado Pago; se ninguém pagar, ele expira 35 minutos depois da criação.
pix-key-with-reference = com external_reference { $reference }
pix-key-no-usable-id = a resposta não tinha um id de pagamento utilizável para cancelá-lo
pix-key-created-final = o pagamento foi criado com o status `{ $status }`
pix-key-not-live = o pagamento não foi criado em modo produtivo (live_mode não é true)
pix-key-now-status = o pagamento agora está `{ $status }`, não `cancelled`
pix-key-not-confirmed = a resposta não confirmou o status `cancelled`

# Os códigos de `pix-key`: o significado e a correção (em inglês estão nos metadados).
code-pix-key-test-credentials-meaning = O Access Token é uma credencial de teste (TEST-, ou o token APP_USR- de um usuário de teste), então o que esta verificação leria é de uma conta de teste, e isso não diz nada sobre a conta de produção. A verificação fica em `error`, não em `pass`.
code-pix-key-test-credentials-fix = Execute-a com o Access Token de produção da conta real do vendedor (a verificação credentials mostra por que este não é).
code-pix-key-missing-meaning = A conta não tem nenhuma Chave Pix ativa: GET /v1/payment_methods não lista `pix` como ativo, ou o pagamento de teste foi recusado com a causa 13253 ("Collector user without key enabled for QR render").
code-pix-key-missing-fix = Cadastre uma Chave Pix no app do Mercado Pago (Seu negócio > Pix > Chaves Pix, ou Pix > Minhas chaves) com a conta do vendedor. O Banco Central confirma chaves novas em dias úteis, das 9h às 18h; depois, execute o mp-golive de novo.
code-pix-key-probe-not-cancelled-meaning = O teste criou um pagamento Pix pendente, mas não conseguiu cancelá-lo; a mensagem indica o id do pagamento e como cancelá-lo.
code-pix-key-probe-not-cancelled-fix = Cancele-o: PUT /v1/payments/<id> com o corpo {"{"}"status":"cancelled"{"}"} e o Access Token (ou abra-o no painel do Mercado Pago > Atividade e cancele-o). Se ninguém pagar, ele também expira sozinho 35 minutos depois da criação.
code-pix-key-probe-inconclusive-meaning = Com --probe-pix, o Mercado Pago recusou o pagamento de teste por um motivo diferente da falta de uma Chave Pix, então a chave não pôde ser comprovada (nada foi criado); a listagem de meios de pagamento decide.
code-pix-key-probe-inconclusive-fix = Leia a recusa na mensagem (por exemplo, a causa 7: credenciais não habilitadas para pagamentos reais). Corrija-a, ou execute sem --probe-pix.
code-pix-key-probe-unanswered-meaning = Com --probe-pix, a requisição que cria o pagamento de teste não teve resposta, então pode existir um pagamento pendente que o mp-golive não conseguiu cancelar (a mensagem indica o `external_reference` dele; um pagamento Pix não pago expira). Ela não foi enviada de novo.
code-pix-key-probe-unanswered-fix = Procure no painel do Mercado Pago (Atividade) ou com GET /v1/payments/search?external_reference=<referência da mensagem> e cancele qualquer pagamento encontrado; se ninguém pagar, ele expira sozinho 35 minutos depois da criação.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-pix-key-explain =
    O que verifica
      - Só em contas do Brasil (site MLB: `site`, ou o `site_id` da conta segundo
        GET /users/me); nos outros sites a verificação é pulada, porque o Pix só existe no
        Brasil.
      - GET /v1/payment_methods com o Access Token lista `pix` com status `active`.
      - Só com --probe-pix (probe_pix = true): é criado um pagamento Pix do menor valor permitido
        (o `min_allowed_amount` da entrada `pix`, senão R$ 1,00) com um X-Idempotency-Key, um
        vencimento 35 minutos à frente e um external_reference começando com
        `mp-golive-probe-`; a causa 13253 significa que não há Chave Pix. Um pagamento pendente
        criado em modo de produção prova a chave e é cancelado na hora com
        PUT /v1/payments/{"{"}id{"}"} {"{"}"status":"cancelled"{"}"}; um criado em modo de teste ou já final não
        prova nada. Uma resposta 5xx pode chegar depois de o pagamento ter sido criado, então é
        informada como falta de resposta. No máximo um pagamento por execução; o POST nunca é
        repetido.

    Por que importa
      A página de ir para produção do Mercado Pago pede uma Chave Pix aos vendedores do Brasil:
      sem ela, o Pix, o meio de pagamento mais usado no Brasil, não aparece no checkout.

    Confiança
      A lista de meios de pagamento é a heurística que o plugin de WooCommerce do Mercado Pago
      usa (confiança média-alta). A causa 13253 vem de várias capturas independentes, não da
      documentação de referência (média). O teste com pagamento é o definitivo e cria um
      pagamento pendente real: ele é cancelado na hora e, se isso falhar, o relatório o nomeia
      (ele também expira sozinho após 35 minutos). O e-mail do pagador do teste é sintético; se o
      Mercado Pago recusar o teste por outro motivo, vale a resposta da lista e um aviso diz que
      o teste não provou nada. Em uma conta de teste, o teste não diz nada sobre a produção.
