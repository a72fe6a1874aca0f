# As mensagens de `notifications`.
# URLs, hosts, ids, status, valores de ts, trechos de respostas, durações e o que diz
# src/net/ (motivos de transporte e de TLS, tipos de endereço) ficam como vêm. `kind` é
# Webhooks ou IPN.

notifications-no-urls = Não foi informada webhook_url nem ipn_url, nem um pagamento de produção (--payment-id com um Access Token) do qual ler uma notification_url.
notifications-payment-not-found = Não foi informada webhook_url nem ipn_url, e o pagamento { $id } não foi encontrado com este Access Token, então sua notification_url não pode ser lida.
notifications-read-payment = ler o pagamento { $id }
notifications-payment-without-url = Não foi informada webhook_url nem ipn_url, e o pagamento { $id } não tem notification_url (suas notificações vão para a URL configurada em Suas integrações > Webhooks, que a API não revela).
notifications-payment-url-invalid = Não foi informada webhook_url nem ipn_url, e a notification_url do pagamento { $id }, `{ $raw }`, não é uma URL http(s).
notifications-url-from-payment-one = Não foi informada webhook_url nem ipn_url: testando { $url }, a notification_url do pagamento { $id }, no formato { $format }.
notifications-url-from-payment-both = Não foi informada webhook_url nem ipn_url: testando { $url }, a notification_url do pagamento { $id }, nos formatos { $first } e { $second } (ela não tem source_news, então o Mercado Pago envia os dois).

notifications-not-https = A URL de { $kind } { $url } não é HTTPS.
notifications-this-machine = { $host } (esta máquina)
notifications-unreachable = Não é possível acessar a URL de { $kind } { $url }: { $err }.
notifications-private-is = O host da URL de { $kind } { $url } não é público: é { $addrs }. O Mercado Pago não consegue acessá-lo.
notifications-private-resolves = O host da URL de { $kind } { $url } não é público: ele resolve para { $addrs }. O Mercado Pago não consegue acessá-lo.
notifications-private-tested = Testado mesmo assim (--allow-private-addresses).
notifications-private-not-sent = Nada foi enviado para ele.

notifications-redirect = A URL de { $kind } { $url } respondeu à notificação com HTTP { $status }, um redirecionamento para { $location }.
notifications-redirect-no-location = A URL de { $kind } { $url } respondeu à notificação com HTTP { $status }, um redirecionamento sem cabeçalho Location.
notifications-waf = A URL de { $kind } { $url } está atrás de { $waf }, que respondeu HTTP { $status } no lugar do seu endpoint. { $how }
notifications-waf-406 = um WAF (HTTP 406 é a resposta típica do ModSecurity)
notifications-waf-how-cloudflare = No Cloudflare, adicione uma regra personalizada do WAF para este caminho e o método POST com a ação Skip (regras gerenciadas, Bot Fight Mode / Super Bot Fight Mode, limitação de taxa), ou reduza o Security Level para ele: o Mercado Pago não consegue resolver um desafio de JavaScript.
notifications-waf-how-modsecurity = Adicione uma exclusão de regras do ModSecurity para este local (SecRuleRemoveById para a regra que aparece no log de auditoria, ou ctl:ruleEngine=Off para este caminho), ou peça ao seu provedor de hospedagem que o libere.
notifications-waf-how-sucuri = No firewall da Sucuri, adicione este caminho aos caminhos de URL liberados.
notifications-waf-how-imperva = Na Imperva, adicione uma exceção à regra de segurança (proteção contra bots) para este caminho.
notifications-waf-how-akamai = Na Akamai, isente este caminho do Bot Manager e da política do WAF.
notifications-waf-how-aws = No AWS WAF, adicione uma regra que permita POST para este caminho antes da regra que o bloqueia (muitas vezes uma regra de controle de bots ou de tamanho).

