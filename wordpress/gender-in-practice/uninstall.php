<?php
/**
 * Uninstall: removes the plugin's tables, options, capabilities and rounds (with their meta).
 * The answer and results pages it created are ordinary pages and stay.
 *
 * @package GenderInPractice
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;

foreach ( array( 'administrator', 'editor', 'author', 'contributor', 'subscriber' ) as $gip_role_name ) {
	$gip_role = get_role( $gip_role_name );
	if ( $gip_role ) {
		$gip_role->remove_cap( 'ge_facilitate' );
		$gip_role->remove_cap( 'ge_use_elements' );
	}
}

$gip_rounds = get_posts(
	array(
		'post_type'   => 'ge_round',
		'post_status' => 'any',
		'numberposts' => -1,
		'fields'      => 'ids',
	)
);
foreach ( $gip_rounds as $gip_round_id ) {
	wp_delete_post( $gip_round_id, true );
}

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}gip_responses" );
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}gip_plans" );
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_gip_round_form_' ) . '%', $wpdb->esc_like( '_transient_timeout_gip_round_form_' ) . '%' ) );
// phpcs:enable
delete_option( 'gip_db_version' );
