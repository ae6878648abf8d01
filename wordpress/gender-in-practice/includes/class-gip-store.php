<?php
/**
 * Responses (one per member per round, with the fingerprint of what it says) and plans (one per
 * round). Releases and invitation codes have their own classes. Every query goes through
 * $wpdb->prepare.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Storage.
 */
final class GIP_Store {
	/** `{prefix}gip_responses`. */
	public static function responses_table() {
		global $wpdb;
		return $wpdb->prefix . 'gip_responses';
	}

	/** `{prefix}gip_plans`. */
	public static function plans_table() {
		global $wpdb;
		return $wpdb->prefix . 'gip_plans';
	}

	/** How many members answered the round. */
	public static function count( $round_id ) {
		global $wpdb;
		$table = self::responses_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE round_id = %d", $round_id ) );
	}

	/** The member's own response: { response: stdClass, submittedAt }, or null. */
	public static function mine( $round_id, $member_hash ) {
		global $wpdb;
		$table = self::responses_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT response, updated_at FROM {$table} WHERE round_id = %d AND member_hash = %s", $round_id, $member_hash ) );
		if ( ! $row ) {
			return null;
		}
		list( $ok, $response ) = GIP_Json::decode( $row->response );
		return $ok ? array(
			'response'    => $response,
			'submittedAt' => self::iso( $row->updated_at ),
		) : null;
	}

	/**
	 * What a release is made from: each member's response (decoded) with its member hash and
	 * fingerprint, in one read so that the snapshot and the members map agree. Rows stored before
	 * fingerprints existed get theirs computed here.
	 *
	 * @return array<int, array{member: string, fingerprint: string, response: stdClass}>
	 */
	public static function for_release( $round_id ) {
		global $wpdb;
		$table = self::responses_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT member_hash, fingerprint, response FROM {$table} WHERE round_id = %d ORDER BY id", $round_id ) );
		$out  = array();
		foreach ( (array) $rows as $row ) {
			list( $ok, $value ) = GIP_Json::decode( $row->response );
			if ( $ok && GIP_Json::is_object( $value ) ) {
				$out[] = array(
					'member'      => (string) $row->member_hash,
					'fingerprint' => is_string( $row->fingerprint ) && '' !== $row->fingerprint ? $row->fingerprint : GIP_Release::fingerprint( $value ),
					'response'    => $value,
				);
			}
		}
		return $out;
	}

	/**
	 * Member hash → fingerprint of every response of the round, for the rule between releases
	 * (rows from before fingerprints existed get theirs computed here).
	 *
	 * @return array<string, string>
	 */
	public static function fingerprints( $round_id ) {
		global $wpdb;
		$table = self::responses_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT member_hash, fingerprint, IF(fingerprint IS NULL, response, NULL) AS response FROM {$table} WHERE round_id = %d", $round_id ) );
		$out  = array();
		foreach ( (array) $rows as $row ) {
			if ( is_string( $row->fingerprint ) && '' !== $row->fingerprint ) {
				$out[ (string) $row->member_hash ] = $row->fingerprint;
				continue;
			}
			list( $ok, $value ) = GIP_Json::decode( (string) $row->response );
			if ( $ok && GIP_Json::is_object( $value ) ) {
				$out[ (string) $row->member_hash ] = GIP_Release::fingerprint( $value );
			}
		}
		return $out;
	}

	/**
	 * Responses per stored group id (responses without a group are left out): which groups may no
	 * longer be removed from the round.
	 *
	 * @return array<string, int>
	 */
	public static function group_counts( $round_id ) {
		global $wpdb;
		$table = self::responses_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT grp, COUNT(*) AS n FROM {$table} WHERE round_id = %d AND grp IS NOT NULL GROUP BY grp", $round_id ) );
		$out  = array();
		foreach ( (array) $rows as $row ) {
			$out[ (string) $row->grp ] = (int) $row->n;
		}
		return $out;
	}

	/**
	 * JSON text to store, or null when the value cannot be written as JSON (a number such as
	 * 1e400, decoded as INF): the caller answers 400 instead of storing `null`.
	 */
	public static function encode( $value ) {
		$text = json_encode( $value, GIP_Json::FLAGS );
		return false === $text ? null : $text;
	}

