<?php
// PHP's built-in server in front of Debian's WordPress: wp-content lives outside the web root.
// Run with: php -S 127.0.0.1:8080 router.php
$gip_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( strpos( $gip_path, '/wp-content/' ) === 0 && is_file( $gip_file = '/var/lib/wordpress' . $gip_path ) ) {
	$gip_types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'json' => 'application/json' );
	if ( isset( $gip_types[ $gip_ext = pathinfo( $gip_file, PATHINFO_EXTENSION ) ] ) ) {
		header( 'Content-Type: ' . $gip_types[ $gip_ext ] );
	}
	readfile( $gip_file );
	return true;
}
$gip_file = '/usr/share/wordpress' . $gip_path;
if ( '/' !== $gip_path && is_file( $gip_file ) && substr( $gip_file, -4 ) !== '.php' ) {
	return false;
}
if ( is_dir( $gip_file ) && is_file( $gip_index = rtrim( $gip_file, '/' ) . '/index.php' ) ) {
	$_SERVER['SCRIPT_NAME'] = rtrim( $gip_path, '/' ) . '/index.php';
	chdir( dirname( $gip_index ) );
	require $gip_index;
	return true;
}
if ( is_file( $gip_file ) && substr( $gip_file, -4 ) === '.php' ) {
	$_SERVER['SCRIPT_NAME'] = $gip_path;
	chdir( dirname( $gip_file ) );
	require $gip_file;
	return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require '/usr/share/wordpress/index.php';
return true;
