# O que o executor diz de uma verificação que não rodou ou que não terminou.

runner-turned-off = desativada no arquivo de configuração ([checks.{ $id }] enabled = false)
runner-needs = precisa de { $inputs }
runner-and = e
runner-no-input = Não foi informado { $input }, então este requisito não pode ser verificado.
runner-no-input-fix = { $how }. Para deixar a verificação de fora, defina `enabled = false` em [checks.{ $id }] no mp-golive.toml.
runner-token-malformed-summary = não executada: o Access Token está malformado (veja credentials)
runner-token-malformed = A verificação não rodou: o Access Token está malformado (veja a verificação credentials), e um token malformado nunca é enviado.
runner-undecided = A verificação não conseguiu decidir ({ $reason }) e não deu nenhum achado próprio (um erro do mp-golive).
runner-unfinished = A verificação { $reason }.
runner-did-not-finish = não terminou
runner-deadline = não terminou antes do limite de { $deadline } da execução
runner-interrupted = foi interrompida por { $signal } antes de terminar
runner-panicked-summary = erro interno: a verificação parou inesperadamente (por favor, reporte)
runner-panicked = A verificação parou inesperadamente (um erro do mp-golive); nada do que ela verificava conta como verificado.

need-access-token = o Access Token
need-public-key = a Public Key
need-checkout-url = a URL do checkout
need-notification-url = uma URL de Webhooks ou IPN
need-payment-or-order = um id de pagamento ou de pedido
need-access-token-how = defina MP_ACCESS_TOKEN, ou use --access-token-file CAMINHO
need-public-key-how = defina MP_PUBLIC_KEY, ou use --public-key KEY, ou defina public_key no mp-golive.toml
need-checkout-url-how = use --checkout-url URL ou defina checkout_url no mp-golive.toml
need-notification-url-how = use --webhook-url URL e/ou --ipn-url URL, ou defina-as no mp-golive.toml (ou use --payment-id de um pagamento de produção com notification_url, junto com o Access Token)
need-payment-or-order-how = use --payment-id ID de um pagamento, ou --order-id ORD… de um pedido da API de Orders, feitos com credenciais de produção
