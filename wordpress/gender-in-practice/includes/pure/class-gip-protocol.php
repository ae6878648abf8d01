<?php
/**
 * The round protocol's pure rules (docs/PROTOCOL.md): body size and JSON, the bodies of
 * `PUT R/targets`, `PUT R/plan` and `PUT R/status`, k, and complementary suppression (a port
 * of src/core/suppress.ts, which GIP_Release applies to releases). Per-person results are gone:
 * `GET R/results` answers releases (GIP_Release, GIP_Releases).
 *
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * Protocol rules, free of WordPress.
 */
final class GIP_Protocol {
	/*
	 * The protocol's limits, from assets/protocol.json (GIP_Protocol_Data::boot defines
	 * GIP_PROTOCOL_LIMITS; names as in src/core/protocol-data.ts).
	 */
	/** Largest request body the plugin reads: 256 kB. */
	const MAX_BODY_BYTES = GIP_PROTOCOL_LIMITS['maxBodyBytes'];
	/** Most cards a plan may hold. */
	const MAX_PLAN_ACTIONS = GIP_PROTOCOL_LIMITS['maxPlanActions'];
	/** The plan format and version the board writes. */
	const PLAN_FORMAT  = GIP_PROTOCOL_LIMITS['planFormat'];
	const PLAN_VERSION = GIP_PROTOCOL_LIMITS['planVersion'];
	/** The wheel's scale, which targets are on. */
	const TARGET_MIN = GIP_PROTOCOL_LIMITS['targetMin'];
	const TARGET_MAX = GIP_PROTOCOL_LIMITS['targetMax'];
	/** The smallest k accepted, and the default (src/core/suppress.ts). */
	const MIN_GROUP_SIZE_FLOOR   = GIP_PROTOCOL_LIMITS['minGroupSizeFloor'];
	const DEFAULT_MIN_GROUP_SIZE = GIP_PROTOCOL_LIMITS['defaultMinGroupSize'];

	/**
	 * Reads a request body: too large, not JSON, or its decoded value. The size is checked
	 * before anything is decoded.
	 *
	 * @return array{ok: bool, code?: string, params?: array, value?: mixed}
	 */
	public static function read_body( $body ) {
		$body = (string) $body;
		$size = strlen( $body );
		if ( $size > self::MAX_BODY_BYTES ) {
			return array(
				'ok'     => false,
				'code'   => 'ge-too-large',
				'params' => array(
					'size' => $size,
					'max'  => self::MAX_BODY_BYTES,
				),
			);
		}
		list( $ok, $value ) = GIP_Json::decode( $body );
		if ( ! $ok ) {
			return array(
				'ok'     => false,
				'code'   => 'ge-invalid-json',
				'params' => array(),
			);
		}
		return array(
			'ok'    => true,
			'value' => $value,
		);
	}

	/* ------------------------------------------------------------------ k and suppression */

	/**
	 * The k applied for a requested minimum group size, and the warnings a facilitator must see.
	 *
	 * @param mixed $requested A number, or anything else for the default.
	 * @return array{k: int, warnings: string[]}
	 */
	public static function resolve_min_group_size( $requested ) {
		$warnings = array();
		$k        = ( is_int( $requested ) || ( is_float( $requested ) && ! is_nan( $requested ) ) ) ? $requested : self::DEFAULT_MIN_GROUP_SIZE;
		if ( is_float( $k ) ) {
			$k = is_infinite( $k ) ? ( $k > 0 ? PHP_INT_MAX : self::MIN_GROUP_SIZE_FLOOR - 1 ) : (int) ceil( $k );
		}
		if ( $k < self::MIN_GROUP_SIZE_FLOOR ) {
			$k          = self::MIN_GROUP_SIZE_FLOOR;
			$warnings[] = 'min-group-size-raised';
		}
		if ( $k < self::DEFAULT_MIN_GROUP_SIZE ) {
			$warnings[] = 'min-group-size-below-5';
		}
		return array(
			'k'        => (int) $k,
			'warnings' => $warnings,
		);
	}

	/**
	 * For cells of respondent counts, the reason each must be hidden ('below-min-size',
	 * 'complementary') or null when it may be shown. A port of suppressCells: a cell with
	 * 0 < count < k is hidden; while the hidden cells together hold between 1 and k − 1
	 * respondents, the smallest visible non-empty cell is hidden too (ties: first index).
	 *
	 * @param int[]       $counts Respondents per cell.
	 * @param int         $k      The minimum group size.
	 * @param bool[]|null $hidden Cells forced hidden.
	 * @return array<int, string|null>
	 */
	public static function suppress_cells( array $counts, $k, $hidden = null ) {
		$counts  = array_values( $counts );
		$reasons = array();
		foreach ( $counts as $i => $c ) {
			$reasons[ $i ] = ( ! empty( $hidden[ $i ] ) || ( $c > 0 && $c < $k ) ) ? 'below-min-size' : null;
		}
		$residual = 0;
		foreach ( $reasons as $i => $r ) {
			if ( null !== $r ) {
				$residual += $counts[ $i ];
			}
		}
		while ( $residual > 0 && $residual < $k ) {
			$pick = -1;
			foreach ( $counts as $i => $c ) {
				if ( null === $reasons[ $i ] && $c > 0 && ( $pick < 0 || $c < $counts[ $pick ] ) ) {
					$pick = $i;
				}
			}
			if ( $pick < 0 ) {
				break;
			}
			$reasons[ $pick ] = 'complementary';
			$residual        += $counts[ $pick ];
		}
		return $reasons;
	}

