# The messages of `reports`.
