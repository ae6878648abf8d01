<?php
/**
 * What the round protocol's controllers share: the route under `R`, the round of a request, the
 * two permissions (the round's audience, the round's facilitators), and how an answer is sent.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * A controller of one route of `R` (`rounds/{id}` and what follows it).
 */
abstract class GIP_Rest_Controller extends WP_REST_Controller {
	/** The segment after `R` ('' for `R` itself). */
	const SEGMENT = '';

	/**
	 * What the audience permission found for each request: who answers (member hash, and the
	 * invitation code's row id when answered with a code) or the error. WordPress calls a route's
	 * permission again for the Allow header: without this, each wrong code would count twice.
	 *
	 * @var SplObjectStorage
	 */
	private $answerers;

	/** Sets the namespace and the base. */
	public function __construct() {
		$this->answerers = new SplObjectStorage();
		$this->namespace = GIP_Rest::NAMESPACE_V1;
		$this->rest_base = 'rounds/(?P<id>\d+)' . ( '' === static::SEGMENT ? '' : '/' . static::SEGMENT );
	}

	/** The `id` of every route. */
	protected function id_args() {
		return array(
			'id' => array(
				'description' => 'The round\'s id.',
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * Registers the route with its endpoints and its schema (read by OPTIONS).
	 *
	 * @param array $endpoints Each with methods, callback, permission_callback and args.
	 */
	protected function register( array $endpoints ) {
		foreach ( $endpoints as &$endpoint ) {
			$endpoint['args'] = array_merge( $this->id_args(), isset( $endpoint['args'] ) ? $endpoint['args'] : array() );
		}
		unset( $endpoint );
		$endpoints['schema'] = array( $this, 'get_public_item_schema' );
		register_rest_route( $this->namespace, '/' . $this->rest_base, $endpoints );
	}

	/** The arguments a write takes, from the schema (required fields included). */
	protected function write_args() {
		return $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE );
	}

	/**
	 * The 400 of a body that WordPress found invalid against the schema, in the protocol's codes
	 * (the route's own validator words the problems), or null when that validator finds nothing:
	 * then the route runs and checks the body itself.
	 *
	 * @return WP_Error|null
	 */
	public function invalid_body( $request, WP_Error $wordpress_error ) {
		unset( $request );
		return $wordpress_error;
	}

	/* ------------------------------------------------------------------ helpers */

	/** The published round of the route, or a 404. */
	protected function round( $request ) {
		$round = GIP_Rounds::get( (int) $request['id'] );
		return $round ? $round : GIP_Rest::error( 'ge-unknown-round', 404, $request );
	}

	/** The decoded body, in an array, or a 400 (too large before decoding, then not JSON). */
	protected function body( $request ) {
		$read = GIP_Protocol::read_body( $request->get_body() );
		if ( ! $read['ok'] ) {
			return GIP_Rest::error( $read['code'], 400, $request, $read['params'] );
		}
		return array( $read['value'] );
	}

	/** The route's round and the decoded body, or the 404 or 400 that ends the request. */
	protected function round_and_body( $request ) {
		$round = $this->round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		$body = $this->body( $request );
		return is_wp_error( $body ) ? $body : array( $round, $body[0] );
	}

	/** A JSON answer with the protocol's version (post_dispatch adds no-store). */
	protected function answer( array $data, $status = 200 ) {
		return new WP_REST_Response( array( 'protocol' => GIP_Rest::PROTOCOL ) + $data, $status );
	}

	/** The schema's common head. */
	protected function schema( $title, array $properties ) {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => $title,
			'type'       => 'object',
			'properties' => array(
				'protocol' => array(
					'description' => 'The protocol version of the answer.',
					'type'        => 'integer',
					'enum'        => array( GIP_Rest::PROTOCOL ),
					'readonly'    => true,
				),
			) + $properties,
		);
	}

	/** The `round` object of the answers. */
	protected function round_schema() {
		return array(
			'description' => 'The round.',
			'type'        => 'object',
			'readonly'    => true,
			'properties'  => array(
				'id'           => array( 'type' => 'string' ),
				'title'        => array( 'type' => 'string' ),
				'status'       => array(
					'type' => 'string',
					'enum' => array( 'open', 'closed' ),
				),
				'groups'       => array(
					'type'  => 'array',
					'items' => array( 'type' => 'string' ),
				),
				'minGroupSize' => array( 'type' => 'integer' ),
			),
		);
	}

	/* ------------------------------------------------------------------ permissions */

	/**
	 * The round's audience (docs/PROTOCOL.md, "Who is who"): a member in one of its roles, or the
	 * holder of one of its invitation codes. Who answers is kept for the callback.
	 */
	public function audience_permission( $request ) {
		if ( ! $this->answerers->contains( $request ) ) {
			$round                       = GIP_Rounds::get( (int) $request['id'] );
			$this->answerers[ $request ] = $round ? GIP_Audience::resolve( $request, $round ) : (
				is_user_logged_in() ? GIP_Rest::error( 'ge-unknown-round', 404, $request ) : GIP_Rest::error( 'rest_not_logged_in', 401, $request )
			);
		}
		$who = $this->answerers[ $request ];
		return is_wp_error( $who ) ? $who : true;
	}

	/** Who answers this request, as audience_permission() found it. */
	protected function answerer( $request ) {
		return $this->answerers->contains( $request ) ? $this->answerers[ $request ] : null;
	}

	/**
	 * The round's facilitators only: its owner, the people named on its screen, and the
	 * administrators who took it over. Anyone else gets 403 `ge-forbidden`, which says exactly that.
	 */
	public function facilitator_permission( $request ) {
		if ( ! is_user_logged_in() ) {
			return GIP_Rest::error( 'rest_not_logged_in', 401, $request );
		}
		$round = GIP_Rounds::get( (int) $request['id'] );
		if ( ! $round ) {
			return GIP_Rest::error( 'ge-unknown-round', 404, $request );
		}
		return GIP_Facilitators::is_facilitator( get_current_user_id(), $round['id'] ) ? true : GIP_Rest::error( 'ge-forbidden', 403, $request );
	}
}
