<?php
/**
 * The round protocol's REST routes (docs/PROTOCOL.md, protocol 2), namespace gender-in-practice/v1:
 * one WP_REST_Controller per route (includes/rest/), each with the schema of its body and answer,
 * so that OPTIONS describes the route and WordPress itself checks the simple fields of a body.
 * This class registers them and keeps what they share: the language of an answer, the protocol's
 * errors, the body gate that runs before anything else, and the translation of WordPress's own
 * parameter errors into the protocol's.
 *
 * Logged-in requests authenticate with WordPress's cookie and the X-WP-Nonce header: without a
 * valid nonce WordPress treats the request as anonymous, and an expired nonce is refused by
 * WordPress itself (403 rest_cookie_invalid_nonce). Invitation codes come in X-GE-Code.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * REST routes.
 */
final class GIP_Rest {
	const NAMESPACE_V1 = 'gender-in-practice/v1';
	/** The protocol version every answer carries. */
	const PROTOCOL = 2;
	/** PUT, and POST for hosts that block PUT. */
	const WRITE = 'PUT, POST';
	/** The parameter errors of WordPress that a route's own validator words instead. */
	const PARAM_ERRORS = array( 'rest_missing_callback_param', 'rest_invalid_param' );

	/** Hooks. */
	public static function hooks() {
		add_action( 'rest_api_init', array( __CLASS__, 'register_routes' ) );
		add_filter( 'rest_pre_dispatch', array( __CLASS__, 'pre_dispatch' ), 10, 3 );
		add_filter( 'rest_request_before_callbacks', array( __CLASS__, 'before_callbacks' ), 10, 3 );
		add_filter( 'rest_post_dispatch', array( __CLASS__, 'post_dispatch' ), 10, 3 );
	}

	/** The controllers, one per route. */
	public static function controllers() {
		return array(
			new GIP_Rest_Round_Controller(),
			new GIP_Rest_Response_Controller(),
			new GIP_Rest_Results_Controller(),
			new GIP_Rest_Releases_Controller(),
			new GIP_Rest_Targets_Controller(),
			new GIP_Rest_Plan_Controller(),
			new GIP_Rest_Status_Controller(),
		);
	}

	/** Registers the routes. */
	public static function register_routes() {
		foreach ( self::controllers() as $controller ) {
			$controller->register_routes();
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

	/**
	 * A 400 listing the problems of a body.
	 *
	 * @param array<int, array{path: string, code: string, message: string}> $errors The problems.
	 */
	public static function invalid( $code, array $errors, $request ) {
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

	/** True for a request to one of this plugin's routes. */
	private static function is_ours( $request ) {
		return $request instanceof WP_REST_Request && 0 === strpos( ltrim( $request->get_route(), '/' ), self::NAMESPACE_V1 . '/' );
	}

	/**
	 * What an anonymous request gets before its body is looked at: 401 `ge-code-required` on
	 * `R` and `R/response` of a round that takes invitation codes (none sent), nothing when it
	 * sent one (the code is checked with the route), 401 `rest_not_logged_in` otherwise.
	 *
	 * @return WP_Error|null
	 */
	private static function anonymous_refusal( WP_REST_Request $request ) {
		$pattern = '#^/' . preg_quote( self::NAMESPACE_V1, '#' ) . '/rounds/(\d+)(/response)?/?$#';
		if ( preg_match( $pattern, $request->get_route(), $m ) ) {
			$round = GIP_Rounds::get( (int) $m[1] );
			$code  = trim( (string) $request->get_header( 'x_ge_code' ) );
			$who   = GIP_Round_Rules::audience( false, false, $round && GIP_Audience::takes_codes( $round['id'] ), '' !== $code );
			if ( 'code' === $who ) {
				return null;
			}
			return self::error( $who, 401, $request );
		}
		return self::error( 'rest_not_logged_in', 401, $request );
	}

	/* ------------------------------------------------------------------ filters */

	/**
	 * Before WordPress decodes a JSON body itself: a body over the limit is refused unread, and a
	 * body that is not JSON gets the protocol's code (WordPress would answer rest_invalid_json).
	 * Anonymous requests still get 401 first, unless they carry an invitation code. A JSON body
	 * sent without its Content-Type is marked as JSON, so that WordPress's checks read it.
	 */
	public static function pre_dispatch( $result, $server, $request ) {
		if ( null !== $result || ! self::is_ours( $request ) || in_array( $request->get_method(), array( 'GET', 'HEAD', 'OPTIONS' ), true ) ) {
			return $result;
		}
		$body = (string) $request->get_body();
		if ( strlen( $body ) <= GIP_Protocol::MAX_BODY_BYTES && '' === trim( $body ) ) {
			return $result; // The route answers an empty body itself (after its permission check).
		}
		$read = GIP_Protocol::read_body( $body );
		if ( $read['ok'] ) {
			if ( ! $request->is_json_content_type() ) {
				$request->set_header( 'content-type', 'application/json' );
			}
			return $result;
		}
		if ( ! is_user_logged_in() ) {
			$refusal = self::anonymous_refusal( $request );
			if ( null !== $refusal ) {
				return $refusal;
			}
		}
		return self::error( $read['code'], 400, $request, $read['params'] );
	}

	/**
	 * WordPress checks a body against the route's schema before the route's permission; the
	 * protocol answers who may ask first, then what the body says, in the protocol's codes and
	 * the request's language. So a parameter error of WordPress on one of these routes becomes:
	 * the permission's error if there is one, else the route's own 400 (its validator words the
	 * problems as the elements know them), or, when that validator finds nothing (a body
	 * WordPress could not read), the route runs and checks the body itself.
	 */
	public static function before_callbacks( $response, $handler, $request ) {
		if ( ! is_wp_error( $response ) || ! self::is_ours( $request ) || ! in_array( $response->get_error_code(), self::PARAM_ERRORS, true ) ) {
			return $response;
		}
		$controller = isset( $handler['callback'] ) && is_array( $handler['callback'] ) ? $handler['callback'][0] : null;
		if ( ! $controller instanceof GIP_Rest_Controller ) {
			return $response;
		}
		$permission = call_user_func( $handler['permission_callback'], $request );
		if ( is_wp_error( $permission ) ) {
			return $permission;
		}
		return $controller->invalid_body( $request, $response );
	}

	/** Every answer of these routes is private and never cached; a 429 says when to try again. */
	public static function post_dispatch( $response, $server, $request ) {
		if ( ! $response instanceof WP_HTTP_Response || ! self::is_ours( $request ) ) {
			return $response;
		}
		$response->header( 'Cache-Control', 'no-store, private' );
		$data = $response->get_data();
		if ( 429 === $response->get_status() && is_array( $data ) && isset( $data['data']['retryAfter'] ) ) {
			$response->header( 'Retry-After', (string) (int) $data['data']['retryAfter'] );
		}
		return $response;
	}
}
