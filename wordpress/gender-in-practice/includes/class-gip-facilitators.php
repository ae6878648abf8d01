<?php
/**
 * Who facilitates a round (docs/PROTOCOL.md, "Who is who"): its owner (the round's author), the
 * people named on its screen (among users with `ge_facilitate`), and the administrators who took
 * it over (`ge_take_over_rounds`; each take-over is recorded with who and when, and listed on the
 * round's screen). Only they read results, keep targets, plan and status, and edit or delete the
 * round: a `map_meta_cap` filter refuses everyone else the round's meta capabilities.
 * `ge_facilitate` stays the capability to create rounds and to be named.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Facilitators.
 */
final class GIP_Facilitators {
	const FACILITATE   = 'ge_facilitate';
	const TAKE_OVER    = 'ge_take_over_rounds';
	const META_NAMED   = '_gip_facilitators';
	const META_EVER    = '_gip_facilitators_ever';
	const META_TAKEOVER = '_gip_takeover';
	const TAKE_OVER_ACTION = 'gip_take_over';

	/** Hooks. */
	public static function hooks() {
		add_filter( 'map_meta_cap', array( __CLASS__, 'map_meta_cap' ), 10, 4 );
		add_action( 'admin_post_' . self::TAKE_OVER_ACTION, array( __CLASS__, 'take_over' ) );
	}

	/** The round's owner: its author. */
	public static function owner( $round_id ) {
		$post = GIP_Rounds::post( $round_id );
		return $post ? (int) $post->post_author : 0;
	}

	/** @return int[] The user ids named on the round's screen. */
	public static function named( $round_id ) {
		return self::ids_in( get_post_meta( $round_id, self::META_NAMED, true ) );
	}

	/**
	 * The take-overs of the round, oldest first.
	 *
	 * @return array<int, array{user: int, at: string}> at: UTC 'Y-m-d H:i:s'.
	 */
	public static function take_overs( $round_id ) {
		$out = array();
		foreach ( (array) get_post_meta( $round_id, self::META_TAKEOVER, false ) as $entry ) {
			if ( is_array( $entry ) && isset( $entry['user'], $entry['at'] ) ) {
				$out[] = array(
					'user' => (int) $entry['user'],
					'at'   => (string) $entry['at'],
				);
			}
		}
		return $out;
	}

	/** @return int[] The round's facilitators now: owner, named, and those who took it over. */
	public static function ids( $round_id ) {
		$ids = array_merge( array( self::owner( $round_id ) ), self::named( $round_id ), array_column( self::take_overs( $round_id ), 'user' ) );
		return array_values( array_unique( array_filter( array_map( 'intval', $ids ) ) ) );
	}

	/** True when the user facilitates the round now (and still holds `ge_facilitate`). */
	public static function is_facilitator( $user_id, $round_id ) {
		$user_id = (int) $user_id;
		return $user_id > 0 && in_array( $user_id, self::ids( $round_id ), true ) && user_can( $user_id, self::FACILITATE );
	}

	/**
	 * The member hashes of everyone who facilitates or ever facilitated the round. Their responses
	 * never count towards k, in what a facilitator sees ("k others") or in the rule between
	 * releases: otherwise naming a colleague, letting them answer into a small group and removing
	 * them again would lift the group to k.
	 *
	 * @return string[]
	 */
	public static function member_hashes( $round_id ) {
		$ids = array_unique( array_merge( self::ids( $round_id ), self::ids_in( get_post_meta( $round_id, self::META_EVER, true ) ) ) );
		return array_values(
			array_map(
				function ( $id ) use ( $round_id ) {
					return GIP_Rounds::member_hash( $round_id, $id );
				},
				$ids
			)
		);
	}

	/** @return WP_User[] Who may be named: users with `ge_facilitate`. */
	public static function candidates() {
		return get_users(
			array(
				'capability' => self::FACILITATE,
				'orderby'    => 'display_name',
				'fields'     => 'all',
			)
		);
	}

