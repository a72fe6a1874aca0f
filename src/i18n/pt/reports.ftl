# As mensagens de `reports`.

reports-settlement-name = relatório de Todas as transações (saldo da conta)
reports-release-name = relatório de liberação
reports-what-account = ler a conta (GET /users/me)
reports-what-report = ler o { $name }
reports-schedule-unknown = A configuração do { $name } não diz se ele está programado (sem o campo `scheduled`): uma programação não está confirmada.
reports-unscheduled = O { $name } está configurado, mas não programado (scheduled: false): ele é gerado só quando solicitado.
reports-unconfigured = O { $name } não tem configuração (GET …/config respondeu 404): nenhum relatório é gerado.
reports-no-access = O Access Token não consegue ler o { $name }: { $why }.
reports-summary-scheduled = relatórios de Todas as transações e de liberação acessíveis, configurados e programados
reports-summary = relatórios de Todas as transações e de liberação acessíveis

# Os códigos de `reports`: o significado e a correção (em inglês estão nos metadados).
code-reports-test-credentials-meaning = O Access Token é uma credencial de teste (TEST-, ou o token APP_USR- de um usuário de teste), então o que esta verificação leria é de uma conta de teste, e isso não diz nada sobre a conta de produção. A verificação fica em `error`, não em `pass`.
code-reports-test-credentials-fix = Execute-a com o Access Token de produção da conta real do vendedor (a verificação credentials mostra por que este não é).
code-reports-no-access-meaning = Um endpoint de relatórios recusou o Access Token (HTTP 401 ou 403): este token não consegue ler os relatórios de conciliação.
code-reports-no-access-fix = Use o Access Token de produção da própria conta do vendedor (não o de um usuário de teste, nem um token OAuth sem a permissão de relatórios); abra uma vez Mercado Pago > Relatórios > Todas as transações/Liberações com essa conta para habilitá-los.
code-reports-not-configured-meaning = O relatório ainda não tem configuração (GET …/config respondeu 404), então nenhum relatório é gerado.
code-reports-not-configured-fix = Configure-o uma vez: POST /v1/account/settlement_report/config (ou release_report) com as colunas, o file_name_prefix e a frequência que você quiser, ou pelo painel: Relatórios > (relatório) > Configurar.
code-reports-not-scheduled-meaning = O relatório está configurado, mas não programado (`scheduled: false`): ele é gerado só quando solicitado.
code-reports-not-scheduled-fix = Para recebê-lo todo dia, toda semana ou todo mês, use POST /v1/account/<relatório>/schedule (ou ative a geração automática no painel).

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-reports-explain =
    O que verifica
      Para cada um dos dois relatórios de conciliação, o relatório de liquidações ("dinheiro em
      conta", /v1/account/settlement_report) e o relatório de liberações
      (/v1/account/release_report):
      - GET …/list responde 200 com o Access Token (401/403: sem acesso);
      - GET …/config responde: 404 significa que o relatório nunca foi configurado;
        `scheduled: false` significa que os relatórios só são gerados quando solicitados.
      Somente leitura: nunca cria uma configuração, um agendamento ou um relatório.

    Por que importa
      A página de ir para produção do Mercado Pago pede a conciliação financeira pela API de
      relatórios: os relatórios ligam cada pagamento, tarifa, reembolso e liberação ao dinheiro
      que chega à conta. A medição de qualidade também os conta (`settlement`, `release`).

    Confiança
      Os endpoints são documentados (confiança alta). O que uma conta sem acesso recebe não é
      documentado; espera-se 401/403 (confiança baixa). Que GET …/config responda 404 antes da
      primeira configuração é uma inferência (baixa): um 404 na própria lista não é lido como
      "sem acesso", mas como uma resposta inesperada (erro). Quando a verificação se torna
      obrigatória e nenhum Access Token é informado, o erro é `reports/input-missing` (o próprio
      `reports/not-configured` dela significa um relatório sem configuração).
