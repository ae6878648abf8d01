<?php
// Installs WordPress into the empty database, creates the test users and activates the plugin.
// Run with: php install.php [port]
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . ( $argv[1] ?? '8080' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
if ( ! is_blog_installed() ) {
	wp_install( 'Gender in Practice test site', 'admin', 'admin@example.test', false, '', 'admin-pass' );
}
$gip_users = array(
	array( 'facilitator', 'editor' ),
	array( 'author', 'author' ),
	array( 'contributor', 'contributor' ),
	array( 'member1', 'subscriber' ),
	array( 'member2', 'subscriber' ),
	array( 'member3', 'subscriber' ),
	array( 'outsider', 'subscriber' ),
	// The attack suite: a second editor who facilitates no round, a board chair, ten staff.
	array( 'editor2', 'editor' ),
	array( 'chair', 'subscriber' ),
);
for ( $gip_i = 1; $gip_i <= 10; $gip_i++ ) {
	$gip_users[] = array( sprintf( 'staff%02d', $gip_i ), 'subscriber' );
}
foreach ( $gip_users as $gip_user ) {
	if ( ! get_user_by( 'login', $gip_user[0] ) ) {
		$gip_id = wp_insert_user( array(
			'user_login' => $gip_user[0],
			'user_pass'  => $gip_user[0] . '-pass',
			'user_email' => $gip_user[0] . '@example.test',
			'role'       => $gip_user[1],
		) );
		if ( is_wp_error( $gip_id ) ) {
			fwrite( STDERR, $gip_id->get_error_message() . "\n" );
			exit( 1 );
		}
	}
}
$gip_result = activate_plugin( 'gender-in-practice/gender-in-practice.php' );
if ( is_wp_error( $gip_result ) ) {
	fwrite( STDERR, 'activate_plugin: ' . $gip_result->get_error_message() . "\n" );
	exit( 1 );
}
echo "install: WordPress installed, users created, plugin active\n";
