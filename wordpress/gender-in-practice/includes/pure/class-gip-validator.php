<?php
/**
 * Checking responses and assessments: a port of the TypeScript core's rules
 * (src/core/validate-response.ts, validate-assessment.ts, validate-fields.ts), with the same
 * error codes, paths and messages, plus the server's own rules for a round (the group must be
 * one of the round's groups; the response must be for the round's assessment version).
 *
 * Input values come from GIP_Json::decode(): objects are stdClass, lists are arrays.
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * The validators. Each returns { ok, value, errors }: on success `value` is a clean copy.
 */
final class GIP_Validator {
	/*
	 * The core's limits and id rules, from assets/protocol.json (GIP_Protocol_Data::boot defines
	 * GIP_PROTOCOL_LIMITS; names as in src/core/protocol-data.ts).
	 */
	/** Longest comment kept. */
	const COMMENT_MAX_LENGTH = GIP_PROTOCOL_LIMITS['commentMaxLength'];
	/** Longest respondent id or group. */
	const RESPONDENT_FIELD_MAX_LENGTH = GIP_PROTOCOL_LIMITS['respondentFieldMaxLength'];
	/** Ids: a small safe charset (PCRE). */
	const ID_PATTERN    = GIP_PROTOCOL_LIMITS['idPattern'];
	const ID_MAX_LENGTH = GIP_PROTOCOL_LIMITS['idMaxLength'];
	const LANGUAGE_TAG  = GIP_PROTOCOL_LIMITS['languageTagPattern'];
	/** The prefix of the CSV's comment columns, which ids may not start with. */
	const COMMENT_PREFIX = GIP_PROTOCOL_LIMITS['commentPrefix'];
	/** Names every JavaScript object inherits (Object.getOwnPropertyNames(Object.prototype)). */
	const OBJECT_NAMES = GIP_PROTOCOL_LIMITS['objectNames'];
	/** The CSV export's metadata columns, which question ids may not take. */
	const RESERVED_QUESTION_IDS = GIP_PROTOCOL_LIMITS['reservedQuestionIds'];

	/* ------------------------------------------------------------------ fields */

	/** $obj->$key read once; `required` when absent and required; GIP_Undefined when absent. */
	private static function read_field( GIP_Issues $issues, $obj, $key, $path, $required = false ) {
		$value = GIP_Json::get( $obj, $key );
		if ( GIP_Json::absent( $value ) && $required ) {
			$issues->add( $path, 'required' );
		}
		return $value;
	}

