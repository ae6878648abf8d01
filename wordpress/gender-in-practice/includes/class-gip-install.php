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
	/**
	 * Bump when the tables or capabilities change. 2: releases, invitation codes, a fingerprint
	 * per response, and the capability to take over a round.
	 */
	const DB_VERSION = '2';
	const DB_VERSION_OPTION = 'gip_db_version';

	/**
	 * Capabilities by role. `ge_take_over_rounds` lets an administrator become a facilitator of a
	 * round that is not theirs; each take-over is recorded and shown on the round's screen.
	 */
	const CAPS = array(
		'administrator' => array( 'ge_facilitate', 'ge_use_elements', 'ge_take_over_rounds' ),
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
		$releases  = $wpdb->prefix . 'gip_releases';
		$codes     = $wpdb->prefix . 'gip_codes';
		// Releases: seq is unique per round, so two simultaneous requests can never both make
		// release n (the second insert fails and the rule is checked again). `members` maps each
		// member hash to [fingerprint, cell] and never leaves the server: it is what the rule
		// between releases and the "k others" rule are computed from.
		// Codes: only a keyed hash of each code; used_at is set by its first response.
		dbDelta(
			"CREATE TABLE {$responses} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  round_id bigint(20) unsigned NOT NULL,
  member_hash char(64) NOT NULL,
  grp varchar(200) NULL,
  fingerprint char(64) NULL,
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
) {$charset};
CREATE TABLE {$releases} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  round_id bigint(20) unsigned NOT NULL,
  seq int(10) unsigned NOT NULL,
  made_at datetime NOT NULL,
  k smallint(5) unsigned NOT NULL,
  n int(10) unsigned NOT NULL,
  snapshot longtext NOT NULL,
  members longtext NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY round_seq (round_id,seq)
) {$charset};
CREATE TABLE {$codes} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  round_id bigint(20) unsigned NOT NULL,
  code_hash char(64) NOT NULL,
  made_at datetime NOT NULL,
  used_at datetime NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY round_code (round_id,code_hash)
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