	/**
	 * Names the round's facilitators (the owner is one already). Only users with `ge_facilitate`
	 * are kept; everyone named once stays in the record of those whose answers never count.
	 *
	 * @param int[] $ids User ids.
	 */
	public static function set_named( $round_id, array $ids ) {
		$owner   = self::owner( $round_id );
		$allowed = array_map(
			function ( $user ) {
				return (int) $user->ID;
			},
			self::candidates()
		);
		$named   = array_values( array_intersect( array_unique( array_map( 'intval', $ids ) ), $allowed ) );
		$named   = array_values( array_diff( $named, array( $owner ) ) );
		update_post_meta( $round_id, self::META_NAMED, $named );
		$ever = array_values( array_unique( array_merge( self::ids_in( get_post_meta( $round_id, self::META_EVER, true ) ), $named, array( $owner ) ) ) );
		update_post_meta( $round_id, self::META_EVER, $ever );
	}

	/** @return int[] */
	private static function ids_in( $value ) {
		return is_array( $value ) ? array_values( array_filter( array_map( 'intval', $value ) ) ) : array();
	}

	/**
	 * The round's meta capabilities (edit, delete, read, publish) go to its facilitators only;
	 * everyone else, administrators included, is refused until they take the round over.
	 */
	public static function map_meta_cap( $caps, $cap, $user_id, $args ) {
		if ( ! in_array( $cap, array( 'edit_post', 'delete_post', 'read_post', 'publish_post' ), true ) || empty( $args[0] ) ) {
			return $caps;
		}
		$post = get_post( (int) $args[0] );
		if ( ! $post || GIP_Rounds::POST_TYPE !== $post->post_type ) {
			return $caps;
		}
		return in_array( (int) $user_id, self::ids( $post->ID ), true ) ? $caps : array( 'do_not_allow' );
	}

	/** The take-over link of a round (with its nonce), for the rounds list. */
	public static function take_over_url( $round_id ) {
		return wp_nonce_url(
			add_query_arg(
				array(
					'action' => self::TAKE_OVER_ACTION,
					'round'  => (int) $round_id,
				),
				admin_url( 'admin-post.php' )
			),
			self::TAKE_OVER_ACTION . '_' . (int) $round_id
		);
	}

	/** True when the current user may take the round over: the capability, and not a facilitator yet. */
	public static function can_take_over( $round_id ) {
		return current_user_can( self::TAKE_OVER ) && current_user_can( self::FACILITATE ) && ! in_array( get_current_user_id(), self::ids( $round_id ), true );
	}

	/** admin-post.php?action=gip_take_over: records the take-over, then opens the round's screen. */
	public static function take_over() {
		$round_id = isset( $_GET['round'] ) ? absint( $_GET['round'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- checked on the next line.
		check_admin_referer( self::TAKE_OVER_ACTION . '_' . $round_id );
		if ( ! GIP_Rounds::post( $round_id ) ) {
			wp_die( esc_html__( 'This round does not exist.', 'gender-in-practice' ), '', array( 'response' => 404 ) );
		}
		if ( ! current_user_can( self::TAKE_OVER ) || ! current_user_can( self::FACILITATE ) ) {
			wp_die( esc_html__( 'You are not allowed to take over rounds.', 'gender-in-practice' ), '', array( 'response' => 403 ) );
		}
		if ( self::can_take_over( $round_id ) ) {
			add_post_meta(
				$round_id,
				self::META_TAKEOVER,
				array(
					'user' => get_current_user_id(),
					'at'   => gmdate( 'Y-m-d H:i:s' ),
				)
			);
			$ever = array_merge( self::ids_in( get_post_meta( $round_id, self::META_EVER, true ) ), array( get_current_user_id() ) );
			update_post_meta( $round_id, self::META_EVER, array_values( array_unique( $ever ) ) );
		}
		wp_safe_redirect( admin_url( 'post.php?post=' . $round_id . '&action=edit' ) );
		exit;
	}
}