notifications-ts-unit-mismatch = A URL de { $kind } { $url } recusou a notificação assinada com ts em milissegundos ({ $ms }, como o Mercado Pago a envia) com HTTP { $status }{ $excerpt }, e a aceitou com ts em segundos ({ $secs }).
notifications-refused-signed = A URL de { $kind } { $url } recusou uma notificação assinada corretamente (data.id { $data_id }, x-request-id { $request_id }) com HTTP { $status }{ $excerpt }; com ts em segundos: { $also }.
notifications-refused-unsigned = A URL de { $kind } { $url } recusou a notificação sem assinatura com HTTP { $status }{ $excerpt }, provavelmente porque valida x-signature; sem a assinatura secreta dos Webhooks não é possível distinguir isso de um endpoint quebrado.
notifications-refused-unsigned-summary = { $kind }: HTTP { $status } para uma notificação sem assinatura; defina MP_WEBHOOK_SECRET para testá-la assinada
notifications-bad-status = A URL de { $kind } { $url } respondeu à notificação com HTTP { $status }{ $excerpt }.

notifications-forged-accepted = A URL de { $kind } { $url } respondeu HTTP { $status } a uma notificação com uma x-signature errada (x-request-id { $request_id }).
notifications-forged-no-answer = A notificação com uma x-signature errada enviada para { $url } ficou sem resposta ({ $err }), então não se sabe se notificações falsificadas são recusadas.
notifications-no-secret = Não foi informada a assinatura secreta dos Webhooks, então a URL de { $kind } { $url } recebeu uma notificação sem assinatura e a validação da assinatura não foi testada.

notifications-summary = { $kind } { $status } em { $elapsed }
notifications-summary-ts-seconds = { $kind } { $status } em { $elapsed } (ts em segundos)
notifications-note-forged-accepted = assinatura falsificada aceita ({ $status })
notifications-note-forged-refused = assinatura falsificada recusada ({ $status })
notifications-note-forged-no-answer = assinatura falsificada sem resposta ({ $err })
notifications-note-order-accepted = notificação de order { $status } com as maiúsculas originais
notifications-note-order-lower-case = notificação de order aceita só com o id em minúsculas ({ $status })
notifications-note-order-refused = notificação de order recusada

notifications-order-lower-case = A URL de { $kind } { $url } recusou a notificação de order assinada sobre data.id { $which } como enviado ({ $first }{ $seconds }) e a aceitou assinada sobre { $lower } ({ $status }): seu endpoint valida os ids de order em minúsculas.
notifications-order-synthetic-id = { $id }, um id sintético: --order-id não foi informado
notifications-order-ts-seconds = ts em segundos, como a de pagamento precisou
notifications-note-synthetic-id = (id sintético { $id })
notifications-no-order-sent = nenhuma notificação de order enviada (IPN não tem tópico order; informe --webhook-url)
notifications-order-also-lower = ; assinada sobre o id em minúsculas: { $result }
notifications-order-refused-signed = A URL de { $kind } { $url } aceitou a notificação de pagamento, mas não a de order (tópico order, data.id { $which }, x-request-id { $request_id }, assinada{ $seconds }): { $first }{ $also }.
notifications-order-refused-unsigned = A URL de { $kind } { $url } aceitou a notificação de pagamento, mas não a de order (tópico order, data.id { $which }, x-request-id { $request_id }, sem assinatura porque a assinatura secreta dos Webhooks não foi informada{ $seconds }): { $first }{ $also }.

notifications-tls-invalid = A URL de { $kind } { $url } falha no TLS: { $problem }.
notifications-tls-does-not-verify = seu certificado não é verificado: { $err }
notifications-tls-no-handshake = nenhum handshake TLS 1.2/1.3 foi concluído: { $why }
notifications-tls-no-certificate = o servidor não enviou nenhum certificado

notifications-no-answer = A URL de { $kind } { $url } não respondeu à notificação em { $limit }: o Mercado Pago desiste após 22 s e a conta como não entregue.
notifications-too-slow = A URL de { $kind } { $url } levou { $elapsed } para responder; o Mercado Pago desiste após { $limit }.
notifications-slow = A URL de { $kind } { $url } levou { $elapsed } para responder (mais de { $limit }): as novas tentativas do Mercado Pago esperam só 5 s.

