#!/usr/bin/env bash
# Starts a real WordPress from Debian's packages, with MariaDB, on http://127.0.0.1:8080, and
# activates the plugin built in dist/wordpress/ (run `npm run build` first). Installs the Debian
# packages when they are missing (as root). Each run starts from an empty database.
# Stop it with wordpress/e2e/wp-down.sh. State (logs, socket, pids): $GIP_WP_STATE (/tmp/gip-wp).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STATE=${GIP_WP_STATE:-/tmp/gip-wp}
PORT=${GIP_WP_PORT:-8080}
PLUGIN="$ROOT/dist/wordpress/gender-in-practice"

if ! command -v mariadbd >/dev/null 2>&1 || ! command -v php >/dev/null 2>&1 \
  || [ ! -f /usr/share/wordpress/wp-settings.php ] || ! php -m | grep -qi '^mysqli$'; then
  echo "wp-up: installing Debian's wordpress, php and mariadb-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wordpress wordpress-theme-twentytwentythree mariadb-server \
    php-cli php-mysql php-curl php-xml php-mbstring >/dev/null
fi
# True when something answers HTTP at $1 (PHP rather than curl: php is installed above, curl may not be).
answers() { php -r '$c = stream_context_create(["http" => ["ignore_errors" => true, "timeout" => 2]]); exit(@file_get_contents($argv[1], false, $c) === false ? 1 : 0);' "$1"; }
[ -f "$PLUGIN/gender-in-practice.php" ] || { echo "wp-up: $PLUGIN missing: run npm run build first" >&2; exit 1; }

bash "$HERE/wp-down.sh" >/dev/null 2>&1 || true
if answers "http://127.0.0.1:$PORT/"; then
  echo "wp-up: port $PORT is taken by another server: stop it, or set GIP_WP_PORT" >&2
  exit 1
fi
rm -rf "$STATE"
mkdir -p "$STATE/run"
chmod 755 "$STATE"                 # mysqld (user mysql) must reach its socket dir
chown mysql:mysql "$STATE/run"
SOCK="$STATE/run/mysqld.sock"

# MariaDB without systemd, loopback only.
mariadbd --user=mysql --socket="$SOCK" --pid-file="$STATE/run/mysqld.pid" \
  --bind-address=127.0.0.1 --port=3306 >"$STATE/mariadb.log" 2>&1 &
for _ in $(seq 60); do mariadb --socket="$SOCK" -e 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
mariadb --socket="$SOCK" -e 'select 1' >/dev/null || { cat "$STATE/mariadb.log" >&2; exit 1; }
mariadb --socket="$SOCK" -e "DROP DATABASE IF EXISTS wordpress; CREATE DATABASE wordpress;
  CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1' IDENTIFIED BY 'wp';
  GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1'; FLUSH PRIVILEGES;"

# Debian's wp-config.php loads /etc/wordpress/config-<host>.php, the host taken from the request.
cat > /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp'); define('DB_HOST', '127.0.0.1');
define('WP_HOME', 'http://127.0.0.1:$PORT'); define('WP_SITEURL', 'http://127.0.0.1:$PORT');
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as \$k) define(\$k, 'test-only-' . \$k);
define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '$STATE/debug.log');
PHP

rm -rf /var/lib/wordpress/wp-content/plugins/gender-in-practice
cp -r "$PLUGIN" /var/lib/wordpress/wp-content/plugins/gender-in-practice
php "$HERE/install.php" "$PORT"

# PHP's own server (document root: WordPress's), several workers so Chromium's parallel requests pass; its own process group.
cd "$STATE"
PHP_CLI_SERVER_WORKERS=4 setsid bash -c 'echo $$ >"$1/run/php.pid"; exec php -S "127.0.0.1:$2" -t /usr/share/wordpress "$3"' \
  _ "$STATE" "$PORT" "$HERE/router.php" >"$STATE/php.log" 2>&1 &
cd "$ROOT"
for _ in $(seq 40); do answers "http://127.0.0.1:$PORT/wp-login.php" && break; sleep 0.25; done
answers "http://127.0.0.1:$PORT/wp-login.php" || { cat "$STATE/php.log" >&2; exit 1; }
echo "wp-up: WordPress on http://127.0.0.1:$PORT (state in $STATE)"
