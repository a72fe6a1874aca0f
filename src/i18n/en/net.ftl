# The transport layer's words: why a connection, a TLS handshake or an answer failed. They
# are read from typed errors, never a library's message alone. $at is an address
# (127.0.0.1:8443), $host a host name, $secs a duration ("10 s"); $phase is sent (after
# the request was sent), tls (during the TLS handshake) or none.

net-connect-timeout = could not connect to { $at } within { $secs }
net-answer-timeout = no answer from { $at } within { $secs }
net-refused = connection refused by { $at }
net-reset = connection reset by { $at }{ $phase ->
    [sent] { " " }after the request was sent
    [tls] { " " }during the TLS handshake
   *[none] { "" }
}
net-aborted = connection aborted by { $at }{ $phase ->
    [sent] { " " }after the request was sent
    [tls] { " " }during the TLS handshake
   *[none] { "" }
}
net-closed = { $at } closed the connection{ $phase ->
    [sent] { " " }after the request was sent
    [tls] { " " }during the TLS handshake
   *[none] { "" }
}
net-closed-without-answer = { $at } closed the connection without answering
net-no-dns = the host name of { $at } does not resolve
net-not-http = { $at } answered something that is not HTTP ({ $text })
net-not-http-bare = { $at } answered something that is not HTTP
net-no-answer-timeout = no answer from { $at } (connection timed out)
net-no-address = no address to connect to
net-dns-failed = DNS lookup failed ({ $detail })
net-dns-invalid = { $host } is under .invalid, which never resolves
net-dns-no-answer = no answer from the resolver for { $host }
net-dns-no-address = { $host } has no address

net-tls-plain = { $at } answered plain HTTP (or another protocol), not TLS
net-tls-unknown-issuer = the certificate of { $host } is issued by a CA this machine does not trust (if it is your staging CA, pass it with --ca-file)
net-tls-expired = the certificate of { $host } has expired
net-tls-not-yet-valid = the certificate of { $host } is not valid yet
net-tls-wrong-name = the certificate { $at } presents is not valid for { $host }
net-tls-revoked = the certificate of { $host } is revoked
net-tls-not-verified = the certificate of { $host } does not verify ({ $detail })
net-tls-alert = { $at } refused the TLS handshake (alert: { $alert })
net-tls-incompatible = { $at } offers no TLS version or cipher this tool accepts ({ $detail })
net-tls-no-certificate = { $at } presented no certificate
net-tls-failed = the TLS handshake with { $at } failed: { $detail }

# An I/O error in plain words, without the OS error number.
net-io-refused = connection refused
net-io-reset = connection reset
net-io-aborted = connection aborted
net-io-timed-out = connection timed out
net-io-closed = the connection was closed
net-io-network-unreachable = network unreachable
net-io-host-unreachable = host unreachable
net-io-address-not-available = address not available on this machine
