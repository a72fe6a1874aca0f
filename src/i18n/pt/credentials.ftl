# The messages of `credentials`.
