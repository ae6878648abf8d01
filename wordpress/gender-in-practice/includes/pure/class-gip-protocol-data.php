<?php
/**
 * What the plugin and the TypeScript core must agree on, read from assets/protocol.json: the
 * protocol's version, its limits and id rules, and the en/fr texts of every code.
 *
 * The build (scripts/build-wordpress.mjs) writes that file from src/core/protocol-data.ts, so
 * the PHP keeps no copy of its own that could drift from the core's. It is read once per request.
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * The protocol's data. boot() must run before any class constant that reads GIP_PROTOCOL_LIMITS
 * is used (the plugin's main file boots it right after loading the pure classes).
 */
final class GIP_Protocol_Data {
	/** Where the build puts the file, from the plugin's folder. */
	const RELATIVE_PATH = 'assets/protocol.json';

	/** Limits every copy of the file must hold (the class constants of the pure classes read them). */
	const REQUIRED_LIMITS = array( 'maxBodyBytes', 'maxPlanActions', 'planFormat', 'planVersion', 'targetMin', 'targetMax', 'minGroupSizeFloor', 'defaultMinGroupSize', 'maxErrors', 'previewLength', 'idPattern', 'idMaxLength', 'languageTagPattern', 'pathKeyPattern', 'pathKeyMaxLength', 'commentMaxLength', 'respondentFieldMaxLength', 'isoDatePattern', 'isoDateMaxLength', 'commentPrefix', 'reservedQuestionIds', 'objectNames' );

	/** @var array|null The decoded file, once read. */
	private static $data = null;

	/** @var string|null The file it was read from. */
	private static $path = null;

	/** The file inside this plugin: assets/protocol.json beside includes/. */
	public static function default_path() {
		return dirname( __DIR__, 2 ) . '/' . self::RELATIVE_PATH;
	}

	/**
	 * Reads the file once (later calls do nothing) and defines GIP_PROTOCOL_LIMITS, the limits
	 * with their patterns as PCRE, which the pure classes' constants read.
	 *
	 * @param string|null $path The file; default: the plugin's assets/protocol.json.
	 * @throws RuntimeException When the file is missing or is not a protocol file.
	 */
	public static function boot( $path = null ) {
		if ( null !== self::$data ) {
			return;
		}
		$path = null === $path ? self::default_path() : (string) $path;
		if ( ! is_file( $path ) || ! is_readable( $path ) ) {
			throw new RuntimeException( "Gender in Practice: $path is missing. The build writes it (npm run build, scripts/build-wordpress.mjs); install the built plugin, not its source folder." );
		}
		$data = json_decode( (string) file_get_contents( $path ), true );
		$bad  = self::problem( $data );
		if ( null !== $bad ) {
			throw new RuntimeException( "Gender in Practice: $path is not a protocol file of this plugin ($bad). Build the plugin again (npm run build)." );
		}
		$limits = $data['limits'];
		foreach ( $limits as $name => $value ) {
			if ( 'Pattern' === substr( $name, -7 ) ) {
				$limits[ $name ] = self::pcre( $value );
			}
		}
		self::$data = $data;
		self::$path = $path;
		if ( ! defined( 'GIP_PROTOCOL_LIMITS' ) ) {
			define( 'GIP_PROTOCOL_LIMITS', $limits );
		}
	}

	/** What is wrong with a decoded file, or null. */
	private static function problem( $data ) {
		if ( ! is_array( $data ) || ! is_int( isset( $data['protocol'] ) ? $data['protocol'] : null ) ) {
			return 'no protocol version';
		}
		if ( ! isset( $data['limits'] ) || ! is_array( $data['limits'] ) ) {
			return 'no limits';
		}
		foreach ( self::REQUIRED_LIMITS as $name ) {
			if ( ! array_key_exists( $name, $data['limits'] ) ) {
				return "no limit $name";
			}
		}
		foreach ( array( 'validation', 'server' ) as $catalogue ) {
			if ( ! isset( $data['messages'][ $catalogue ] ) || ! is_array( $data['messages'][ $catalogue ] ) ) {
				return "no $catalogue messages";
			}
			foreach ( $data['messages'][ $catalogue ] as $code => $texts ) {
				if ( ! isset( $texts['en'], $texts['fr'] ) || ! is_string( $texts['en'] ) || ! is_string( $texts['fr'] ) ) {
					return "no en and fr text for $code";
				}
			}
		}
		return null;
	}

	/**
	 * A JavaScript RegExp source (no flags) as a PCRE pattern: delimited, and a final `$` made `\z`,
	 * since PCRE's `$` also matches before a final newline and JavaScript's does not.
	 *
	 * @param string $source E.g. `^[A-Za-z0-9_]+$`.
	 * @return string E.g. `/^[A-Za-z0-9_]+\z/`.
	 */
	public static function pcre( $source ) {
		$source = (string) $source;
		if ( '$' === substr( $source, -1 ) && '\\$' !== substr( $source, -2 ) ) {
			$source = substr( $source, 0, -1 ) . '\z';
		}
		return '/' . $source . '/';
	}

	/** The file the data was read from (null before boot). */
	public static function path() {
		return self::$path;
	}

	/** The protocol version every answer carries (`"protocol": 2`). */
	public static function protocol() {
		self::boot();
		return self::$data['protocol'];
	}

	/**
	 * Every limit, by its name in src/core/protocol-data.ts; patterns as PCRE.
	 *
	 * @return array<string, mixed>
	 */
	public static function limits() {
		self::boot();
		return GIP_PROTOCOL_LIMITS;
	}

	/**
	 * One limit.
	 *
	 * @throws InvalidArgumentException For a name the file does not have.
	 */
	public static function limit( $name ) {
		$limits = self::limits();
		if ( ! array_key_exists( $name, $limits ) ) {
			throw new InvalidArgumentException( "Gender in Practice: no protocol limit named $name." );
		}
		return $limits[ $name ];
	}

	/**
	 * The en/fr texts of one catalogue: 'validation' (the core's, word for word) or 'server'
	 * (the REST answers' and the round's own problems).
	 *
	 * @return array<string, array{en: string, fr: string}>
	 */
	public static function messages( $catalogue ) {
		self::boot();
		return isset( self::$data['messages'][ $catalogue ] ) ? self::$data['messages'][ $catalogue ] : array();
	}
}
