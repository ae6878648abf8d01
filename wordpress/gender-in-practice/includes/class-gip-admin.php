<?php
/**
 * The round's edit screen (classic editor): the "Round settings" box, the shortcodes box, the
 * save handler with its notices, and the columns of the rounds list.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Admin screens.
 */
final class GIP_Admin {
	const NONCE_ACTION = 'gip_save_round';
	const NONCE_NAME   = 'gip_round_nonce';

	/** @var array<int, array|null> The form state left by the last save, per post, read once. */
	private static $state = array();

	/** Hooks. */
	public static function hooks() {
		add_action( 'add_meta_boxes_' . GIP_Rounds::POST_TYPE, array( __CLASS__, 'add_meta_boxes' ) );
		add_action( 'save_post_' . GIP_Rounds::POST_TYPE, array( __CLASS__, 'save' ), 10, 2 );
		add_action( 'admin_notices', array( __CLASS__, 'notices' ) );
		add_filter( 'manage_' . GIP_Rounds::POST_TYPE . '_posts_columns', array( __CLASS__, 'columns' ) );
		add_action( 'manage_' . GIP_Rounds::POST_TYPE . '_posts_custom_column', array( __CLASS__, 'column' ), 10, 2 );
	}

	/** The two boxes. */
	public static function add_meta_boxes() {
		add_meta_box( 'gip-round-settings', __( 'Round settings', 'gender-in-practice' ), array( __CLASS__, 'settings_box' ), GIP_Rounds::POST_TYPE, 'normal', 'high' );
		add_meta_box( 'gip-round-share', __( 'Shortcodes and responses', 'gender-in-practice' ), array( __CLASS__, 'share_box' ), GIP_Rounds::POST_TYPE, 'side', 'default' );
	}

	/** The transient key of a user's unsaved form for a post. */
	private static function state_key( $post_id ) {
		return 'gip_round_form_' . get_current_user_id() . '_' . (int) $post_id;
	}

	/** What the last save left for this user and post (typed values, errors, warnings), once. */
	private static function state( $post_id ) {
		$post_id = (int) $post_id;
		if ( ! array_key_exists( $post_id, self::$state ) ) {
			$value = get_transient( self::state_key( $post_id ) );
			if ( false !== $value ) {
				delete_transient( self::state_key( $post_id ) );
			}
			self::$state[ $post_id ] = is_array( $value ) ? $value : null;
		}
		return self::$state[ $post_id ];
	}

