#!/usr/bin/env bash
# Lints every BPMN model in processes/ with bpmnlint (recommended rules + Camunda 7.24 compatibility).
# Exits non-zero on any error (and on warnings: the models are kept warning-free).
# Usage: bash .ci/lint-models.sh [model.bpmn ...]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINT_DIR="$ROOT/.ci/bpmnlint"

command -v node >/dev/null || { echo "lint-models: node is required" >&2; exit 2; }
command -v npm >/dev/null || { echo "lint-models: npm is required" >&2; exit 2; }

# Install the pinned linter (package.json + package-lock.json) once, or again when the pins change.
if [[ ! -x "$LINT_DIR/node_modules/.bin/bpmnlint" \
      || "$LINT_DIR/package.json" -nt "$LINT_DIR/node_modules/.package-lock.json" ]]; then
  (cd "$LINT_DIR" && npm install --no-audit --no-fund --loglevel=error)
fi

if [[ $# -gt 0 ]]; then
  models=()
  for m in "$@"; do models+=("$(cd "$(dirname "$m")" && pwd)/$(basename "$m")"); done
else
  shopt -s nullglob
  models=("$ROOT"/processes/*.bpmn)
  shopt -u nullglob
fi

if [[ ${#models[@]} -eq 0 ]]; then
  echo "lint-models: no BPMN models found in processes/" >&2
  exit 1
fi

echo "lint-models: linting ${#models[@]} model(s)"
# bpmnlint resolves plugins relative to the working directory.
cd "$LINT_DIR"
./node_modules/.bin/bpmnlint \
  --config "$LINT_DIR/.bpmnlintrc" \
  --max-warnings=0 \
  "${models[@]}"
echo "lint-models: OK"
