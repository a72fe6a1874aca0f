# checkout-tls: o HTTPS da página de checkout (certificado, protocolos, redirecionamento de
# http://, HSTS). Hosts, portas, URLs, datas, nomes de certificados e o que src/net/ diz
# ficam como vêm.

checkout-tls-not-https = A URL do checkout { $url } é http://: o formulário de pagamento precisa estar em uma página HTTPS.
checkout-tls-unreachable = Não foi possível conectar a { $addr }: { $err }.
checkout-tls-no-certificate = o servidor não enviou nenhum certificado
checkout-tls-two-versions = { $first } e { $second }
checkout-tls-handshake-failed = Nenhum handshake TLS 1.2/1.3 com { $addr }: { $why }.
checkout-tls-handshake-failed-legacy = Nenhum handshake TLS 1.2/1.3 com { $addr }: { $why }. Ele só responde com { $versions }.
checkout-tls-handshake-failed-late = O handshake TLS com { $addr } falhou depois que o certificado foi recebido: { $why }.
checkout-tls-legacy-tls = { $addr } ainda aceita { $versions }.
checkout-tls-legacy-tls-unverified = Não foi verificado se { $addr } ainda aceita versões antigas de TLS ({ $reasons }).
checkout-tls-no-tls13 = { $addr } negociou TLS 1.2; TLS 1.3 não é oferecido.
checkout-tls-redirect-unverified = Não foi verificado se { $http } redireciona para https://: { $why }.
checkout-tls-redirect-elsewhere = { $http } redireciona para { $location } (HTTP { $status }), e não para https:// em { $host }.
checkout-tls-redirect-missing = { $http } responde HTTP { $status } sem redirecionar para https://.
checkout-tls-hsts-not-https = Strict-Transport-Security não foi verificado: a página terminou em { $url }, que não é https://.
checkout-tls-hsts-not-fetched = Strict-Transport-Security não foi verificado: não foi possível obter a página { $url } ({ $err }).
checkout-tls-no-hsts = https://{ $host } não envia o cabeçalho Strict-Transport-Security.
checkout-tls-hsts-no-max-age = O cabeçalho Strict-Transport-Security `{ $value }` não tem um max-age válido.
checkout-tls-short-hsts = O max-age de Strict-Transport-Security é { $age } s ({ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }); espera-se pelo menos { $min } s (180 dias).
checkout-tls-unreadable = Não é possível ler o certificado de { $host }: { $err }.
checkout-tls-expired-ago = O certificado de { $host } venceu há { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } ({ $date }).
checkout-tls-expired = O certificado de { $host } está vencido.
checkout-tls-valid-from = O certificado de { $host } só é válido a partir de { $date }.
checkout-tls-not-valid-yet = O certificado de { $host } ainda não é válido.
checkout-tls-wrong-host-names = O certificado não é válido para { $host }; ele nomeia { $names }.
checkout-tls-wrong-host = O certificado não é válido para { $host }.
checkout-tls-no-names = nenhum nome alternativo do titular (SAN)
checkout-tls-names-more = { $names } e mais { $more }
checkout-tls-weak-key = O certificado de { $host } tem uma chave { $kind } de { $bits } bits.
checkout-tls-weak-signature-leaf = O certificado de { $host } está assinado com { $hash } ({ $signature }).
checkout-tls-weak-signature-intermediate = O certificado intermediário { $name } está assinado com { $hash } ({ $signature }).
checkout-tls-ca-as-leaf = O certificado de { $host } ({ $subject }) é um certificado de CA usado como certificado de servidor: autoassinado.
checkout-tls-does-not-verify = O certificado de { $host } não pode ser verificado: { $why }.
checkout-tls-why-purpose = ele não foi emitido para autenticação de servidor (seu uso estendido de chave não inclui serverAuth)
checkout-tls-why-revoked = ele está revogado
checkout-tls-why-encoding = ele não pode ser decodificado
checkout-tls-why-signature = uma assinatura da sua cadeia é inválida
checkout-tls-why-critical-extension = ele tem uma extensão crítica que os verificadores não entendem
checkout-tls-why-name = ele não é válido para este host
checkout-tls-expiring-soon = O certificado de { $host } vence em { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } ({ $date }); o aviso começa { $window ->
        [one] { $window } dia
       *[other] { $window } dias
    } antes.
