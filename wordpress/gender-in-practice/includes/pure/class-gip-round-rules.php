<?php
/**
 * The rules a round's settings and its audience follow (docs/PROTOCOL.md, "The rules of
 * releases" 3 and "Who is who"), free of WordPress so that the unit tests check them directly:
 * k may be raised but never lowered once a response exists; a group that holds responses stays;
 * who may answer, and what a request without a place in the audience is told; the window of
 * wrong invitation codes a connection is allowed.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * Round rules.
 */
final class GIP_Round_Rules {
	/** Wrong invitation codes a connection may send per window. */
	const CODE_ATTEMPTS = 10;
	/** The window, in seconds (15 minutes). */
	const CODE_WINDOW = 900;

	/**
	 * The k a round keeps when someone asks for $requested. Lowering k after responses came in
	 * would show, in the next release, a small group that an earlier release hid, so it is refused
	 * and the current k stays; raising it is always allowed (it also applies to earlier releases).
	 *
	 * @param int   $current       The round's k now.
	 * @param mixed $requested     The k asked for (see GIP_Protocol::resolve_min_group_size).
	 * @param int   $responses     How many responses the round holds.
	 * @return array{k: int, lowered: bool, warnings: string[]} lowered: refused, k is $current.
	 */
	public static function change_min_group_size( $current, $requested, $responses ) {
		$resolved = GIP_Protocol::resolve_min_group_size( $requested );
		if ( $responses > 0 && $resolved['k'] < (int) $current ) {
			return array(
				'k'        => (int) $current,
				'lowered'  => true,
				'warnings' => array(),
			);
		}
		return array(
			'k'        => $resolved['k'],
			'lowered'  => false,
			'warnings' => $resolved['warnings'],
		);
	}

	/**
	 * The groups a new list would remove although they hold responses: removing one would turn its
	 * members into the residual cell, beside labelled ones (the issue's first leak).
	 *
	 * @param string[]           $old    The round's groups now.
	 * @param string[]           $new    The groups asked for.
	 * @param array<string, int> $counts Responses per group id.
	 * @return string[] In the order of $old.
	 */
	public static function removed_groups_with_responses( array $old, array $new, array $counts ) {
		$refused = array();
		foreach ( $old as $group ) {
			if ( ! in_array( $group, $new, true ) && isset( $counts[ $group ] ) && $counts[ $group ] > 0 ) {
				$refused[] = $group;
			}
		}
		return $refused;
	}

	/**
	 * Who a request answers as, on `GET R` and `PUT R/response`:
	 * - 'account': a logged-in member whose role is in the round's audience;
	 * - 'code': a request with an invitation code, on a round that takes codes (the code is
	 *   checked next);
	 * - otherwise the error code the request gets: 'ge-not-in-audience' (logged in, role not in
	 *   the audience), 'ge-code-required' (the round takes codes, none was sent),
	 *   'rest_not_logged_in' (nobody logged in, no codes).
	 *
	 * @param bool $logged_in   A user is logged in (with a valid nonce).
	 * @param bool $in_audience That user's role is one of the round's.
	 * @param bool $takes_codes The round is answered with invitation codes too.
	 * @param bool $has_code    The request carries a code.
	 */
	public static function audience( $logged_in, $in_audience, $takes_codes, $has_code ) {
		if ( $logged_in && $in_audience ) {
			return 'account';
		}
		if ( $takes_codes && $has_code ) {
			return 'code';
		}
		if ( $logged_in ) {
			return 'ge-not-in-audience';
		}
		return $takes_codes ? 'ge-code-required' : 'rest_not_logged_in';
	}

	/**
	 * Seconds a connection must wait before its next invitation code is read, or 0. The window
	 * starts at the first wrong code and lasts CODE_WINDOW seconds.
	 *
	 * @param array|null $state { start: int, count: int } or null.
	 * @param int        $now   Unix time.
	 */
	public static function code_retry_after( $state, $now ) {
		if ( ! is_array( $state ) || ! isset( $state['start'], $state['count'] ) ) {
			return 0;
		}
		$end = (int) $state['start'] + self::CODE_WINDOW;
		if ( $now >= $end || (int) $state['count'] < self::CODE_ATTEMPTS ) {
			return 0;
		}
		return $end - $now;
	}

	/**
	 * The state after one more wrong code.
	 *
	 * @param array|null $state { start, count } or null.
	 * @param int        $now   Unix time.
	 * @return array{start: int, count: int}
	 */
	public static function code_failed( $state, $now ) {
		if ( ! is_array( $state ) || ! isset( $state['start'], $state['count'] ) || $now >= (int) $state['start'] + self::CODE_WINDOW ) {
			return array(
				'start' => (int) $now,
				'count' => 1,
			);
		}
		return array(
			'start' => (int) $state['start'],
			'count' => (int) $state['count'] + 1,
		);
	}
}