	/** The default assessment shipped in assets/, pretty-printed, or ''. */
	private static function default_assessment() {
		$file = plugin_dir_path( GIP_FILE ) . 'assets/default-assessment.json';
		if ( ! is_readable( $file ) ) {
			return '';
		}
		list( $ok, $value ) = GIP_Json::decode( (string) file_get_contents( $file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		return $ok ? GIP_Json::encode( $value, true ) : '';
	}

	/** Whether the round has been saved with settings yet. */
	private static function is_new( $post ) {
		return 'auto-draft' === $post->post_status || ! metadata_exists( 'post', $post->ID, '_gip_assessment' );
	}

	/** The "Round settings" box. */
	public static function settings_box( $post ) {
		$state = self::state( $post->ID );
		$typed = $state && isset( $state['typed'] ) ? $state['typed'] : array();
		$new   = self::is_new( $post );

		if ( isset( $typed['assessment'] ) ) {
			$assessment = $typed['assessment'];
		} else {
			$stored     = GIP_Rounds::assessment( $post->ID );
			$assessment = null !== $stored ? GIP_Json::encode( $stored, true ) : self::default_assessment();
		}
		$groups = isset( $typed['groups'] ) ? $typed['groups'] : implode( ',', GIP_Rounds::groups( $post->ID ) );
		$k      = isset( $typed['min_group_size'] ) ? $typed['min_group_size'] : (string) GIP_Rounds::min_group_size( $post->ID );
		$status = GIP_Rounds::status( $post->ID );
		$answer = (int) get_post_meta( $post->ID, '_gip_answer_page', true );
		$result = (int) get_post_meta( $post->ID, '_gip_results_page', true );

		wp_nonce_field( self::NONCE_ACTION, self::NONCE_NAME );
		?>
		<p>
			<label for="gip-assessment"><strong><?php esc_html_e( 'Assessment (JSON)', 'gender-in-practice' ); ?></strong></label><br />
			<textarea id="gip-assessment" name="gip_assessment" rows="16" class="large-text code" spellcheck="false"><?php echo esc_textarea( $assessment ); ?></textarea>
			<span class="description"><?php esc_html_e( 'The survey members answer: its dimensions, questions and scale. Keep the ids stable between rounds so results stay comparable.', 'gender-in-practice' ); ?></span>
		</p>
		<p>
			<label for="gip-groups"><strong><?php esc_html_e( 'Respondent groups', 'gender-in-practice' ); ?></strong></label><br />
			<input type="text" id="gip-groups" name="gip_groups" class="regular-text" value="<?php echo esc_attr( $groups ); ?>" />
			<span class="description"><?php esc_html_e( 'Comma-separated group ids offered to members, e.g. staff,management,board,partner.', 'gender-in-practice' ); ?></span>
		</p>
		<p>
			<label for="gip-min-group-size"><strong><?php esc_html_e( 'Minimum group size', 'gender-in-practice' ); ?></strong></label><br />
			<input type="number" id="gip-min-group-size" name="gip_min_group_size" min="3" step="1" class="small-text" value="<?php echo esc_attr( $k ); ?>" />
			<span class="description"><?php esc_html_e( 'Groups with fewer responses are not shown, to protect confidentiality (at least 3; 5 is recommended).', 'gender-in-practice' ); ?></span>
		</p>
		<fieldset>
			<legend><strong><?php esc_html_e( 'Status', 'gender-in-practice' ); ?></strong></legend>
			<label><input type="radio" id="gip-status-open" name="gip_status" value="open" <?php checked( 'open', $status ); ?> /> <?php esc_html_e( 'Open: members can answer', 'gender-in-practice' ); ?></label><br />
			<label><input type="radio" id="gip-status-closed" name="gip_status" value="closed" <?php checked( 'closed', $status ); ?> /> <?php esc_html_e( 'Closed: no more responses', 'gender-in-practice' ); ?></label>
		</fieldset>
		<?php if ( $answer || $result ) : ?>
			<p class="gip-pages">
				<strong><?php esc_html_e( 'Pages', 'gender-in-practice' ); ?></strong><br />
				<?php if ( $answer && get_post( $answer ) ) : ?>
					<a id="gip-answer-page-link" href="<?php echo esc_url( get_permalink( $answer ) ); ?>"><?php esc_html_e( 'Answer page', 'gender-in-practice' ); ?></a>
				<?php endif; ?>
				<?php if ( $result && get_post( $result ) ) : ?>
					&middot; <a id="gip-results-page-link" href="<?php echo esc_url( get_permalink( $result ) ); ?>"><?php esc_html_e( 'Results page', 'gender-in-practice' ); ?></a>
				<?php endif; ?>
			</p>
		<?php else : ?>
			<p>
				<label><input type="checkbox" id="gip-create-pages" name="gip_create_pages" value="1" <?php checked( $new ); ?> /> <?php esc_html_e( 'Create an answer page and a results page when saving', 'gender-in-practice' ); ?></label>
			</p>
		<?php endif; ?>
		<?php
	}

	/** The shortcodes box: what to paste, how many answered, the status. */
	public static function share_box( $post ) {
		$id = (int) $post->ID;
		?>
		<p><?php esc_html_e( 'Answer page:', 'gender-in-practice' ); ?><br /><code>[ge_survey round="<?php echo esc_html( $id ); ?>"]</code></p>
		<p><?php esc_html_e( 'Results page (facilitators):', 'gender-in-practice' ); ?><br /><code>[socratic_wheel round="<?php echo esc_html( $id ); ?>" editable="target" show-table]</code><br /><code>[action_plan_board round="<?php echo esc_html( $id ); ?>"]</code></p>
		<p><?php esc_html_e( 'Responses:', 'gender-in-practice' ); ?> <strong id="gip-response-count"><?php echo esc_html( (string) GIP_Store::count( $id ) ); ?></strong></p>
		<p><?php esc_html_e( 'Status:', 'gender-in-practice' ); ?> <strong id="gip-round-status"><?php echo 'closed' === GIP_Rounds::status( $id ) ? esc_html__( 'closed', 'gender-in-practice' ) : esc_html__( 'open', 'gender-in-practice' ); ?></strong></p>
		<?php
	}

	/**
	 * Saves the settings. Each invalid field keeps its previous valid value; what was typed is
	 * kept for this user and post and shown again with the problems.
	 */
	public static function save( $post_id, $post ) {
		if ( ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) || wp_is_post_revision( $post_id ) ) {
			return;
		}
		if ( ! isset( $_POST[ self::NONCE_NAME ] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST[ self::NONCE_NAME ] ) ), self::NONCE_ACTION ) ) {
			return;
		}
		if ( ! current_user_can( 'ge_facilitate' ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		$errors   = array();
		$warnings = array();
		$typed    = array();
		$locale   = GIP_Messages::base_locale( get_user_locale() );

		// The assessment: raw JSON text, checked with the core's rules; never sanitized as text.
		$text = isset( $_POST['gip_assessment'] ) ? (string) wp_unslash( $_POST['gip_assessment'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		list( $ok, $decoded ) = GIP_Json::decode( $text );
		if ( ! $ok ) {
			$errors[]            = array(
				'path'    => __( 'assessment', 'gender-in-practice' ),
				'message' => '' === trim( $text ) ? __( 'The assessment is empty. Paste an assessment in JSON.', 'gender-in-practice' ) : __( 'The assessment is not valid JSON. Check the commas, quotes and brackets.', 'gender-in-practice' ),
			);
			$typed['assessment'] = $text;
		} else {
			$checked = GIP_Validator::validate_assessment( $decoded, $locale );
			if ( ! $checked['ok'] ) {
				foreach ( $checked['errors'] as $e ) {
					$errors[] = array(
						'path'    => '' === $e['path'] ? __( 'assessment', 'gender-in-practice' ) : $e['path'],
						'message' => $e['message'],
					);
				}
				$typed['assessment'] = $text;
			} else {
				$json     = GIP_Json::encode( $checked['value'] );
				$previous = GIP_Rounds::assessment( $post_id );
				if ( null !== $previous && GIP_Json::encode( $previous ) !== $json && GIP_Store::count( $post_id ) > 0 ) {
					$warnings[] = __( 'The assessment was changed while the round already has responses. Earlier responses may no longer match the questions.', 'gender-in-practice' );
				}
				update_post_meta( $post_id, '_gip_assessment', wp_slash( $json ) );
			}
		}

		$groups_text = isset( $_POST['gip_groups'] ) ? sanitize_text_field( wp_unslash( $_POST['gip_groups'] ) ) : GIP_Rounds::DEFAULT_GROUPS;
		$groups      = GIP_Protocol::parse_groups( $groups_text );
		if ( ! $groups['ok'] ) {
			foreach ( $groups['bad'] as $bad ) {
				$errors[] = array(
					'path'    => __( 'groups', 'gender-in-practice' ),
					/* translators: %s: a group id as typed. */
					'message' => sprintf( __( '"%s" is not a usable group id. Use the letters A-Z and a-z, digits and _ . : - (no spaces or accents), at most 200 characters.', 'gender-in-practice' ), $bad ),
				);
			}
			$typed['groups'] = $groups_text;
		} else {
			update_post_meta( $post_id, '_gip_groups', implode( ',', $groups['groups'] ) );
		}

		$k_text = isset( $_POST['gip_min_group_size'] ) ? trim( sanitize_text_field( wp_unslash( $_POST['gip_min_group_size'] ) ) ) : '5';
		if ( ! preg_match( '/^-?\d{1,6}\z/', $k_text ) ) {
			$errors[]                = array(
				'path'    => __( 'minimum group size', 'gender-in-practice' ),
				'message' => __( 'The minimum group size must be a whole number (at least 3).', 'gender-in-practice' ),
			);
			$typed['min_group_size'] = $k_text;
		} else {
			$resolved = GIP_Protocol::resolve_min_group_size( (int) $k_text );
			if ( in_array( 'min-group-size-raised', $resolved['warnings'], true ) ) {
				/* translators: %d: the minimum group size applied. */
				$warnings[] = sprintf( __( 'The minimum group size cannot be below 3: it was set to %d.', 'gender-in-practice' ), $resolved['k'] );
			} elseif ( in_array( 'min-group-size-below-5', $resolved['warnings'], true ) ) {
				$warnings[] = __( 'A minimum group size below 5 makes small groups easier to identify. Use it only if everyone agrees.', 'gender-in-practice' );
			}
			update_post_meta( $post_id, '_gip_min_group_size', $resolved['k'] );
		}

		$status = isset( $_POST['gip_status'] ) ? sanitize_key( wp_unslash( $_POST['gip_status'] ) ) : 'open';
		update_post_meta( $post_id, '_gip_status', 'closed' === $status ? 'closed' : 'open' );

		GIP_Rounds::secret( $post_id );

		if ( ! empty( $_POST['gip_create_pages'] ) ) {
			self::create_pages( $post_id, $post );
		}

		if ( $errors || $warnings ) {
			set_transient(
				self::state_key( $post_id ),
				array(
					'typed'    => $typed,
					'errors'   => $errors,
					'warnings' => $warnings,
				),
				10 * MINUTE_IN_SECONDS
			);
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

	/** The problems and warnings of the last save, on the round's edit screen. */
	public static function notices() {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( ! $screen || GIP_Rounds::POST_TYPE !== $screen->post_type || 'post' !== $screen->base ) {
			return;
		}
		$post_id = isset( $_GET['post'] ) ? absint( $_GET['post'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$state   = $post_id ? self::state( $post_id ) : null;
		if ( ! $state ) {
			return;
		}
		if ( ! empty( $state['errors'] ) ) {
			echo '<div class="notice notice-error" id="gip-settings-errors"><p><strong>' . esc_html__( 'Some settings were not saved: the previous values are kept. Correct what you typed and save again.', 'gender-in-practice' ) . '</strong></p><ul>';
			foreach ( $state['errors'] as $e ) {
				echo '<li><code>' . esc_html( $e['path'] ) . '</code> ' . esc_html( $e['message'] ) . '</li>';
			}
			echo '</ul></div>';
		}
		foreach ( (array) $state['warnings'] as $warning ) {
			echo '<div class="notice notice-warning gip-settings-warning"><p>' . esc_html( $warning ) . '</p></div>';
		}
	}

	/** Columns of the rounds list. */
	public static function columns( $columns ) {
		$out = array();
		foreach ( $columns as $key => $label ) {
			$out[ $key ] = $label;
			if ( 'title' === $key ) {
				$out['gip_status']    = __( 'Status', 'gender-in-practice' );
				$out['gip_responses'] = __( 'Responses', 'gender-in-practice' );
				$out['gip_shortcode'] = __( 'Shortcode', 'gender-in-practice' );
			}
		}
		return $out;
	}

	/** One cell of the rounds list. */
	public static function column( $column, $post_id ) {
		if ( 'gip_status' === $column ) {
			echo 'closed' === GIP_Rounds::status( $post_id ) ? esc_html__( 'closed', 'gender-in-practice' ) : esc_html__( 'open', 'gender-in-practice' );
		} elseif ( 'gip_responses' === $column ) {
			echo esc_html( (string) GIP_Store::count( $post_id ) );
		} elseif ( 'gip_shortcode' === $column ) {
			echo '<code>[ge_survey round="' . esc_html( (string) (int) $post_id ) . '"]</code>';
		}
	}
}
