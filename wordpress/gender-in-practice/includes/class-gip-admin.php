<?php
/**
 * The round's edit screen (classic editor): the "Round settings" box (assessment, groups, k,
 * status, who can answer, facilitators, who can see results), the shortcodes box (responses and
 * releases), the invitation codes box, the notices of the last save, and the rounds list (its
 * columns and the administrators' "Take over" action). Saving is GIP_Admin_Save's.
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
		add_action( 'save_post_' . GIP_Rounds::POST_TYPE, array( 'GIP_Admin_Save', 'save' ), 10, 2 );
		add_action( 'admin_notices', array( __CLASS__, 'notices' ) );
		add_action( 'admin_footer', array( __CLASS__, 'footer_forms' ) );
		add_filter( 'manage_' . GIP_Rounds::POST_TYPE . '_posts_columns', array( __CLASS__, 'columns' ) );
		add_action( 'manage_' . GIP_Rounds::POST_TYPE . '_posts_custom_column', array( __CLASS__, 'column' ), 10, 2 );
		add_filter( 'post_row_actions', array( __CLASS__, 'row_actions' ), 10, 2 );
	}

	/** The three boxes. */
	public static function add_meta_boxes( $post ) {
		add_meta_box( 'gip-round-settings', __( 'Round settings', 'gender-in-practice' ), array( __CLASS__, 'settings_box' ), GIP_Rounds::POST_TYPE, 'normal', 'high' );
		add_meta_box( 'gip-round-share', __( 'Shortcodes and responses', 'gender-in-practice' ), array( __CLASS__, 'share_box' ), GIP_Rounds::POST_TYPE, 'side', 'default' );
		if ( 'auto-draft' !== $post->post_status ) {
			add_meta_box( 'gip-round-codes', __( 'Invitation codes', 'gender-in-practice' ), array( __CLASS__, 'codes_box' ), GIP_Rounds::POST_TYPE, 'side', 'default' );
		}
	}

	/* ------------------------------------------------------------------ the state of the last save */

	/** The transient key of a user's unsaved form and notices for a post. */
	private static function state_key( $post_id ) {
		return 'gip_round_form_' . get_current_user_id() . '_' . (int) $post_id;
	}

	/** What the last save left for this user and post (typed values, errors, warnings, infos), once. */
	public static function state( $post_id ) {
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

	/** Keeps the form state of a save for the next screen. */
	public static function remember( $post_id, array $state ) {
		set_transient( self::state_key( $post_id ), $state, 10 * MINUTE_IN_SECONDS );
	}

	/**
	 * Adds a notice for the next screen of this post.
	 *
	 * @param string $kind 'errors' (with path), 'warnings' or 'infos'.
	 */
	public static function remember_notice( $post_id, $kind, $text ) {
		$state = get_transient( self::state_key( $post_id ) );
		$state = is_array( $state ) ? $state : array();
		if ( ! isset( $state[ $kind ] ) ) {
			$state[ $kind ] = array();
		}
		$state[ $kind ][] = $text;
		self::remember( $post_id, $state );
	}

	/* ------------------------------------------------------------------ boxes */

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
	public static function is_new( $post ) {
		return 'auto-draft' === $post->post_status || ! metadata_exists( 'post', $post->ID, '_gip_assessment' );
	}

	/** A user's name for the screen. */
	private static function user_name( $user_id ) {
		$user = get_userdata( (int) $user_id );
		return $user ? $user->display_name : __( '(a deleted user)', 'gender-in-practice' );
	}

	/** A UTC DATETIME in the site's format and time zone. */
	private static function local_time( $utc ) {
		$time = strtotime( $utc . ' UTC' );
		return false === $time ? '' : wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $time );
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
			<span class="description"><?php esc_html_e( 'Comma-separated group ids offered to members, e.g. staff,management,board,partner. A group that holds responses cannot be removed.', 'gender-in-practice' ); ?></span>
		</p>
		<p>
			<label for="gip-min-group-size"><strong><?php esc_html_e( 'Minimum group size', 'gender-in-practice' ); ?></strong></label><br />
			<input type="number" id="gip-min-group-size" name="gip_min_group_size" min="3" step="1" class="small-text" value="<?php echo esc_attr( $k ); ?>" />
			<span class="description"><?php esc_html_e( 'Groups with fewer responses are not shown, to protect confidentiality (at least 3; 5 is recommended). Once the round has responses it can be raised, never lowered.', 'gender-in-practice' ); ?></span>
		</p>
		<fieldset>
			<legend><strong><?php esc_html_e( 'Status', 'gender-in-practice' ); ?></strong></legend>
			<label><input type="radio" id="gip-status-open" name="gip_status" value="open" <?php checked( 'open', $status ); ?> /> <?php esc_html_e( 'Open: members can answer', 'gender-in-practice' ); ?></label><br />
			<label><input type="radio" id="gip-status-closed" name="gip_status" value="closed" <?php checked( 'closed', $status ); ?> /> <?php esc_html_e( 'Closed: no more responses (a final release is made when enough responses changed since the last one)', 'gender-in-practice' ); ?></label>
		</fieldset>
		<?php
		self::audience_fields( $post, $new );
		self::facilitator_fields( $post );
		if ( $answer || $result ) :
			?>
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
			<?php
		endif;
	}

	/** "Who can answer": the site's roles (all of them for a new round) and invitation codes. */
	private static function audience_fields( $post, $new ) {
		$roles   = $new && ! metadata_exists( 'post', $post->ID, GIP_Audience::META_ROLES ) ? array_keys( GIP_Audience::site_roles() ) : GIP_Audience::roles( $post->ID );
		$codes   = GIP_Audience::takes_codes( $post->ID );
		$default = (string) get_option( 'default_role' );
		$names   = GIP_Audience::site_roles();
		?>
		<fieldset id="gip-audience">
			<legend><strong><?php esc_html_e( 'Who can answer', 'gender-in-practice' ); ?></strong></legend>
			<input type="hidden" name="gip_audience_present" value="1" />
			<?php foreach ( $names as $slug => $name ) : ?>
				<label><input type="checkbox" id="gip-audience-role-<?php echo esc_attr( $slug ); ?>" name="gip_audience_roles[]" value="<?php echo esc_attr( $slug ); ?>" <?php checked( in_array( $slug, $roles, true ) ); ?> /> <?php echo esc_html( $name ); ?></label><br />
			<?php endforeach; ?>
			<label><input type="checkbox" id="gip-audience-codes" name="gip_audience_codes" value="1" <?php checked( $codes ); ?> /> <?php esc_html_e( 'People with an invitation code (partners, board members without an account)', 'gender-in-practice' ); ?></label>
			<?php if ( get_option( 'users_can_register' ) ) : ?>
				<p class="notice notice-warning inline" id="gip-open-registration"><?php echo esc_html( sprintf( /* translators: %s: the role new accounts get. */ __( 'Anyone can create an account on this site (Settings › General › Membership), and new accounts get the role "%s". If that role is checked, anyone can answer this round.', 'gender-in-practice' ), isset( $names[ $default ] ) ? $names[ $default ] : $default ) ); ?></p>
			<?php endif; ?>
		</fieldset>
		<?php
	}

	/** "Facilitators": the owner, the people named, the take-overs, and who can see results. */
	private static function facilitator_fields( $post ) {
		$owner  = GIP_Facilitators::owner( $post->ID );
		$named  = GIP_Facilitators::named( $post->ID );
		$takers = GIP_Facilitators::take_overs( $post->ID );
		$people = array( sprintf( /* translators: %s: a user's name. */ __( '%s (owner)', 'gender-in-practice' ), self::user_name( $owner ) ) );
		foreach ( array_unique( array_merge( $named, array_column( $takers, 'user' ) ) ) as $id ) {
			if ( (int) $id !== $owner ) {
				$people[] = self::user_name( $id );
			}
		}
		?>
		<fieldset id="gip-facilitators">
			<legend><strong><?php esc_html_e( 'Facilitators', 'gender-in-practice' ); ?></strong></legend>
			<input type="hidden" name="gip_facilitators_present" value="1" />
			<span class="description"><?php esc_html_e( 'They see the results, set the targets, keep the plan and open or close the round, with its owner.', 'gender-in-practice' ); ?></span><br />
			<?php foreach ( GIP_Facilitators::candidates() as $user ) : ?>
				<?php if ( (int) $user->ID !== $owner ) : ?>
					<label><input type="checkbox" id="gip-facilitator-<?php echo esc_attr( (string) $user->ID ); ?>" name="gip_facilitators[]" value="<?php echo esc_attr( (string) $user->ID ); ?>" <?php checked( in_array( (int) $user->ID, $named, true ) ); ?> /> <?php echo esc_html( $user->display_name ); ?></label><br />
				<?php endif; ?>
			<?php endforeach; ?>
		</fieldset>
		<p id="gip-who-sees-results">
			<?php echo esc_html( sprintf( /* translators: %s: a list of names. */ __( 'Results can be seen by: %s; administrators can take over a round, and each take-over is listed here.', 'gender-in-practice' ), implode( ', ', $people ) ) ); ?>
		</p>
		<?php if ( $takers ) : ?>
			<ul id="gip-take-overs">
				<?php foreach ( $takers as $taker ) : ?>
					<li><?php echo esc_html( sprintf( /* translators: 1: a user's name, 2: a date and time. */ __( 'Taken over by %1$s on %2$s', 'gender-in-practice' ), self::user_name( $taker['user'] ), self::local_time( $taker['at'] ) ) ); ?></li>
				<?php endforeach; ?>
			</ul>
			<?php
		endif;
	}

	/** The shortcodes box: what to paste, how many answered, the releases, the status. */
	public static function share_box( $post ) {
		$id    = (int) $post->ID;
		$round = GIP_Rounds::get( $id );
		?>
		<p><?php esc_html_e( 'Answer page:', 'gender-in-practice' ); ?><br /><code>[ge_survey round="<?php echo esc_html( $id ); ?>"]</code></p>
		<p><?php esc_html_e( 'Results page (facilitators):', 'gender-in-practice' ); ?><br /><code>[socratic_wheel round="<?php echo esc_html( $id ); ?>" editable="target" show-table]</code><br /><code>[action_plan_board round="<?php echo esc_html( $id ); ?>"]</code></p>
		<p><?php esc_html_e( 'Responses:', 'gender-in-practice' ); ?> <strong id="gip-response-count"><?php echo esc_html( (string) GIP_Store::count( $id ) ); ?></strong></p>
		<p><?php esc_html_e( 'Status:', 'gender-in-practice' ); ?> <strong id="gip-round-status"><?php echo 'closed' === GIP_Rounds::status( $id ) ? esc_html__( 'closed', 'gender-in-practice' ) : esc_html__( 'open', 'gender-in-practice' ); ?></strong></p>
		<?php
		if ( ! $round ) {
			return;
		}
		$latest = GIP_Releases::latest( $id );
		$next   = GIP_Releases::next( $round );
		?>
		<p id="gip-releases">
			<?php esc_html_e( 'Releases of the results:', 'gender-in-practice' ); ?> <strong id="gip-release-count"><?php echo esc_html( (string) GIP_Releases::count( $id ) ); ?></strong>
			<?php if ( $latest ) : ?>
				<br /><?php echo esc_html( sprintf( /* translators: 1: a release number, 2: a date and time, 3: a number of responses. */ __( 'The latest, release %1$d of %2$s, holds %3$d responses.', 'gender-in-practice' ), (int) $latest->seq, self::local_time( $latest->made_at ), (int) $latest->n ) ); ?>
			<?php endif; ?>
			<br /><span id="gip-next-release">
			<?php
			echo $next['allowed']
				? esc_html__( 'A new release can be made now (from the results page).', 'gender-in-practice' )
				/* translators: %d: a number of responses. */
				: esc_html( sprintf( _n( 'A new release needs %d more response (added or changed).', 'A new release needs %d more responses (added or changed).', $next['needed'], 'gender-in-practice' ), $next['needed'] ) );
			?>
			</span>
		</p>
		<p class="description"><?php esc_html_e( 'Facilitators see releases: results frozen at a moment. No two releases differ by fewer responses than the minimum group size, so no one can tell what one person answered by comparing them.', 'gender-in-practice' ); ?></p>
		<?php
	}

	/** The invitation codes box: counts, making a batch, withdrawing the unused ones. */
	public static function codes_box( $post ) {
		$counts = GIP_Codes::counts( $post->ID );
		$unused = $counts['made'] - $counts['used'];
		?>
		<p id="gip-code-counts"><?php echo esc_html( sprintf( /* translators: 1: codes made, 2: codes used. */ __( 'Made: %1$d · used: %2$d', 'gender-in-practice' ), $counts['made'], $counts['used'] ) ); ?></p>
		<?php if ( ! GIP_Audience::takes_codes( $post->ID ) ) : ?>
			<p class="description"><?php esc_html_e( 'Codes answer only while "People with an invitation code" is checked under "Who can answer".', 'gender-in-practice' ); ?></p>
		<?php endif; ?>
		<p>
			<label for="gip-code-count"><?php esc_html_e( 'How many codes', 'gender-in-practice' ); ?></label>
			<input type="number" id="gip-code-count" name="count" form="gip-codes-form" min="1" max="<?php echo esc_attr( (string) GIP_Invitation::MAX_BATCH ); ?>" value="20" class="small-text" />
			<button type="submit" id="gip-make-codes" class="button" form="gip-codes-form"><?php esc_html_e( 'Make codes', 'gender-in-practice' ); ?></button>
		</p>
		<p class="description"><?php esc_html_e( 'They are shown once, to print or download; the site keeps only a fingerprint of each.', 'gender-in-practice' ); ?></p>
		<?php if ( $unused > 0 ) : ?>
			<p><button type="submit" id="gip-withdraw-codes" class="button button-link-delete" form="gip-withdraw-form" onclick="return confirm(<?php echo esc_attr( wp_json_encode( __( 'Withdraw every unused code? They will no longer answer the survey.', 'gender-in-practice' ) ) ); ?>);">
				<?php echo esc_html( sprintf( /* translators: %d: unused codes. */ _n( 'Withdraw the %d unused code', 'Withdraw the %d unused codes', $unused, 'gender-in-practice' ), $unused ) ); ?>
			</button></p>
			<?php
		endif;
	}

	/**
	 * The forms of the codes box, outside the post's form (forms cannot nest; the box's fields
	 * join them through their `form` attribute). The batch token lets a reload of the codes page
	 * be told apart from a new batch.
	 */
	public static function footer_forms() {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		$post   = get_post();
		if ( ! $screen || GIP_Rounds::POST_TYPE !== $screen->post_type || 'post' !== $screen->base || ! $post || 'auto-draft' === $post->post_status || ! current_user_can( 'edit_post', $post->ID ) ) {
			return;
		}
		$action = admin_url( 'admin-post.php' );
		?>
		<form id="gip-codes-form" method="post" action="<?php echo esc_url( $action ); ?>">
			<input type="hidden" name="action" value="<?php echo esc_attr( GIP_Codes::MAKE_ACTION ); ?>" />
			<input type="hidden" name="round" value="<?php echo esc_attr( (string) $post->ID ); ?>" />
			<input type="hidden" name="batch" value="<?php echo esc_attr( wp_generate_password( 20, false ) ); ?>" />
			<?php wp_nonce_field( GIP_Codes::MAKE_ACTION . '_' . $post->ID, '_wpnonce', true ); ?>
		</form>
		<form id="gip-withdraw-form" method="post" action="<?php echo esc_url( $action ); ?>">
			<input type="hidden" name="action" value="<?php echo esc_attr( GIP_Codes::WITHDRAW_ACTION ); ?>" />
			<input type="hidden" name="round" value="<?php echo esc_attr( (string) $post->ID ); ?>" />
			<?php wp_nonce_field( GIP_Codes::WITHDRAW_ACTION . '_' . $post->ID, '_wpnonce', true ); ?>
		</form>
		<?php
	}

	/* ------------------------------------------------------------------ notices and the list */

	/** The problems, warnings and news of the last save, on the round's edit screen. */
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
		foreach ( isset( $state['warnings'] ) ? (array) $state['warnings'] : array() as $warning ) {
			echo '<div class="notice notice-warning gip-settings-warning"><p>' . esc_html( $warning ) . '</p></div>';
		}
		foreach ( isset( $state['infos'] ) ? (array) $state['infos'] : array() as $info ) {
			echo '<div class="notice notice-info gip-settings-info"><p>' . esc_html( $info ) . '</p></div>';
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

	/** One cell of the rounds list; the response count only for the round's facilitators. */
	public static function column( $column, $post_id ) {
		if ( 'gip_status' === $column ) {
			echo 'closed' === GIP_Rounds::status( $post_id ) ? esc_html__( 'closed', 'gender-in-practice' ) : esc_html__( 'open', 'gender-in-practice' );
		} elseif ( 'gip_responses' === $column ) {
			echo current_user_can( 'edit_post', $post_id ) ? esc_html( (string) GIP_Store::count( $post_id ) ) : '&mdash;';
		} elseif ( 'gip_shortcode' === $column ) {
			echo '<code>[ge_survey round="' . esc_html( (string) (int) $post_id ) . '"]</code>';
		}
	}

	/** "Take over" in the rounds list, for administrators who may and are not facilitators yet. */
	public static function row_actions( $actions, $post ) {
		if ( ! $post instanceof WP_Post || GIP_Rounds::POST_TYPE !== $post->post_type || ! GIP_Facilitators::can_take_over( $post->ID ) ) {
			return $actions;
		}
		$confirm                 = __( 'Take over this round? You will see its results and keep its plan and status as one of its facilitators. The take-over is recorded and shown on the round\'s screen to everyone who facilitates it.', 'gender-in-practice' );
		$actions['gip_take_over'] = '<a class="gip-take-over" href="' . esc_url( GIP_Facilitators::take_over_url( $post->ID ) ) . '" onclick="return confirm(' . esc_attr( wp_json_encode( $confirm ) ) . ');">' . esc_html__( 'Take over', 'gender-in-practice' ) . '</a>';
		return $actions;
	}
}
