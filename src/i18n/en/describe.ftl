# `explain` and `list`.

explain-check = Check: { $id } — { $title }
explain-requirement = Requirement: { $requirement }
explain-fix = Fix: { $fix }
explain-docs = Docs: { $url }
explain-more = `mp-golive explain { $id }` explains the whole check and its other codes.
explain-codes = Finding codes
