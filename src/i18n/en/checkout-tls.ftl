# The messages of `checkout-tls`.
