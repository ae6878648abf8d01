<?php
/**
 * `GET R`: the round, its assessment and the member's (or the code's) own response.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R`.
 */
final class GIP_Rest_Round_Controller extends GIP_Rest_Controller {
	/** Registers `GET R`. */
	public function register_routes() {
		$this->register(
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'audience_permission' ),
				),
			)
		);
	}

	/** The round, its assessment and the member's own response. */
	public function get_item( $request ) {
		$round = $this->round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		$who = $this->answerer( $request );
		return $this->answer(
			array(
				'round'      => GIP_Rounds::describe( $round ),
				'assessment' => $round['assessment'],
				'mine'       => GIP_Store::mine( $round['id'], $who['member'] ),
			)
		);
	}

	/** The answer of `GET R`. */
	public function get_item_schema() {
		return $this->add_additional_fields_schema(
			$this->schema(
				'gender-in-practice-round',
				array(
					'round'      => $this->round_schema(),
					'assessment' => array(
						'description' => 'The round\'s Assessment (docs/API.md).',
						'type'        => 'object',
						'readonly'    => true,
					),
					'mine'       => array(
						'description' => 'The member\'s own response and when it was received, or null.',
						'type'        => array( 'object', 'null' ),
						'readonly'    => true,
						'properties'  => array(
							'response'    => array( 'type' => 'object' ),
							'submittedAt' => array( 'type' => 'string' ),
						),
					),
				)
			)
		);
	}
}
