#!/usr/bin/env bash
# The plugin against the real thing: lints the PHP, runs its unit tests, starts WordPress +
# MariaDB from Debian's packages (wp-up.sh) and drives headless Chromium through a whole round
# (e2e.mjs). Needs root for apt-get when the packages are missing, and `npm run build` first.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
trap 'bash "$HERE/wp-down.sh"' EXIT
bash "$HERE/wp-up.sh"
bash wordpress/tests/lint.sh
php wordpress/tests/run.php
node "$HERE/e2e.mjs"
