# The messages of `source-secrets`.

source-secrets-nothing-read = nothing could be read in { $dir }
source-secrets-unreadable = { $count } file(s) or directories could not be read.
source-secrets-stopped = the scan stopped unexpectedly
source-secrets-production-token = { $path }:{ $line } holds a production access token ({ $shown }).
source-secrets-webhook-secret = { $path }:{ $line } holds the webhook secret (value not shown).
source-secrets-test-credentials = { $path }:{ $line } holds a test credential ({ $shown }).
source-secrets-env-not-ignored = { $path } assigns an access token (line { $line }) and is not ignored by .gitignore.
source-secrets-more = …and { $count } more like it, the next at { $path }:{ $line }.
source-secrets-suppressed = { $count } finding(s) suppressed by `{ $mark }` comments or `allow` globs.
# $skipped is source-secrets-skipped or empty.
source-secrets-summary =
    { $files ->
        [one] { $files } file
       *[other] { $files } files
    } ({ $mb } MB) scanned in { $dir }{ $skipped }
source-secrets-skipped = ; { $binary } binary and { $large } files over 4 MiB skipped
