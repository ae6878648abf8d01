<?php
/**
 * Collecting validation problems, capped in number, with messages in the caller's language
 * (as src/core/validate-context.ts does).
 *
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * Thrown to stop walking a huge broken input once the cap is reached.
 */
final class GIP_Stop extends Exception {
}

/**
 * A list of problems: { path, code, message, params }.
 */
final class GIP_Issues {
	/** Past this many problems, one `too-many-errors` is added and checking stops (protocol.json: maxErrors). */
	const MAX_ERRORS = GIP_PROTOCOL_LIMITS['maxErrors'];

	/** @var string 'en' or 'fr'. */
	public $locale;

	/** @var array<int, array{path: string, code: string, message: string, params: array}> */
	public $errors = array();

	public function __construct( $locale = 'en' ) {
		$this->locale = GIP_Messages::base_locale( $locale );
	}

	/**
	 * Records a problem at $path; returns null so a checker can `return $issues->add(...)`.
	 *
	 * @throws GIP_Stop Past MAX_ERRORS problems.
	 */
	public function add( $path, $code, $params = array() ) {
		if ( count( $this->errors ) >= self::MAX_ERRORS ) {
			$too_many       = array( 'max' => self::MAX_ERRORS );
			$this->errors[] = array(
				'path'    => '',
				'code'    => 'too-many-errors',
				'message' => GIP_Messages::format( 'too-many-errors', $too_many, $this->locale ),
				'params'  => $too_many,
			);
			throw new GIP_Stop();
		}
		$all            = array_merge( $params, array( 'path' => $path ) );
		$this->errors[] = array(
			'path'    => $path,
			'code'    => $code,
			'message' => GIP_Messages::format( $code, $all, $this->locale ),
			'params'  => $all,
		);
		return null;
	}

	/** Whether any problem was recorded. */
	public function has_errors() {
		return count( $this->errors ) > 0;
	}

	/** The problems as the protocol sends them: { path, code, message }. */
	public function public_errors() {
		return array_map(
			function ( $e ) {
				return array(
					'path'    => $e['path'],
					'code'    => $e['code'],
					'message' => $e['message'],
				);
			},
			$this->errors
		);
	}

	/**
	 * Runs $check( $issues ) with the cap around it.
	 *
	 * @return array{ok: bool, value: mixed, errors: array}
	 */
	public static function run( $locale, $check ) {
		$issues = new self( $locale );
		$value  = null;
		try {
			$value = $check( $issues );
		} catch ( GIP_Stop $stop ) {
			$value = null;
		}
		if ( null !== $value && ! $issues->has_errors() ) {
			return array(
				'ok'     => true,
				'value'  => $value,
				'errors' => array(),
			);
		}
		if ( ! $issues->has_errors() ) {
			$issues->add( '', 'unreadable' );
		}
		return array(
			'ok'     => false,
			'value'  => null,
			'errors' => $issues->errors,
		);
	}
}
