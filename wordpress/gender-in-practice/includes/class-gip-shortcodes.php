<?php
/**
 * Shortcodes [ge_survey], [socratic_wheel] and [action_plan_board]: each prints its element and
 * enqueues the elements' script once per page. With round="ID" the element talks to the round.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcodes.
 */
final class GIP_Shortcodes {
	/** Shortcode → [ tag, attributes, boolean attributes ]. */
	const ELEMENTS = array(
		'ge_survey'         => array( 'ge-survey', array( 'src', 'storage-key', 'groups', 'layout', 'readonly', 'name', 'disabled', 'lang', 'id', 'class' ), array( 'readonly', 'disabled' ) ),
		'socratic_wheel'    => array( 'socratic-wheel', array( 'max', 'step', 'editable', 'source', 'label', 'show-values', 'show-table', 'min-group-size', 'max-groups', 'lang', 'id', 'class' ), array( 'show-values', 'show-table' ) ),
		'action_plan_board' => array( 'action-plan-board', array( 'source', 'budget-days', 'storage-key', 'lang', 'id', 'class' ), array() ),
	);

	/**
	 * The scripts a page may need, one per element and the round add-on, so that a page pays only
	 * for what it shows: a survey page loads the survey's script (and the add-on when it answers a
	 * round), a results page the wheel's and the board's. Each is self-contained and idempotent.
	 * `gender-in-practice` (all three elements, the add-on and the core as window.GenderInPractice)
	 * stays registered for themes and snippets that enqueue it by that handle.
	 */
	const SCRIPTS = array(
		'ge-survey'                => 'ge-survey.min.js',
		'socratic-wheel'           => 'socratic-wheel.min.js',
		'action-plan-board'        => 'action-plan-board.min.js',
		'gender-in-practice-round' => 'gender-in-practice-round.min.js',
		'gender-in-practice'       => 'gender-in-practice.min.js',
	);

	/** Registers the scripts (handles as in SCRIPTS; the elements' handles are their tags). */
	public static function register_scripts() {
		foreach ( self::SCRIPTS as $handle => $file ) {
			wp_register_script( $handle, plugins_url( 'assets/' . $file, GIP_FILE ), array(), GIP_VERSION, true );
		}
	}

	/** Registers the shortcodes. */
	public static function register() {
		foreach ( array_keys( self::ELEMENTS ) as $shortcode ) {
			add_shortcode( $shortcode, array( __CLASS__, 'render_' . $shortcode ) );
		}
	}

	/** [ge_survey]. */
	public static function render_ge_survey( $atts ) {
		return self::render( 'ge_survey', $atts );
	}

	/** [socratic_wheel]. */
	public static function render_socratic_wheel( $atts ) {
		return self::render( 'socratic_wheel', $atts );
	}

	/** [action_plan_board]. */
	public static function render_action_plan_board( $atts ) {
		return self::render( 'action_plan_board', $atts );
	}

