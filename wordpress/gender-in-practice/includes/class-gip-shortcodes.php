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
		wp_enqueue_script( 'gender-in-practice' );
		$tag        = self::ELEMENTS[ $shortcode ][0];
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
		// The page now holds a nonce and a storage key of one user: page-cache plugins (WP Super
		// Cache, W3 Total Cache, WP Rocket…) must not serve it to anyone else. WordPress itself
		// already sends no-cache headers to logged-in users.
		if ( ! defined( 'DONOTCACHEPAGE' ) ) {
			define( 'DONOTCACHEPAGE', true );
		}
		if ( 'ge_survey' === $shortcode ) {
			if ( ! is_user_logged_in() ) {
				$url = wp_login_url( get_permalink() ? get_permalink() : home_url( add_query_arg( array() ) ) );
				return '<p class="gip-notice gip-login">' . esc_html__( 'Log in to answer this survey.', 'gender-in-practice' ) . ' <a href="' . esc_url( $url ) . '">' . esc_html__( 'Log in', 'gender-in-practice' ) . '</a></p>';
			}
			unset( $attributes['src'] );
			$attributes['groups'] = implode( ',', $round['groups'] );
			// One browser storage key per member and round: members sharing a workshop laptop never
			// start from (or send) each other's answers. Keyed by the site's salt, so it names no one.
			$attributes['storage-key'] = 'gip-' . $round['id'] . '-' . substr( wp_hash( 'gip-storage:' . $round['id'] . ':' . get_current_user_id() ), 0, 16 );
		} else {
			if ( ! current_user_can( 'ge_facilitate' ) ) {
				return self::notice( __( 'Results are shown to facilitators.', 'gender-in-practice' ), 'gip-notice gip-facilitators-only' );
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
		}
		$attributes['endpoint'] = $endpoint;
		$attributes['nonce']    = wp_create_nonce( 'wp_rest' );
		return self::element( $tag, $attributes );
	}

	/** Enqueues the script when content holds one of the tags written directly. */
	public static function enqueue_for_tags( $content ) {
		if ( is_string( $content ) && preg_match( '/<(?:ge-survey|socratic-wheel|action-plan-board)[\s>]/i', $content ) ) {
			wp_enqueue_script( 'gender-in-practice' );
		}
		return $content;
	}
}
