<?php
/**
 * `GET R/results`: the live count, the latest release as this facilitator may see it, what the
 * next release needs, and the targets. Never a per-person record (docs/PROTOCOL.md, "Why releases").
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R/results`.
 */
class GIP_Rest_Results_Controller extends GIP_Rest_Controller {
	const SEGMENT = 'results';

	/** Registers `GET R/results`. */
	public function register_routes() {
		$this->register(
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'facilitator_permission' ),
				),
			)
		);
	}

	/** What this facilitator may see. */
	public function get_item( $request ) {
		$round = $this->round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		return $this->answer( GIP_Releases::results( $round, get_current_user_id() ) );
	}

	/** The answer of `GET R/results` (and of `POST R/releases`). */
	public function get_item_schema() {
		$hidden_or_shown = array(
			'type'                 => 'object',
			'description'          => 'A figure: { n, scores, dkRate, answers }, or hidden: { n: null, reason }.',
			'additionalProperties' => array( 'type' => 'object' ),
		);
		return $this->add_additional_fields_schema(
			$this->schema(
				'gender-in-practice-results',
				array(
					'round'      => $this->round_schema(),
					'assessment' => array(
						'description' => 'The round\'s Assessment.',
						'type'        => 'object',
						'readonly'    => true,
					),
					'n'          => array(
						'description' => 'Responses now (it reveals no answer).',
						'type'        => 'integer',
						'readonly'    => true,
					),
					'releases'   => array(
						'description' => 'Releases made so far.',
						'type'        => 'integer',
						'readonly'    => true,
					),
					'release'    => array(
						'description' => 'The latest release as this viewer may see it, or null before the first.',
						'type'        => array( 'object', 'null' ),
						'readonly'    => true,
						'properties'  => array(
							'id'                => array( 'type' => 'integer' ),
							'at'                => array( 'type' => 'string' ),
							'assessmentId'      => array( 'type' => 'string' ),
							'assessmentVersion' => array( 'type' => 'string' ),
							'n'                 => array( 'type' => 'integer' ),
							'minGroupSize'      => array( 'type' => 'integer' ),
							'suppressed'        => array( 'type' => 'boolean' ),
							'dimensions'        => $hidden_or_shown,
							'groups'            => array(
								'type'  => 'array',
								'items' => array( 'type' => 'object' ),
							),
							'comments'          => array(
								'type'                 => 'object',
								'additionalProperties' => array(
									'type'  => 'array',
									'items' => array( 'type' => 'string' ),
								),
							),
						),
					),
					'next'       => array(
						'description' => 'Whether a release may be made now, and how many more responses (added or changed) it needs.',
						'type'        => 'object',
						'readonly'    => true,
						'properties'  => array(
							'allowed' => array( 'type' => 'boolean' ),
							'needed'  => array( 'type' => 'integer' ),
						),
					),
					'targets'    => array(
						'description'          => 'The facilitators\' targets by dimension id (0 to 10).',
						'type'                 => 'object',
						'readonly'             => true,
						'additionalProperties' => array( 'type' => 'number' ),
					),
				)
			)
		);
	}
}
