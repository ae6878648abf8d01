#!/usr/bin/env bash
# php -l over every PHP file of the plugin and of its tests (escaping-fixtures/bad.php included:
# it must stay valid PHP), then escaping.php's self-test and its check of the plugin.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
status=0
count=0
while IFS= read -r -d '' file; do
  count=$((count + 1))
  if ! out=$(php -d display_errors=1 -l "$file" 2>&1); then
    echo "$out" >&2
    status=1
  fi
done < <(find "$ROOT/wordpress/gender-in-practice" "$ROOT/wordpress/tests" -name '*.php' -print0)
[ "$count" -gt 0 ] || { echo "lint: no PHP files found" >&2; exit 1; }
[ "$status" -eq 0 ] || exit "$status"
echo "lint: $count PHP files, no syntax errors"
# Escape late: the checker against its fixtures (escaping-fixtures/), then against the plugin.
php "$ROOT/wordpress/tests/escaping.php" --self-test
php "$ROOT/wordpress/tests/escaping.php"
