# The messages of `payment-quality`.
