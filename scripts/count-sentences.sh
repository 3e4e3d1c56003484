#!/bin/sh
# Issue #15 item 2, a rough measure: lines in src/ outside the message table and the law data that build a user-facing sentence:
# a string or template literal holding at least three words (letters, then a space) — comments,
# imports and JSDoc excluded.
# Usage: sh scripts/count-sentences.sh [checkout]   (prints the lines; pipe to wc -l to count)
cd "${1:-.}"
grep -rnE "(\`|'|\")[^\`'\"]*[A-Za-z]{2,}[ ,;:][A-Za-z(]{2,}[^\`'\"]*[ ][A-Za-z]{2,}" src --include=*.ts \
  | grep -vE '^[^:]+:[0-9]+:\s*(\*|//|/\*|import |export \* )' \
  | grep -vE '^src/(errors/(render-|tool-|input-|field-|schema-)?messages\.ts|treaties/profiles/|parties/data/|parties/alpha3\.ts|law/|procedures/profiles\.ts|treaties/catalog\.ts|cli/messages\.ts)' 
