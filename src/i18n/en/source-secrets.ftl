# The messages of `source-secrets`.
