# checkout-page: a página de pagamento como um navegador a carrega (conteúdo misto,
# credenciais, MercadoPago.js, campos de cartão, cookies). URLs, tags, chaves (ocultadas) e
# nomes de cookies ficam como vêm; o que src/net/ diz sobre uma página que não pôde ser
# obtida fica em inglês.

checkout-page-fetch-failed-summary = não foi possível obter a página: { $err }
checkout-page-fetch-failed = Não foi possível obter a página { $url }: { $err }. Nada nela foi verificado.
checkout-page-insecure-redirect = { $url } redireciona para { $to }.
checkout-page-http-status = { $url } respondeu HTTP { $status }.
checkout-page-not-https = A página de pagamento { $url } é servida por http://.
checkout-page-truncated = { $url } tem mais de 2 MiB; só os primeiros 2 MiB foram analisados.
checkout-page-mixed-active = A página carrega { $what } por http://: { $link }.
checkout-page-what-script = um script
checkout-page-what-iframe = um iframe
checkout-page-what-frame = um frame
checkout-page-what-stylesheet = uma folha de estilos
checkout-page-what-object = um objeto
checkout-page-what-embed = um embed
checkout-page-what-form = um formulário que envia dados
checkout-page-what-form-button = um botão de formulário que envia dados
checkout-page-mixed-passive = A página carrega { $count ->
        [one] { $count } recurso de mídia
       *[other] { $count } recursos de mídia
    } por http://: { $list }.
checkout-page-mixed-passive-more = A página carrega { $count ->
        [one] { $count } recurso de mídia
       *[other] { $count } recursos de mídia
    } por http://: { $list } e mais { $more }.
checkout-page-sdk-insecure = O MercadoPago.js é carregado por http://: { $link }.
checkout-page-sdk-v1 = A página carrega o MercadoPago.js v1 de { $link }.
checkout-page-sdk-self-hosted = { $link } pode ser uma cópia do MercadoPago.js servida de um host diferente de { $sdk_host }: o nome ou o caminho é o do SDK, nenhuma tag carrega o SDK de { $sdk_host } e não foi possível lê-lo para saber ({ $err }).
checkout-page-sdk-copy = { $link } é uma cópia do MercadoPago.js servida de um host diferente de { $sdk_host }: { $kib } KiB que trazem os próprios hosts do Mercado Pago do SDK.
checkout-page-upgraded-http = A página faz referência a { $count ->
        [one] { $count } recurso
       *[other] { $count } recursos
    } por http:// ({ $list }); `upgrade-insecure-requests` na Content-Security-Policy dela faz o navegador buscá-los por https://, mas essas referências são frágeis.
checkout-page-sdk-not-found = Nenhum <script> carrega o MercadoPago.js de https://sdk.mercadopago.com/js/v2 no HTML como ele é servido.
checkout-page-test-public-key = A página contém a Public Key de teste { $key }.
checkout-page-public-key-mismatch = A página contém a Public Key { $key }, mas a configurada é { $configured }.
checkout-page-access-token-exposed = A página contém um Access Token ({ $token }).
checkout-page-card-field-named = O campo de cartão { $field } tem um atributo name.
checkout-page-insecure-cookie = A página define cookies sem Secure: { $names }.
checkout-page-summary-sdk = HTTP { $status }, MercadoPago.js de { $sdk_host }
checkout-page-summary-no-sdk = HTTP { $status }, sem tag do MercadoPago.js
checkout-page-summary-truncated = página com mais de 2 MiB (lida em parte)