# Os códigos de `notifications`: seu significado e sua correção (em inglês estão nos metadados).
code-notifications-not-configured-meaning = Não foi informada webhook_url nem ipn_url, nem um pagamento de produção com notification_url, então a entrega de notificações não pode ser verificada.
code-notifications-not-configured-fix = Use --webhook-url URL (a URL configurada em Suas integrações > Webhooks) e/ou --ipn-url URL, ou defina-as no mp-golive.toml; ou use --payment-id de um pagamento de produção criado com notification_url.
code-notifications-url-from-payment-meaning = Não foi informada webhook_url nem ipn_url, então foi testada a notification_url do pagamento de produção configurado.
code-notifications-url-from-payment-fix = Nada a corrigir. Defina webhook_url (e ipn_url) para testar também a URL configurada no painel: uma notification_url por pagamento a substitui só para aquele pagamento.
code-notifications-not-https-meaning = A URL de notificação é http://: as notificações (ids de pagamento, status) trafegam sem criptografia e podem ser alteradas no caminho.
code-notifications-not-https-fix = Sirva o endpoint de notificações por HTTPS com um certificado de uma CA pública e configure a URL https:// em Suas integrações > Webhooks (e na notification_url).
code-notifications-private-address-meaning = O host é localhost ou resolve para um endereço de loopback, privado, link-local, CGNAT ou outro não público: o Mercado Pago não consegue acessá-lo (e recusa esses valores de notification_url). Nada é enviado para ele. (Com --allow-private-addresses, em staging, o código é `private-address-allowed` e a URL é testada.)
code-notifications-private-address-fix = Use um nome de host público que resolva para um endereço público (para o desenvolvimento local, um túnel como ngrok ou cloudflared fornece um). Para uma execução de staging contra uma URL privada, use --allow-private-addresses.
code-notifications-private-address-allowed-meaning = O host é localhost ou resolve para um endereço não público, e --allow-private-addresses foi informado (staging): a URL foi testada mesmo assim, mas o Mercado Pago não consegue acessá-la em produção.
code-notifications-private-address-allowed-fix = Antes de entrar em produção, configure uma URL pública: o Mercado Pago não consegue acessar esta (um túnel como ngrok ou cloudflared fornece uma para o desenvolvimento).
code-notifications-unreachable-meaning = Não foi possível acessar a URL de notificação; a mensagem diz por quê: a consulta DNS falhou, ou a conexão foi recusada, reiniciada ou esgotou o tempo limite.
code-notifications-unreachable-fix = Verifique a URL, o registro DNS, se o servidor escuta nessa porta e se os firewalls e grupos de segurança deixam entrar os servidores do Mercado Pago (libere toda a internet na porta HTTPS: o Mercado Pago não publica uma lista fixa de endereços).
code-notifications-tls-invalid-meaning = O certificado do host de notificações não é verificado (vencido, de outro host, autoassinado, de um emissor desconhecido ou com a cadeia incompleta) ou nenhum handshake TLS foi concluído: a entrega do Mercado Pago falha antes de qualquer requisição.
code-notifications-tls-invalid-fix = Sirva um certificado de uma CA pública que cubra este host, com a cadeia completa (fullchain.pem); `mp-golive check --only checkout-tls --checkout-url <esta URL>` aponta a causa exata.
code-notifications-redirect-meaning = O endpoint respondeu à notificação com um redirecionamento (3xx). O Mercado Pago não o segue e não conta a notificação como entregue.
code-notifications-redirect-fix = Configure a URL final (a do cabeçalho Location: muitas vezes https:// em vez de http://, uma barra no final ou www.), e faça o endpoint responder ao POST diretamente.
code-notifications-waf-challenge-meaning = Um firewall de aplicações web ou uma proteção contra bots respondeu no lugar do seu endpoint (o desafio `Just a moment` do Cloudflare, um 406 do ModSecurity, ...). O Mercado Pago não consegue resolver um desafio, então todas as notificações se perdem.
code-notifications-waf-challenge-fix = Libere o caminho de notificações para POST no WAF indicado na mensagem (Cloudflare: uma regra personalizada que ignore os desafios gerenciados, o Bot Fight Mode e a limitação de taxa para este caminho; ModSecurity: uma exclusão de regras para este local), sem desativar a validação da assinatura no seu endpoint.
code-notifications-bad-status-meaning = O endpoint respondeu à notificação com um status diferente de 200 ou 201 (a mensagem o informa, com um trecho do corpo). O Mercado Pago a conta como não entregue e tenta de novo.
code-notifications-bad-status-fix = Responda 200 (ou 201) assim que a notificação for recebida e validada, e processe-a depois; um 404 significa que a URL ou a rota está errada, um 5xx que seu endpoint falhou (veja os logs dele para esta requisição).
code-notifications-slow-meaning = O endpoint respondeu depois de slow_warning_ms (5 s): as novas tentativas do Mercado Pago esperam só 5 s. (Sem resposta dentro de slow_failure_ms é `too-slow`.)
code-notifications-slow-fix = Responda 200 primeiro e faça o trabalho (GET /v1/payments/{"{"}id{"}"}, atualização de pedidos, e-mails) de forma assíncrona, em uma fila ou um job em segundo plano.
code-notifications-too-slow-meaning = O endpoint não respondeu dentro de slow_failure_ms (os 22 s do Mercado Pago): o Mercado Pago conta a entrega como falha e tenta de novo.
code-notifications-too-slow-fix = Responda 200 primeiro e faça o trabalho (GET /v1/payments/{"{"}id{"}"}, atualização de pedidos, e-mails) de forma assíncrona, em uma fila ou um job em segundo plano.
code-notifications-rejects-valid-signature-meaning = Uma notificação assinada exatamente como o Mercado Pago a assina, com a assinatura secreta configurada, foi recusada (também com ts em segundos): seu endpoint recusaria todas as notificações reais.
code-notifications-rejects-valid-signature-fix = Verifique se seu endpoint usa a assinatura secreta exibida em Suas integrações > Webhooks (ela muda quando é redefinida) e monta o manifest id:<data.id da query string>;request-id:<cabeçalho x-request-id>;ts:<ts>; (sem as partes ausentes, e data.id com suas maiúsculas e minúsculas originais) antes do HMAC-SHA256 e da comparação em hexadecimal com v1. Em PHP, o parâmetro data.id da query chega como `$_GET['data_id']`.
code-notifications-ts-unit-mismatch-meaning = A notificação assinada com ts em milissegundos (como o Mercado Pago a envia) foi recusada, mas a mesma com ts em segundos foi aceita: a verificação de validade temporal do seu endpoint lê ts como segundos e vai recusar as notificações reais. As fontes divergem sobre a unidade (veja a seção Confiança de `mp-golive explain notifications`).
code-notifications-ts-unit-mismatch-fix = Mantenha ts exatamente como veio no manifest e, em qualquer verificação de validade temporal, aceite as duas unidades: um valor acima de 10^12 está em milissegundos; caso contrário, em segundos.
code-notifications-accepts-forged-signature-meaning = Com uma assinatura secreta configurada, uma notificação com uma x-signature errada recebeu uma resposta 2xx: qualquer pessoa que conheça a URL pode falsificar eventos de pagamento.
code-notifications-accepts-forged-signature-fix = Valide x-signature antes de agir sobre uma notificação (os SDKs do Mercado Pago incluem um validador) e responda 401 quando não coincidir; em qualquer caso, busque o pagamento com GET /v1/payments/{"{"}id{"}"} em vez de confiar no corpo.
code-notifications-signature-not-tested-meaning = Não foi informada a assinatura secreta dos Webhooks, então o tratamento da assinatura não foi testado: a notificação Webhooks foi enviada sem assinatura. Se o endpoint a recusou com 401/403, a verificação não consegue decidir e fica em `error`.
code-notifications-signature-not-tested-fix = Informe a assinatura secreta de Suas integrações > Webhooks por MP_WEBHOOK_SECRET ou --webhook-secret-file; ela nunca sai desta máquina (só assina as notificações de teste).
code-notifications-order-lowercase-id-meaning = O endpoint recusou uma notificação `order` assinada sobre seu data.id com as maiúsculas originais (ORD…, como os SDKs do Mercado Pago dizem que ele a assina desde junho de 2026) e aceitou a mesma assinada sobre o id em minúsculas (como a documentação de Orders ainda diz para validar): notificações de order reais podem ser recusadas. As fontes divergem (veja a seção Confiança de `mp-golive explain notifications`).
code-notifications-order-lowercase-id-fix = Monte o manifest com data.id exatamente como chega na query string (com as maiúsculas originais), como fazem os SDKs oficiais desde junho de 2026; se precisar seguir a documentação anterior, aceite as duas formas até que o Mercado Pago defina isso.
code-notifications-order-refused-meaning = O endpoint aceitou a notificação de pagamento, mas recusou uma notificação `order` (tópico `order`, ação order.processed, data.id um id ORD…) assinada sobre o id com as maiúsculas originais e, quando essa foi recusada com 400/401/403, de novo assinada sobre o id em minúsculas: uma integração com a API de Orders perderia seus eventos de order.
code-notifications-order-refused-fix = Trate o tópico `order`: responda 200 a ele (valide x-signature sobre data.id como chega) e depois leia a order com GET /v1/orders/{"{"}id{"}"}; verifique se em Suas integrações > Webhooks os eventos de Orders estão selecionados.
code-notifications-api-error-meaning = Não foi possível ler na API do Mercado Pago o pagamento configurado para encontrar sua notification_url; a verificação fica em `error`, não em `pass`.
code-notifications-api-error-fix = Execute de novo mais tarde, ou informe --webhook-url / --ipn-url diretamente.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-notifications-explain =
    O que verifica
      Para cada uma de webhook_url (formato Webhooks) e ipn_url (formato IPN):
      - A URL é https:// e seu host não é localhost e resolve só para endereços públicos (não
        loopback, RFC 1918, link-local, CGNAT, unique-local...).
      - O certificado TLS é verificado contra as raízes da Mozilla (mais --ca-file), como faz a
        inspeção de checkout-tls.
      - Uma notificação é enviada por POST exatamente como o Mercado Pago a envia, e deve ser
        respondida com 200 ou 201, sem redirecionamento, em menos de 22 s (um aviso acima de
        5 s).
          Webhooks: POST <url>?data.id=<id>&type=payment, corpo JSON {"{"}id, live_mode, type,
            date_created, user_id, api_version, action, data.id{"}"}, x-request-id e
            x-signature: ts=<ms>,v1=<HMAC-SHA256 em hexadecimal de id:<data.id>;request-id:<x-request-id>;ts:<ts>;>
            com a assinatura secreta dos Webhooks (partes ausentes são omitidas; data.id mantém
            maiúsculas e minúsculas).
          IPN: POST <url>?topic=payment&id=<id> com {"{"}"resource": "<id>", "topic": "payment"{"}"}.
      - Com a assinatura secreta dos Webhooks (MP_WEBHOOK_SECRET ou --webhook-secret-file), uma
        segunda notificação Webhooks com um x-signature errado deve ser recusada (um aviso se for
        aceita).
      - Desafios de WAF (Cloudflare, ModSecurity, Sucuri, Imperva, AWS WAF, Akamai) são
        nomeados.
      Quando nenhuma URL é informada, a notification_url do pagamento de produção configurado
      (--payment-id) é testada, e um achado informativo diz isso; o `source_news` dele escolhe o
      formato (webhooks, ipn, ou ambos quando ausente).

    O que o seu endpoint recebe
      Requisições HTTP reais. data.id é um id sintético de 18 dígitos começando com 9990 (os ids
      de pagamento do Mercado Pago têm de 10 a 12 dígitos), então um endpoint que consulta
      GET /v1/payments/<id> recebe 404, não altera nenhum pedido e não envia nenhum e-mail;
      --webhook-data-id envia outro id no lugar. As requisições levam
      `User-Agent: mp-golive/<versão>` e um x-request-id novo cada uma, e os `X-Retry: 0` e
      `X-Socket-Timeout: 22000` do Mercado Pago; live_mode é true. Até três requisições por URL:
      a assinada, uma nova tentativa com ts em segundos se ela for recusada, e a forjada.

    Por que importa
      A página de ir para produção pede que o status dos pedidos seja mantido atualizado a
      partir das notificações. O Mercado Pago só conta uma entrega quando recebe 200/201 em menos
      de 22 s; um redirecionamento, um desafio de WAF, um endereço privado ou um endpoint que
      recusa as assinaturas dele significam pagamentos perdidos.

    Confiança
      Alta: o manifest, HMAC-SHA256, a regra de 200/201 e a espera de 22 s (documentação do
      Mercado Pago, SDK-go). Média: o par exato data.id/type da query e a espera de 5 s das novas
      tentativas (uma tabela de novas tentativas antiga; o texto atual diz que elas vêm a cada 15
      minutos). Baixa: o corpo do IPN (capturas de terceiros). Em disputa: a unidade de ts. O
      exemplo de entrega do Mercado Pago tem 13 dígitos (milissegundos) e o SDK-go compara com
      milissegundos Unix, mas as verificações opcionais de validade do sdk-python 3.6.0 e do
      sdk-nodejs 3.6.1 leem segundos. Esta verificação envia milissegundos primeiro; se a
      notificação assinada for recusada, tenta uma vez mais em segundos e avisa com
      ts-unit-mismatch quando essa é aceita. data.id mantém as maiúsculas e minúsculas originais
      (a correção do SDK-go de junho de 2026), embora a documentação de Orders dissesse para
      passá-lo para minúsculas.

    API de Orders
      Com um id de pedido (--order-id) ou `topics` incluindo "order", a URL de Webhooks também
      recebe uma notificação `order` como o Mercado Pago a envia para a API de Orders (type
      order, action order.processed, data.id o id ORD…, data.status, data.transactions,
      data.version), além da de pagamento e assinada sobre data.id com as maiúsculas e
      minúsculas originais. Recusada com 400/401/403 (pelo endpoint, não por um WAF), ela é
      enviada mais uma vez assinada sobre o id em minúsculas: aceita então, é order-lowercase-id
      (o endpoint segue a documentação de Orders anterior; todos os SDKs oficiais passaram às
      maiúsculas e minúsculas originais em 2026-06-17, dizendo que o Mercado Pago assina assim);
      recusada de novo (ou recusada de outra forma) enquanto a de pagamento foi aceita, é
      order-refused. Um endpoint que aceita o id original é aprovado. Para um endpoint que lê ts
      como segundos (ts-unit-mismatch), a pergunta das maiúsculas é feita de novo com ts em
      segundos, para que a recusa dele seja sobre o id. Sem id de pedido, o id é um sintético
      ORDMPGOLIVE… e o resumo diz isso. O IPN não tem tópico order.
      Confiança: alta para as maiúsculas e minúsculas dos SDKs, média para a forma do corpo; a
      documentação ainda diz para passar para minúsculas, e o sdk-java #420 relata webhooks de
      pedidos que não validam com nenhuma das duas formas com credenciais de teste, então está
      em disputa qual o Mercado Pago assina: o achado é um aviso, não um erro.

    Tempos
      A notificação tem slow_failure_ms (os 22 s do Mercado Pago) para responder, seja qual for
      o --timeout; a conexão e a inspeção TLS são limitadas por --timeout.


    O histórico de entregas do Mercado Pago (--official, opcional)
      Com --official, o servidor MCP do Mercado Pago (mcp_url) é consultado com
      notifications_history, com o Access Token como bearer (e o id da aplicação do token quando
      a ferramenta o declara): a taxa de entrega que o seu texto indica é official-history, as
      falhas que ele nomeia ("3 failures: HTTP 502") official-failures (um aviso: entregas
      reais falharam), e "No Notifications Found" ou "no webhook notifications configured"
      official-none, dito com todas as letras. São o registro do Mercado Pago, ao lado dos
      testes próprios desta verificação. Uma falha do lado MCP é official-error: a verificação
      fica em `error`, não em `pass`. Confiança: o formato do texto da ferramenta não é
      documentado, então a taxa e as falhas são lidas das suas linhas com cautela.

