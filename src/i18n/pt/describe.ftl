# `explain` e `list`.

explain-check = Verificação: { $id } — { $title }
explain-requirement = Requisito: { $requirement }
explain-fix = Correção: { $fix }
explain-docs = Documentação: { $url }
explain-more = `mp-golive explain { $id }` explica a verificação inteira e os outros códigos dela.
list-yes = sim
list-no = não
list-on-site = em { $site }
list-nothing = nada
list-col-id = ID
list-col-title = TÍTULO
list-col-required = OBRIGATÓRIA
list-col-needs = PRECISA DE
list-more = Rode `mp-golive explain <id>` para ver o que cada verificação confere e como corrigir cada achado.
explain-codes = Códigos de achado

explain-section = Seção da página de ir para produção: { $section }
explain-required = Obrigatória por padrão: { $required }
explain-needs = Precisa de: { $needs }
explain-config = Configuração ([checks.{ $id }] em mp-golive.toml)
explain-config-enabled = false informa a verificação como skip
explain-config-required = true faz com que ela decida o veredito; false a torna apenas informativa
explain-required-on-site = (padrão: true em { $site } ou em um site desconhecido, false nos demais)

# `init`: os comentários do modelo (as chaves e os valores são escritos no código) e o que
# ele diz ao escrevê-lo.
init-intro =
    mp-golive.toml: configurações de `mp-golive check`. Faça commit dele; ele não contém segredos.
    Precedência: flag da linha de comando > variável de ambiente > este arquivo > padrão.
    Caminhos relativos são relativos a este arquivo.
init-secrets =
    Segredos nunca vão aqui. Informe-os pelo ambiente (MP_ACCESS_TOKEN,
    MP_WEBHOOK_SECRET) ou em um arquivo fora do repositório:
init-public-key = A Public Key é pública por design (ambiente: MP_PUBLIC_KEY).
init-site = Site esperado: MLA, MLB, MLM, MLC, MCO, MPE ou MLU (padrão: o da conta).
init-urls = A página com o formulário de pagamento e as URLs de notificações.
init-payment =
    Um pagamento, ou um pedido da API de Orders, feito com credenciais de produção (para
    as verificações de qualidade e de aprovação; informe um dos dois ou ambos).
init-source-dir = Árvore de código-fonte em que procurar credenciais versionadas (padrão: ".").
init-network = Rede. Os tempos limite são em segundos.
init-strict =
    Os avisos das verificações obrigatórias também fazem a execução falhar. Cada opção de
    liga/desliga tem um par de flags que a substitui em uma execução: --strict / --no-strict,
    --probe-pix / --no-probe-pix, --allow-private-addresses / --no-allow-private-addresses.
init-lang = Idioma das mensagens: en, es ou pt (padrão: o do locale, senão en; --lang e MP_GOLIVE_LANG têm prioridade).
init-official =
    Consultar também as ferramentas próprias do Mercado Pago, seu servidor MCP, com o
    Access Token (o mesmo que --official; --no-official desativa em uma execução).
init-exists = { $path } já existe; use --force para sobrescrevê-lo
init-wrote = { $path } foi escrito; preencha as URLs e depois rode `mp-golive check`
init-cannot-write = não é possível escrever { $path }: { $error }

# Os títulos e requisitos das verificações (em inglês estão nos metadados).
meta-credentials-title = Credenciais de produção
meta-credentials-requirement = O Access Token e a Public Key são credenciais de produção da conta real do vendedor, de uma mesma aplicação, ativadas para produção.
meta-checkout-tls-title = HTTPS da página de pagamento
meta-checkout-tls-requirement = A página de checkout é servida por HTTPS com um certificado em que os navegadores confiam, com TLS 1.2 ou superior, e http:// redireciona para https://.
meta-checkout-page-title = Conteúdo da página de pagamento
meta-checkout-page-requirement = A página de pagamento responde por HTTPS sem conteúdo misto ativo nem credenciais de teste ou secretas, com o MercadoPago.js servido pelo Mercado Pago e campos de cartão que nunca são enviados à loja.
meta-pix-key-title = Chave Pix (Brasil)
meta-pix-key-requirement = Em uma conta do Brasil (MLB), há uma Chave Pix cadastrada para que o Pix seja oferecido no checkout.
meta-notifications-title = Notificações de pagamentos
meta-notifications-requirement = Cada URL de notificações é HTTPS pública e responde com 200 ou 201 em menos de 22 s, sem redirecionamento, a uma notificação realista do Mercado Pago assinada corretamente.
meta-reports-title = Relatórios de conciliação
meta-reports-requirement = Os relatórios de liberação e de vendas respondem pela API com o Access Token e estão configurados para serem gerados de forma programada.
meta-payment-quality-title = Qualidade da integração (estimativa)
meta-payment-quality-requirement = Um pagamento ou order de produção desta conta traz os itens obrigatórios da lista de Qualidade da integração do Mercado Pago para o seu produto, com pontuação estimada igual ou maior que o mínimo (75) de 100.
meta-payment-approval-title = Dados que aumentam a aprovação
meta-payment-approval-requirement = Um pagamento ou order desta conta traz os dados recomendados de itens, comprador, envio e setor que aumentam a aprovação.
meta-source-secrets-title = Higiene de credenciais no código-fonte
meta-source-secrets-requirement = O código-fonte não contém nenhum Access Token de produção, nenhuma credencial TEST-, nenhuma cópia do segredo dos webhooks nem nenhum arquivo .env versionado com um token.
meta-checkout-security-title = Segurança dos scripts da página de pagamento
meta-checkout-security-requirement = A página de pagamento aplica uma Content-Security-Policy que permite o que o MercadoPago.js precisa e nenhum script não revisado, não pode ser enquadrada, não vaza as URLs de retorno, fixa a integridade do código de terceiros, e os scripts dela batem com a linha de base versionada.
meta-credentials-section = Ativar credenciais de produção
meta-checkout-tls-section = Certificado SSL
meta-checkout-page-section = Certificado SSL (formulário de pagamento em uma página HTTPS)
meta-pix-key-section = Chave Pix
meta-notifications-section = Notificações (Webhooks ou IPN)
meta-reports-section = Relatórios
meta-payment-quality-section = Medição de qualidade
meta-payment-approval-section = Aprovação de pagamentos
meta-source-secrets-section = higiene de credenciais (além da página de ir para produção)
meta-checkout-security-section = Certificado SSL: "proteger las transacciones... y sus datos" (além da página de ir para produção: PCI DSS 6.4.3 / 11.6.1)
