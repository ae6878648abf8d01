<?php
/**
 * Lets users with `ge_use_elements` write the three tags in post content: the editor's filter
 * (kses) keeps them with their whitelisted attributes, never `endpoint` or `nonce`.
 *
 * @package GenderInPractice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The allowed tags.
 */
final class GIP_Kses {
	/** Tag → attributes an author may write. */
	public static function tags() {
		$common = array(
			'id'    => true,
			'lang'  => true,
			'class' => true,
		);
		return array(
			'ge-survey'         => $common + array(
				'src'         => true,
				'storage-key' => true,
				'groups'      => true,
				'layout'      => true,
				'readonly'    => true,
				'name'        => true,
				'disabled'    => true,
			),
			'socratic-wheel'    => $common + array(
				'max'            => true,
				'step'           => true,
				'editable'       => true,
				'source'         => true,
				'label'          => true,
				'show-values'    => true,
				'show-table'     => true,
				'min-group-size' => true,
				'max-groups'     => true,
			),
			'action-plan-board' => $common + array(
				'source'      => true,
				'budget-days' => true,
				'storage-key' => true,
			),
		);
	}

	/** The `wp_kses_allowed_html` filter. */
	public static function allowed_html( $tags, $context ) {
		if ( 'post' !== $context || ! current_user_can( 'ge_use_elements' ) ) {
			return $tags;
		}
		return array_merge( is_array( $tags ) ? $tags : array(), self::tags() );
	}
}