option-notifications-slow_warning_ms-help = Uma resposta mais lenta que isto (milissegundos) gera um aviso: as novas tentativas do Mercado Pago esperam 5 s.
option-notifications-slow_failure_ms-help = Sem resposta dentro deste tempo (milissegundos), a verificação falha: o Mercado Pago espera 22 s. Também é o tempo dado à notificação.
option-notifications-topics-help = Os tópicos enviados à URL de Webhooks: "payment" sempre, e também "order" (API de Orders) quando está na lista ou quando um id de pedido é informado.

# --official: o registro do Mercado Pago das entregas reais (notifications_history do seu servidor MCP).
notifications-official-what = ler o histórico de entregas do Mercado Pago (notifications_history, o seu servidor MCP)
notifications-official-rate = Histórico de entregas do Mercado Pago (notifications_history): taxa de entrega { $rate }.
notifications-official-text = O histórico de entregas do Mercado Pago (notifications_history) não indica uma taxa de entrega que possa ser lida; o seu texto: { $text }
notifications-official-failures = O histórico de entregas do Mercado Pago nomeia entregas que falharam: { $failures }
notifications-official-none-found = O histórico de entregas do Mercado Pago diz "No Notifications Found": nenhuma notificação foi enviada a esta aplicação recentemente, então nada se sabe das entregas reais.
notifications-official-not-configured = O histórico de entregas do Mercado Pago diz "no webhook notifications configured": não há URL de Webhooks em Suas integrações > Webhooks, então as notificações vão só para o notification_url de cada pagamento.
notifications-official-summary = taxa de entrega do Mercado Pago { $rate }

