# The messages of `notifications`.
