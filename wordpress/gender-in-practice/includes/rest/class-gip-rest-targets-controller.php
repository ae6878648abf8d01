<?php
/**
 * `PUT R/targets`: the facilitators' targets, on the wheel's 0–10 scale. WordPress checks that
 * `values` is an object of numbers from 0 to 10; the rule that needs the round (a dimension id of
 * its assessment) is the shared validator's.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R/targets`.
 */
final class GIP_Rest_Targets_Controller extends GIP_Rest_Controller {
	const SEGMENT = 'targets';

	/** Registers `PUT R/targets` (and POST). */
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

	/** The targets checked against the round's dimensions, or the protocol's 400. */
	private function check( $request ) {
		$input = $this->round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked              = GIP_Protocol::validate_targets( $body, GIP_Validator::dimension_ids( $round['assessment'] ), GIP_Rest::lang( $request ) );
		return $checked['ok'] ? array( $round, $checked['value'] ) : GIP_Rest::invalid( 'ge-invalid-targets', $checked['errors'], $request );
	}

	/** The validator's problems with the body, or null. */
	public function invalid_body( $request, WP_Error $wordpress_error ) {
		$checked = $this->check( $request );
		return is_wp_error( $checked ) ? $checked : null;
	}

	/** Saves the targets. */
	public function update_item( $request ) {
		$checked = $this->check( $request );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		list( $round, $targets ) = $checked;
		$json                    = GIP_Store::encode( $targets );
		if ( null === $json ) {
			return GIP_Rest::error( 'ge-storage', 500, $request );
		}
		update_post_meta( $round['id'], '_gip_targets', wp_slash( $json ) );
		return $this->answer( array( 'targets' => $targets ) );
	}

	/** `{ values }` in, `{ targets }` out. */
	public function get_item_schema() {
		return $this->add_additional_fields_schema(
			$this->schema(
				'gender-in-practice-targets',
				array(
					'values'  => array(
						'description'          => 'By dimension id of the round\'s assessment: a target from 0 to 10.',
						'type'                 => 'object',
						'required'             => true,
						'additionalProperties' => array(
							'type'    => 'number',
							'minimum' => GIP_Protocol::TARGET_MIN,
							'maximum' => GIP_Protocol::TARGET_MAX,
						),
					),
					'targets' => array(
						'description'          => 'The targets saved.',
						'type'                 => 'object',
						'readonly'             => true,
						'additionalProperties' => array( 'type' => 'number' ),
					),
				)
			)
		);
	}
}
