# `explain` and `list`.

explain-check = Check: { $id } — { $title }
explain-requirement = Requirement: { $requirement }
explain-fix = Fix: { $fix }
explain-docs = Docs: { $url }
explain-more = `mp-golive explain { $id }` explains the whole check and its other codes.
list-yes = yes
list-no = no
list-on-site = on { $site }
list-nothing = nothing
list-col-id = ID
list-col-title = TITLE
list-col-required = REQUIRED
list-col-needs = NEEDS
list-more = Run `mp-golive explain <id>` for what a check verifies and how to fix each finding.
explain-codes = Finding codes
explain-section = Go-live page section: { $section }
explain-required = Required by default: { $required }
explain-needs = Needs: { $needs }
explain-config = Configuration ([checks.{ $id }] in mp-golive.toml)
explain-config-enabled = false reports the check as skip
explain-config-required = true makes it gate the verdict; false makes it advisory
explain-required-on-site = (default: true on { $site } or an unknown site, false elsewhere)

# `init`: the comments of the template (its keys and values are written in the code), and
# what it says when it writes it.
init-intro =
    mp-golive.toml: settings of `mp-golive check`. Commit it; it holds no secrets.
    Precedence: command-line flag > environment variable > this file > default.
    Relative paths are relative to this file.
init-secrets =
    Secrets never go here. Give them through the environment (MP_ACCESS_TOKEN,
    MP_WEBHOOK_SECRET) or a file outside the repository:
init-public-key = The public key is public by design (env: MP_PUBLIC_KEY).
init-site = Expected site: MLA, MLB, MLM, MLC, MCO, MPE or MLU (default: the account's).
init-urls = The page with the payment form, and the notification URLs.
init-payment =
    A payment, or an Orders API order, made with production credentials (for the
    quality and approval checks; give either or both).
init-source-dir = Source tree to scan for committed credentials (default: ".").
init-network = Network. Timeouts are in seconds.
init-strict =
    Warnings of required checks fail the run too. Every on/off setting has a flag
    pair that overrides it for one run: --strict / --no-strict, --probe-pix /
    --no-probe-pix, --allow-private-addresses / --no-allow-private-addresses.
init-lang = Language of the messages: en, es or pt (default: the locale's, else en; --lang and MP_GOLIVE_LANG come first).
init-official =
    Also ask Mercado Pago's own tools, its MCP server, with the access token (the same as
    --official; --no-official turns it off for one run).
init-exists = { $path } already exists; pass --force to overwrite it
init-wrote = wrote { $path }; fill in the URLs, then run `mp-golive check`
init-cannot-write = cannot write { $path }: { $error }
