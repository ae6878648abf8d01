<?php
/**
 * Uninstall: removes the plugin's tables (responses, plans, releases, invitation codes), options,
 * transients, capabilities and rounds (with their meta: audience, facilitators, take-overs).
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
		$gip_role->remove_cap( 'ge_take_over_rounds' );
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
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}gip_releases" );
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}gip_codes" );
// Transients: the round screen's form state, the wrong-code counts, the batches of codes shown.
foreach ( array( 'gip_round_form_', 'gip_code_tries_', 'gip_codes_batch_' ) as $gip_prefix ) {
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_' . $gip_prefix ) . '%', $wpdb->esc_like( '_transient_timeout_' . $gip_prefix ) . '%' ) );
}
// phpcs:enable
delete_option( 'gip_db_version' );
