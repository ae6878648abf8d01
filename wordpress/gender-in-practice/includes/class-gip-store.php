<?php
/**
 * The plugin's two tables: one response per member per round, and one plan per round.
 * Every query goes through $wpdb->prepare.
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

	/** Every stored response of the round (decoded), without ids or times. */
	public static function all( $round_id ) {
		global $wpdb;
		$table = self::responses_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_col( $wpdb->prepare( "SELECT response FROM {$table} WHERE round_id = %d", $round_id ) );
		$out  = array();
		foreach ( $rows as $json ) {
			list( $ok, $value ) = GIP_Json::decode( $json );
			if ( $ok && GIP_Json::is_object( $value ) ) {
				$out[] = $value;
			}
		}
		return $out;
	}

	/**
	 * Creates or replaces the member's response in one statement.
	 *
	 * @return array{status: string, submittedAt: string}|WP_Error
	 */
	public static function upsert( $round_id, $member_hash, $response ) {
		global $wpdb;
		$table = self::responses_table();
		$group = GIP_Protocol::group_of( $response );
		$now   = gmdate( 'Y-m-d H:i:s' );
		$json  = GIP_Json::encode( $response );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( null === $group ) {
			$sql = $wpdb->prepare(
				"INSERT INTO {$table} (round_id, member_hash, grp, response, submitted_at, updated_at) VALUES (%d, %s, NULL, %s, %s, %s)
				ON DUPLICATE KEY UPDATE grp = VALUES(grp), response = VALUES(response), updated_at = VALUES(updated_at)",
				$round_id,
				$member_hash,
				$json,
				$now,
				$now
			);
		} else {
			$sql = $wpdb->prepare(
				"INSERT INTO {$table} (round_id, member_hash, grp, response, submitted_at, updated_at) VALUES (%d, %s, %s, %s, %s, %s)
				ON DUPLICATE KEY UPDATE grp = VALUES(grp), response = VALUES(response), updated_at = VALUES(updated_at)",
				$round_id,
				$member_hash,
				$group,
				$json,
				$now,
				$now
			);
		}
		$affected = $wpdb->query( $sql ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		// phpcs:enable
		if ( false === $affected ) {
			return new WP_Error( 'ge-storage', 'The response could not be stored.', array( 'status' => 500 ) );
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
	 * @return int|null The new revision, or null on a conflict.
	 */
	public static function save_plan( $round_id, $plan, $revision ) {
		global $wpdb;
		$table = self::plans_table();
		$json  = GIP_Json::encode( $plan );
		$now   = gmdate( 'Y-m-d H:i:s' );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 0 === $revision ) {
			$affected = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (round_id, plan, revision, updated_at) VALUES (%d, %s, 1, %s)", $round_id, $json, $now ) );
		} else {
			$affected = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET plan = %s, revision = revision + 1, updated_at = %s WHERE round_id = %d AND revision = %d", $json, $now, $round_id, $revision ) );
		}
		// phpcs:enable
		return 1 === (int) $affected ? $revision + 1 : null;
	}

	/** Deletes a round's responses and plan when the round itself is deleted. */
	public static function delete_round_data( $post_id ) {
		global $wpdb;
		if ( GIP_Rounds::POST_TYPE !== get_post_type( $post_id ) ) {
			return;
		}
		$responses = self::responses_table();
		$plans     = self::plans_table();
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$responses} WHERE round_id = %d", $post_id ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$plans} WHERE round_id = %d", $post_id ) );
		// phpcs:enable
	}

	/** A UTC DATETIME as ISO 8601 with Z. */
	private static function iso( $datetime ) {
		return str_replace( ' ', 'T', (string) $datetime ) . 'Z';
	}
}
