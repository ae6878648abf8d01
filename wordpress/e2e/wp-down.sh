#!/usr/bin/env bash
# Stops what wp-up.sh started: PHP's server (its whole process group) and MariaDB.
STATE=${GIP_WP_STATE:-/tmp/gip-wp}
if [ -f "$STATE/run/php.pid" ]; then
  kill -- "-$(cat "$STATE/run/php.pid")" 2>/dev/null || kill "$(cat "$STATE/run/php.pid")" 2>/dev/null
  rm -f "$STATE/run/php.pid"
fi
# Workers left behind by an older start: whatever still serves our port with our router.
pkill -f "php -S 127.0.0.1:${GIP_WP_PORT:-8080} .*router.php" 2>/dev/null
if [ -f "$STATE/run/mysqld.pid" ]; then
  pid=$(cat "$STATE/run/mysqld.pid")
  kill "$pid" 2>/dev/null
  for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
fi
exit 0