	/** The group of a stored response, or null. */
	public static function group_of( $response ) {
		$respondent = GIP_Json::get( $response, 'respondent' );
		$group      = GIP_Json::is_object( $respondent ) ? GIP_Json::get( $respondent, 'group' ) : null;
		return is_string( $group ) && '' !== $group ? $group : null;
	}

	/* ------------------------------------------------------------------ bodies */

	/**
	 * `{ values: { [dimensionId]: number 0..10 } }`, the ids being the assessment's.
	 *
	 * @param string[] $dimension_ids The assessment's dimension ids.
	 * @return array{ok: bool, value: stdClass|null, errors: array} value: the targets by id.
	 */
	public static function validate_targets( $body, array $dimension_ids, $locale = 'en' ) {
		return GIP_Issues::run(
			$locale,
			function ( GIP_Issues $issues ) use ( $body, $dimension_ids ) {
				if ( ! GIP_Json::is_object( $body ) ) {
					return $issues->add( '', 'not-object', array( 'found' => GIP_Json::preview( $body ) ) );
				}
				$values = GIP_Json::get( $body, 'values' );
				if ( GIP_Json::absent( $values ) ) {
					return $issues->add( 'values', 'required' );
				}
				if ( ! GIP_Json::is_object( $values ) ) {
					return $issues->add( 'values', 'not-object', array( 'found' => GIP_Json::preview( $values ) ) );
				}
				$clean = new stdClass();
				foreach ( GIP_Json::keys( $values ) as $id ) {
					$path  = GIP_Json::path_key( 'values', $id );
					$value = GIP_Json::get( $values, $id );
					if ( ! in_array( $id, $dimension_ids, true ) ) {
						$issues->add( $path, 'unknown-dimension', array( 'id' => GIP_Json::truncate( $id ) ) );
					} elseif ( ! GIP_Json::is_number( $value ) ) {
						$issues->add( $path, 'not-number', array( 'found' => GIP_Json::preview( $value ) ) );
					} elseif ( $value < self::TARGET_MIN || $value > self::TARGET_MAX ) {
						$issues->add(
							$path,
							'target-out-of-range',
							array(
								'id'    => $id,
								'found' => $value,
								'min'   => self::TARGET_MIN,
								'max'   => self::TARGET_MAX,
							)
						);
					} else {
						$clean->{$id} = GIP_Json::is_integer( $value ) ? (int) $value : $value;
					}
				}
				return $issues->has_errors() ? null : $clean;
			}
		);
	}

	/**
	 * `{ plan: { format, version: 1, actions: [ { id, title, status, ... } ] }, revision }`.
	 *
	 * @return array{ok: bool, value: array|null, errors: array} value: { plan, revision }.
	 */
	public static function validate_plan( $body, $locale = 'en' ) {
		return GIP_Issues::run(
			$locale,
			function ( GIP_Issues $issues ) use ( $body ) {
				if ( ! GIP_Json::is_object( $body ) ) {
					return $issues->add( '', 'not-object', array( 'found' => GIP_Json::preview( $body ) ) );
				}
				$revision = GIP_Json::get( $body, 'revision' );
				if ( GIP_Json::absent( $revision ) ) {
					$issues->add( 'revision', 'required' );
				} elseif ( ! GIP_Json::is_safe_integer( $revision ) || $revision < 0 ) {
					$issues->add( 'revision', 'not-integer', array( 'found' => GIP_Json::preview( $revision ) ) );
				}
				$plan = GIP_Json::get( $body, 'plan' );
				if ( GIP_Json::absent( $plan ) ) {
					$issues->add( 'plan', 'required' );
				} elseif ( ! GIP_Json::is_object( $plan ) ) {
					$issues->add( 'plan', 'not-object', array( 'found' => GIP_Json::preview( $plan ) ) );
				} else {
					self::check_plan( $issues, $plan );
					self::check_finite( $issues, $plan, 'plan' );
				}
				if ( $issues->has_errors() ) {
					return null;
				}
				return array(
					'plan'     => $plan,
					'revision' => (int) $revision,
				);
			}
		);
	}

