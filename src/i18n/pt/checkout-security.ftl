# checkout-security: a CSP da página de pagamento, o enquadramento, o referrer, a integridade e
# o inventário de scripts, e `mp-golive baseline`. Diretivas, fontes, URLs, hashes e valores de
# cabeçalhos ficam como vêm; o que src/net/ diz sobre uma página que não pôde ser obtida fica
# em inglês.

checkout-security-fetch-failed = Não foi possível obter a página { $url }: { $err }. Os cabeçalhos e os scripts dela não foram verificados.
checkout-security-insecure-redirect = { $url } redireciona para { $to } (http://); os cabeçalhos e os scripts da página de pagamento não foram lidos.
checkout-security-http-status = { $url } respondeu HTTP { $status }: essa resposta não é a página de pagamento, então os cabeçalhos e os scripts dela não foram avaliados.
checkout-security-unavailable-summary = não foi possível ler a página de pagamento; nada nela foi verificado
checkout-security-truncated-summary = a página tem mais de 2 MiB: o inventário de scripts está incompleto
checkout-security-truncated = { $url } tem mais de 2 MiB; os scripts depois dos primeiros 2 MiB não foram vistos.
checkout-security-no-csp = A página não envia Content-Security-Policy: um script injetado rodaria sem obstáculos.
checkout-security-csp-report-only = A página envia só Content-Security-Policy-Report-Only: as violações são relatadas, mas nada é bloqueado.
checkout-security-csp-meta = A política vem só de uma tag <meta http-equiv>: ali `frame-ancestors` e os relatórios são ignorados, e os scripts antes da tag não ficam cobertos.
checkout-security-script-unrestricted = A política aplicada não define `script-src` nem `default-src`: os scripts não têm restrição.
checkout-security-unsafe-inline = `{ $directive }` permite 'unsafe-inline' sem nonce nem hash: qualquer script inline injetado roda.
checkout-security-inline-blocked = `{ $directive }` bloqueia o script inline { $hash } (`{ $start }`…): ele não tem nenhum nonce da política e o hash dele não está na lista.
checkout-security-script-wildcard = `{ $directive }` permite { $sources }: um script de qualquer host roda.
checkout-security-sdk-nonce-missing = `{ $directive }` usa 'strict-dynamic', então só o nonce dela admite uma tag, e a tag do MercadoPago.js { $link } não tem nenhum nonce da política: o navegador a bloqueia.
checkout-security-sdk-host-blocked = `{ $directive }` não permite { $hosts }, que o MercadoPago.js e os Bricks usam segundo a medição.
checkout-security-sdk-host-blocked-fallback = `{ $directive }` não está definida, então vale `{ $from }`, que não permite { $hosts }, que o MercadoPago.js e os Bricks usam segundo a medição.
checkout-security-clickjacking-open = `frame-ancestors { $sources }` deixa qualquer site enquadrar a página de pagamento.
checkout-security-clickjacking-none = Não há `frame-ancestors` (numa política enviada como cabeçalho) nem X-Frame-Options: qualquer site pode enquadrar a página de pagamento.
checkout-security-clickjacking-xfo = X-Frame-Options `{ $value }` não é DENY nem SAMEORIGIN (os navegadores ignoram ALLOW-FROM), e nenhuma política de cabeçalho define `frame-ancestors`.
checkout-security-no-referrer-policy = A página não define Referrer-Policy (nem em cabeçalho nem com <meta name="referrer">).
checkout-security-referrer-leaks = Referrer-Policy `{ $policy }` envia a URL completa da página, com os ids de pagamento, para outros sites.
checkout-security-sdk-sri-exempt = O MercadoPago.js ({ $link }) não tem atributo integrity, e é assim que deve ser: a URL dele não tem versão e o Mercado Pago atualiza o arquivo no mesmo lugar, então um hash fixo quebraria o formulário de pagamento. O Mercado Pago responde por esse script.
checkout-security-sdk-sri-pinned = O MercadoPago.js ({ $link }) tem um atributo integrity: o navegador vai recusá-lo, e o formulário de pagamento vai parar de funcionar, na próxima atualização do arquivo pelo Mercado Pago.
checkout-security-sri-missing-script = O script { $link } vem de outro host sem atributo integrity.
checkout-security-sri-missing-stylesheet = A folha de estilos { $link } vem de outro host sem atributo integrity.
checkout-security-integration-card-fields = A página tem campos de cartão próprios ({ $evidence }) e não usa Bricks nem Secure Fields: os dados do cartão passam pela sua página, o que sugere SAQ A-EP, com PCI DSS 6.4.3 e 11.6.1 por completo. É uma orientação a partir do que a página mostra, não uma certificação.
checkout-security-integration-bricks = A página usa Bricks ({ $evidence }): os campos de cartão são iframes de secure-fields.mercadopago.com, o que sugere SAQ A mais a proteção dos scripts da própria página (controles como os de 6.4.3/11.6.1). É uma orientação a partir do que a página mostra, não uma certificação.
checkout-security-integration-secure-fields = A página usa Secure Fields ({ $evidence }): os campos de cartão são iframes de secure-fields.mercadopago.com, o que sugere SAQ A mais a proteção dos scripts da própria página (controles como os de 6.4.3/11.6.1). É uma orientação a partir do que a página mostra, não uma certificação.
checkout-security-integration-pro = A página parece redirecionar para o Checkout Pro ({ $evidence }): os dados do cartão nunca chegam à sua página, o que sugere SAQ A. É uma orientação a partir do que a página mostra, não uma certificação.
checkout-security-integration-unknown = O HTML não mostra nenhum link para o Checkout Pro, Bricks, Secure Fields nem campo de cartão (o JavaScript pode adicioná-los depois), então nenhum escopo de PCI DSS pôde ser sugerido.
checkout-security-no-baseline = Não há linha de base de scripts: { $path } não existe, então as mudanças desde um estado revisado não foram comparadas.
checkout-security-baseline-other-page = A linha de base { $path } foi registrada a partir de { $baseline }, não de { $url }: o que segue podem ser diferenças entre páginas, não mudanças.
checkout-security-absent = (nenhum)
checkout-security-inline-script = um script inline { $hash }
checkout-security-script-added = Script adicionado desde a linha de base { $path }: { $script }.
checkout-security-script-removed = Script removido desde a linha de base { $path }: { $script }.
checkout-security-script-changed = Script alterado desde a linha de base: { $script } ({ $changes }).
checkout-security-header-changed = O cabeçalho { $header } mudou desde a linha de base: `{ $before }` → `{ $now }`.
checkout-security-summary = { $scripts ->
        [one] { $scripts } script
       *[other] { $scripts } scripts
    }; proteções: { $protections }
checkout-security-baseline-missing = o arquivo de linha de base { $path } (--baseline, ou `baseline` em [checks.checkout-security]) não existe: escreva-o com `mp-golive baseline --out { $path }`, ou remova essa configuração
checkout-security-baseline-unusable = o arquivo de linha de base { $path } não pode ser usado: { $why }. Escreva-o de novo com `mp-golive baseline --out { $path }`

baseline-no-checkout-url = falta a URL do checkout: informe-a com --checkout-url, MP_GOLIVE_CHECKOUT_URL ou `checkout_url` no mp-golive.toml
baseline-not-written = nada foi escrito; corrija a página ou a URL e rode `mp-golive baseline` de novo
baseline-cannot-write = não foi possível escrever { $path }: { $error }
baseline-wrote = { $path } escrito: { $external } externos e { $inline } inline { $inline ->
        [one] script
       *[other] scripts
    }, { $headers } { $headers ->
        [one] cabeçalho
       *[other] cabeçalhos
    } de segurança. Revise, justifique cada script e faça commit; `mp-golive check` informa o que mudar.

# Os códigos de checkout-security: significado e solução (em inglês estão nos metadados).
code-checkout-security-page-unavailable-meaning = Não foi possível ler a página de pagamento (o download falhou, houve um redirecionamento para http:// ou uma resposta diferente de 2xx), então os cabeçalhos e os scripts dela não foram verificados; a verificação fica em `error`, não em `pass`.
code-checkout-security-page-unavailable-fix = Corrija o que o checkout-page informa para a mesma URL e rode de novo.
code-checkout-security-truncated-meaning = A página tem mais de 2 MiB; os scripts depois dos primeiros 2 MiB não foram vistos, então o inventário está incompleto e a verificação fica em `error`, não em `pass`.
code-checkout-security-truncated-fix = Sirva uma página de pagamento menor (o formulário de cartão e os scripts dele costumam ficar perto do início).
code-checkout-security-no-csp-meaning = A página não tem Content-Security-Policy: qualquer script injetado (um plugin comprometido, um gerenciador de tags) roda e pode ler o que o comprador digita.
code-checkout-security-no-csp-fix = Envie um cabeçalho Content-Security-Policy com `script-src` limitado à sua própria origem, nonces ou hashes e os hosts do Mercado Pago listados em `mp-golive explain checkout-security`.
code-checkout-security-csp-report-only-meaning = A página envia só Content-Security-Policy-Report-Only: as violações são relatadas, mas nada é bloqueado.
code-checkout-security-csp-report-only-fix = Quando os relatórios estiverem limpos, envie a mesma política como Content-Security-Policy (aplicada).
code-checkout-security-csp-meta-meaning = A política é definida só por <meta http-equiv>: os navegadores aplicam as regras de scripts dela, mas ali ignoram `frame-ancestors`, `report-uri` e `sandbox`, e os scripts antes da tag não ficam cobertos.
code-checkout-security-csp-meta-fix = Envie a política como cabeçalho HTTP.
code-checkout-security-script-unrestricted-meaning = A política aplicada não tem `script-src` (nem `script-src-elem`) nem `default-src`, então não restringe os scripts.
code-checkout-security-script-unrestricted-fix = Adicione `script-src 'self' https://sdk.mercadopago.com https://http2.mlstatic.com` (com nonces ou hashes para os scripts inline), ou `'strict-dynamic'` com nonces.
code-checkout-security-unsafe-inline-meaning = `script-src` permite `'unsafe-inline'` sem nonce nem hash: um script inline injetado roda, e é isso que os skimmers injetam.
code-checkout-security-unsafe-inline-fix = Dê aos scripts inline um nonce por resposta (`'nonce-…'`) ou liste os hashes deles (`mp-golive baseline` registra cada `sha256-…`), e remova `'unsafe-inline'`.
code-checkout-security-inline-blocked-meaning = Um script inline não tem nenhum nonce da política aplicada e o hash dele não está na lista, então o navegador não o executa; se for o que inicia o MercadoPago.js ou os Bricks, o formulário de pagamento nunca aparece (um nonce guardado em cache com a página, ou um script editado sem atualizar o hash, causa isso).
code-checkout-security-inline-blocked-fix = Dê ao script o nonce por resposta da política (e nunca guarde em cache uma página com o nonce dela), ou liste o `sha256-…` que o `mp-golive baseline` registra para ele.
code-checkout-security-script-wildcard-meaning = `script-src` permite `*` ou um esquema inteiro (`https:`, `http:`, `data:`, `blob:`): um script de qualquer host roda.
code-checkout-security-script-wildcard-fix = Liste os hosts de onde você carrega scripts (os do Mercado Pago: sdk.mercadopago.com, http2.mlstatic.com), ou use `'strict-dynamic'` com nonces.
code-checkout-security-sdk-host-blocked-meaning = Um host que o MercadoPago.js ou os Bricks usam segundo a medição não é permitido pela diretiva indicada, então parte do formulário de pagamento pode não carregar (a lista é medida, o Mercado Pago não a publica; o 3-D Secure pode precisar de mais).
code-checkout-security-sdk-host-blocked-fix = Adicione os hosts indicados à diretiva indicada (ou um curinga como *.mercadopago.com, *.mercadolibre.com, *.mlstatic.com, como faz o próprio módulo do Mercado Pago para Adobe Commerce).
code-checkout-security-sdk-nonce-missing-meaning = `script-src` usa `'strict-dynamic'`, que ignora as fontes de host, e a tag do MercadoPago.js não tem nenhum nonce da política: o navegador bloqueia o SDK.
code-checkout-security-sdk-nonce-missing-fix = Coloque na tag <script> do MercadoPago.js o mesmo nonce por resposta da política.
code-checkout-security-clickjacking-meaning = Nada impede que outro site enquadre a página de pagamento (não há `frame-ancestors` numa política de cabeçalho aplicada nem X-Frame-Options DENY ou SAMEORIGIN): um checkout enquadrado pode ser sobreposto para enganar o comprador (clickjacking).
code-checkout-security-clickjacking-fix = Envie `Content-Security-Policy: frame-ancestors 'self'` (ou 'none'), ou `X-Frame-Options: SAMEORIGIN` para navegadores antigos.
code-checkout-security-no-referrer-policy-meaning = A página não define Referrer-Policy. As URLs de retorno levam ids de pagamento (collection_id, external_reference, merchant_order_id); uma política estrita explícita os mantém longe de terceiros, qualquer que seja o padrão do navegador.
code-checkout-security-no-referrer-policy-fix = Envie `Referrer-Policy: strict-origin-when-cross-origin` (ou `no-referrer`, `same-origin`).
code-checkout-security-referrer-leaks-meaning = A Referrer-Policy envia URLs completas (com os ids de pagamento) para outros sites: `unsafe-url` sempre, `no-referrer-when-downgrade` para todo site https://.
code-checkout-security-referrer-leaks-fix = Use `Referrer-Policy: strict-origin-when-cross-origin` (ou `no-referrer`, `same-origin`).
code-checkout-security-sri-missing-meaning = Um script ou folha de estilos de outro host não tem atributo `integrity`: se esse host ou CDN for comprometido, a página de pagamento roda o que ele servir (o PCI DSS 6.4.3 pede que a integridade de cada script seja garantida).
code-checkout-security-sri-missing-fix = Adicione `integrity="sha384-…"` e `crossorigin="anonymous"` à tag, fixando uma URL com versão; ou sirva o arquivo da sua própria origem.
code-checkout-security-sdk-sri-exempt-meaning = O MercadoPago.js não tem `integrity`, e não precisa: a URL dele (https://sdk.mercadopago.com/js/v2) não tem versão e o Mercado Pago atualiza o arquivo no mesmo lugar, então um hash fixo quebraria o formulário de pagamento; o Mercado Pago responde por esse script.
code-checkout-security-sdk-sri-exempt-fix = Nada a fazer; continue carregando-o de sdk.mercadopago.com e inclua-o no seu inventário de scripts com essa justificativa.
code-checkout-security-sdk-sri-pinned-meaning = O MercadoPago.js tem um hash `integrity`: a URL dele não tem versão e o Mercado Pago o atualiza no mesmo lugar, então o navegador vai recusá-lo, e o formulário de pagamento vai parar de funcionar, na próxima atualização.
code-checkout-security-sdk-sri-pinned-fix = Remova `integrity` da tag do MercadoPago.js.
code-checkout-security-protections-meaning = O que protege a página de pagamento, como quem revisa a segurança lê primeiro: a Content-Security-Policy aplicada, a proteção contra enquadramento e a Referrer-Policy encontradas, e quantos scripts a página executa.
code-checkout-security-protections-fix = Nada a fazer; mantenha esses cabeçalhos em toda resposta da página de pagamento.
code-checkout-security-integration-meaning = Que integração a página parece ser (redirecionamento para o Checkout Pro, iframes de Bricks ou Secure Fields, campos de cartão na página) e que autoavaliação do PCI DSS isso sugere. É uma orientação a partir do que a página mostra, não uma certificação.
code-checkout-security-integration-fix = Confirme o escopo com o seu adquirente ou um QSA; Bricks ou Secure Fields mantêm os dados do cartão nos iframes do Mercado Pago, fora da sua página.
code-checkout-security-no-baseline-meaning = Nenhuma linha de base de scripts foi informada e mp-golive.scripts.json não existe, então as mudanças nos scripts e cabeçalhos da página (PCI DSS 11.6.1) não foram comparadas.
code-checkout-security-no-baseline-fix = Rode `mp-golive baseline`, revise o mp-golive.scripts.json e faça commit, e rode `mp-golive check` pelo menos uma vez por semana no CI.
code-checkout-security-baseline-other-page-meaning = A linha de base foi registrada a partir de uma URL diferente da URL do checkout desta execução; a comparação pode listar diferenças entre páginas, não mudanças.
code-checkout-security-baseline-other-page-fix = Registre a linha de base a partir da mesma URL do checkout (`mp-golive baseline --checkout-url …`).
code-checkout-security-script-added-meaning = Um script da página não está na linha de base: foi adicionado depois do registro (uma atualização ou uma injeção).
code-checkout-security-script-added-fix = Se a mudança é sua, justifique-a, rode `mp-golive baseline` e faça commit do arquivo; se não, investigue a página imediatamente.
code-checkout-security-script-removed-meaning = Um script da linha de base não está mais na página.
code-checkout-security-script-removed-fix = Se a mudança é sua, rode `mp-golive baseline` e faça commit do arquivo.
code-checkout-security-script-changed-meaning = Um script da linha de base continua na página com outros atributos (integrity, crossorigin, nonce, type).
code-checkout-security-script-changed-fix = Se a mudança é sua, rode `mp-golive baseline` e faça commit do arquivo; se não, investigue.
code-checkout-security-header-changed-meaning = Um cabeçalho de segurança da página (Content-Security-Policy, X-Frame-Options, Referrer-Policy...) mudou desde a linha de base (sem contar os valores de nonce).
code-checkout-security-header-changed-fix = Se a mudança é sua, rode `mp-golive baseline` e faça commit do arquivo; se não, investigue a configuração do servidor.

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-checkout-security-explain =
    O que verifica (na página e nos cabeçalhos que o checkout-page obteve; nenhuma requisição própria)
      - Há uma Content-Security-Policy aplicada: Content-Security-Policy-Report-Only sozinha não
        bloqueia nada; uma política em <meta> cobre os scripts, mas não o enquadramento.
      - script-src (ou default-src) restringe os scripts: nada de 'unsafe-inline' a menos que
        haja um nonce ou hash, nada de `*` nem de esquemas inteiros (https:, http:, data:,
        blob:); com 'strict-dynamic', a tag do MercadoPago.js tem o nonce da política (ou um
        hash da lista em `integrity`). As políticas são analisadas e aplicadas pelo crate
        content-security-policy (a CSP Level 3 do Servo), cada carga julgada como um navegador
        a julga.
      - Cada script inline tem o nonce da política ou o hash dele na lista; senão, o navegador
        o bloqueia, e o formulário que ele inicia nunca aparece.
      - Os hosts que o MercadoPago.js e os Bricks usam segundo a medição são permitidos, cada um
        na sua diretiva ou na de reserva (default-src, child-src): script-src
        sdk.mercadopago.com, http2.mlstatic.com; connect-src api.mercadopago.com,
        api.mercadolibre.com, http2.mlstatic.com, www.mercadolibre.com,
        secure-fields.mercadopago.com; frame-src secure-fields.mercadopago.com; img-src
        www.mercadolibre.com, www.mercadolivre.com.
      - frame-ancestors (numa política de cabeçalho) ou X-Frame-Options DENY/SAMEORIGIN.
      - Uma Referrer-Policy que não envia as URLs de retorno para outros sites (unsafe-url,
        no-referrer-when-downgrade ou nenhuma geram um achado).
      - Subresource Integrity nos scripts e folhas de estilos de outros hosts, exceto o
        MercadoPago.js: a URL dele não tem versão e é atualizada no mesmo lugar, então um hash o
        quebraria.
      - Que integração a página parece ser e que escopo do PCI DSS isso sugere (informativo).
      - Contra a linha de base (--baseline, `baseline` aqui, ou mp-golive.scripts.json quando
        existe; `mp-golive baseline` a escreve): cada script adicionado, removido ou alterado, e
        cada cabeçalho de segurança alterado.

    Por que importa
      O PCI DSS v4.0 pede a todo comércio eletrônico cuja página de pagamento incorpora campos
      de um provedor um inventário dos scripts da página com a integridade deles (6.4.3) e a
      detecção de mudanças não autorizadas na página e nos cabeçalhos (11.6.1); os ataques de
      skimming injetam exatamente esses scripts. Com commit e verificada toda semana no CI, a
      linha de base é essa evidência.

    Limites
      O HTML é lido como é servido: os scripts que o JavaScript adiciona depois (gerenciadores
      de tags) não são vistos. A lista de hosts é medida, o Mercado Pago não a publica, e o 3-D
      Secure pode precisar de mais, por isso são avisos. A integração e o escopo são uma
      orientação, não uma certificação PCI.
option-checkout-security-baseline-help = a linha de base de scripts com a qual comparar (relativa a este arquivo); vazia: mp-golive.scripts.json no diretório de trabalho, quando existe
# Past the first $max findings of one kind, how many more the page has.
checkout-security-more = Mais { $count } como este na página (só os primeiros { $max } são listados).