	/**
	 * Creates or replaces the member's response in one statement.
	 *
	 * @return array{status: string, submittedAt: string}|null Null when it could not be stored.
	 */
	public static function upsert( $round_id, $member_hash, $response ) {
		global $wpdb;
		$table = self::responses_table();
		$group = GIP_Protocol::group_of( $response );
		$now   = gmdate( 'Y-m-d H:i:s' );
		$json  = self::encode( $response );
		if ( null === $json ) {
			return null;
		}
		// What the response says, for the rule between releases (a change counts as one).
		$fingerprint = GIP_Release::fingerprint( $response );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( null === $group ) {
			$sql = $wpdb->prepare(
				"INSERT INTO {$table} (round_id, member_hash, grp, fingerprint, response, submitted_at, updated_at) VALUES (%d, %s, NULL, %s, %s, %s, %s)
				ON DUPLICATE KEY UPDATE grp = VALUES(grp), fingerprint = VALUES(fingerprint), response = VALUES(response), updated_at = VALUES(updated_at)",
				$round_id,
				$member_hash,
				$fingerprint,
				$json,
				$now,
				$now
			);
		} else {
			$sql = $wpdb->prepare(
				"INSERT INTO {$table} (round_id, member_hash, grp, fingerprint, response, submitted_at, updated_at) VALUES (%d, %s, %s, %s, %s, %s, %s)
				ON DUPLICATE KEY UPDATE grp = VALUES(grp), fingerprint = VALUES(fingerprint), response = VALUES(response), updated_at = VALUES(updated_at)",
				$round_id,
				$member_hash,
				$group,
				$fingerprint,
				$json,
				$now,
				$now
			);
		}
		$affected = $wpdb->query( $sql ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		// phpcs:enable
		if ( false === $affected ) {
			return null;
		}
		// MySQL counts 1 for an insert, 2 for an update, 0 for an update that changed nothing.
		return array(
			'status'      => 1 === (int) $affected ? 'created' : 'updated',
			'submittedAt' => self::iso( $now ),
		);
	}

	/** The round's plan: { plan: stdClass|null, revision: int }. */
	public static function plan( $round_id ) {
		global $wpdb;
		$table = self::plans_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT plan, revision FROM {$table} WHERE round_id = %d", $round_id ) );
		if ( ! $row ) {
			return array(
				'plan'     => null,
				'revision' => 0,
			);
		}
		list( $ok, $plan ) = GIP_Json::decode( $row->plan );
		return array(
			'plan'     => $ok ? $plan : null,
			'revision' => (int) $row->revision,
		);
	}

	/**
	 * Saves the plan when the stored revision is still $revision: an UPDATE guarded by the
	 * revision (or an INSERT for the first save), so concurrent saves conflict.
	 *
	 * The caller has checked that the plan encodes (self::encode): a plan is never stored as `null`.
	 *
	 * @return int|null The new revision, or null on a conflict.
	 */
	public static function save_plan( $round_id, $plan, $revision ) {
		global $wpdb;
		$table = self::plans_table();
		$json  = self::encode( $plan );
		if ( null === $json ) {
			return null;
		}
		$now = gmdate( 'Y-m-d H:i:s' );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 0 === $revision ) {
			$affected = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (round_id, plan, revision, updated_at) VALUES (%d, %s, 1, %s)", $round_id, $json, $now ) );
		} else {
			$affected = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET plan = %s, revision = revision + 1, updated_at = %s WHERE round_id = %d AND revision = %d", $json, $now, $round_id, $revision ) );
		}
		// phpcs:enable
		return 1 === (int) $affected ? $revision + 1 : null;
	}

	/** Deletes a round's responses, plan, releases and invitation codes when the round itself is deleted. */
	public static function delete_round_data( $post_id ) {
		global $wpdb;
		if ( GIP_Rounds::POST_TYPE !== get_post_type( $post_id ) ) {
			return;
		}
		foreach ( array( self::responses_table(), self::plans_table(), GIP_Releases::table(), GIP_Codes::table() ) as $table ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE round_id = %d", $post_id ) );
		}
	}

	/** A UTC DATETIME as ISO 8601 with Z. */
	public static function iso( $datetime ) {
		return str_replace( ' ', 'T', (string) $datetime ) . 'Z';
	}
}
