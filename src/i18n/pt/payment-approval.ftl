# payment-approval: os campos que aumentam a aprovação, em um pagamento ou uma order.

## O que falta em um pagamento ou em uma order.
payment-approval-seen-no-items = nenhum item foi enviado
payment-approval-seen-absent-on-some-items = ausente em { $missing } de { $total ->
    [one] { $total } item
   *[other] { $total } itens
}
payment-approval-seen-no-passenger-route = sem passenger e route em { $count ->
    [one] { $count } item de viagem
   *[other] { $count } itens de viagem
}
payment-approval-seen-undated-events = ausente em { $count ->
    [one] { $count } item de ingressos ou entretenimento
   *[other] { $count } itens de ingressos ou entretenimento
}
payment-approval-seen-absent-on-travel-order = ausente em uma order com itens de viagem
payment-approval-seen-no-first-name = sem nome
payment-approval-seen-no-last-name = sem sobrenome
payment-approval-seen-no-email = sem e-mail
payment-approval-seen-no-document = sem tipo e número de documento
payment-approval-seen-no-phone = sem area_code e number
payment-approval-seen-no-address = sem endereço
payment-approval-seen-no-shipment-address = sem endereço de entrega
payment-approval-seen-no-address-parts = sem { $parts }

## O que o GET de uma order não retorna.
payment-approval-unseen-travel = additional_info.travel.passengers e travel.routes
payment-approval-unseen-payer = o comprador (payer.first_name, last_name, email, identification, phone, address): o GET da order retorna só customer_id
payment-approval-unseen-shipment = shipment.address (o GET da order não retorna uma entrega)

## Achados e resumos.
payment-approval-payment-lacks = Falta { $path } no pagamento { $id }: { $detail }.
payment-approval-payment-complete = o pagamento { $id } tem todos os campos recomendados de itens, comprador e entrega
payment-approval-order-lacks = Falta { $path } na order { $id }: { $detail }.
payment-approval-order-not-verifiable = Order { $id }: não verificáveis, porque o GET da order não os mostra: { $fields }.
payment-approval-order-complete = a order { $id } tem todos os campos recomendados de itens, comprador e entrega
payment-approval-order-complete-shown = a order { $id } tem todos os campos recomendados que mostra ({ $count ->
    [0] { $count } não verificável
    [one] { $count } não verificável
   *[other] { $count } não verificáveis
})

# Os códigos de payment-approval: o significado e a correção (em inglês estão nos metadados).
code-payment-approval-not-found-meaning = GET /v1/payments/{"{"}id{"}"} (ou GET /v1/orders/{"{"}id{"}"} com --order-id) respondeu 404: nenhum pagamento ou order com este id é visível para este Access Token.
code-payment-approval-not-found-fix = Informe o id de um pagamento ou de uma order recebida por esta conta (painel do Mercado Pago > Atividade, ou o `id` que o seu backend recebeu ao criá-lo).
code-payment-approval-other-account-meaning = O pagamento ou a order pertence a outro vendedor (o `collector_id` do pagamento, ou o `user_id` da order, difere do id de GET /users/me).
code-payment-approval-other-account-fix = Informe um pagamento ou uma order recebida pela conta cujo Access Token você usa.
code-payment-approval-missing-field-meaning = Falta no pagamento ou na order um campo que aumenta a aprovação; a mensagem nomeia o caminho dele.
code-payment-approval-missing-field-fix = Envie o campo nomeado na mensagem ao criar o pagamento (em additional_info para o Checkout API), a preferência (items, payer, shipments para o Checkout Pro) ou a order (items, payer, shipment, additional_info para Orders).
code-payment-approval-not-verifiable-meaning = Campos recomendados que o GET de uma order não retorna (o comprador quando o pagador mostra só customer_id, a entrega, additional_info); aqui eles não são verificados e nunca contam como ausentes.
code-payment-approval-not-verifiable-fix = Confira no seu backend que a order é criada com eles (items, payer, shipment.address, additional_info para viagens); a resposta do Mercado Pago não os mostra.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-payment-approval-explain =
    O que verifica
      GET /v1/payments/{"{"}payment_id{"}"} (a mesma resposta que payment-quality lê) pertence a esta
      conta e traz:
      - para cada item (additional_info.items[]): id, title, description, category_id,
        quantity, unit_price;
      - o comprador: payer.first_name, payer.last_name, payer.email, payer.identification (type
        e number), payer.phone (area_code e number), payer.address (zip_code, street_name,
        street_number); additional_info.payer também conta;
      - o envio: additional_info.shipments.receiver_address (zip_code, street_name,
        street_number), a menos que todos os itens sejam de uma categoria que não é enviada
        (virtual_goods, services, tickets, donations, learnings, coupons, entertainment,
        travels);
      - campos de setor quando a categoria os pede: items[].event_date para tickets e
        entertainment, items[].category_descriptor (passenger, route) para travels.
      Com --order-id (API de Orders), GET /v1/orders/{"{"}order_id{"}"} (a resposta que payment-quality
      lê) pertence a esta conta (`user_id`) e traz os mesmos campos nos caminhos de Orders:
      items[] (external_code, title, description, category_id, quantity, unit_price, event_date
      para tickets), payer (quando o GET o devolve), shipment.address (quando devolvido) e
      additional_info.travel.passengers / travel.routes para itens de viagem. O que o GET não
      devolve é um achado informativo, não verificável, nunca contado como ausente. Com os dois
      ids, ambos são lidos e cada achado nomeia o pagamento ou o pedido.
      Cada lacuna é um aviso com o caminho do campo; a verificação é aprovada quando todo campo
      recomendado que ela consegue ver está presente.

    Por que importa
      A prevenção de fraudes do Mercado Pago aprova mais pagamentos quando sabe quem compra o
      quê e para onde vai; o guia dele para "melhorar a aprovação" lista estes campos.

    Confiança
      A lista de campos é documentada (confiança alta). Quais categorias pedem campos de setor e
      quais nunca são enviadas é uma inferência a partir dos ids de categoria do Mercado Pago
      (média-baixa). Para pedidos, o que um GET devolve vem dos tipos do SDK oficial de Node
      (média): o tipo de resposta dele tem o customer_id do pagador e não tem shipment nem
      additional_info. O device id (MercadoPago.js ou security.js, enviado como
      X-meli-session-id) também aumenta a aprovação, mas não aparece em um pagamento; a
      verificação checkout-page procura o MercadoPago.js na página de checkout.