checkout-tls-long-lifetime = O certificado de { $host } é válido por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
checkout-tls-self-signed = O certificado de { $host } ({ $subject }) é autoassinado.
checkout-tls-incomplete-chain = { $host } envia só o próprio certificado; a cadeia é verificada quando se adiciona o certificado intermediário { $issuer } de { $aia }.
checkout-tls-aia-unavailable = Não foi possível usar o certificado do emissor em { $aia } ({ $err }), então não dá para distinguir um certificado intermediário ausente de um emissor desconhecido.
checkout-tls-unknown-issuer = O certificado de { $host } foi emitido por { $issuer }, que não leva a uma raiz confiável.
checkout-tls-unknown-issuer-unsent = O certificado de { $host } foi emitido por { $issuer }, que não leva a uma raiz confiável (e o servidor não envia o certificado do emissor).
checkout-tls-summary = { $protocol } ({ $cipher }), { $issuer }, vence em { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
checkout-tls-summary-ocsp = OCSP grampeado
checkout-tls-summary-redirects = http:// redireciona para { $to }
checkout-tls-summary-not-served = http:// não é servido ({ $why })
checkout-tls-summary-hsts = HSTS de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }

# Os códigos de checkout-tls: o significado e a solução (em inglês ficam nos metadados).
code-checkout-tls-not-https-meaning = A URL do checkout é http://: o formulário de pagamento não está em uma página HTTPS.
code-checkout-tls-not-https-fix = Sirva o checkout por HTTPS com um certificado de uma CA pública (o Let's Encrypt é gratuito) e configure a URL https://.
code-checkout-tls-unreachable-meaning = Não foi possível chegar ao host do checkout: o nome dele não resolve, a conexão foi recusada ou o tempo de espera se esgotou.
code-checkout-tls-unreachable-fix = Verifique a URL, o registro DNS e se o servidor escuta na porta HTTPS a partir da internet (firewall, grupo de segurança).
code-checkout-tls-handshake-failed-meaning = Nenhum handshake TLS 1.2 ou 1.3 pôde ser concluído (o servidor pode falar só protocolos antigos, não falar TLS nesta porta ou usar uma chave que os navegadores recusam).
code-checkout-tls-handshake-failed-fix = Habilite TLS 1.2 e 1.3 no servidor (o SSL Configuration Generator da Mozilla dá uma configuração pronta) e sirva um certificado com chave RSA de 2048 bits ou P-256.
code-checkout-tls-expired-meaning = O certificado venceu (a mensagem diz desde quando): os navegadores mostram um aviso de página inteira e nenhum comprador consegue pagar.
code-checkout-tls-expired-fix = Renove o certificado agora e automatize a renovação (certbot, a renovação automática da sua hospedagem); reinicie ou recarregue o servidor para que ele sirva o novo.
code-checkout-tls-not-yet-valid-meaning = A validade do certificado começa no futuro (ou o relógio desta máquina está errado).
code-checkout-tls-not-yet-valid-fix = Verifique os relógios do servidor e desta máquina; emita o certificado de novo se a data de início estiver errada.
code-checkout-tls-hostname-mismatch-meaning = O certificado não inclui o host do checkout entre os nomes alternativos do titular (a mensagem lista os nomes que ele cobre).
code-checkout-tls-hostname-mismatch-fix = Emita um certificado que cubra exatamente este nome de host (ou um curinga correspondente), ou use uma URL com um host que o certificado cubra.
code-checkout-tls-self-signed-meaning = O certificado assinou a si mesmo: nenhum navegador confia nele.
code-checkout-tls-self-signed-fix = Substitua-o por um certificado de uma CA pública (o Let's Encrypt é gratuito e automático).
code-checkout-tls-unknown-issuer-meaning = A cadeia não leva a uma raiz em que os navegadores confiam (uma CA privada, ou um certificado intermediário ausente que não foi encontrado).
code-checkout-tls-unknown-issuer-fix = Use um certificado de uma CA pública e sirva a cadeia completa (seu certificado seguido dos intermediários, normalmente `fullchain.pem`).
code-checkout-tls-incomplete-chain-meaning = O servidor envia só o próprio certificado, sem o intermediário: alguns navegadores e a maioria dos clientes HTTP não conseguem verificá-lo.
code-checkout-tls-incomplete-chain-fix = Sirva a cadeia completa: configure o servidor com `fullchain.pem` (o certificado seguido do intermediário), e não com `cert.pem`.
code-checkout-tls-untrusted-meaning = A verificação do certificado falhou por outro motivo (codificação incorreta, uso de chave errado, revogado...), indicado na mensagem.
code-checkout-tls-untrusted-fix = Emita o certificado de novo com uma CA pública e sirva-o com a cadeia completa.
code-checkout-tls-weak-key-meaning = A chave do certificado é curta demais (RSA com menos de 2048 bits ou EC com menos de 256 bits).
code-checkout-tls-weak-key-fix = Emita o certificado de novo com uma chave RSA de 2048 bits (ou mais) ou ECDSA P-256.
code-checkout-tls-weak-signature-meaning = Um certificado da cadeia está assinado com SHA-1 ou MD5, que os navegadores rejeitam.
code-checkout-tls-weak-signature-fix = Emita o certificado de novo (e use um intermediário atual) assinado com SHA-256 ou mais forte.
code-checkout-tls-expiring-soon-meaning = O certificado vence dentro do período de aviso.
code-checkout-tls-expiring-soon-fix = Renove-o agora e garanta que a renovação seja automática e que o servidor recarregue o novo certificado.
code-checkout-tls-long-lifetime-meaning = O certificado é válido por mais de 398 dias, mais do que as CAs públicas podem emitir: provavelmente é privado ou antigo.
code-checkout-tls-long-lifetime-fix = Nada urgente se ele for verificado; planeje migrar para um certificado de CA pública com renovação automática.
code-checkout-tls-legacy-tls-meaning = O servidor ainda aceita TLS 1.0 ou 1.1, que os navegadores removeram em 2020 e que o PCI DSS proíbe.
code-checkout-tls-legacy-tls-fix = Desabilite TLS 1.0 e 1.1 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`, Apache: `SSLProtocol -all +TLSv1.2 +TLSv1.3`).
code-checkout-tls-no-tls13-meaning = O servidor negocia TLS 1.2, mas não TLS 1.3.
code-checkout-tls-no-tls13-fix = Habilite TLS 1.3 (nginx: adicione TLSv1.3 a ssl_protocols); ele é mais rápido e descarta cifras antigas.
code-checkout-tls-no-https-redirect-meaning = http:// do host do checkout não redireciona para https:// no mesmo host, então um comprador que digita o endereço recebe uma página sem proteção.
code-checkout-tls-no-https-redirect-fix = Responda a toda solicitação http:// com um 301 para o mesmo caminho em https:// (nginx: `return 301 https://$host$request_uri;`).
code-checkout-tls-redirect-unverified-meaning = Não foi possível testar o endereço http:// (a conexão foi reiniciada ou o tempo se esgotou, a porta respondeu TLS ou algo que não é HTTP, ou o nome não resolve para essa porta), então não foi verificado se ele redireciona para https://. Uma conexão recusada não é este caso: nada é servido ali.
code-checkout-tls-redirect-unverified-fix = Faça o http:// responder a toda solicitação com um 301 para https:// (ou feche a porta). Para uma execução em staging, fixe também a porta http (--resolve HOST:80:ADDR) ou defina `http_port` em [checks.checkout-tls].
code-checkout-tls-hsts-unverified-meaning = Não foi possível obter a página HTTPS, então o cabeçalho Strict-Transport-Security dela não foi verificado.
code-checkout-tls-hsts-unverified-fix = Corrija o que a mensagem (e o checkout-page) diz sobre a obtenção da página; o HSTS é avaliado na resposta dela.
code-checkout-tls-legacy-tls-unverified-meaning = O teste de TLS 1.0/1.1 não teve uma resposta conclusiva (tempo esgotado, conexão com falha ou uma resposta que não é TLS), então não foi verificado se versões antigas de TLS ainda são aceitas.
code-checkout-tls-legacy-tls-unverified-fix = Execute de novo; se persistir, teste o servidor com `openssl s_client -tls1_1` ou com o SSL Labs.
code-checkout-tls-aia-unavailable-meaning = Não foi possível obter ou usar o certificado do emissor indicado no Authority Information Access do certificado, então não dá para distinguir um intermediário ausente de um emissor desconhecido.
code-checkout-tls-aia-unavailable-fix = Sirva a cadeia completa (o certificado seguido dos intermediários); assim a dúvida não aparece.
code-checkout-tls-no-hsts-meaning = A resposta HTTPS não tem o cabeçalho Strict-Transport-Security, então os navegadores ainda podem tentar http:// primeiro.
code-checkout-tls-no-hsts-fix = Envie `Strict-Transport-Security: max-age=31536000` (adicione includeSubDomains quando todos os subdomínios forem HTTPS).
code-checkout-tls-short-hsts-meaning = O max-age de Strict-Transport-Security é menor que 15552000 s (180 dias).
code-checkout-tls-short-hsts-fix = Aumente o max-age para pelo menos 15552000, melhor 31536000 (um ano).

# A descrição longa de `explain` e a ajuda das opções (em inglês estão nos metadados).
meta-checkout-tls-explain =
    O que verifica
      - A URL do checkout é https://.
      - Um handshake TLS é verificado contra o conjunto de raízes da Mozilla (mais --ca-file)
        para o host exato, com um achado por causa: expirado, ainda não válido, host que não
        corresponde, autoassinado, emissor desconhecido, cadeia incompleta (o servidor envia só o
        próprio certificado; comprovado baixando o intermediário indicado no AIA do certificado
        e verificando de novo).
      - Dias até o vencimento (aviso abaixo de `expiry_warning_days`, metade para certificados de
        90 dias), validade do certificado, tamanho da chave (RSA >= 2048, EC >= 256) e hash da
        assinatura (sem SHA-1/MD5).
      - TLS 1.2 ou 1.3 é negociado; TLS 1.0 e 1.1 são recusados (testados com um ClientHello
        montado à mão, porque o rustls não os fala); TLS 1.3 é oferecido.
      - http://host/caminho redireciona para https:// no mesmo host (ou seu gêmeo www.). O teste
        lê a resposta bruta, então uma conexão recusada (nada é servido ali: tudo bem) é
        diferenciada de um reset, um timeout, uma resposta TLS ou lixo (não verificado: um
        aviso), e de uma resposta sem o redirecionamento (falha).
      - Strict-Transport-Security com max-age de pelo menos 15552000 s (180 dias), lido na
        resposta da página; quando a página não pode ser obtida, o HSTS não é verificado (um
        aviso).
      - Cada parte que não pôde ser realizada (o teste de http://, HSTS, o teste de TLS antigo,
        o download do AIA) é um achado que diz isso, nunca uma aprovação silenciosa; o resumo
        lista o que foi verificado.

    Por que importa
      O Mercado Pago exige um certificado SSL e o formulário de pagamento em uma página HTTPS
      para ir para produção. Os navegadores recusam de imediato um certificado inválido, então os
      compradores nunca veem o formulário; o PCI DSS proíbe TLS antigo.

    Limites
      A revogação não é verificada. O veredito é o que diria um navegador com as raízes da
      Mozilla; uma máquina com raízes corporativas adicionais pode confiar em mais. A porta de
      http:// é 80, a menos que `http_port` diga outra coisa (para ambientes de staging).

option-checkout-tls-expiry_warning_days-help = avisa quando o certificado vence dentro desta quantidade de dias (metade para certificados válidos por 90 dias ou menos)
option-checkout-tls-http_port-help = porta do endereço http:// que deve redirecionar para https://
