#!/usr/bin/env bash
# Runs `mp-golive check` for the composite action: builds the arguments from INPUT_*
# variables, records the exit code as a step output, and exits with it so the job fails
# when the integration is not ready (upload the SARIF with `if: always()`).
set -uo pipefail

bin="${MP_GOLIVE_BIN:-mp-golive}"
args=(check --format "${INPUT_FORMAT:-github}")
if [ -z "${INPUT_CONFIG:-}" ]; then
  args+=(--no-config)
else
  if [ -f "$INPUT_CONFIG" ]; then
    args+=(--config "$INPUT_CONFIG")
  elif [ "$INPUT_CONFIG" != "mp-golive.toml" ]; then
    echo "::error title=mp-golive::config file $INPUT_CONFIG not found"
    exit 2
  fi
fi
sarif="${INPUT_SARIF-mp-golive.sarif}"
[ -n "$sarif" ] && args+=(--report "sarif=$sarif")
[ -n "${INPUT_JUNIT:-}" ] && args+=(--report "junit=$INPUT_JUNIT")
[ "${INPUT_STRICT:-false}" = "true" ] && args+=(--strict)
if [ -n "${INPUT_ARGS:-}" ]; then
  # Word-split on purpose: extra arguments are given as one string.
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi

"$bin" "${args[@]}"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
fi
exit "$code"
