<?php
/**
 * A round's audience (docs/PROTOCOL.md, "Who is who"): the site roles that may answer it, and
 * whether people with one of its invitation codes may. Also who a request to `GET R` or
 * `PUT R/response` answers as: the keyed hash of the member's account, or of the code, so that one
 * response is kept per member (or code) and round without storing who they are. Wrong codes are
 * counted per connection (a keyed hash of its address) and refused for a while past the limit.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Audience.
 */
final class GIP_Audience {
	const META_ROLES = '_gip_audience_roles';
	const META_CODES = '_gip_audience_codes';
	/** Transient prefix of the wrong-code counts. */
	const ATTEMPTS_PREFIX = 'gip_code_tries_';

	/** @return array<string, string> The site's roles: slug → translated name. */
	public static function site_roles() {
		$out = array();
		foreach ( wp_roles()->get_names() as $slug => $name ) {
			$out[ $slug ] = translate_user_role( $name );
		}
		return $out;
	}

	/**
	 * The roles that may answer the round. A round saved before audiences existed, like a new one,
	 * is open to every role: that is what the plugin did then.
	 *
	 * @return string[]
	 */
	public static function roles( $round_id ) {
		if ( ! metadata_exists( 'post', $round_id, self::META_ROLES ) ) {
			return array_keys( self::site_roles() );
		}
		$roles = get_post_meta( $round_id, self::META_ROLES, true );
		return is_array( $roles ) ? array_values( array_map( 'strval', $roles ) ) : array();
	}

	/** True when people with one of the round's invitation codes may answer it. */
	public static function takes_codes( $round_id ) {
		return '1' === (string) get_post_meta( $round_id, self::META_CODES, true );
	}

	/** Saves the audience: the roles among the site's, and whether codes answer. */
	public static function save( $round_id, array $roles, $codes ) {
		update_post_meta( $round_id, self::META_ROLES, array_values( array_intersect( array_keys( self::site_roles() ), $roles ) ) );
		update_post_meta( $round_id, self::META_CODES, $codes ? '1' : '0' );
	}

	/** True when the user holds one of the round's roles. */
	public static function in_audience( $user_id, $round_id ) {
		$user = $user_id ? get_userdata( (int) $user_id ) : false;
		return $user && array() !== array_intersect( (array) $user->roles, self::roles( $round_id ) );
	}

	/**
	 * Who the request answers as, or the error it gets.
	 *
	 * @return array{member: string, code_id: int|null}|WP_Error
	 */
	public static function resolve( WP_REST_Request $request, array $round ) {
		$user_id = get_current_user_id();
		$typed   = trim( (string) $request->get_header( 'x_ge_code' ) );
		$who     = GIP_Round_Rules::audience( $user_id > 0, self::in_audience( $user_id, $round['id'] ), self::takes_codes( $round['id'] ), '' !== $typed );
		if ( 'account' === $who ) {
			return array(
				'member'  => GIP_Rounds::member_hash( $round['id'], $user_id ),
				'code_id' => null,
			);
		}
		if ( 'code' !== $who ) {
			return GIP_Rest::error( $who, 'ge-not-in-audience' === $who ? 403 : 401, $request );
		}
		$key   = self::attempts_key();
		$state = get_transient( $key );
		$wait  = GIP_Round_Rules::code_retry_after( is_array( $state ) ? $state : null, time() );
		if ( $wait > 0 ) {
			return self::too_many( $wait, $request );
		}
		$code = GIP_Invitation::normalize( $typed );
		$row  = null === $code ? null : GIP_Codes::find( $round['id'], $code );
		if ( ! $row ) {
			set_transient( $key, GIP_Round_Rules::code_failed( is_array( $state ) ? $state : null, time() ), GIP_Round_Rules::CODE_WINDOW );
			return GIP_Rest::error( 'ge-code-invalid', 403, $request );
		}
		return array(
			'member'  => GIP_Rounds::member_hash_for_code( $round['id'], $row->code_hash ),
			'code_id' => (int) $row->id,
		);
	}

	/** 429 with the seconds to wait (post_dispatch turns them into Retry-After). */
	private static function too_many( $seconds, $request ) {
		return GIP_Rest::error(
			'ge-too-many-attempts',
			429,
			$request,
			array( 'minutes' => (int) ceil( $seconds / 60 ) ),
			array( 'retryAfter' => (int) $seconds )
		);
	}

	/**
	 * The client's address. Behind a reverse proxy every request comes from the proxy: a site
	 * that trusts its proxy's header returns the real address through the `gip_client_address`
	 * filter (never read X-Forwarded-For by default: anyone can send it).
	 */
	public static function client_address() {
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		return (string) apply_filters( 'gip_client_address', $address );
	}

	/** The transient of this connection's wrong codes: a keyed hash of the address, not the address. */
	private static function attempts_key() {
		return self::ATTEMPTS_PREFIX . substr( hash_hmac( 'sha256', self::client_address(), wp_salt( 'nonce' ) ), 0, 32 );
	}
}
