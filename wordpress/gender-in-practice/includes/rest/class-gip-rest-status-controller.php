<?php
/**
 * `PUT R/status`: opens or closes the round. WordPress checks `status` against its enum. Closing
 * makes a final release only when the rule between releases allows it; the answer says whether
 * one was made, or how many more responses a new one needs. Reopening resets nothing.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R/status`.
 */
final class GIP_Rest_Status_Controller extends GIP_Rest_Controller {
	const SEGMENT = 'status';

	/** Registers `PUT R/status` (and POST). */
	public function register_routes() {
		$this->register(
			array(
				array(
					'methods'             => GIP_Rest::WRITE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'facilitator_permission' ),
					'args'                => $this->write_args(),
				),
			)
		);
	}

	/** The status asked for, or the protocol's 400 (`ge-invalid-status`, as the elements know it). */
	private function check( $request ) {
		$input = $this->round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked              = GIP_Protocol::validate_status( $body, GIP_Rest::lang( $request ) );
		return $checked['ok'] ? array( $round, $checked['value'] ) : GIP_Rest::invalid( 'ge-invalid-status', $checked['errors'], $request );
	}

	/** The validator's problems with the body, or null. */
	public function invalid_body( $request, WP_Error $wordpress_error ) {
		$checked = $this->check( $request );
		return is_wp_error( $checked ) ? $checked : null;
	}

	/** Sets the status; closing tries the final release. */
	public function update_item( $request ) {
		$checked = $this->check( $request );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		list( $round, $status ) = $checked;
		return $this->answer(
			array(
				'status'  => $status,
				'release' => GIP_Releases::set_status( $round, $status ),
			)
		);
	}

	/** `{ status }` in, `{ status, release: { made, needed } }` out. */
	public function get_item_schema() {
		return $this->add_additional_fields_schema(
			$this->schema(
				'gender-in-practice-status',
				array(
					'status'  => array(
						'description' => 'open: members can answer; closed: no more responses.',
						'type'        => 'string',
						'enum'        => array( 'open', 'closed' ),
						'required'    => true,
					),
					'release' => array(
						'description' => 'Whether closing made a final release, and how many more responses (added or changed) a new one needs.',
						'type'        => 'object',
						'readonly'    => true,
						'properties'  => array(
							'made'   => array( 'type' => 'boolean' ),
							'needed' => array( 'type' => 'integer' ),
						),
					),
				)
			)
		);
	}
}
