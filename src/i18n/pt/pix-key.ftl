# The messages of `pix-key`.
