<?php
/**
 * `GET R/plan` and `PUT R/plan`: the round's action plan, saved only over the revision it started
 * from. WordPress checks the plan's format, version, list of cards and the revision against the
 * schema; a number JSON cannot hold (1e400) is a 400 (validate_plan's `not-number`), never a
 * stored `null`.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R/plan`.
 */
final class GIP_Rest_Plan_Controller extends GIP_Rest_Controller {
	const SEGMENT = 'plan';

	/** Registers `GET R/plan` and `PUT R/plan` (and POST). */
	public function register_routes() {
		$this->register(
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'facilitator_permission' ),
				),
				array(
					'methods'             => GIP_Rest::WRITE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'facilitator_permission' ),
					'args'                => $this->write_args(),
				),
			)
		);
	}

	/** `{ plan, revision }` checked, or the protocol's 400. */
	private function check( $request ) {
		$input = $this->round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked              = GIP_Protocol::validate_plan( $body, GIP_Rest::lang( $request ) );
		if ( ! $checked['ok'] ) {
			return GIP_Rest::invalid( 'ge-invalid-plan', $checked['errors'], $request );
		}
		return array( $round, $checked['value'] );
	}

	/** The validator's problems with the body, or null. */
	public function invalid_body( $request, WP_Error $wordpress_error ) {
		$checked = $this->check( $request );
		return is_wp_error( $checked ) ? $checked : null;
	}

	/** The plan and its revision (`{ plan: null, revision: 0 }` before the first save). */
	public function get_item( $request ) {
		$round = $this->round( $request );
		if ( is_wp_error( $round ) ) {
			return $round;
		}
		return $this->answer( GIP_Store::plan( $round['id'] ) );
	}

	/** Saves the plan over the revision it started from, or 409 with the current one. */
	public function update_item( $request ) {
		$checked = $this->check( $request );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		list( $round, $value ) = $checked;
		if ( null === GIP_Store::encode( $value['plan'] ) ) {
			// validate_plan refuses numbers JSON cannot hold; should anything else fail to encode,
			// the plan is still refused, never stored as `null`.
			$problem = array(
				'path'    => 'plan',
				'code'    => 'not-number',
				'message' => GIP_Messages::format( 'not-number', array( 'path' => 'plan', 'found' => '?' ), GIP_Rest::lang( $request ) ),
			);
			return GIP_Rest::invalid( 'ge-invalid-plan', array( $problem ), $request );
		}
		$revision              = GIP_Store::save_plan( $round['id'], $value['plan'], $value['revision'] );
		if ( null === $revision ) {
			$current = GIP_Store::plan( $round['id'] );
			return GIP_Rest::error(
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
		return $this->answer( array( 'revision' => $revision ) );
	}

	/** `{ plan, revision }`, as `<action-plan-board>`'s toJSON() writes the plan. */
	public function get_item_schema() {
		return $this->add_additional_fields_schema(
			$this->schema(
				'gender-in-practice-plan',
				array(
					'plan'     => array(
						'description' => 'The board\'s plan; null in an answer before the first save.',
						'type'        => 'object',
						'required'    => true,
						'properties'  => array(
							'format'  => array(
								'type' => 'string',
								'enum' => array( GIP_Protocol::PLAN_FORMAT ),
							),
							'version' => array(
								'type' => 'integer',
								'enum' => array( 1 ),
							),
							'actions' => array(
								'type'     => 'array',
								'maxItems' => GIP_Protocol::MAX_PLAN_ACTIONS,
								'items'    => array(
									'type'       => 'object',
									'required'   => array( 'id', 'title', 'status' ),
									'properties' => array(
										'id'     => array( 'type' => 'string' ),
										'title'  => array( 'type' => 'string' ),
										'status' => array( 'type' => 'string' ),
									),
								),
							),
						),
					),
					'revision' => array(
						'description' => 'The revision the plan started from; in an answer, the revision now.',
						'type'        => 'integer',
						'minimum'     => 0,
						'required'    => true,
					),
				)
			)
		);
	}
}
