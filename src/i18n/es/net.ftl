# Las palabras de la capa de transporte: por qué falló una conexión, un handshake TLS o una
# respuesta.

net-connect-timeout = no se pudo conectar con { $at } en { $secs }
net-answer-timeout = { $at } no respondió en { $secs }
net-refused = { $at } rechazó la conexión
net-reset = { $at } reinició la conexión{ $phase ->
    [sent] { " " }después de enviada la solicitud
    [tls] { " " }durante el handshake TLS
   *[none] { "" }
}
net-aborted = { $at } abortó la conexión{ $phase ->
    [sent] { " " }después de enviada la solicitud
    [tls] { " " }durante el handshake TLS
   *[none] { "" }
}
net-closed = { $at } cerró la conexión{ $phase ->
    [sent] { " " }después de enviada la solicitud
    [tls] { " " }durante el handshake TLS
   *[none] { "" }
}
net-closed-without-answer = { $at } cerró la conexión sin responder
net-no-dns = el nombre de host de { $at } no resuelve
net-not-http = { $at } respondió algo que no es HTTP ({ $text })
net-not-http-bare = { $at } respondió algo que no es HTTP
net-no-answer-timeout = { $at } no respondió (se agotó el tiempo de conexión)
net-no-address = no hay ninguna dirección a la cual conectarse
net-dns-failed = falló la consulta DNS ({ $detail })
net-dns-invalid = { $host } está bajo .invalid, que nunca resuelve
net-dns-no-answer = el resolvedor no respondió por { $host }
net-dns-no-address = { $host } no tiene ninguna dirección

net-tls-plain = { $at } respondió HTTP sin cifrar (u otro protocolo), no TLS
net-tls-unknown-issuer = el certificado de { $host } lo emitió una CA en la que esta máquina no confía (si es tu CA de staging, pásala con --ca-file)
net-tls-expired = el certificado de { $host } venció
net-tls-not-yet-valid = el certificado de { $host } todavía no es válido
net-tls-wrong-name = el certificado que presenta { $at } no es válido para { $host }
net-tls-revoked = el certificado de { $host } está revocado
net-tls-not-verified = el certificado de { $host } no se pudo verificar ({ $detail })
net-tls-alert = { $at } rechazó el handshake TLS (alerta: { $alert })
net-tls-incompatible = { $at } no ofrece ninguna versión ni cifrado TLS que esta herramienta acepte ({ $detail })
net-tls-no-certificate = { $at } no presentó ningún certificado
net-tls-failed = falló el handshake TLS con { $at }: { $detail }

# Un error de E/S en palabras simples, sin el número de error del sistema.
net-io-refused = conexión rechazada
net-io-reset = conexión reiniciada
net-io-aborted = conexión abortada
net-io-timed-out = se agotó el tiempo de conexión
net-io-closed = se cerró la conexión
net-io-network-unreachable = red inalcanzable
net-io-host-unreachable = host inalcanzable
net-io-address-not-available = dirección no disponible en esta máquina
