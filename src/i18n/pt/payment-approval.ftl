# The messages of `payment-approval`.
