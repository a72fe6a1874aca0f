# payment-quality, e o que as duas verificações de pagamentos dizem do pagamento ou da order
# que leem (src/checks/payment.rs, order.rs).

## O pagamento ou a order, lidos uma vez para as duas verificações de pagamentos.
payment-quality-payment-not-found = O pagamento { $id } não foi encontrado com este Access Token ({ $answer }).
payment-quality-read-payment = ler o pagamento { $id }
payment-quality-payment-other-account = O pagamento { $id } foi recebido pelo vendedor { $owner }, e não por esta conta (usuário { $user }).
payment-quality-confirm-payment-owner = confirmar que o pagamento { $id } pertence a esta conta
payment-quality-payment-no-collector = o pagamento não informa o seu collector_id
payment-quality-read-account = ler a conta (GET /users/me)
payment-quality-order-not-found = A order { $id } não foi encontrada com este Access Token ({ $answer }).
payment-quality-read-order = ler a order { $id }
payment-quality-order-other-account = A order { $id } pertence ao usuário { $owner }, e não a esta conta (usuário { $user }).
payment-quality-confirm-order-owner = confirmar que a order { $id } pertence a esta conta
payment-quality-order-no-user = a order não informa o seu user_id
payment-quality-order-payer-not-echoed = o GET da order não retorna dados do comprador (o pagador mostra só customer_id, ou nada)
payment-quality-order-live-mode-false = a order informa live_mode: false
payment-quality-order-test-token = ela foi lida com um Access Token TEST-, então é uma order de teste

## O produto, e o sinal que o decidiu.
payment-quality-detected-sub-unit = point_of_interaction.business_info.sub_unit é checkout_pro
payment-quality-detected-checkout-off = point_of_interaction.application_data.name é checkout-off
payment-quality-detected-merchant-order = o pagamento pertence a uma merchant_order (order.type mercadopago)
payment-quality-detected-no-pro-signal = nenhum sinal de Checkout Pro em point_of_interaction nem em order
payment-quality-detected-order-pro = uma order online com checkout_url (Checkout Pro via Orders)
payment-quality-detected-order-api = uma order online sem checkout_url (Checkout API via Orders)
payment-quality-no-order-to-follow = o pagamento não tem um order.id para seguir
payment-quality-merchant-order-no-preference = a merchant_order { $order } não tem preference_id

## O que um pagamento ou uma order mostra de um item do checklist.
payment-quality-payer-email = e-mail
payment-quality-payer-first-name = nome
payment-quality-payer-last-name = sobrenome
payment-quality-payer-document = documento
payment-quality-payer-phone = telefone
payment-quality-payer-address = endereço
payment-quality-seen-no-payer-field = o pagador não tem { $what }
payment-quality-seen-no-order-payer-field = o pagador da order não tem { $what }
payment-quality-seen-descriptor-by-mercado-pago = statement_descriptor é `{ $descriptor }`, que parece preenchido pelo Mercado Pago e não enviado pela integração
payment-quality-seen-no-descriptor = sem statement_descriptor
payment-quality-seen-no-external-reference = sem external_reference
payment-quality-seen-no-notification-url = sem notification_url no pagamento nem na preferência (as notificações Webhooks configuradas no painel não aparecem em um pagamento; se você as usa, este item pode estar atendido)
payment-quality-seen-no-back-urls = a preferência não tem back_urls.success
payment-quality-seen-tracking-id-without-sdk = additional_info.tracking_id é `{ $tracking_id }`, sem type:SDK
payment-quality-seen-no-tracking-id = sem additional_info.tracking_id
payment-quality-seen-no-issuer-id = sem issuer_id em um pagamento com cartão
payment-quality-seen-binary-mode-off = binary_mode não é true
payment-quality-seen-no-expiration = a preferência não expira
payment-quality-seen-no-installments = sem payment_methods.installments
payment-quality-seen-no-items = nenhum item foi enviado
payment-quality-seen-absent-on-every-item = ausente em todos os itens
payment-quality-seen-absent-on-some-items = ausente em { $missing } de { $total ->
    [one] { $total } item
   *[other] { $total } itens
}
payment-quality-seen-order-no-success-url = a order não tem config.online.success_url
payment-quality-seen-order-no-expiration = a order não tem expiration_time
payment-quality-seen-order-no-max-installments = sem config.payment_method.max_installments
payment-quality-seen-order-no-descriptor = sem transactions.payments[].payment_method.statement_descriptor
payment-quality-order-no-notification-url = uma order não tem notification_url: as notificações Webhooks das orders são configuradas no painel (a verificação notifications testa a URL)
payment-quality-order-no-sdk = uma order não mostra qual SDK a criou
payment-quality-order-no-issuer = o pagamento de uma order não retorna o emissor do cartão
payment-quality-order-no-payment = a order não mostra nenhum pagamento

