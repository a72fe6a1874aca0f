# As palavras da camada de transporte: por que uma conexão, um handshake TLS ou uma
# resposta falhou.

net-connect-timeout = não foi possível conectar a { $at } em { $secs }
net-answer-timeout = { $at } não respondeu em { $secs }
net-refused = { $at } recusou a conexão
net-reset = { $at } reiniciou a conexão{ $phase ->
    [sent] { " " }depois do envio da requisição
    [tls] { " " }durante o handshake TLS
   *[none] { "" }
}
net-aborted = { $at } abortou a conexão{ $phase ->
    [sent] { " " }depois do envio da requisição
    [tls] { " " }durante o handshake TLS
   *[none] { "" }
}
net-closed = { $at } fechou a conexão{ $phase ->
    [sent] { " " }depois do envio da requisição
    [tls] { " " }durante o handshake TLS
   *[none] { "" }
}
net-closed-without-answer = { $at } fechou a conexão sem responder
net-no-dns = o nome de host de { $at } não resolve
net-not-http = { $at } respondeu algo que não é HTTP ({ $text })
net-not-http-bare = { $at } respondeu algo que não é HTTP
net-no-answer-timeout = { $at } não respondeu (tempo de conexão esgotado)
net-no-address = não há nenhum endereço ao qual conectar
net-dns-failed = a consulta DNS falhou ({ $detail })
net-dns-invalid = { $host } está sob .invalid, que nunca resolve
net-dns-no-answer = o resolvedor não respondeu por { $host }
net-dns-no-address = { $host } não tem nenhum endereço

net-tls-plain = { $at } respondeu HTTP sem criptografia (ou outro protocolo), não TLS
net-tls-unknown-issuer = o certificado de { $host } foi emitido por uma CA em que esta máquina não confia (se for a sua CA de staging, passe-a com --ca-file)
net-tls-expired = o certificado de { $host } expirou
net-tls-not-yet-valid = o certificado de { $host } ainda não é válido
net-tls-wrong-name = o certificado que { $at } apresenta não é válido para { $host }
net-tls-revoked = o certificado de { $host } está revogado
net-tls-not-verified = o certificado de { $host } não pôde ser verificado ({ $detail })
net-tls-alert = { $at } recusou o handshake TLS (alerta: { $alert })
net-tls-incompatible = { $at } não oferece nenhuma versão nem cifra TLS que esta ferramenta aceite ({ $detail })
net-tls-no-certificate = { $at } não apresentou nenhum certificado
net-tls-failed = o handshake TLS com { $at } falhou: { $detail }

# Um erro de E/S em palavras simples, sem o número de erro do sistema.
net-io-refused = conexão recusada
net-io-reset = conexão reiniciada
net-io-aborted = conexão abortada
net-io-timed-out = tempo de conexão esgotado
net-io-closed = a conexão foi fechada
net-io-network-unreachable = rede inacessível
net-io-host-unreachable = host inacessível
net-io-address-not-available = endereço não disponível nesta máquina
