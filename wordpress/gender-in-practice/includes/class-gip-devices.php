<?php
/**
 * Shared devices (a workshop laptop, a family computer): when someone logs out, the browser is
 * asked to clear what the site stored on it (`Clear-Site-Data: "storage"`): the survey's draft,
 * a submission still waiting to be sent, and the offline copies the elements keep in
 * localStorage. The next person finds nothing of theirs. A site that wants to keep them (no
 * shared devices, and offline answering across logins) turns it off with the
 * `gip_clear_site_data_on_logout` filter.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shared devices.
 */
final class GIP_Devices {
	/** Hooks. */
	public static function hooks() {
		add_action( 'wp_logout', array( __CLASS__, 'clear_on_logout' ) );
	}

	/** On logout: the header that clears the site's storage in the browser (not its cookies). */
	public static function clear_on_logout() {
		if ( headers_sent() || ! apply_filters( 'gip_clear_site_data_on_logout', true ) ) {
			return;
		}
		header( 'Clear-Site-Data: "storage"' );
	}
}