## A estimativa.
payment-quality-payment-test-mode = O pagamento { $id } foi feito em modo de teste (live_mode: false); a medição de qualidade precisa de um pagamento de produção.
payment-quality-tell-production = saber se o pagamento { $id } é um pagamento de produção
payment-quality-payment-no-live-mode = o pagamento não informa live_mode
payment-quality-read-preference = ler a preferência do Checkout Pro (back_urls, expiração e parcelas ficam sem pontuação)
payment-quality-order-not-production = A order { $id } não é uma order de produção: { $why }; a medição de qualidade precisa de uma feita com credenciais de produção.
payment-quality-order-not-covered = A order { $id } é do tipo `{ $kind }`, que esta estimativa não cobre; ela não é pontuada.
payment-quality-order-not-covered-summary = a order { $id } (tipo { $kind }) não é coberta pela estimativa
payment-quality-subject-payment = Pagamento { $id }
payment-quality-subject-order = Order { $id }
payment-quality-score-it = pontuá-lo
payment-quality-nothing-readable = nenhum item do checklist pôde ser lido
payment-quality-estimate = Pontuação de qualidade estimada { $score }/100 para { $product } ({ $present } de { $scored ->
    [one] { $scored } item obrigatório visível
   *[other] { $scored } itens obrigatórios visíveis
} { $present ->
    [0] estão presentes
    [one] está presente
   *[other] estão presentes
}; detectado por: { $why })
payment-quality-official = É uma estimativa; a pontuação oficial está no painel do Mercado Pago (Suas integrações > aplicação > Medição de qualidade).
payment-quality-low-score = { $estimate }, abaixo da pontuação mínima de { $pass_mark }. { $official }
payment-quality-score = { $estimate }. { $official }
payment-quality-missing-item = Falta o item obrigatório `{ $item }` ({ $field }): { $what }.
payment-quality-good-practice = A boa prática `{ $item }` ({ $field }) não é seguida: { $what }.
payment-quality-not-scored-payment = Sem pontuação, porque nenhum pagamento os mostra: { $items }.
payment-quality-not-scored-order = Sem pontuação, porque a order não os mostra: { $items }.
payment-quality-summary = pontuação estimada { $score }/100 para { $product } ({ $why }); a pontuação oficial está no painel do Mercado Pago

