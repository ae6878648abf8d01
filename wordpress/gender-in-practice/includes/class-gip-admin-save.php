<?php
/**
 * Saving the round's screen. Each invalid field keeps its previous valid value, and what was typed
 * is shown again with the problem. Two fields follow the confidentiality rules: k can be raised but
 * never lowered once a response exists, and a group that holds responses stays in the round.
 * Closing the round makes a final release when the rule between releases allows it.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The round screen's save handler.
 */
final class GIP_Admin_Save {
	/** `save_post_ge_round`. */
	public static function save( $post_id, $post ) {
		if ( ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) || wp_is_post_revision( $post_id ) ) {
			return;
		}
		if ( ! isset( $_POST[ GIP_Admin::NONCE_NAME ] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST[ GIP_Admin::NONCE_NAME ] ) ), GIP_Admin::NONCE_ACTION ) ) {
			return;
		}
		if ( ! current_user_can( GIP_Facilitators::FACILITATE ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		$form = array(
			'errors'   => array(),
			'warnings' => array(),
			'infos'    => array(),
			'typed'    => array(),
		);
		$responses = GIP_Store::count( $post_id );

		self::save_assessment( $post_id, $responses, $form );
		self::save_groups( $post_id, $form );
		self::save_min_group_size( $post_id, $responses, $form );
		self::save_audience( $post_id, $form );
		if ( isset( $_POST['gip_facilitators_present'] ) ) {
			$named = isset( $_POST['gip_facilitators'] ) && is_array( $_POST['gip_facilitators'] ) ? array_map( 'absint', wp_unslash( $_POST['gip_facilitators'] ) ) : array();
			GIP_Facilitators::set_named( $post_id, $named );
		}
		GIP_Rounds::secret( $post_id );
		if ( ! empty( $_POST['gip_create_pages'] ) ) {
			self::create_pages( $post_id, $post );
		}
		self::save_status( $post_id, $form );

		if ( $form['errors'] || $form['warnings'] || $form['infos'] ) {
			GIP_Admin::remember( $post_id, $form );
		}
	}

	/** The assessment: raw JSON text, checked with the core's rules; never sanitized as text. */
	private static function save_assessment( $post_id, $responses, array &$form ) {
		$text = isset( $_POST['gip_assessment'] ) ? (string) wp_unslash( $_POST['gip_assessment'] ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- nonce checked in save(); JSON text, validated below.
		list( $ok, $decoded ) = GIP_Json::decode( $text );
		if ( ! $ok ) {
			$form['errors'][]            = array(
				'path'    => __( 'assessment', 'gender-in-practice' ),
				'message' => '' === trim( $text ) ? __( 'The assessment is empty. Paste an assessment in JSON.', 'gender-in-practice' ) : __( 'The assessment is not valid JSON. Check the commas, quotes and brackets.', 'gender-in-practice' ),
			);
			$form['typed']['assessment'] = $text;
			return;
		}
		$checked = GIP_Validator::validate_assessment( $decoded, GIP_Messages::base_locale( get_user_locale() ) );
		if ( ! $checked['ok'] ) {
			foreach ( $checked['errors'] as $e ) {
				$form['errors'][] = array(
					'path'    => '' === $e['path'] ? __( 'assessment', 'gender-in-practice' ) : $e['path'],
					'message' => $e['message'],
				);
			}
			$form['typed']['assessment'] = $text;
			return;
		}
		$json     = GIP_Json::encode( $checked['value'] );
		$previous = GIP_Rounds::assessment( $post_id );
		if ( null !== $previous && GIP_Json::encode( $previous ) !== $json && $responses > 0 ) {
			$form['warnings'][] = __( 'The assessment was changed while the round already has responses. Earlier responses may no longer match the questions.', 'gender-in-practice' );
		}
		update_post_meta( $post_id, '_gip_assessment', wp_slash( $json ) );
	}

	/**
	 * The groups. A group that holds responses is never removed: its members would become the
	 * residual cell beside labelled groups, which is how a lone member was singled out.
	 */
	private static function save_groups( $post_id, array &$form ) {
		$text   = isset( $_POST['gip_groups'] ) ? sanitize_text_field( wp_unslash( $_POST['gip_groups'] ) ) : GIP_Rounds::DEFAULT_GROUPS; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
		$groups = GIP_Protocol::parse_groups( $text );
		if ( ! $groups['ok'] ) {
			foreach ( $groups['bad'] as $bad ) {
				$form['errors'][] = array(
					'path'    => __( 'groups', 'gender-in-practice' ),
					/* translators: %s: a group id as typed. */
					'message' => sprintf( __( '"%s" is not a usable group id. Use the letters A-Z and a-z, digits and _ . : - (no spaces or accents), at most 200 characters.', 'gender-in-practice' ), $bad ),
				);
			}
			$form['typed']['groups'] = $text;
			return;
		}
		$refused = GIP_Round_Rules::removed_groups_with_responses( GIP_Rounds::groups( $post_id ), $groups['groups'], GIP_Store::group_counts( $post_id ) );
		if ( $refused ) {
			foreach ( $refused as $group ) {
				$form['errors'][] = array(
					'path'    => __( 'groups', 'gender-in-practice' ),
					/* translators: %s: a group id. */
					'message' => sprintf( __( 'The group "%s" holds responses, so it stays in the round: removing it would leave its members unlabelled beside the other groups, where a small group could be singled out.', 'gender-in-practice' ), $group ),
				);
			}
			$form['typed']['groups'] = $text;
			return;
		}
		update_post_meta( $post_id, '_gip_groups', implode( ',', $groups['groups'] ) );
	}

	/** k: a whole number, at least 3, never lowered once a response exists. */
	private static function save_min_group_size( $post_id, $responses, array &$form ) {
		$text = isset( $_POST['gip_min_group_size'] ) ? trim( sanitize_text_field( wp_unslash( $_POST['gip_min_group_size'] ) ) ) : '5'; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
		if ( ! preg_match( '/^-?\d{1,6}\z/', $text ) ) {
			$form['errors'][]                = array(
				'path'    => __( 'minimum group size', 'gender-in-practice' ),
				'message' => __( 'The minimum group size must be a whole number (at least 3).', 'gender-in-practice' ),
			);
			$form['typed']['min_group_size'] = $text;
			return;
		}
		$current = GIP_Rounds::min_group_size( $post_id );
		$change  = GIP_Round_Rules::change_min_group_size( $current, (int) $text, $responses );
		if ( $change['lowered'] ) {
			$form['errors'][] = array(
				'path'    => __( 'minimum group size', 'gender-in-practice' ),
				/* translators: %d: the round's minimum group size. */
				'message' => sprintf( __( 'The minimum group size cannot be lowered once the round has responses: a group that an earlier release hid would then be shown. It stays %d; it can be raised.', 'gender-in-practice' ), $current ),
			);
			$form['typed']['min_group_size'] = $text;
			return;
		}
		if ( in_array( 'min-group-size-raised', $change['warnings'], true ) ) {
			/* translators: %d: the minimum group size applied. */
			$form['warnings'][] = sprintf( __( 'The minimum group size cannot be below 3: it was set to %d.', 'gender-in-practice' ), $change['k'] );
		} elseif ( in_array( 'min-group-size-below-5', $change['warnings'], true ) ) {
			$form['warnings'][] = __( 'A minimum group size below 5 makes small groups easier to identify. Use it only if everyone agrees.', 'gender-in-practice' );
		}
		update_post_meta( $post_id, '_gip_min_group_size', $change['k'] );
	}

	/** Who can answer: the roles checked, and invitation codes. */
	private static function save_audience( $post_id, array &$form ) {
		if ( ! isset( $_POST['gip_audience_present'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
			return;
		}
		$roles = isset( $_POST['gip_audience_roles'] ) && is_array( $_POST['gip_audience_roles'] ) ? array_map( 'sanitize_key', wp_unslash( $_POST['gip_audience_roles'] ) ) : array(); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
		$codes = ! empty( $_POST['gip_audience_codes'] ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
		GIP_Audience::save( $post_id, $roles, $codes );
		if ( ! GIP_Audience::roles( $post_id ) && ! $codes ) {
			$form['warnings'][] = __( 'Nobody can answer this round: check at least one role, or invitation codes, under "Who can answer".', 'gender-in-practice' );
		}
	}

	/** The status. Closing tries the final release, and the screen says what came of it. */
	private static function save_status( $post_id, array &$form ) {
		$status   = isset( $_POST['gip_status'] ) && 'closed' === sanitize_key( wp_unslash( $_POST['gip_status'] ) ) ? 'closed' : 'open'; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
		$previous = GIP_Rounds::status( $post_id );
		$round    = GIP_Rounds::get( $post_id );
		if ( 'closed' !== $status || 'closed' === $previous || ! $round ) {
			update_post_meta( $post_id, '_gip_status', $status );
			return;
		}
		$release = GIP_Releases::set_status( $round, 'closed' );
		if ( $release['made'] ) {
			$form['infos'][] = __( 'The round is closed, and a final release of its results was made.', 'gender-in-practice' );
		} else {
			/* translators: %d: a number of responses. */
			$form['warnings'][] = sprintf( _n( 'The round is closed. No final release was made: a new release needs %d more response (added or changed) since every earlier one, so the last release stands. Reopen the round to collect more.', 'The round is closed. No final release was made: a new release needs %d more responses (added or changed) since every earlier one, so the last release stands. Reopen the round to collect more.', $release['needed'], 'gender-in-practice' ), $release['needed'] );
		}
	}

	/** Creates the answer and results pages, once. */
	private static function create_pages( $post_id, $post ) {
		if ( get_post_meta( $post_id, '_gip_answer_page', true ) || get_post_meta( $post_id, '_gip_results_page', true ) ) {
			return;
		}
		$title = '' !== trim( (string) $post->post_title ) ? $post->post_title : sprintf(
			/* translators: %d: the round's id. */
			__( 'Round %d', 'gender-in-practice' ),
			$post_id
		);
		$answer = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				/* translators: %s: the round's title. */
				'post_title'   => sprintf( __( '%s: survey', 'gender-in-practice' ), $title ),
				'post_content' => '[ge_survey round="' . (int) $post_id . '"]',
			),
			true
		);
		$results = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				/* translators: %s: the round's title. */
				'post_title'   => sprintf( __( '%s: results', 'gender-in-practice' ), $title ),
				'post_content' => '[socratic_wheel round="' . (int) $post_id . '" editable="target" show-table]' . "\n\n" . '[action_plan_board round="' . (int) $post_id . '"]',
			),
			true
		);
		if ( ! is_wp_error( $answer ) && $answer ) {
			update_post_meta( $post_id, '_gip_answer_page', (int) $answer );
		}
		if ( ! is_wp_error( $results ) && $results ) {
			update_post_meta( $post_id, '_gip_results_page', (int) $results );
		}
	}
}
