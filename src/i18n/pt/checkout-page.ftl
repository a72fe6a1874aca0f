# The messages of `checkout-page`.
