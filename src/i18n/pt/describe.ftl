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