# Os códigos de checkout-page: o significado e a solução (em inglês ficam nos metadados).
code-checkout-page-not-https-meaning = A página de pagamento é servida por http://: os dados do cartão e a própria página trafegam sem proteção.
code-checkout-page-not-https-fix = Sirva o checkout por HTTPS (um certificado do Let's Encrypt é gratuito) e configure a URL https://.
code-checkout-page-fetch-failed-meaning = Não foi possível obter a página (a conexão falhou, o TLS não foi verificado, o servidor respondeu algo que não é HTTP ou os redirecionamentos entraram em loop), então nada nela foi verificado; a verificação fica em `error`, e não em `pass`.
code-checkout-page-fetch-failed-fix = Corrija o que a mensagem indica (o checkout-tls explica os problemas de certificado); com -v todas as conexões e respostas são registradas.
code-checkout-page-truncated-meaning = A página tem mais de 2 MiB; só os primeiros 2 MiB foram analisados, então o resto não foi verificado.
code-checkout-page-truncated-fix = Não há nada a corrigir se a página deve ser tão grande; o formulário de cartão costuma ficar perto do início.
code-checkout-page-http-status-meaning = A URL do checkout não responde 2xx.
code-checkout-page-http-status-fix = Faça da URL configurada a página que mostra o formulário de pagamento, acessível sem login e respondendo 200.
code-checkout-page-insecure-redirect-meaning = A URL do checkout redireciona para uma página http://.
code-checkout-page-insecure-redirect-fix = Redirecione só para URLs https://; corrija a URL do site nas configurações da loja (WordPress: Configurações > Geral) atrás de um proxy TLS.
code-checkout-page-mixed-content-active-meaning = A página HTTPS carrega um script, iframe, folha de estilos, object/embed ou envia um formulário por http://; os navegadores bloqueiam isso.
code-checkout-page-mixed-content-active-fix = Carregue todos os recursos e envie todos os formulários por https:// (ou com URLs relativas ao protocolo); uma Content-Security-Policy `upgrade-insecure-requests` ajuda a encontrar os que faltarem.
code-checkout-page-mixed-content-passive-meaning = A página HTTPS carrega imagens, áudio ou vídeo por http://; os navegadores os atualizam ou bloqueiam e tiram o cadeado.
code-checkout-page-mixed-content-passive-fix = Sirva essas mídias por https://.
code-checkout-page-test-public-key-meaning = A página contém uma Public Key TEST-: o formulário de pagamento está em modo de teste.
code-checkout-page-test-public-key-fix = Substitua-a pela Public Key de produção de Suas integrações > (sua aplicação) > Credenciais de produção.
code-checkout-page-public-key-mismatch-meaning = A página contém uma Public Key diferente da configurada: o frontend e o backend usam credenciais diferentes.
code-checkout-page-public-key-mismatch-fix = Use a Public Key mostrada ao lado do Access Token do backend na mesma página de Credenciais de produção, e publique o frontend de novo.
code-checkout-page-access-token-exposed-meaning = Há algo com formato de Access Token na página (ocultado na mensagem): qualquer pessoa pode lê-lo e operar na conta.
code-checkout-page-access-token-exposed-fix = Remova-o do frontend imediatamente, renove as credenciais (Suas integrações > Credenciais de produção > renovar) e mantenha o token só no servidor.
code-checkout-page-sdk-insecure-meaning = O MercadoPago.js é carregado por http://.
code-checkout-page-sdk-insecure-fix = Carregue-o de https://sdk.mercadopago.com/js/v2.
code-checkout-page-sdk-v1-meaning = A página carrega o MercadoPago.js v1 (secure.mlstatic.com/sdk/javascript/v1), que o Mercado Pago substituiu pela v2.
code-checkout-page-sdk-v1-fix = Migre para o MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2) ou para um Brick; o fluxo de tokenização de cartão da v1 é diferente, então siga o guia de migração para a v2.
code-checkout-page-sdk-self-hosted-meaning = Um script de outro host é, ou pode ser, uma cópia do MercadoPago.js: tem o nome do SDK, nenhuma tag carrega o SDK de sdk.mercadopago.com, e o conteúdo dele é o do SDK (o tamanho, os hosts do Mercado Pago que ele chama) ou não foi possível lê-lo para saber. Um loader ou wrapper próprio do lojista não é informado. O Mercado Pago pede que o SDK seja carregado como é fornecido, sem hospedá-lo nem modificá-lo.
code-checkout-page-sdk-self-hosted-fix = Carregue <script src="https://sdk.mercadopago.com/js/v2"></script> (ou o loader oficial do npm) em vez de uma cópia.
code-checkout-page-sdk-not-found-meaning = Nenhuma tag do MercadoPago.js está no HTML. É normal em redirecionamentos do Checkout Pro e com loaders do npm que o inserem em tempo de execução.
code-checkout-page-sdk-not-found-fix = Nada, se você usa Checkout Pro ou @mercadopago/sdk-js; para Checkout API ou Bricks, garanta que a página carregue https://sdk.mercadopago.com/js/v2.
code-checkout-page-card-field-named-meaning = Um campo de cartão (número, código de segurança, validade) tem um atributo `name`, então um envio do formulário mandaria os dados do cartão para o servidor do vendedor.
code-checkout-page-card-field-named-fix = Remova o atributo `name` dos campos de cartão (ou use o Card Payment Brick ou os Secure Fields, cujos campos são iframes do Mercado Pago).
code-checkout-page-upgraded-http-meaning = A página faz referência a recursos por http://, e a Content-Security-Policy aplicada dela tem `upgrade-insecure-requests`, então o navegador os busca por https:// e eles não são conteúdo misto; as referências continuam frágeis (uma resposta sem a política, ou um host sem HTTPS, as quebra).
code-checkout-page-upgraded-http-fix = Escreva as referências como URLs https:// (ou relativas); mantenha `upgrade-insecure-requests` como rede de segurança.
code-checkout-page-insecure-cookie-meaning = A página define um cookie sem o atributo Secure, então ele pode trafegar por http://.
code-checkout-page-insecure-cookie-fix = Adicione `Secure` a cada cookie que o checkout define (e `HttpOnly` aos cookies de sessão).

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-checkout-page-explain =
    O que verifica
      - A URL do checkout é servida por https:// e responde 2xx, e todo redirecionamento fica em
        https://.
      - Sem conteúdo misto ativo: scripts, iframes, folhas de estilo, objects/embeds ou ações de
        formulário por http:// (os navegadores os bloqueiam; o formulário de pagamento pode
        quebrar). Conteúdo misto passivo (imagens, áudio, vídeo) gera um aviso.
      - Nenhuma Public Key TEST- e nada com formato de Access Token em qualquer parte da página;
        uma Public Key na página é igual à configurada.
      - O MercadoPago.js v2 vem de https://sdk.mercadopago.com/js/v2, não por http:// e não como
        cópia hospedada em outro lugar (o Mercado Pago pede que ele seja usado como fornecido);
        v1 de secure.mlstatic.com gera um aviso; um script com o nome do SDK é lido para
        distinguir uma cópia de um loader ou wrapper, e um junto com a tag oficial não é.
      - Com `upgrade-insecure-requests` numa Content-Security-Policy aplicada, os recursos
        http:// são buscados por https:// e não são conteúdo misto (um aviso diz que essas
        referências são frágeis).
      - Os campos de cartão não têm atributo `name`, então os dados do cartão nunca são enviados
        ao lojista.
      - Os cookies definidos pela página têm `Secure`.

    Por que importa
      A página de ir para produção do Mercado Pago exige o formulário de pagamento em uma página
      HTTPS; conteúdo misto quebra o cadeado ou o formulário, uma chave TEST- não recebe
      pagamentos reais e um Access Token em uma página dá a qualquer pessoa o controle da conta.

    Limites
      A análise lê o HTML como é servido; conteúdo injetado depois por JavaScript não é visto.
      Os carregadores do npm (@mercadopago/sdk-js, sdk-react) e os redirecionamentos do Checkout
      Pro não mostram nenhuma tag do SDK, por isso `sdk-not-found` é apenas informativo.
