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
