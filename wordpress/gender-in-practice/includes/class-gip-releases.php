<?php
/**
 * Releases of a round's results (docs/PROTOCOL.md, "Why releases" and "The rules of releases"):
 * stored snapshots, made only when no two releases would differ by fewer than k responses, and
 * shown to each facilitator as they may see them. The rules themselves are GIP_Release's (the
 * PHP port of the core, pinned to it by test/fixtures/protocol/releases.json); this class keeps
 * the table, finds who must be left out of the counts, and answers `GET R/results`.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Releases.
 */
final class GIP_Releases {
	/** `{prefix}gip_releases`. */
	public static function table() {
		global $wpdb;
		return $wpdb->prefix . 'gip_releases';
	}

	/** How many releases the round has. */
	public static function count( $round_id ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE round_id = %d", $round_id ) );
	}

	/** The latest release's row (seq, made_at, k, n, snapshot, members), or null. */
	public static function latest( $round_id ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT seq, made_at, k, n, snapshot, members FROM {$table} WHERE round_id = %d ORDER BY seq DESC LIMIT 1", $round_id ) );
		return $row ? $row : null;
	}

	/**
	 * The members map of every release of the round, as member hash → fingerprint: the rule
	 * compares the responses now with each of them.
	 *
	 * @return array<int, array<string, string>>
	 */
	private static function previous( $round_id ) {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_col( $wpdb->prepare( "SELECT members FROM {$table} WHERE round_id = %d ORDER BY seq", $round_id ) );
		$out  = array();
		foreach ( $rows as $json ) {
			$map = array();
			foreach ( self::members( $json ) as $member => $entry ) {
				$map[ $member ] = $entry[0];
			}
			$out[] = $map;
		}
		return $out;
	}

	/**
	 * A stored members map, as member hash → [fingerprint, cell].
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	private static function members( $json ) {
		list( $ok, $value ) = GIP_Json::decode( (string) $json );
		$out                = array();
		if ( $ok && GIP_Json::is_object( $value ) ) {
			foreach ( get_object_vars( $value ) as $member => $entry ) {
				if ( is_array( $entry ) && isset( $entry[0], $entry[1] ) ) {
					$out[ (string) $member ] = array( (string) $entry[0], (string) $entry[1] );
				}
			}
		}
		return $out;
	}

	/** Whether a release may be made now, and how many more responses it needs. */
	public static function next( array $round ) {
		return GIP_Release::next_release(
			$round['k'],
			GIP_Store::fingerprints( $round['id'] ),
			self::previous( $round['id'] ),
			GIP_Facilitators::member_hashes( $round['id'] )
		);
	}

	/**
	 * Makes a release when the rule allows it. The seq is read first, then the earlier releases
	 * and the responses: a release that another request stores after that read takes this seq,
	 * so this insert fails on the unique (round_id, seq) key and the rule is checked again
	 * against it (and then, with nothing new in between, refuses). Reading the seq last would let
	 * a request that checked the rule before another release landed store the next seq anyway:
	 * two releases 0 responses apart.
	 *
	 * @return array{made: bool, needed: int, seq: int|null}
	 */
	public static function make( array $round ) {
		global $wpdb;
		$table  = self::table();
		$ignore = GIP_Facilitators::member_hashes( $round['id'] );
		$rule   = array(
			'allowed' => false,
			'needed'  => 0,
		);
		for ( $attempt = 0; $attempt < 3; $attempt++ ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$seq     = 1 + (int) $wpdb->get_var( $wpdb->prepare( "SELECT MAX(seq) FROM {$table} WHERE round_id = %d", $round['id'] ) );
			$rows    = GIP_Store::for_release( $round['id'] );
			$current = array();
			$members = array();
			foreach ( $rows as $row ) {
				$current[ $row['member'] ] = $row['fingerprint'];
				$members[ $row['member'] ] = array( $row['fingerprint'], GIP_Release::cell_of( $row['response'], $round['groups'] ) );
			}
			$rule = GIP_Release::next_release( $round['k'], $current, self::previous( $round['id'] ), $ignore );
			if ( ! $rule['allowed'] ) {
				break;
			}
			$snapshot = GIP_Store::encode( GIP_Release::build_snapshot( $round['assessment'], array_column( $rows, 'response' ), $round['groups'] ) );
			$map      = GIP_Store::encode( (object) $members );
			if ( null === $snapshot || null === $map ) {
				break;
			}
			// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			// A duplicate seq is expected under a race: not an error for the log.
			$suppressed = $wpdb->suppress_errors( true );
			$inserted   = $wpdb->query(
				$wpdb->prepare(
					"INSERT INTO {$table} (round_id, seq, made_at, k, n, snapshot, members) VALUES (%d, %d, %s, %d, %d, %s, %s)",
					$round['id'],
					$seq,
					gmdate( 'Y-m-d H:i:s' ),
					$round['k'],
					count( $rows ),
					$snapshot,
					$map
				)
			);
			$wpdb->suppress_errors( $suppressed );
			// phpcs:enable
			if ( 1 === (int) $inserted ) {
				return array(
					'made'   => true,
					'needed' => 0,
					'seq'    => $seq,
				);
			}
		}
		return array(
			'made'   => false,
			'needed' => max( 1, (int) $rule['needed'] ),
			'seq'    => null,
		);
	}

	/**
	 * Sets the round's status. Closing makes a final release when the rule allows it; reopening
	 * resets nothing (the next release is measured against every earlier one).
	 *
	 * @return array{made: bool, needed: int}
	 */
	public static function set_status( array $round, $status ) {
		update_post_meta( $round['id'], '_gip_status', 'closed' === $status ? 'closed' : 'open' );
		if ( 'closed' !== $status ) {
			$next = self::next( $round );
			return array(
				'made'   => false,
				'needed' => $next['needed'],
			);
		}
		$made = self::make( $round );
		return array(
			'made'   => $made['made'],
			'needed' => $made['needed'],
		);
	}

	/**
	 * The body of `GET R/results` for a viewer: the live count, the number of releases, the latest
	 * release as the viewer may see it, what the next needs, and the targets. "k others": the
	 * round's facilitators (the viewer among them) are left out of every count, each where their
	 * response stood in that release (looked up by member hash in its members map). k is the
	 * round's now: raising it applies to earlier releases too, and it is never lowered.
	 */
	public static function results( array $round, $viewer_id ) {
		unset( $viewer_id ); // The viewer is one of the facilitators, who are all left out.
		$latest  = self::latest( $round['id'] );
		$release = null;
		if ( $latest ) {
			list( $ok, $snapshot ) = GIP_Json::decode( (string) $latest->snapshot );
			if ( $ok ) {
				$members  = self::members( $latest->members );
				$excluded = array();
				foreach ( GIP_Facilitators::member_hashes( $round['id'] ) as $hash ) {
					if ( isset( $members[ $hash ] ) ) {
						$excluded[] = $members[ $hash ][1];
					}
				}
				$view    = GIP_Release::view( $snapshot, max( (int) $round['k'], (int) $latest->k ), $excluded );
				$release = array(
					'id' => (int) $latest->seq,
					'at' => GIP_Store::iso( $latest->made_at ),
				) + (array) $view;
			}
		}
		return array(
			'round'      => GIP_Rounds::describe( $round ),
			'assessment' => $round['assessment'],
			'n'          => GIP_Store::count( $round['id'] ),
			'releases'   => self::count( $round['id'] ),
			'release'    => $release,
			'next'       => self::next( $round ),
			'targets'    => GIP_Rounds::targets( $round['id'] ),
		);
	}
}
