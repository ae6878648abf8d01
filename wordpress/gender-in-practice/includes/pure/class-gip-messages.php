<?php
/**
 * The en/fr texts of the REST answers and of validation problems, and their formatter.
 *
 * The texts are the TypeScript core's (src/core/protocol-data.ts: the validation texts of
 * src/core/messages-validation.ts and the server's own), read from assets/protocol.json by
 * GIP_Protocol_Data: the plugin keeps no copy of them.
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * The message catalogue.
 */
final class GIP_Messages {
	/** 'fr' for fr, fr-CA, fr_FR...; 'en' otherwise. */
	public static function base_locale( $locale ) {
		return 0 === strpos( strtolower( (string) $locale ), 'fr' ) ? 'fr' : 'en';
	}

	/**
	 * The language of a REST answer: the first language of Accept-Language when the request has
	 * one, else the site's or user's locale.
	 *
	 * @param string|null $accept_language The header, or null.
	 * @param string      $fallback        A WordPress locale (fr_CA, en_US...).
	 */
	public static function negotiate( $accept_language, $fallback ) {
		$header = trim( (string) $accept_language );
		if ( '' !== $header && '*' !== $header[0] ) {
			return self::base_locale( $header );
		}
		return self::base_locale( $fallback );
	}

	/** The en/fr texts of $code, or null: a validation problem's first, then the server's. */
	private static function entry( $code ) {
		$code = (string) $code;
		foreach ( array( 'validation', 'server' ) as $catalogue ) {
			$texts = GIP_Protocol_Data::messages( $catalogue );
			if ( isset( $texts[ $code ] ) ) {
				return $texts[ $code ];
			}
		}
		return null;
	}

	/** True when the catalogue has a text for $code. */
	public static function has( $code ) {
		return null !== self::entry( $code );
	}

	/** Every code with a text. */
	public static function codes() {
		return array_values( array_unique( array_map( 'strval', array_merge( array_keys( GIP_Protocol_Data::messages( 'validation' ) ), array_keys( GIP_Protocol_Data::messages( 'server' ) ) ) ) ) );
	}

	/** The raw template of $code in $lang, or null. */
	public static function template( $code, $lang ) {
		$entry = self::entry( $code );
		return null === $entry ? null : $entry[ self::base_locale( $lang ) ];
	}

	/**
	 * The message for $code in $locale with $params filled in; numbers in the locale's way.
	 * An unknown code gives the code itself.
	 */
	public static function format( $code, $params = array(), $locale = 'en' ) {
		$lang     = self::base_locale( $locale );
		$template = self::template( $code, $lang );
		if ( null === $template ) {
			return (string) $code;
		}
		if ( 'fr' === $lang ) {
			$template = self::french_spacing( $template );
		}
		return self::fill( $template, is_array( $params ) ? $params : array(), $lang );
	}

	/**
	 * A count message: "The response has 1 problem." / "... has 3 problems."; the `:1` variant of
	 * $code when the count is 1. $param names the placeholder (`count`, `minutes`, `needed`...).
	 */
	public static function count_message( $code, $count, $locale, $param = 'count' ) {
		$key = 1 === (int) $count && self::has( $code . ':1' ) ? $code . ':1' : $code;
		return self::format( $key, array( $param => (int) $count ), $locale );
	}

	/** Quebec typography on templates only: non-breaking spaces inside « » and before the colon. */
	private static function french_spacing( $template ) {
		return str_replace( array( '« ', ' »', ' :' ), array( "«\u{a0}", "\u{a0}»", "\u{a0}:" ), $template );
	}

	private static function fill( $template, $params, $lang ) {
		return preg_replace_callback(
			'/\{(\w+)\}/',
			function ( $m ) use ( $params, $lang ) {
				if ( ! array_key_exists( $m[1], $params ) ) {
					return $m[0];
				}
				$value = $params[ $m[1] ];
				if ( is_int( $value ) || is_float( $value ) ) {
					return self::number( $value, $lang );
				}
				return is_string( $value ) ? $value : $m[0];
			},
			$template
		);
	}

	/** A number as Intl.NumberFormat('en-CA' | 'fr-CA', { maximumFractionDigits: 10 }) writes it. */
	public static function number( $value, $lang ) {
		if ( is_float( $value ) && is_nan( $value ) ) {
			return 'NaN';
		}
		if ( is_float( $value ) && is_infinite( $value ) ) {
			return ( $value < 0 ? '-' : '' ) . '∞';
		}
		$thousands = 'fr' === $lang ? "\u{a0}" : ',';
		$decimal   = 'fr' === $lang ? ',' : '.';
		$text      = number_format( abs( $value ), is_int( $value ) ? 0 : 10, $decimal, $thousands );
		if ( ! is_int( $value ) ) {
			$text = rtrim( rtrim( $text, '0' ), $decimal );
		}
		return ( $value < 0 && '0' !== $text ? '-' : '' ) . $text;
	}
}
