<?php
/**
 * The round protocol's REST routes (docs/PROTOCOL.md), namespace gender-in-practice/v1.
 *
 * Logged-in requests authenticate with WordPress's cookie and the X-WP-Nonce header: without a
 * valid nonce WordPress treats the request as anonymous (401 rest_not_logged_in here), and an
 * expired nonce is refused by WordPress itself (403 rest_cookie_invalid_nonce).
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * REST routes.
 */
final class GIP_Rest {
	const NAMESPACE_V1 = 'gender-in-practice/v1';
	/** PUT, and POST for hosts that block PUT. */
	const WRITE = 'PUT, POST';

	/** Registers the routes. */
	public static function register_routes() {
		$id     = '/rounds/(?P<id>\d+)';
		$member = array( __CLASS__, 'can_member' );
		$facil  = array( __CLASS__, 'can_facilitate' );
		$routes = array(
			array( $id, WP_REST_Server::READABLE, 'get_round', $member ),
			array( $id . '/response', self::WRITE, 'put_response', $member ),
			array( $id . '/results', WP_REST_Server::READABLE, 'get_results', $facil ),
			array( $id . '/targets', self::WRITE, 'put_targets', $facil ),
			array( $id . '/plan', WP_REST_Server::READABLE, 'get_plan', $facil ),
			array( $id . '/plan', self::WRITE, 'put_plan', $facil ),
			array( $id . '/status', self::WRITE, 'put_status', $facil ),
		);
		$by_route = array();
		foreach ( $routes as list( $route, $methods, $callback, $permission ) ) {
			$by_route[ $route ][] = array(
				'methods'             => $methods,
				'callback'            => array( __CLASS__, $callback ),
				'permission_callback' => $permission,
				'args'                => array(
					'id' => array(
						'validate_callback' => function ( $value ) {
							return is_numeric( $value );
						},
					),
				),
			);
		}
		foreach ( $by_route as $route => $handlers ) {
			register_rest_route( self::NAMESPACE_V1, $route, $handlers );
		}
	}

	/* ------------------------------------------------------------------ language and errors */

	/** 'en' or 'fr' for this request. */
	public static function lang( $request ) {
		$header = $request instanceof WP_REST_Request ? $request->get_header( 'accept_language' ) : null;
		return GIP_Messages::negotiate( $header, is_user_logged_in() ? get_user_locale() : get_locale() );
	}

	/** A protocol error with its message in the request's language. */
	public static function error( $code, $status, $request, $params = array(), $data = array() ) {
		return new WP_Error( $code, GIP_Messages::format( $code, $params, self::lang( $request ) ), array_merge( array( 'status' => $status ), $data ) );
	}

	/** A 400 listing the problems of a body. */
	private static function invalid( $code, array $errors, $request ) {
		$list = array_map(
			function ( $e ) {
				return array(
					'path'    => $e['path'],
					'code'    => $e['code'],
					'message' => $e['message'],
				);
			},
			$errors
		);
		return new WP_Error(
			$code,
			GIP_Messages::count_message( $code, count( $list ), self::lang( $request ) ),
			array(
				'status' => 400,
				'errors' => $list,
			)
		);
	}

	/* ------------------------------------------------------------------ permissions */

	/** Any logged-in member (`read`). */
	public static function can_member( $request ) {
		if ( ! is_user_logged_in() ) {
			return self::error( 'rest_not_logged_in', 401, $request );
		}
		return current_user_can( 'read' ) ? true : self::error( 'ge-forbidden', 403, $request );
	}

	/** A facilitator (`ge_facilitate`). */
	public static function can_facilitate( $request ) {
		if ( ! is_user_logged_in() ) {
			return self::error( 'rest_not_logged_in', 401, $request );
		}
		return current_user_can( 'ge_facilitate' ) ? true : self::error( 'ge-forbidden', 403, $request );
	}

	/**
	 * Before WordPress decodes a JSON body itself: a body over the limit is refused unread, and a
	 * body that is not JSON gets the protocol's code (WordPress would answer rest_invalid_json).
	 * Anonymous requests still get 401 first.
	 */
	public static function pre_dispatch( $result, $server, $request ) {
		if ( null !== $result || ! $request instanceof WP_REST_Request ) {
			return $result;
		}
		if ( 0 !== strpos( ltrim( $request->get_route(), '/' ), self::NAMESPACE_V1 . '/' ) || 'GET' === $request->get_method() || 'HEAD' === $request->get_method() ) {
			return $result;
		}
		$body = (string) $request->get_body();
		if ( strlen( $body ) <= GIP_Protocol::MAX_BODY_BYTES && '' === trim( $body ) ) {
			return $result; // The route answers an empty body itself (after its permission check).
		}
		$read = GIP_Protocol::read_body( $body );
		if ( $read['ok'] ) {
			return $result;
		}
		if ( ! is_user_logged_in() ) {
			return self::error( 'rest_not_logged_in', 401, $request );
		}
		return self::error( $read['code'], 400, $request, $read['params'] );
	}

	/* ------------------------------------------------------------------ helpers */