	/** A string, non-empty once trimmed; null after an error or when absent. */
	private static function read_string( GIP_Issues $issues, $obj, $key, $path, $required ) {
		$value = self::read_field( $issues, $obj, $key, $path, $required );
		if ( GIP_Json::absent( $value ) ) {
			return null;
		}
		if ( ! is_string( $value ) ) {
			return $issues->add( $path, 'not-string', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		if ( '' === GIP_Json::trim( $value ) ) {
			return $issues->add( $path, 'empty-string' );
		}
		return $value;
	}

	/** An object field; null after an error or when absent. */
	private static function read_object( GIP_Issues $issues, $obj, $key, $path, $required ) {
		$value = self::read_field( $issues, $obj, $key, $path, $required );
		if ( GIP_Json::absent( $value ) ) {
			return null;
		}
		if ( ! GIP_Json::is_object( $value ) ) {
			return $issues->add( $path, 'not-object', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		return $value;
	}

	/** A required list field; null after an error. */
	private static function read_list( GIP_Issues $issues, $obj, $key, $path ) {
		$value = self::read_field( $issues, $obj, $key, $path, true );
		if ( GIP_Json::absent( $value ) ) {
			return null;
		}
		if ( ! GIP_Json::is_list( $value ) ) {
			return $issues->add( $path, 'not-array', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		return array_values( $value );
	}

	/** An optional boolean: true, false, or null when absent or wrong. */
	private static function read_boolean( GIP_Issues $issues, $obj, $key, $path ) {
		$value = self::read_field( $issues, $obj, $key, $path );
		if ( GIP_Json::absent( $value ) ) {
			return null;
		}
		if ( is_bool( $value ) ) {
			return $value;
		}
		return $issues->add( $path, 'not-boolean', array( 'found' => GIP_Json::preview( $value ) ) );
	}

	/** A required finite number, whole with $integer. */
	private static function read_number( GIP_Issues $issues, $obj, $key, $path, $integer ) {
		$value = self::read_field( $issues, $obj, $key, $path, true );
		if ( GIP_Json::absent( $value ) ) {
			return null;
		}
		if ( ! GIP_Json::is_number( $value ) ) {
			return $issues->add( $path, 'not-number', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		if ( $integer && ! GIP_Json::is_safe_integer( $value ) ) {
			return $issues->add( $path, 'not-integer', array( 'found' => $value ) );
		}
		return GIP_Json::is_integer( $value ) && abs( $value ) <= 9007199254740991 ? (int) $value : $value;
	}

	/** An id: ID_PATTERN, not reserved. */
	private static function read_id( GIP_Issues $issues, $obj, $key, $path, $reserved = array() ) {
		$value = self::read_string( $issues, $obj, $key, $path, true );
		if ( null === $value ) {
			return null;
		}
		if ( GIP_Json::length( $value ) > self::ID_MAX_LENGTH || ! preg_match( self::ID_PATTERN, $value ) ) {
			return $issues->add(
				$path,
				'invalid-id',
				array(
					'found' => GIP_Json::truncate( $value ),
					'max'   => self::ID_MAX_LENGTH,
				)
			);
		}
		if ( in_array( $value, self::OBJECT_NAMES, true ) || in_array( $value, $reserved, true ) || 0 === strpos( $value, self::COMMENT_PREFIX ) ) {
			return $issues->add( $path, 'reserved-id', array( 'found' => $value ) );
		}
		return $value;
	}

	/** A LocalizedText given as a value. */
	private static function check_text( GIP_Issues $issues, $value, $path ) {
		if ( is_string( $value ) ) {
			if ( '' === GIP_Json::trim( $value ) ) {
				return $issues->add( $path, 'empty-string' );
			}
			return $value;
		}
		if ( ! GIP_Json::is_object( $value ) ) {
			return $issues->add( $path, 'not-text', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		$keys = GIP_Json::keys( $value );
		if ( 0 === count( $keys ) ) {
			return $issues->add( $path, 'not-text', array( 'found' => '{}' ) );
		}
		$copy = new stdClass();
		$ok   = true;
		foreach ( $keys as $lang ) {
			$at = GIP_Json::path_key( $path, $lang );
			if ( ! preg_match( self::LANGUAGE_TAG, $lang ) ) {
				$issues->add( $at, 'invalid-language', array( 'found' => GIP_Json::truncate( $lang ) ) );
				$ok = false;
				continue;
			}
			$text = self::read_string( $issues, $value, $lang, $at, true );
			if ( null === $text ) {
				$ok = false;
			} else {
				$copy->{$lang} = $text;
			}
		}
		return $ok ? $copy : null;
	}

	/** A LocalizedText field. */
	private static function read_text( GIP_Issues $issues, $obj, $key, $path, $required ) {
		$value = self::read_field( $issues, $obj, $key, $path, $required );
		return GIP_Json::absent( $value ) ? null : self::check_text( $issues, $value, $path );
	}

	/* ------------------------------------------------------------------ responses */

	/** Every question id of a (valid, decoded) assessment. */
	public static function question_ids( $assessment ) {
		$ids = array();
		foreach ( (array) GIP_Json::get( $assessment, 'dimensions' ) as $dimension ) {
			foreach ( (array) GIP_Json::get( $dimension, 'questions' ) as $question ) {
				$ids[ (string) GIP_Json::get( $question, 'id' ) ] = true;
			}
		}
		return $ids;
	}

	/** Every dimension id of a (valid, decoded) assessment, in order. */
	public static function dimension_ids( $assessment ) {
		$ids = array();
		foreach ( (array) GIP_Json::get( $assessment, 'dimensions' ) as $dimension ) {
			$ids[] = (string) GIP_Json::get( $dimension, 'id' );
		}
		return $ids;
	}

	private static function check_answer( GIP_Issues $issues, $value, $path, $id, $scale ) {
		$min = GIP_Json::get( $scale, 'min' );
		$max = GIP_Json::get( $scale, 'max' );
		if ( GIP_Json::is_number( $value ) ) {
			if ( GIP_Json::is_integer( $value ) && $value >= $min && $value <= $max ) {
				return (int) $value;
			}
			return $issues->add(
				$path,
				'answer-out-of-scale',
				array(
					'id'    => $id,
					'found' => $value,
					'min'   => $min,
					'max'   => $max,
				)
			);
		}
		if ( 'dk' === $value ) {
			return false === GIP_Json::get( $scale, 'dontKnow' ) ? $issues->add( $path, 'dk-not-offered', array( 'id' => $id ) ) : 'dk';
		}
		if ( 'na' === $value ) {
			return false === GIP_Json::get( $scale, 'notApplicable' ) ? $issues->add( $path, 'na-not-offered', array( 'id' => $id ) ) : 'na';
		}
		return $issues->add(
			$path,
			'answer-invalid',
			array(
				'id'    => $id,
				'found' => GIP_Json::preview( $value ),
				'min'   => $min,
				'max'   => $max,
			)
		);
	}

	private static function check_by_question( GIP_Issues $issues, $record, $base, $question_ids, $check ) {
		$clean = new stdClass();
		foreach ( GIP_Json::keys( $record ) as $key ) {
			$path = GIP_Json::path_key( $base, $key );
			if ( ! isset( $question_ids[ $key ] ) ) {
				$issues->add( $path, 'unknown-question', array( 'id' => GIP_Json::truncate( $key ) ) );
				continue;
			}
			$result = $check( GIP_Json::get( $record, $key ), $path, $key );
			if ( null !== $result ) {
				$clean->{$key} = $result;
			}
		}
		return $clean;
	}

	private static function check_comment( GIP_Issues $issues, $value, $path ) {
		if ( ! is_string( $value ) ) {
			return $issues->add( $path, 'not-string', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		$length = GIP_Json::length( $value );
		if ( $length > self::COMMENT_MAX_LENGTH ) {
			return $issues->add(
				$path,
				'too-long',
				array(
					'length' => $length,
					'max'    => self::COMMENT_MAX_LENGTH,
				)
			);
		}
		return '' === $value ? null : $value;
	}

	/** Respondent id and group, trimmed; blank ones left out; null for an empty respondent. */
	private static function check_respondent( GIP_Issues $issues, $input ) {
		$respondent = self::read_object( $issues, $input, 'respondent', 'respondent', false );
		if ( null === $respondent ) {
			return null;
		}
		$clean = array();
		foreach ( array( 'id', 'group' ) as $key ) {
			$path  = 'respondent.' . $key;
			$value = GIP_Json::get( $respondent, $key );
			if ( GIP_Json::absent( $value ) ) {
				continue;
			}
			if ( ! is_string( $value ) ) {
				$issues->add( $path, 'not-string', array( 'found' => GIP_Json::preview( $value ) ) );
				continue;
			}
			$text   = GIP_Json::trim( $value );
			$length = GIP_Json::length( $text );
			if ( $length > self::RESPONDENT_FIELD_MAX_LENGTH ) {
				$issues->add(
					$path,
					'too-long',
					array(
						'length' => $length,
						'max'    => self::RESPONDENT_FIELD_MAX_LENGTH,
					)
				);
			} elseif ( '' !== $text ) {
				$clean[ $key ] = $text;
			}
		}
		return count( $clean ) > 0 ? $clean : null;
	}

	/** True for a calendar date or date-time in ISO 8601 that exists (src/core/iso-date.ts). */
	public static function is_iso_date( $value ) {
		if ( ! is_string( $value ) || strlen( $value ) > GIP_PROTOCOL_LIMITS['isoDateMaxLength'] ) {
			return false;
		}
		if ( ! preg_match( GIP_PROTOCOL_LIMITS['isoDatePattern'], $value, $m ) ) {
			return false;
		}
		$year  = (int) $m[1];
		$month = (int) $m[2];
		$day   = (int) $m[3];
		if ( $month < 1 || $month > 12 || $day < 1 ) {
			return false;
		}
		$days = array( 31, ( 0 === $year % 4 && 0 !== $year % 100 ) || 0 === $year % 400 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 );
		if ( $day > $days[ $month - 1 ] ) {
			return false;
		}
		if ( isset( $m[4] ) && '' !== $m[4] && ( (int) $m[4] > 23 || (int) $m[5] > 59 ) ) {
			return false;
		}
		if ( isset( $m[6] ) && '' !== $m[6] && (int) $m[6] > 59 ) {
			return false;
		}
		if ( isset( $m[7] ) && '' !== $m[7] && (int) $m[7] > 23 ) {
			return false;
		}
		if ( isset( $m[8] ) && '' !== $m[8] && (int) $m[8] > 59 ) {
			return false;
		}
		return true;
	}

	/**
	 * The clean copy of a valid response, or null once problems are recorded.
	 *
	 * @param array|null $round_groups The round's group ids; null: no group rule.
	 * @param bool       $same_version Whether assessmentVersion must be the assessment's.
	 */
	private static function check_response( GIP_Issues $issues, $assessment, $input, $round_groups, $same_version ) {
		if ( ! GIP_Json::is_object( $input ) ) {
			return $issues->add( '', 'response-not-object', array( 'found' => GIP_Json::preview( $input ) ) );
		}
		$expected_id   = (string) GIP_Json::get( $assessment, 'id' );
		$assessment_id = self::read_string( $issues, $input, 'assessmentId', 'assessmentId', true );
		if ( null !== $assessment_id && $assessment_id !== $expected_id ) {
			$issues->add(
				'assessmentId',
				'assessment-mismatch',
				array(
					'found'    => GIP_Json::truncate( $assessment_id ),
					'expected' => $expected_id,
				)
			);
		}
		$version = self::read_string( $issues, $input, 'assessmentVersion', 'assessmentVersion', true );
		if ( $same_version && null !== $version && null !== $assessment_id && $assessment_id === $expected_id && $version !== (string) GIP_Json::get( $assessment, 'version' ) ) {
			$issues->add(
				'assessmentVersion',
				'version-mismatch',
				array(
					'found'    => GIP_Json::truncate( $version ),
					'expected' => (string) GIP_Json::get( $assessment, 'version' ),
				)
			);
		}
		$respondent = self::check_respondent( $issues, $input );
		if ( null !== $round_groups && null !== $respondent && isset( $respondent['group'] ) && ! in_array( $respondent['group'], $round_groups, true ) ) {
			$issues->add(
				'respondent.group',
				'group-not-in-round',
				array(
					'found'  => GIP_Json::truncate( $respondent['group'] ),
					'groups' => implode( ', ', $round_groups ),
				)
			);
		}
		$question_ids = self::question_ids( $assessment );
		$scale        = GIP_Json::get( $assessment, 'scale' );
		$raw_answers  = self::read_object( $issues, $input, 'answers', 'answers', true );
		$answers      = null === $raw_answers ? null : self::check_by_question(
			$issues,
			$raw_answers,
			'answers',
			$question_ids,
			function ( $v, $path, $id ) use ( $issues, $scale ) {
				return self::check_answer( $issues, $v, $path, $id, $scale );
			}
		);
		$raw_comments = self::read_object( $issues, $input, 'comments', 'comments', false );
		$comments     = null === $raw_comments ? null : self::check_by_question(
			$issues,
			$raw_comments,
			'comments',
			$question_ids,
			function ( $v, $path ) use ( $issues ) {
				return self::check_comment( $issues, $v, $path );
			}
		);
		$submitted_at = GIP_Json::get( $input, 'submittedAt' );
		if ( ! GIP_Json::absent( $submitted_at ) && ! is_string( $submitted_at ) ) {
			$issues->add( 'submittedAt', 'not-string', array( 'found' => GIP_Json::preview( $submitted_at ) ) );
		} elseif ( ! GIP_Json::absent( $submitted_at ) && ! self::is_iso_date( $submitted_at ) ) {
			$issues->add( 'submittedAt', 'invalid-date', array( 'found' => GIP_Json::truncate( $submitted_at ) ) );
		}

		if ( $issues->has_errors() || null === $answers || null === $assessment_id || null === $version ) {
			return null;
		}
		$clean                    = new stdClass();
		$clean->assessmentId      = $assessment_id; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$clean->assessmentVersion = $version; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$clean->answers           = $answers;
		if ( null !== $respondent ) {
			$clean->respondent = (object) $respondent;
		}
		if ( null !== $comments && count( get_object_vars( $comments ) ) > 0 ) {
			$clean->comments = $comments;
		}
		if ( is_string( $submitted_at ) ) {
			$clean->submittedAt = $submitted_at; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		}
		return $clean;
	}

	/**
	 * Checks a response against its (valid, decoded) assessment with the core's rules, and,
	 * when $round_groups is given, the round's rules (group among them, same version).
	 *
	 * @return array{ok: bool, value: stdClass|null, errors: array}
	 */
	public static function validate_response( $assessment, $input, $locale = 'en', $round_groups = null ) {
		return GIP_Issues::run(
			$locale,
			function ( $issues ) use ( $assessment, $input, $round_groups ) {
				return self::check_response( $issues, $assessment, $input, $round_groups, null !== $round_groups );
			}
		);
	}

	/* ------------------------------------------------------------------ assessments */

	private static function check_scale( GIP_Issues $issues, $root ) {
		$scale = self::read_object( $issues, $root, 'scale', 'scale', true );
		if ( null === $scale ) {
			return null;
		}
		$min      = self::read_number( $issues, $scale, 'min', 'scale.min', true );
		$max      = self::read_number( $issues, $scale, 'max', 'scale.max', true );
		$range_ok = null !== $min && null !== $max && $min < $max;
		if ( null !== $min && null !== $max && ! $range_ok ) {
			$issues->add(
				'scale',
				'scale-min-max',
				array(
					'min' => $min,
					'max' => $max,
				)
			);
		}
		$labels    = self::read_list( $issues, $scale, 'labels', 'scale.labels' );
		$clean     = array();
		$labels_ok = null !== $labels;
		if ( null !== $labels ) {
			if ( $range_ok && count( $labels ) !== $max - $min + 1 ) {
				$issues->add(
					'scale.labels',
					'scale-labels-count',
					array(
						'min'      => $min,
						'max'      => $max,
						'expected' => $max - $min + 1,
						'found'    => count( $labels ),
					)
				);
				$labels_ok = false;
			} else {
				foreach ( $labels as $i => $label ) {
					$text = self::check_text( $issues, $label, GIP_Json::path_index( 'scale.labels', $i ) );
					if ( null === $text ) {
						$labels_ok = false;
					} else {
						$clean[] = $text;
					}
				}
			}
		}
		$dont_know      = self::read_boolean( $issues, $scale, 'dontKnow', 'scale.dontKnow' );
		$not_applicable = self::read_boolean( $issues, $scale, 'notApplicable', 'scale.notApplicable' );
		if ( ! $range_ok || ! $labels_ok ) {
			return null;
		}
		$out         = new stdClass();
		$out->min    = $min;
		$out->max    = $max;
		$out->labels = $clean;
		if ( null !== $dont_know ) {
			$out->dontKnow = $dont_know; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		}
		if ( null !== $not_applicable ) {
			$out->notApplicable = $not_applicable; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		}
		return $out;
	}

	private static function check_unique_id( GIP_Issues $issues, $obj, $object_path, &$seen, $code, $reserved = array() ) {
		$id = self::read_id( $issues, $obj, 'id', $object_path . '.id', $reserved );
		if ( null === $id ) {
			return null;
		}
		if ( isset( $seen[ $id ] ) ) {
			return $issues->add(
				$object_path . '.id',
				$code,
				array(
					'id'    => $id,
					'other' => $seen[ $id ],
				)
			);
		}
		$seen[ $id ] = $object_path;
		return $id;
	}

	private static function check_question( GIP_Issues $issues, $value, $path, &$seen ) {
		if ( ! GIP_Json::is_object( $value ) ) {
			return $issues->add( $path, 'not-object', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		$id       = self::check_unique_id( $issues, $value, $path, $seen, 'duplicate-question-id', self::RESERVED_QUESTION_IDS );
		$text     = self::read_text( $issues, $value, 'text', $path . '.text', true );
		$help     = self::read_text( $issues, $value, 'help', $path . '.help', false );
		$reverse  = self::read_boolean( $issues, $value, 'reverse', $path . '.reverse' );
		$required = self::read_boolean( $issues, $value, 'required', $path . '.required' );
		$weight   = GIP_Json::get( $value, 'weight' );
		if ( ! GIP_Json::absent( $weight ) && ( ! GIP_Json::is_number( $weight ) || $weight < 0 ) ) {
			$issues->add( $path . '.weight', is_int( $weight ) || is_float( $weight ) ? 'invalid-weight' : 'not-number', array( 'found' => GIP_Json::preview( $weight ) ) );
			$weight = GIP_Undefined::value();
		}
		if ( null === $id || null === $text ) {
			return null;
		}
		$clean       = new stdClass();
		$clean->id   = $id;
		$clean->text = $text;
		if ( null !== $help ) {
			$clean->help = $help;
		}
		if ( null !== $reverse ) {
			$clean->reverse = $reverse;
		}
		if ( ! GIP_Json::absent( $weight ) ) {
			$clean->weight = $weight;
		}
		if ( null !== $required ) {
			$clean->required = $required;
		}
		return $clean;
	}

	private static function check_dimension( GIP_Issues $issues, $value, $path, &$dim_ids, &$question_ids ) {
		if ( ! GIP_Json::is_object( $value ) ) {
			return $issues->add( $path, 'not-object', array( 'found' => GIP_Json::preview( $value ) ) );
		}
		$id          = self::check_unique_id( $issues, $value, $path, $dim_ids, 'duplicate-dimension-id' );
		$label       = self::read_text( $issues, $value, 'label', $path . '.label', true );
		$description = self::read_text( $issues, $value, 'description', $path . '.description', false );
		$list        = self::read_list( $issues, $value, 'questions', $path . '.questions' );
		$questions   = array();
		$ok          = null !== $list;
		if ( null !== $list && 0 === count( $list ) ) {
			$issues->add( $path . '.questions', 'no-questions' );
			$ok = false;
		}
		foreach ( null === $list ? array() : $list as $i => $item ) {
			$question = self::check_question( $issues, $item, GIP_Json::path_index( $path . '.questions', $i ), $question_ids );
			if ( null === $question ) {
				$ok = false;
			} else {
				$questions[] = $question;
			}
		}
		if ( ! $ok || null === $id || null === $label ) {
			return null;
		}
		$clean            = new stdClass();
		$clean->id        = $id;
		$clean->label     = $label;
		$clean->questions = $questions;
		if ( null !== $description ) {
			$clean->description = $description;
		}
		return $clean;
	}

	private static function check_assessment( GIP_Issues $issues, $input ) {
		if ( ! GIP_Json::is_object( $input ) ) {
			return $issues->add( '', 'assessment-not-object', array( 'found' => GIP_Json::preview( $input ) ) );
		}
		$id      = self::read_id( $issues, $input, 'id', 'id' );
		$version = self::read_string( $issues, $input, 'version', 'version', true );
		$title   = self::read_text( $issues, $input, 'title', 'title', true );
		$scale   = self::check_scale( $issues, $input );
		$list    = self::read_list( $issues, $input, 'dimensions', 'dimensions' );
		if ( null !== $list && 0 === count( $list ) ) {
			$issues->add( 'dimensions', 'no-dimensions' );
		}
		$dimensions   = array();
		$dim_ids      = array();
		$question_ids = array();
		foreach ( null === $list ? array() : $list as $i => $item ) {
			$dimension = self::check_dimension( $issues, $item, GIP_Json::path_index( 'dimensions', $i ), $dim_ids, $question_ids );
			if ( null !== $dimension ) {
				$dimensions[] = $dimension;
			}
		}
		if ( $issues->has_errors() || null === $id || null === $version || null === $title || null === $scale ) {
			return null;
		}
		$clean             = new stdClass();
		$clean->id         = $id;
		$clean->version    = $version;
		$clean->title      = $title;
		$clean->scale      = $scale;
		$clean->dimensions = $dimensions;
		return $clean;
	}

	/**
	 * Checks an assessment definition (decoded JSON) with the core's rules.
	 *
	 * @return array{ok: bool, value: stdClass|null, errors: array}
	 */
	public static function validate_assessment( $input, $locale = 'en' ) {
		return GIP_Issues::run(
			$locale,
			function ( $issues ) use ( $input ) {
				return self::check_assessment( $issues, $input );
			}
		);
	}
}
