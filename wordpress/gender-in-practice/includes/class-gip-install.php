<?php
/**
 * Activation: capabilities and tables (dbDelta), and the upgrade when the stored db version differs.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Install and upgrade.
 */
final class GIP_Install {
	/** Bump when the tables change. */
	const DB_VERSION = '1';
	const DB_VERSION_OPTION = 'gip_db_version';

	/** Capabilities by role. */
	const CAPS = array(
		'administrator' => array( 'ge_facilitate', 'ge_use_elements' ),
		'editor'        => array( 'ge_facilitate', 'ge_use_elements' ),
		'author'        => array( 'ge_use_elements' ),
	);

	/** On activation. */
	public static function activate() {
		self::install();
	}

	/** On every load: installs again when the stored db version is not this one. */
	public static function maybe_upgrade() {
		if ( get_option( self::DB_VERSION_OPTION ) !== self::DB_VERSION ) {
			self::install();
		}
	}

	/** Tables and capabilities; safe to run again. */
	public static function install() {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset   = $wpdb->get_charset_collate();
		$responses = $wpdb->prefix . 'gip_responses';
		$plans     = $wpdb->prefix . 'gip_plans';
		dbDelta(
			"CREATE TABLE {$responses} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  round_id bigint(20) unsigned NOT NULL,
  member_hash char(64) NOT NULL,
  grp varchar(200) NULL,
  response longtext NOT NULL,
  submitted_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY round_member (round_id,member_hash)
) {$charset};
CREATE TABLE {$plans} (
  round_id bigint(20) unsigned NOT NULL,
  plan longtext NOT NULL,
  revision int(10) unsigned NOT NULL DEFAULT 0,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (round_id)
) {$charset};"
		);
		foreach ( self::CAPS as $role_name => $caps ) {
			$role = get_role( $role_name );
			if ( $role ) {
				foreach ( $caps as $cap ) {
					$role->add_cap( $cap );
				}
			}
		}
		update_option( self::DB_VERSION_OPTION, self::DB_VERSION );
	}
}