	/**
	 * The shortcode's attributes, whitelisted: names lowercased, `_` read as `-`, a bare word
	 * (`[socratic_wheel show-table]`) read as a boolean attribute that is on.
	 *
	 * @return array<string, string|bool> Booleans for boolean attributes.
	 */
	public static function attributes( $shortcode, $atts ) {
		list( , $allowed, $booleans ) = self::ELEMENTS[ $shortcode ];
		$allowed[]                    = 'round';
		$out                          = array();
		foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
			if ( is_int( $key ) ) {
				$key   = (string) $value;
				$value = true;
			}
			$name = str_replace( '_', '-', strtolower( trim( (string) $key ) ) );
			if ( ! in_array( $name, $allowed, true ) ) {
				continue;
			}
			if ( in_array( $name, $booleans, true ) ) {
				$out[ $name ] = true === $value || ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off' ), true );
			} else {
				$out[ $name ] = true === $value ? '' : (string) $value;
			}
		}
		return $out;
	}

	/** The element's HTML; boolean attributes written bare, every name and value escaped. */
	public static function element( $tag, array $attributes ) {
		$html = '';
		foreach ( $attributes as $name => $value ) {
			if ( false === $value || null === $value ) {
				continue;
			}
			$html .= ' ' . esc_attr( $name );
			if ( true !== $value ) {
				$html .= '="' . ( in_array( $name, array( 'src', 'endpoint' ), true ) ? esc_url( $value ) : esc_attr( $value ) ) . '"';
			}
		}
		// Escaped: $html is only the attribute names and values passed through esc_attr()/esc_url() just above.
		return '<' . tag_escape( $tag ) . $html . '></' . tag_escape( $tag ) . '>';
	}

	/** A paragraph of text instead of the element. */
	private static function notice( $text, $class = 'gip-notice' ) {
		return '<p class="' . esc_attr( $class ) . '">' . esc_html( $text ) . '</p>';
	}

	private static function render( $shortcode, $atts ) {
		$tag = self::ELEMENTS[ $shortcode ][0];
		wp_enqueue_script( $tag );
		$html = self::render_element( $shortcode, $tag, $atts );
		// The round add-on, only where an element was given an endpoint.
		if ( false !== strpos( $html, ' endpoint="' ) ) {
			wp_enqueue_script( 'gender-in-practice-round' );
		}
		return $html;
	}

	private static function render_element( $shortcode, $tag, $atts ) {
		$attributes = self::attributes( $shortcode, $atts );
		if ( ! isset( $attributes['round'] ) ) {
			return self::element( $tag, $attributes );
		}
		$round_id = absint( $attributes['round'] );
		unset( $attributes['round'] );
		$round = $round_id ? GIP_Rounds::get( $round_id ) : null;
		if ( ! $round ) {
			return self::notice( __( 'This assessment round does not exist or is not published yet.', 'gender-in-practice' ), 'gip-notice gip-unknown-round' );
		}
		$endpoint = rest_url( GIP_Rest::NAMESPACE_V1 . '/rounds/' . $round['id'] );
		// The page may now hold a nonce and a storage key of one user: page-cache plugins (WP Super
		// Cache, W3 Total Cache, WP Rocket…) must not serve it to anyone else. WordPress itself
		// already sends no-cache headers to logged-in users.
		if ( ! defined( 'DONOTCACHEPAGE' ) ) {
			define( 'DONOTCACHEPAGE', true );
		}
		if ( 'ge_survey' === $shortcode ) {
			return self::render_survey( $round, $attributes, $endpoint );
		}
		if ( ! GIP_Facilitators::is_facilitator( get_current_user_id(), $round['id'] ) ) {
			return self::notice( __( 'Results are shown to the facilitators of this round.', 'gender-in-practice' ), 'gip-notice gip-facilitators-only' );
		}
		$wheel_id = 'ge-wheel-' . $round['id'];
		if ( 'socratic_wheel' === $shortcode ) {
			if ( ! isset( $attributes['id'] ) || '' === $attributes['id'] ) {
				$attributes['id'] = $wheel_id;
			}
			if ( ! isset( $attributes['min-group-size'] ) ) {
				$attributes['min-group-size'] = (string) $round['k'];
			}
		} elseif ( ! isset( $attributes['source'] ) || '' === $attributes['source'] ) {
			$attributes['source'] = $wheel_id;
		}
		$attributes['endpoint'] = $endpoint;
		$attributes['nonce']    = wp_create_nonce( 'wp_rest' );
		return self::element( $tag, $attributes );
	}

	/**
	 * [ge_survey round]: for the round's audience. A member whose role is in it gets the survey
	 * with a nonce and a storage key of their own. Someone else gets the survey without a nonce
	 * when the round takes invitation codes (the element asks for the code on 401
	 * `ge-code-required`, and scopes what it keeps on the device by the code, under a storage key
	 * prefix of its own), with a login link when accounts answer too; otherwise a notice: log in,
	 * or this round is not open to your account.
	 */
	private static function render_survey( array $round, array $attributes, $endpoint ) {
		unset( $attributes['src'] );
		$attributes['groups']   = implode( ',', $round['groups'] );
		$attributes['endpoint'] = $endpoint;
		$user_id                = get_current_user_id();
		$login                  = wp_login_url( get_permalink() ? get_permalink() : home_url( add_query_arg( array() ) ) );
		if ( $user_id && GIP_Audience::in_audience( $user_id, $round['id'] ) ) {
			// One browser storage key per member and round: members sharing a workshop laptop never
			// start from (or send) each other's answers. Keyed by the site's salt, so it names no one.
			$attributes['storage-key'] = 'gip-' . $round['id'] . '-' . substr( wp_hash( 'gip-storage:' . $round['id'] . ':' . $user_id ), 0, 16 );
			$attributes['nonce']       = wp_create_nonce( 'wp_rest' );
			return self::element( 'ge-survey', $attributes );
		}
		$accounts = array() !== GIP_Audience::roles( $round['id'] );
		if ( ! GIP_Audience::takes_codes( $round['id'] ) ) {
			if ( $user_id ) {
				return self::notice( __( 'This survey is not open to your account. If you think it should be, ask the round\'s facilitators.', 'gender-in-practice' ), 'gip-notice gip-not-in-audience' );
			}
			return '<p class="gip-notice gip-login">' . esc_html__( 'Log in to answer this survey.', 'gender-in-practice' ) . ' <a href="' . esc_url( $login ) . '">' . esc_html__( 'Log in', 'gender-in-practice' ) . '</a></p>';
		}
		// No nonce: the element's requests are anonymous, and answer with the code.
		$attributes['storage-key'] = 'gip-' . $round['id'] . '-code';
		$before                    = '';
		if ( $user_id ) {
			$before = self::notice( __( 'This survey is not open to your account, but you can answer it with an invitation code.', 'gender-in-practice' ), 'gip-notice gip-not-in-audience' );
		} elseif ( $accounts ) {
			$before = '<p class="gip-notice gip-login">' . esc_html__( 'Enter your invitation code below, or log in if you have an account on this site.', 'gender-in-practice' ) . ' <a href="' . esc_url( $login ) . '">' . esc_html__( 'Log in', 'gender-in-practice' ) . '</a></p>';
		}
		// Escaped: $before is notice() or literal text and esc_* calls; element() escapes every attribute.
		return $before . self::element( 'ge-survey', $attributes );
	}

	/** Enqueues each element's script when content holds its tag written directly (never the add-on: kses strips `endpoint`). */
	public static function enqueue_for_tags( $content ) {
		if ( is_string( $content ) && preg_match_all( '/<(ge-survey|socratic-wheel|action-plan-board)[\s>]/i', $content, $found ) ) {
			foreach ( array_unique( array_map( 'strtolower', $found[1] ) ) as $tag ) {
				wp_enqueue_script( $tag );
			}
		}
		return $content;
	}
}
