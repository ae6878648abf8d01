<?php
/**
 * `POST R/releases`: a facilitator asks for a new release; 201 with the body of `GET R/results`
 * when the rule between releases allows it, else 409 `ge-release-too-soon` with `data.needed`.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R/releases`.
 */
final class GIP_Rest_Releases_Controller extends GIP_Rest_Results_Controller {
	const SEGMENT = 'releases';

	/** Registers `POST R/releases` (and PUT, as the other write routes). */
	public function register_routes() {
		$this->register(
			array(
				array(
					'methods'             => GIP_Rest::WRITE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'facilitator_permission' ),
				),
			)
		);
	}

	/** Makes a release now, or says how many more responses it needs. */
	public function create_item( $request ) {
		$round = $this->round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		$made = GIP_Releases::make( $round );
		if ( ! $made['made'] ) {
			return GIP_Rest::error( 'ge-release-too-soon', 409, $request, array( 'needed' => $made['needed'] ), array( 'needed' => $made['needed'] ) );
		}
		return $this->answer( GIP_Releases::results( $round, get_current_user_id() ), 201 );
	}
}
