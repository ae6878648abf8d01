<?php
/**
 * The round post type (`ge_round`) and reading a round's settings from its meta.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Rounds.
 */
final class GIP_Rounds {
	const POST_TYPE      = 'ge_round';
	const DEFAULT_GROUPS = 'staff,management,board,partner';

	/** Registers `ge_round`: not public, its own admin menu, every capability mapped to ge_facilitate. */
	public static function register_post_type() {
		$caps = array(
			'edit_posts'             => 'ge_facilitate',
			'edit_others_posts'      => 'ge_facilitate',
			'edit_private_posts'     => 'ge_facilitate',
			'edit_published_posts'   => 'ge_facilitate',
			'publish_posts'          => 'ge_facilitate',
			'read_private_posts'     => 'ge_facilitate',
			'delete_posts'           => 'ge_facilitate',
			'delete_private_posts'   => 'ge_facilitate',
			'delete_published_posts' => 'ge_facilitate',
			'delete_others_posts'    => 'ge_facilitate',
			'create_posts'           => 'ge_facilitate',
			'read'                   => 'ge_facilitate',
		);
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'               => __( 'Rounds', 'gender-in-practice' ),
					'singular_name'      => __( 'Round', 'gender-in-practice' ),
					'menu_name'          => __( 'Gender in Practice', 'gender-in-practice' ),
					'all_items'          => __( 'Rounds', 'gender-in-practice' ),
					'add_new'            => __( 'Add round', 'gender-in-practice' ),
					'add_new_item'       => __( 'Add a new round', 'gender-in-practice' ),
					'edit_item'          => __( 'Edit round', 'gender-in-practice' ),
					'new_item'           => __( 'New round', 'gender-in-practice' ),
					'search_items'       => __( 'Search rounds', 'gender-in-practice' ),
					'not_found'          => __( 'No rounds yet.', 'gender-in-practice' ),
					'not_found_in_trash' => __( 'No rounds in the trash.', 'gender-in-practice' ),
				),
				'public'          => false,
				'show_ui'         => true,
				'show_in_menu'    => true,
				'show_in_rest'    => false,
				'menu_icon'       => 'dashicons-chart-pie',
				'supports'        => array( 'title' ),
				'capability_type' => array( 'ge_round', 'ge_rounds' ),
				'capabilities'    => $caps,
				'map_meta_cap'    => true,
				'rewrite'         => false,
				'query_var'       => false,
			)
		);
	}

	/** A round post (any status), or null. */
	public static function post( $id ) {
		$post = get_post( (int) $id );
		return $post && self::POST_TYPE === $post->post_type ? $post : null;
	}

	/**
	 * A published round with a valid assessment, as the REST routes and shortcodes use it, or null.
	 *
	 * @return array|null { id, post, title, status, groups, k, assessment (stdClass), secret, pages }
	 */
	public static function get( $id ) {
		$post = self::post( $id );
		if ( ! $post || 'publish' !== $post->post_status ) {
			return null;
		}
		$assessment = self::assessment( $post->ID );
		if ( null === $assessment ) {
			return null;
		}
		return array(
			'id'         => (int) $post->ID,
			'post'       => $post,
			'title'      => get_the_title( $post ),
			'status'     => self::status( $post->ID ),
			'groups'     => self::groups( $post->ID ),
			'k'          => self::min_group_size( $post->ID ),
			'assessment' => $assessment,
		);
	}

	/** The round's assessment (decoded), or null when none was saved. */
	public static function assessment( $id ) {
		$json = get_post_meta( $id, '_gip_assessment', true );
		if ( ! is_string( $json ) || '' === $json ) {
			return null;
		}
		list( $ok, $value ) = GIP_Json::decode( $json );
		return $ok && GIP_Json::is_object( $value ) ? $value : null;
	}

	/** The round's group ids. */
	public static function groups( $id ) {
		$text = get_post_meta( $id, '_gip_groups', true );
		if ( ! is_string( $text ) || ! metadata_exists( 'post', $id, '_gip_groups' ) ) {
			$text = self::DEFAULT_GROUPS;
		}
		return GIP_Protocol::parse_groups( $text )['groups'];
	}

	/** The round's k (3 or more, default 5). */
	public static function min_group_size( $id ) {
		$value = get_post_meta( $id, '_gip_min_group_size', true );
		return GIP_Protocol::resolve_min_group_size( is_numeric( $value ) ? (int) $value : null )['k'];
	}

	/** 'open' or 'closed'. */
	public static function status( $id ) {
		return 'closed' === get_post_meta( $id, '_gip_status', true ) ? 'closed' : 'open';
	}

	/** The round's secret for member hashes, made once. */
	public static function secret( $id ) {
		$secret = get_post_meta( $id, '_gip_secret', true );
		if ( ! is_string( $secret ) || 64 !== strlen( $secret ) ) {
			$secret = bin2hex( random_bytes( 32 ) );
			// add_post_meta( unique ) keeps the first secret if two requests race.
			if ( ! add_post_meta( $id, '_gip_secret', $secret, true ) ) {
				$secret = get_post_meta( $id, '_gip_secret', true );
			}
		}
		return $secret;
	}

	/** The key of the round's hashes: its own secret and the site's salt. */
	public static function hash_key( $round_id ) {
		return self::secret( $round_id ) . wp_salt( 'auth' );
	}

	/** The keyed hash that finds a member's response without storing who they are. */
	public static function member_hash( $round_id, $user_id ) {
		return hash_hmac( 'sha256', $round_id . ':' . $user_id, self::hash_key( $round_id ) );
	}

	/**
	 * The member hash of an invitation code, derived from the code's stored hash: the same code
	 * always reaches the same response, and nothing links it to an account.
	 */
	public static function member_hash_for_code( $round_id, $code_hash ) {
		return hash_hmac( 'sha256', $round_id . ':code:' . $code_hash, self::hash_key( $round_id ) );
	}

	/** The round's targets: dimension id → number (stdClass, `{}` when none). */
	public static function targets( $id ) {
		$json = get_post_meta( $id, '_gip_targets', true );
		if ( is_string( $json ) && '' !== $json ) {
			list( $ok, $value ) = GIP_Json::decode( $json );
			if ( $ok && GIP_Json::is_object( $value ) ) {
				return $value;
			}
		}
		return new stdClass();
	}

	/** The `round` object of the protocol's answers. */
	public static function describe( array $round ) {
		return array(
			'id'           => (string) $round['id'],
			'title'        => html_entity_decode( $round['title'], ENT_QUOTES, 'UTF-8' ),
			'status'       => $round['status'],
			'groups'       => $round['groups'],
			'minGroupSize' => $round['k'],
		);
	}
}