	private static function check_plan( GIP_Issues $issues, $plan ) {
		$format = GIP_Json::get( $plan, 'format' );
		if ( self::PLAN_FORMAT !== $format ) {
			$issues->add(
				'plan.format',
				GIP_Json::absent( $format ) ? 'required' : 'wrong-value',
				array(
					'expected' => '"' . self::PLAN_FORMAT . '"',
					'found'    => GIP_Json::preview( $format ),
				)
			);
		}
		$version = GIP_Json::get( $plan, 'version' );
		if ( ! ( is_int( $version ) || is_float( $version ) ) || self::PLAN_VERSION != $version ) { // phpcs:ignore Universal.Operators.StrictComparisons -- 1 and 1.0 are the same JSON number.
			$issues->add(
				'plan.version',
				GIP_Json::absent( $version ) ? 'required' : 'wrong-value',
				array(
					'expected' => (string) self::PLAN_VERSION,
					'found'    => GIP_Json::preview( $version ),
				)
			);
		}
		$actions = GIP_Json::get( $plan, 'actions' );
		if ( GIP_Json::absent( $actions ) ) {
			$issues->add( 'plan.actions', 'required' );
			return;
		}
		if ( ! is_array( $actions ) ) {
			$issues->add( 'plan.actions', 'not-array', array( 'found' => GIP_Json::preview( $actions ) ) );
			return;
		}
		if ( count( $actions ) > self::MAX_PLAN_ACTIONS ) {
			$issues->add(
				'plan.actions',
				'too-many-items',
				array(
					'length' => count( $actions ),
					'max'    => self::MAX_PLAN_ACTIONS,
				)
			);
			return;
		}
		foreach ( array_values( $actions ) as $i => $action ) {
			$path = GIP_Json::path_index( 'plan.actions', $i );
			if ( ! GIP_Json::is_object( $action ) ) {
				$issues->add( $path, 'not-object', array( 'found' => GIP_Json::preview( $action ) ) );
				continue;
			}
			foreach ( array( 'id', 'title', 'status' ) as $key ) {
				$value = GIP_Json::get( $action, $key );
				if ( GIP_Json::absent( $value ) ) {
					$issues->add( $path . '.' . $key, 'required' );
				} elseif ( ! is_string( $value ) ) {
					$issues->add( $path . '.' . $key, 'not-string', array( 'found' => GIP_Json::preview( $value ) ) );
				}
			}
		}
	}

	/**
	 * Records `not-number` wherever $value holds a number that is not finite. json_decode reads
	 * `1e400` as INF, which json_encode cannot write: such a plan would be stored as nothing.
	 */
	private static function check_finite( GIP_Issues $issues, $value, $path ) {
		if ( is_float( $value ) && ! is_finite( $value ) ) {
			$issues->add( $path, 'not-number', array( 'found' => GIP_Json::preview( $value ) ) );
		} elseif ( $value instanceof stdClass ) {
			foreach ( GIP_Json::keys( $value ) as $key ) {
				self::check_finite( $issues, GIP_Json::get( $value, $key ), GIP_Json::path_key( $path, $key ) );
			}
		} elseif ( is_array( $value ) ) {
			foreach ( array_values( $value ) as $i => $item ) {
				self::check_finite( $issues, $item, GIP_Json::path_index( $path, $i ) );
			}
		}
	}

	/**
	 * `{ status: "open" | "closed" }`.
	 *
	 * @return array{ok: bool, value: string|null, errors: array}
	 */
	public static function validate_status( $body, $locale = 'en' ) {
		return GIP_Issues::run(
			$locale,
			function ( GIP_Issues $issues ) use ( $body ) {
				if ( ! GIP_Json::is_object( $body ) ) {
					return $issues->add( '', 'not-object', array( 'found' => GIP_Json::preview( $body ) ) );
				}
				$status = GIP_Json::get( $body, 'status' );
				if ( GIP_Json::absent( $status ) ) {
					return $issues->add( 'status', 'required' );
				}
				if ( 'open' !== $status && 'closed' !== $status ) {
					return $issues->add( 'status', 'invalid-status', array( 'found' => GIP_Json::preview( $status ) ) );
				}
				return $status;
			}
		);
	}

	/**
	 * The round's group ids from the settings field: comma-separated, trimmed, unique, each a
	 * valid id of at most 200 characters.
	 *
	 * @return array{ok: bool, groups: string[], bad: string[]}
	 */
	public static function parse_groups( $text ) {
		$groups = array();
		$bad    = array();
		foreach ( explode( ',', (string) $text ) as $part ) {
			$id = GIP_Json::trim( $part );
			if ( '' === $id ) {
				continue;
			}
			if ( strlen( $id ) > GIP_Validator::RESPONDENT_FIELD_MAX_LENGTH || ! preg_match( GIP_Validator::ID_PATTERN, $id ) ) {
				$bad[] = $id;
			} elseif ( ! in_array( $id, $groups, true ) ) {
				$groups[] = $id;
			}
		}
		return array(
			'ok'     => 0 === count( $bad ),
			'groups' => $groups,
			'bad'    => $bad,
		);
	}
}
