<?php
/**
 * Invitation codes (docs/PROTOCOL.md, "Who is who"): what a code looks like, how a typed code is
 * read, how it is hashed for storage, and the CSV handed to the facilitator once.
 *
 * A code is 12 symbols from an alphabet of 32 (no 0/O, no 1/I, which people misread on paper):
 * 60 bits, so guessing one of a round's codes, at the 10 tries per 15 minutes a connection is
 * allowed, is out of reach. Only a keyed hash of each code is stored.
 *
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * Invitation codes, free of WordPress.
 */
final class GIP_Invitation {
	/** 32 symbols: the digits 2–9 and the letters without I and O. */
	const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
	/** Symbols in a code: 12 × 5 bits = 60 bits. */
	const LENGTH = 12;
	/** Most codes made at once. */
	const MAX_BATCH = 500;

	/**
	 * A new code, in its canonical form (12 symbols, no dashes).
	 *
	 * @param callable|null $random_int Like random_int( $min, $max ) (the default); tests pass their own.
	 */
	public static function generate( $random_int = null ) {
		$random_int = null === $random_int ? 'random_int' : $random_int;
		$code       = '';
		for ( $i = 0; $i < self::LENGTH; $i++ ) {
			$code .= self::ALPHABET[ (int) call_user_func( $random_int, 0, strlen( self::ALPHABET ) - 1 ) ];
		}
		return $code;
	}

	/**
	 * A typed code in canonical form, or null when it cannot be one: case, spaces and dashes are
	 * ignored, as people copy codes from paper and e-mails.
	 *
	 * @param mixed $input What the person typed (the X-GE-Code header).
	 */
	public static function normalize( $input ) {
		if ( ! is_string( $input ) || strlen( $input ) > 64 ) {
			return null;
		}
		$code = strtoupper( preg_replace( '/[\s\-\x{2010}-\x{2015}]+/u', '', $input ) );
		if ( strlen( $code ) !== self::LENGTH || strspn( $code, self::ALPHABET ) !== self::LENGTH ) {
			return null;
		}
		return $code;
	}

	/** XXXX-XXXX-XXXX, the form printed for people. */
	public static function format( $code ) {
		return implode( '-', str_split( (string) $code, 4 ) );
	}

	/** The stored form: a keyed hash (the key: the round's secret and the site's salt). */
	public static function hash( $code, $key ) {
		return hash_hmac( 'sha256', 'gip-code:' . $code, (string) $key );
	}

	/**
	 * CSV text for a spreadsheet: every field quoted (so a `;` in a title never splits a cell in
	 * French Excel, which reads `;` as the separator), a field that starts like a formula
	 * (= + - @, tab, carriage return) prefixed with an apostrophe, CRLF line ends, and a UTF-8
	 * byte order mark so Excel reads accents.
	 *
	 * @param array<int, array<int, string>> $rows The rows, the first one the header.
	 */
	public static function csv( array $rows ) {
		$lines = array();
		foreach ( $rows as $row ) {
			$cells = array();
			foreach ( $row as $value ) {
				$value = (string) $value;
				if ( '' !== $value && false !== strpos( "=+-@\t\r", $value[0] ) ) {
					$value = "'" . $value;
				}
				$cells[] = '"' . str_replace( '"', '""', $value ) . '"';
			}
			$lines[] = implode( ',', $cells );
		}
		return "\xEF\xBB\xBF" . implode( "\r\n", $lines ) . "\r\n";
	}
}
