<?php
/**
 * `PUT R/response`: one response per member (or invitation code) per round. WordPress checks the
 * body's shape against the schema; the rules that need the round (its assessment's questions and
 * scale, its groups, its version) are the shared validator's.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * `R/response`.
 */
final class GIP_Rest_Response_Controller extends GIP_Rest_Controller {
	const SEGMENT = 'response';

	/** Registers `PUT R/response` (and POST). */
	public function register_routes() {
		$this->register(
			array(
				array(
					'methods'             => GIP_Rest::WRITE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'audience_permission' ),
					'args'                => $this->write_args(),
				),
			)
		);
	}

	/** The validator's problems with the body, as the 400 of the protocol, or null. */
	public function invalid_body( $request, WP_Error $wordpress_error ) {
		$input = $this->round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		$checked              = GIP_Validator::validate_response( $round['assessment'], $body, GIP_Rest::lang( $request ), $round['groups'] );
		return $checked['ok'] ? null : GIP_Rest::invalid( 'ge-invalid-response', $checked['errors'], $request );
	}

	/** Stores the response: only its group and the server's time, under the member's hash. */
	public function update_item( $request ) {
		$input = $this->round_and_body( $request );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		list( $round, $body ) = $input;
		if ( 'closed' === $round['status'] ) {
			return GIP_Rest::error( 'ge-round-closed', 409, $request );
		}
		$checked = GIP_Validator::validate_response( $round['assessment'], $body, GIP_Rest::lang( $request ), $round['groups'] );
		if ( ! $checked['ok'] ) {
			return GIP_Rest::invalid( 'ge-invalid-response', $checked['errors'], $request );
		}
		// Only the group and the time are kept: no respondent id, no client time.
		$clean = $checked['value'];
		$group = GIP_Protocol::group_of( $clean );
		unset( $clean->respondent, $clean->submittedAt );
		if ( null !== $group ) {
			$clean->respondent = (object) array( 'group' => $group );
		}
		$who   = $this->answerer( $request );
		$saved = GIP_Store::upsert( $round['id'], $who['member'], $clean );
		if ( null === $saved ) {
			return GIP_Rest::error( 'ge-storage', 500, $request );
		}
		if ( null !== $who['code_id'] ) {
			GIP_Codes::mark_used( $who['code_id'] );
		}
		return $this->answer( $saved );
	}

	/** A SurveyResponse (docs/API.md), and the answer. */
	public function get_item_schema() {
		return $this->add_additional_fields_schema(
			$this->schema(
				'gender-in-practice-response',
				array(
					'assessmentId'      => array(
						'description' => 'The round\'s assessment id.',
						'type'        => 'string',
						'required'    => true,
					),
					'assessmentVersion' => array(
						'description' => 'The round\'s assessment version.',
						'type'        => 'string',
						'required'    => true,
					),
					'answers'           => array(
						'description'          => 'By question id: a value on the scale, "dk" or "na".',
						'type'                 => 'object',
						'required'             => true,
						'additionalProperties' => array( 'type' => array( 'number', 'string' ) ),
					),
					'comments'          => array(
						'description'          => 'By question or dimension id: a comment.',
						'type'                 => 'object',
						'additionalProperties' => array( 'type' => 'string' ),
					),
					'respondent'        => array(
						'description' => 'Only the group is kept; an id is dropped.',
						'type'        => 'object',
						'properties'  => array(
							'id'    => array( 'type' => 'string' ),
							'group' => array( 'type' => 'string' ),
						),
					),
					'submittedAt'       => array(
						'description' => 'Ignored in a request (the server keeps its own time); in the answer, when the server stored the response.',
						'type'        => 'string',
					),
					'status'            => array(
						'description' => 'Whether the response was created or replaced the member\'s earlier one.',
						'type'        => 'string',
						'enum'        => array( 'created', 'updated' ),
						'readonly'    => true,
					),
				)
			)
		);
	}
}
