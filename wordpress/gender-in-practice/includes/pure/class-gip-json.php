<?php
/**
 * Reading decoded JSON the way the TypeScript core reads it (src/core/safe-read.ts): own keys
 * only, "absent" told apart from null, lengths in UTF-16 code units, short previews.
 *
 * Pure PHP, no WordPress: the unit tests (wordpress/tests/run.php) load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * The value of a key that is not there (JavaScript's undefined), as opposed to a JSON null.
 */
final class GIP_Undefined {
	/** @var GIP_Undefined|null */
	private static $instance = null;

	/** The one instance, compared with ===. */
	public static function value() {
		if ( null === self::$instance ) {
			self::$instance = new self();
		}
		return self::$instance;
	}
}

/**
 * Helpers over values from json_decode( $text, false ): objects are stdClass, lists are arrays.
 */
final class GIP_Json {
	/** Longest excerpt of a user's string quoted back in a message (protocol.json: previewLength). */
	const PREVIEW_LENGTH = GIP_PROTOCOL_LIMITS['previewLength'];

	/** JSON flags that write text as JavaScript's JSON.stringify does. */
	const FLAGS = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS;

	/**
	 * Decodes JSON text with objects kept as objects (so {} and [] stay apart).
	 *
	 * @param string $text JSON text.
	 * @return array{0: bool, 1: mixed} [ok, value].
	 */
	public static function decode( $text ) {
		if ( ! is_string( $text ) || '' === trim( $text ) ) {
			return array( false, null );
		}
		$value = json_decode( $text, false, 512 );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return array( false, null );
		}
		return array( true, $value );
	}

	/**
	 * JSON text of a value, written as JavaScript writes it; false when it cannot be written (a
	 * number that is not finite, text that is not UTF-8, nesting past 512), as json_encode does:
	 * json_last_error_msg() then says why. A caller that stores the text must check for false and
	 * refuse the request (ge-storage), never store a placeholder: "null" would lose the data.
	 *
	 * @return string|false
	 */
	public static function encode( $value, $pretty = false ) {
		return json_encode( $value, self::FLAGS | ( $pretty ? JSON_PRETTY_PRINT : 0 ) );
	}

	/**
	 * A number as JavaScript's String(number) writes it (Number::toString): the shortest digits
	 * that read back as the same double, in plain notation from 1e-6 up to 1e21 and in exponent
	 * notation (`1e+21`, `1.5e-7`) outside; `3.0` is `"3"`, `-0` is `"0"`. Free of php.ini's
	 * precision settings, so a key or a fingerprint never changes with them.
	 *
	 * @param int|float $value A number.
	 * @return string
	 */
	public static function number_string( $value ) {
		if ( is_int( $value ) && abs( $value ) <= 9007199254740992 ) {
			return (string) $value;
		}
		$value = (float) $value;
		if ( is_nan( $value ) ) {
			return 'NaN';
		}
		if ( is_infinite( $value ) ) {
			return $value > 0 ? 'Infinity' : '-Infinity';
		}
		if ( 0.0 === $value ) {
			return '0';
		}
		if ( $value < 0 ) {
			return '-' . self::number_string( -$value );
		}
		// The fewest significant digits that read back as the same double (JavaScript's choice).
		for ( $precision = 1; $precision <= 17; $precision++ ) {
			$text = sprintf( '%.' . ( $precision - 1 ) . 'e', $value );
			if ( (float) $text === $value ) {
				break;
			}
		}
		preg_match( '/^(\d)(?:\.(\d+))?e([+-]\d+)$/', $text, $m );
		$digits = rtrim( $m[1] . ( isset( $m[2] ) ? $m[2] : '' ), '0' );
		$k      = strlen( $digits );
		$n      = (int) $m[3] + 1; // the value is 0.digits × 10^n
		if ( $k <= $n && $n <= 21 ) {
			return $digits . str_repeat( '0', $n - $k );
		}
		if ( 0 < $n && $n <= 21 ) {
			return substr( $digits, 0, $n ) . '.' . substr( $digits, $n );
		}
		if ( -6 < $n && $n <= 0 ) {
			return '0.' . str_repeat( '0', -$n ) . $digits;
		}
		$exponent = ( $n - 1 < 0 ? '-' : '+' ) . abs( $n - 1 );
		return 1 === $k ? $digits . 'e' . $exponent : $digits[0] . '.' . substr( $digits, 1 ) . 'e' . $exponent;
	}

	/** A JSON object (decoded as stdClass). */
	public static function is_object( $value ) {
		return $value instanceof stdClass;
	}

	/** A JSON list. */
	public static function is_list( $value ) {
		return is_array( $value );
	}

	/** A finite JSON number. */
	public static function is_number( $value ) {
		return is_int( $value ) || ( is_float( $value ) && is_finite( $value ) );
	}

	/** A whole number, as JavaScript sees it (3.0 is whole). */
	public static function is_integer( $value ) {
		return is_int( $value ) || ( is_float( $value ) && is_finite( $value ) && floor( $value ) === $value );
	}

	/** A whole number JavaScript holds exactly (Number.isSafeInteger). */
	public static function is_safe_integer( $value ) {
		return self::is_integer( $value ) && abs( $value ) <= 9007199254740991;
	}

	/**
	 * The own keys of an object, in JavaScript's order: array-index keys ascending, then the
	 * others in insertion order.
	 *
	 * @return string[]
	 */
	public static function keys( $object ) {
		$index = array();
		$other = array();
		foreach ( get_object_vars( $object ) as $key => $unused ) {
			$key = (string) $key;
			if ( preg_match( '/^(?:0|[1-9][0-9]*)\z/', $key ) && (float) $key < 4294967295 ) {
				$index[] = $key;
			} else {
				$other[] = $key;
			}
		}
		usort(
			$index,
			function ( $a, $b ) {
				return (float) $a <=> (float) $b;
			}
		);
		return array_merge( $index, $other );
	}

	/** $object->$key, or GIP_Undefined when the object has no such own key. */
	public static function get( $object, $key ) {
		if ( is_array( $object ) ) {
			return array_key_exists( $key, $object ) ? $object[ $key ] : GIP_Undefined::value();
		}
		if ( ! is_object( $object ) ) {
			return GIP_Undefined::value();
		}
		$vars = get_object_vars( $object );
		return array_key_exists( (string) $key, $vars ) ? $vars[ (string) $key ] : GIP_Undefined::value();
	}

	/** True for the "absent" marker. */
	public static function absent( $value ) {
		return $value instanceof GIP_Undefined;
	}

	/** The length of a UTF-8 string in UTF-16 code units (JavaScript's string.length). */
	public static function length( $text ) {
		$bytes = strlen( $text );
		if ( 0 === preg_match( '/[\x80-\xFF]/', $text ) ) {
			return $bytes;
		}
		return $bytes - preg_match_all( '/[\x80-\xBF]/', $text ) + preg_match_all( '/[\xF0-\xF7]/', $text );
	}

	/** $text cut to $max UTF-16 units, never inside a character, with an ellipsis when cut. */
	public static function truncate( $text, $max = self::PREVIEW_LENGTH ) {
		if ( self::length( $text ) <= $max ) {
			return $text;
		}
		preg_match_all( '/./us', $text, $m );
		$out   = '';
		$units = 0;
		foreach ( $m[0] as $char ) {
			$u = 4 === strlen( $char ) ? 2 : 1;
			if ( $units + $u > $max ) {
				break;
			}
			$out   .= $char;
			$units += $u;
		}
		return $out . "\u{2026}";
	}

	/** String.prototype.trim: JavaScript's white space and line terminators at both ends. */
	public static function trim( $text ) {
		$ws = '[\x{9}-\x{D}\x{20}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
		$out = preg_replace( '/^' . $ws . '+|' . $ws . '+\z/u', '', $text );
		return null === $out ? $text : $out;
	}

	/** A short, language-neutral picture of a value for a message (numbers stay numbers). */
	public static function preview( $value ) {
		if ( is_int( $value ) || is_float( $value ) ) {
			return $value;
		}
		if ( is_string( $value ) ) {
			return json_encode( self::truncate( $value ), self::FLAGS );
		}
		if ( is_bool( $value ) ) {
			return $value ? 'true' : 'false';
		}
		if ( null === $value ) {
			return 'null';
		}
		if ( $value instanceof GIP_Undefined ) {
			return 'undefined';
		}
		return is_array( $value ) ? "[\u{2026}]" : "{\u{2026}}";
	}

	/** `base.key`, or `base["key"]` when the key would be ambiguous after a dot. */
	public static function path_key( $base, $key ) {
		$key = (string) $key;
		if ( preg_match( GIP_PROTOCOL_LIMITS['pathKeyPattern'], $key ) && strlen( $key ) <= GIP_PROTOCOL_LIMITS['pathKeyMaxLength'] ) {
			return '' !== $base ? $base . '.' . $key : $key;
		}
		return $base . '[' . json_encode( self::truncate( $key ), self::FLAGS ) . ']';
	}

	/** `base[index]`. */
	public static function path_index( $base, $index ) {
		return $base . '[' . (int) $index . ']';
	}
}