	/** The published round of the route, or a 404. */
	private static function round( $request ) {
		$round = GIP_Rounds::get( (int) $request['id'] );
		return $round ? $round : self::error( 'ge-unknown-round', 404, $request );
	}

	/** The decoded body, or a 400 (too large before decoding, then not JSON). */
	private static function body( $request ) {
		$read = GIP_Protocol::read_body( $request->get_body() );
		if ( ! $read['ok'] ) {
			return self::error( $read['code'], 400, $request, $read['params'] );
		}
		return array( $read['value'] );
	}

	/** The route's round and the decoded body, or the 404 or 400 that ends the request. */
	private static function round_and_body( $request ) {
		$round = self::round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		$body = self::body( $request );
		return is_wp_error( $body ) ? $body : array( $round, $body[0] );
	}

	/** A JSON answer that never caches. */
	private static function answer( $data, $status = 200 ) {
		$response = new WP_REST_Response( $data, $status );
		$response->header( 'Cache-Control', 'no-store, private' );
		return $response;
	}

	/* ------------------------------------------------------------------ routes */

	/** GET R: the round, its assessment and the member's own response. */
	public static function get_round( $request ) {
		$round = self::round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		$mine = GIP_Store::mine( $round['id'], GIP_Rounds::member_hash( $round['id'], get_current_user_id() ) );
		return self::answer(
			array(
				'protocol'   => 1,
				'round'      => GIP_Rounds::describe( $round ),
				'assessment' => $round['assessment'],
				'mine'       => $mine,
			)
		);
	}

	/** PUT R/response: one response per member per round. */
	public static function put_response( $request ) {
		$input = self::round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		if ( 'closed' === $round['status'] ) {
			return self::error( 'ge-round-closed', 409, $request );
		}
		$checked = GIP_Validator::validate_response( $round['assessment'], $body, self::lang( $request ), $round['groups'] );
		if ( ! $checked['ok'] ) {
			return self::invalid( 'ge-invalid-response', $checked['errors'], $request );
		}
		// Only the group and the time are kept: no respondent id, no client time.
		$clean = $checked['value'];
		$group = GIP_Protocol::group_of( $clean );
		unset( $clean->respondent, $clean->submittedAt );
		if ( null !== $group ) {
			$clean->respondent = (object) array( 'group' => $group );
		}
		$saved = GIP_Store::upsert( $round['id'], GIP_Rounds::member_hash( $round['id'], get_current_user_id() ), $clean );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		return self::answer( $saved );
	}

	/** GET R/results: what a facilitator may see. */
	public static function get_results( $request ) {
		$round = self::round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		$results = GIP_Protocol::results( $round['groups'], $round['k'], GIP_Store::all( $round['id'] ) );
		return self::answer(
			array(
				'protocol'   => 1,
				'round'      => GIP_Rounds::describe( $round ),
				'assessment' => $round['assessment'],
				'n'          => $results['n'],
				'groups'     => $results['groups'],
				'responses'  => $results['responses'],
				'targets'    => GIP_Rounds::targets( $round['id'] ),
			)
		);
	}

	/** PUT R/targets. */
	public static function put_targets( $request ) {
		$input = self::round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked = GIP_Protocol::validate_targets( $body, GIP_Validator::dimension_ids( $round['assessment'] ), self::lang( $request ) );
		if ( ! $checked['ok'] ) {
			return self::invalid( 'ge-invalid-targets', $checked['errors'], $request );
		}
		update_post_meta( $round['id'], '_gip_targets', wp_slash( GIP_Json::encode( $checked['value'] ) ) );
		return self::answer( array( 'targets' => $checked['value'] ) );
	}

	/** GET R/plan. */
	public static function get_plan( $request ) {
		$round = self::round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		return self::answer( GIP_Store::plan( $round['id'] ) );
	}

	/** PUT R/plan: saved only over the revision it started from. */
	public static function put_plan( $request ) {
		$input = self::round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked = GIP_Protocol::validate_plan( $body, self::lang( $request ) );
		if ( ! $checked['ok'] ) {
			return self::invalid( 'ge-invalid-plan', $checked['errors'], $request );
		}
		$revision = GIP_Store::save_plan( $round['id'], $checked['value']['plan'], $checked['value']['revision'] );
		if ( null === $revision ) {
			$current = GIP_Store::plan( $round['id'] );
			return self::error(
				'ge-plan-conflict',
				409,
				$request,
				array( 'revision' => $current['revision'] ),
				array(
					'plan'     => $current['plan'],
					'revision' => $current['revision'],
				)
			);
		}
		return self::answer( array( 'revision' => $revision ) );
	}

	/** PUT R/status. */
	public static function put_status( $request ) {
		$input = self::round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked = GIP_Protocol::validate_status( $body, self::lang( $request ) );
		if ( ! $checked['ok'] ) {
			return self::invalid( 'ge-invalid-status', $checked['errors'], $request );
		}
		update_post_meta( $round['id'], '_gip_status', $checked['value'] );
		return self::answer( array( 'status' => $checked['value'] ) );
	}
}