## Os itens do checklist.
payment-quality-item-item-id-fix = Envie o id de cada item (o seu SKU) em items[].id: nos items da preferência para o Checkout Pro, em additional_info.items para o Checkout API.
payment-quality-item-item-title-fix = Envie o nome de cada item em items[].title.
payment-quality-item-item-description-fix = Envie uma descrição curta de cada item em items[].description.
payment-quality-item-item-category-id-fix = Envie a categoria do Mercado Pago de cada item em items[].category_id (como fashion, electronics, tickets, travels, others).
payment-quality-item-item-quantity-fix = Envie a quantidade de cada item em items[].quantity.
payment-quality-item-item-unit-price-fix = Envie o preço unitário de cada item em items[].unit_price.
payment-quality-item-email-fix = Envie o e-mail do comprador em payer.email.
payment-quality-item-payer-first-name-fix = Envie o nome do comprador: payer.name em uma preferência do Checkout Pro, payer.first_name (ou additional_info.payer.first_name) em um pagamento.
payment-quality-item-payer-last-name-fix = Envie o sobrenome do comprador: payer.surname em uma preferência do Checkout Pro, payer.last_name (ou additional_info.payer.last_name) em um pagamento.
payment-quality-item-statement-descriptor-soft-descriptor-fix = Envie statement_descriptor com o nome pelo qual os compradores conhecem a sua loja (ele aparece na fatura do cartão, o que evita chargebacks).
payment-quality-item-external-reference-fix = Envie o id do seu pedido em external_reference, para que os pagamentos e os relatórios sejam conciliados com os seus pedidos.
payment-quality-item-webhooks-ipn-fix = Envie notification_url com a preferência ou o pagamento, ou configure as notificações Webhooks em Suas integrações > (aplicação) > Webhooks, e processe as notificações.
payment-quality-item-back-urls-fix = Configure back_urls (success, pending, failure) na preferência para que o comprador volte ao seu site depois de pagar.
payment-quality-item-back-urls-field = back_urls da preferência
payment-quality-item-back-end-sdk-fix = Crie as preferências e os pagamentos com um SDK oficial de backend do Mercado Pago (Node, Java, PHP, Python, Ruby, .NET, Go); ele se identifica em X-Tracking-Id.
payment-quality-item-issuer-id-fix = Envie o issuer_id do cartão (do Card Form ou do Card Payment Brick) ao criar pagamentos com cartão.
payment-quality-item-device-id-fix = Carregue o MercadoPago.js v2 (ou https://www.mercadopago.com/v2/security.js) na página de checkout e envie o device id dele no cabeçalho X-meli-session-id ao criar o pagamento.
payment-quality-item-device-id-field = cabeçalho X-meli-session-id
payment-quality-item-device-id-where = o device id não aparece em um pagamento; carregue o MercadoPago.js v2 ou o security.js na página de checkout (a verificação checkout-page) e envie X-meli-session-id
payment-quality-item-web-front-end-sdk-fix = Carregue o MercadoPago.js v2 de https://sdk.mercadopago.com/js/v2 na página de checkout.
payment-quality-item-web-front-end-sdk-where = visto na página de checkout (a verificação checkout-page)
payment-quality-item-ssl-fix = Sirva a página de checkout com um certificado válido de uma CA pública, não autoassinado.
payment-quality-item-ssl-field = certificado da página de checkout
payment-quality-item-ssl-where = verificado na página de checkout (a verificação checkout-tls)
payment-quality-item-tls-fix = Sirva a página de checkout com TLS 1.2 ou superior.
payment-quality-item-tls-field = versão de TLS da página de checkout
payment-quality-item-tls-where = verificado na página de checkout (a verificação checkout-tls)
payment-quality-item-secure-form-fix = Capture os dados do cartão com Secure Fields, o Card Form ou o Card Payment Brick para que eles nunca cheguem ao seu servidor.
payment-quality-item-secure-form-where = o tratamento dos dados do cartão não é visível pela API
payment-quality-item-binary-mode-fix = Se você precisa de uma resposta imediata de aprovado ou recusado, configure binary_mode: true.
payment-quality-item-expiration-fix = Configure expires: true e expiration_date_to na preferência para que checkouts antigos não possam ser pagos.
payment-quality-item-expiration-field = expires / expiration_date_to da preferência
payment-quality-item-max-installments-fix = Configure payment_methods.installments na preferência com o maior número de parcelas que você oferece.
payment-quality-item-max-installments-field = payment_methods.installments da preferência
payment-quality-item-payer-identification-fix = Envie o documento do comprador em payer.identification (type e number).
payment-quality-item-payer-phone-fix = Envie o telefone do comprador em payer.phone (area_code e number).
payment-quality-item-address-fix = Envie o endereço do comprador em payer.address (zip_code, street_name, street_number).

# Os códigos de payment-quality: o significado e a correção (em inglês estão nos metadados).
code-payment-quality-not-found-meaning = GET /v1/payments/{"{"}id{"}"} (ou GET /v1/orders/{"{"}id{"}"} com --order-id) respondeu 404: nenhum pagamento ou order com este id é visível para este Access Token.
code-payment-quality-not-found-fix = Informe o id de um pagamento ou de uma order feita com as credenciais de produção desta conta (painel do Mercado Pago > Atividade, ou o `id` que o seu backend recebeu ao criá-lo).
code-payment-quality-not-production-meaning = O pagamento foi feito em modo de teste (`live_mode: false`), ou a order é de teste (`live_mode: false`, ou lida com um token TEST-); a medição de qualidade precisa de um feito com credenciais de produção.
code-payment-quality-not-production-fix = Faça um pagamento real (um pequeno, que você estorna depois) com as credenciais de produção e informe o id dele.
code-payment-quality-other-account-meaning = O pagamento ou a order pertence a outro vendedor (o `collector_id` do pagamento, ou o `user_id` da order, difere do id de GET /users/me).
code-payment-quality-other-account-fix = Informe um pagamento ou uma order recebida pela conta cujo Access Token você usa, ou use o token dessa conta.
code-payment-quality-missing-item-meaning = Falta no pagamento (ou na sua preferência) um item obrigatório do checklist de Qualidade da integração; a mensagem nomeia o item e o caminho do campo.
code-payment-quality-missing-item-fix = Envie o campo nomeado na mensagem ao criar a preferência (Checkout Pro) ou o pagamento (Checkout API); a correção do achado diz como.
code-payment-quality-low-score-meaning = A pontuação estimada está abaixo da pontuação mínima (`pass_mark`, 75 por padrão, o valor documentado). É uma estimativa: a pontuação oficial está no painel do Mercado Pago.
code-payment-quality-low-score-fix = Adicione os itens obrigatórios que faltam, listados com esta verificação, e depois compare com Suas integrações > (aplicação) > Medição de qualidade.
code-payment-quality-score-meaning = A pontuação estimada, igual ou acima da pontuação mínima (`pass_mark`, 75 por padrão), com o produto detectado e quantos itens obrigatórios estavam presentes. É uma estimativa: a pontuação oficial está no painel do Mercado Pago.
code-payment-quality-score-fix = Nada obrigatório; adicione os itens que faltarem, listados com esta verificação, e compare com Suas integrações > (aplicação) > Medição de qualidade.
code-payment-quality-good-practice-meaning = Uma boa prática do checklist de Qualidade da integração não é seguida; as boas práticas nunca mudam a pontuação.
code-payment-quality-good-practice-fix = Considere a prática nomeada na mensagem; a correção dela diz como.
code-payment-quality-not-verifiable-meaning = Itens obrigatórios do checklist deste produto que nenhum pagamento mostra (device id, MercadoPago.js, SSL/TLS, formulário de cartão seguro), ou que o GET de uma order não retorna (o comprador, quando mostra só customer_id; a URL de notificações, configurada no painel); aqui eles não são pontuados e nunca contam como ausentes.
code-payment-quality-not-verifiable-fix = Verifique-os na página de checkout (as verificações checkout-tls e checkout-page cobrem SSL, TLS e MercadoPago.js), no painel e na avaliação oficial.
code-payment-quality-order-not-covered-meaning = A order é de um tipo que a estimativa não cobre (como `qr`, QR presencial via Orders, que tem a sua própria medição); ela não é pontuada.
code-payment-quality-order-not-covered-fix = Meça-a em Suas integrações > (aplicação) > Medição de qualidade; para estimá-la aqui, informe uma order online (Checkout API ou Checkout Pro via Orders) ou um pagamento.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-payment-quality-explain =
    O que verifica
      - GET /v1/payments/{"{"}payment_id{"}"}: o pagamento existe (404: não encontrado), foi feito com
        credenciais de produção (`live_mode: true`) e pertence a esta conta (`collector_id` é
        igual ao id de GET /users/me).
      - O produto: Checkout Pro quando point_of_interaction diz isso (business_info.sub_unit
        `checkout_pro`, application_data.name `checkout-off`) ou o pagamento tem uma merchant
        order (`order.type: mercadopago`); senão, Checkout API / Bricks. Para o Checkout Pro
        segue order.id -> GET /merchant_orders/{"{"}id{"}"} -> GET /checkout/preferences/{"{"}id{"}"} para ler
        back_urls, binary_mode, a expiração e as parcelas.
      - Cada item da lista de Qualidade da integração do Mercado Pago para esse produto: itens
        (id, title, description, category_id, quantity, unit_price), e-mail e nomes do pagador,
        statement_descriptor, external_reference, notification_url, back_urls (Checkout Pro),
        issuer_id (pagamentos com cartão, Checkout API) e um SDK oficial de backend
        (additional_info.tracking_id contendo `type:SDK`). Cada item obrigatório ausente é um
        aviso com o caminho do campo e a correção; boas práticas ausentes são informativas.
      - Uma pontuação estimada: a proporção dos itens obrigatórios visíveis no pagamento que
        estão presentes, sobre 100. Abaixo da nota mínima a verificação falha: `pass_mark` na
        tabela [checks.payment-quality], 75 por padrão, o valor que o Mercado Pago documenta (já
        foram vistos painéis de vendedores mostrando 73; use 73 se o seu mostra).
      - Com --order-id (API de Orders, que o Mercado Pago agora recomenda para Checkout API e
        Checkout Pro): GET /v1/orders/{"{"}order_id{"}"} pertence a esta conta (`user_id`) e não é um
        pedido de teste onde a forma dele indica isso (`live_mode: false`, ou lido com um token
        TEST-). Um pedido online com checkout_url é Checkout Pro sobre Orders, sem ela Checkout
        API; outro tipo (`qr`) é informado e não pontuado. Os itens são lidos nos caminhos de
        Orders: items[].external_code (o id do item), title, description, category_id, quantity,
        unit_price; e-mail, nomes, documento, telefone e endereço do pagador;
        external_reference; transactions.payments[].payment_method.statement_descriptor;
        config.online.success_url (Checkout Pro); expiration_time e
        config.payment_method.max_installments (boas práticas). O que o GET de um pedido não
        devolve (o comprador, quando mostra só customer_id; a URL de notificações, configurada no
        painel; o SDK; o emissor do cartão) é listado como não verificável, nunca contado como
        ausente. Com os dois ids, ambos são avaliados e cada achado nomeia o pagamento ou o
        pedido de que trata.

    Por que importa
      O Mercado Pago avalia toda integração de Checkout Pro, Checkout API e Bricks todo mês (e
      sob demanda em Suas integrações > (aplicação) > Qualidade) e espera 75 ou mais. Os mesmos
      campos aumentam a aprovação e facilitam a conciliação.

    Confiança
      A PONTUAÇÃO É UMA ESTIMATIVA. A pontuação oficial, com os pesos do próprio Mercado Pago,
      está no painel do Mercado Pago: Suas integrações > (aplicação) > Avaliar qualidade. Os
      pontos por item não são publicados, então aqui todo item obrigatório pesa o mesmo. A lista
      vem de capturas da ferramenta quality_checklist do Mercado Pago (confiança média para o
      Checkout Pro, média-baixa para Checkout API/Bricks); os sinais do produto são de confiança
      média. Itens que nenhum pagamento mostra (device id, MercadoPago.js, SSL/TLS, formulário
      de cartão seguro) são listados, não pontuados: as verificações do checkout conferem
      alguns. O statement_descriptor pode ser preenchido pelo próprio Mercado Pago (`MP*…`), o
      que não é contado como enviado (confiança baixa). Webhooks configurados no painel não
      aparecem em um pagamento, então uma notification_url ausente pode ser um alarme falso
      quando estão configurados. Orders: o que um GET devolve vem dos tipos do SDK oficial de
      Node (confiança média), o produto de um pedido é lido do tipo e da checkout_url dele
      (média-baixa), e a estimativa supõe que os pedidos são medidos com a mesma lista que os
      pagamentos (média); um pedido não informa live_mode na forma documentada, então só um
      token TEST- ou uma resposta com live_mode: false identifica um pedido de teste.


    A avaliação do próprio Mercado Pago (--official, opcional)
      Com --official (ou `official = true`), os mesmos ids também são enviados ao servidor MCP
      do Mercado Pago (mcp_url, https://mcp.mercadopago.com/mcp por padrão), com o Access Token
      como bearer: initialize, tools/list e depois quality_evaluation com payment_id (um número)
      e/ou order_id, o id da aplicação do token (do endpoint de credenciais) e o idioma da
      execução, cada um só quando o esquema de entrada da ferramenta o declara. O que ele
      responde é informado como do Mercado Pago, ao lado da estimativa, nunca no lugar dela:
      official-score (a pontuação, lida só quando o texto a indica sem ambiguidade junto a
      "score", "puntaje" ou "pontuação"), official-low-score abaixo de pass_mark (faz a
      verificação falhar, salvo com official_gates = false), official-improvements (os itens de
      lista do seu texto, citados), official-unscored (sem pontuação legível: o seu texto, limpo
      e cortado) e official-not-applicable ("Product not homologable": info). Um servidor
      inacessível, um tempo esgotado, um erro HTTP ou JSON-RPC, uma ferramenta que o tools/list
      não nomeia, ou uma resposta ilegível ou maior que 1 MiB é official-error: a verificação
      fica em `error`, não em `pass`. Confiança: os nomes das ferramentas são alta, as entradas
      média, e o formato do texto não é documentado (não existe captura de quality_evaluation),
      então a pontuação e a lista são lidas com cautela. É a resposta do Mercado Pago, não
      necessariamente a pontuação do painel.

option-payment-quality-pass_mark-help = A pontuação estimada (1 a 100) abaixo da qual a verificação falha. 75 é o valor que o Mercado Pago documenta; já foram vistos painéis de vendedores mostrando 73.

# --official: a avaliação do próprio Mercado Pago (quality_evaluation do seu servidor MCP).
payment-quality-official-what = consultar a avaliação do próprio Mercado Pago (quality_evaluation, o seu servidor MCP)
payment-quality-official-score = Avaliação do próprio Mercado Pago (quality_evaluation): pontuação { $score }/100, igual ou acima da nota mínima ({ $pass_mark }). É a resposta do Mercado Pago, não necessariamente a pontuação que o painel publica.
payment-quality-official-low-score = Avaliação do próprio Mercado Pago (quality_evaluation): pontuação { $score }/100, abaixo da nota mínima ({ $pass_mark }).
payment-quality-official-low-not-gating = Avaliação do próprio Mercado Pago (quality_evaluation): pontuação { $score }/100, abaixo da nota mínima ({ $pass_mark }); não faz a verificação falhar, pois official_gates = false.
payment-quality-official-improvements = O que a avaliação do Mercado Pago lista: { $items }
payment-quality-official-unscored = A avaliação do Mercado Pago não indica uma pontuação que possa ser lida sem ambiguidade; o seu texto: { $text }
payment-quality-official-not-applicable = A avaliação do Mercado Pago não se aplica a este produto ("Product not homologable"): { $text }
payment-quality-official-summary = avaliação do Mercado Pago: { $score }/100

code-payment-quality-official-score-meaning = Com --official: a avaliação do próprio Mercado Pago (a ferramenta quality_evaluation do seu servidor MCP) indica esta pontuação, igual ou acima da nota mínima, ou abaixo com `official_gates = false`. É a resposta do Mercado Pago, não necessariamente a pontuação que o painel publica.
code-payment-quality-official-score-fix = Nada obrigatório; compare com Suas integrações > (aplicação) > Medição de qualidade.
code-payment-quality-official-low-score-meaning = Com --official: a avaliação do próprio Mercado Pago (quality_evaluation) indica uma pontuação abaixo da nota mínima (`pass_mark`), e `official_gates` é true (o padrão quando uma pontuação foi lida).
code-payment-quality-official-low-score-fix = Faça o que a avaliação lista (veja `official-improvements`) e os itens faltantes desta verificação, faça um novo pagamento ou pedido e execute de novo; para informar a pontuação sem falhar, use `official_gates = false`.
code-payment-quality-official-improvements-meaning = Com --official: os itens que a avaliação do Mercado Pago lista, citados como ele os escreveu (lidos da sua lista; o formato do texto não é documentado).
code-payment-quality-official-improvements-fix = Siga os itens nomeados; cada um é um conselho do Mercado Pago, não do mp-golive.
code-payment-quality-official-unscored-meaning = Com --official: a avaliação do Mercado Pago respondeu, mas não indica uma pontuação que possa ser lida sem ambiguidade; o seu texto é citado (limpo e cortado). A estimativa local decide a verificação.
code-payment-quality-official-unscored-fix = Leia o texto citado, ou a avaliação completa em Suas integrações > (aplicação) > Medição de qualidade.
code-payment-quality-official-not-applicable-meaning = Com --official: a avaliação do Mercado Pago diz que o produto não é homologável (a medição não o cobre, como plugins e plataformas); isso não muda o status.
code-payment-quality-official-not-applicable-fix = Nada a corrigir: a medição não se aplica a este produto.
code-payment-quality-official-error-meaning = Com --official: não foi possível consultar o servidor MCP do Mercado Pago ou ler a sua resposta (inacessível, tempo esgotado, erro HTTP ou JSON-RPC, uma ferramenta não listada, uma resposta ilegível ou grande demais); a verificação fica em `error`, não em `pass`, e a estimativa local continua valendo.
code-payment-quality-official-error-fix = Execute de novo mais tarde; confira --mcp-url, que o Access Token seja um de produção que o servidor MCP aceite, e -v para ver as requisições. Ou retire --official.
option-payment-quality-official_gates-help = Com --official, se a pontuação do próprio Mercado Pago abaixo de pass_mark faz a verificação falhar (quando foi possível ler uma pontuação da sua resposta).