code-notifications-official-history-meaning = Com --official: o histórico de entregas que o servidor MCP do Mercado Pago dá (a ferramenta notifications_history): a taxa de entrega como o seu texto a indica, ou o seu texto (limpo e cortado). O registro do Mercado Pago das entregas reais, ao lado dos testes próprios desta verificação.
code-notifications-official-history-fix = Nada obrigatório; veja as falhas listadas, se houver, e Suas integrações > Webhooks > o histórico de entregas.
code-notifications-official-failures-meaning = Com --official: o histórico de entregas do Mercado Pago nomeia entregas recentes que falharam (por exemplo "3 failures: HTTP 502"): notificações reais não chegaram ao handler.
code-notifications-official-failures-fix = Procure as entregas que falharam nos logs do seu servidor nos horários do histórico (Suas integrações > Webhooks), corrija o que respondeu o erro e responda 200/201 em menos de 22 s.
code-notifications-official-none-meaning = Com --official: o histórico de entregas do Mercado Pago diz "No Notifications Found" (nenhuma notificação foi enviada a esta aplicação recentemente) ou "no webhook notifications configured" (não há URL de Webhooks no painel: as notificações vão só para o notification_url de cada pagamento). Nada se sabe das entregas reais.
code-notifications-official-none-fix = Configure a URL de Webhooks em Suas integrações > Webhooks, ou confira que os pagamentos levem notification_url; faça um pagamento e execute de novo para ver as suas entregas.
code-notifications-official-error-meaning = Com --official: não foi possível consultar o servidor MCP do Mercado Pago ou ler a sua resposta (inacessível, tempo esgotado, erro HTTP ou JSON-RPC, uma ferramenta não listada, uma resposta ilegível ou grande demais); a verificação fica em `error`, não em `pass`, e os achados dos testes continuam valendo.
code-notifications-official-error-fix = Execute de novo mais tarde; confira --mcp-url, que o Access Token seja um de produção que o servidor MCP aceite, e -v para ver as requisições. Ou retire --official.
