<?php
/**
 * Releases of a round's results (docs/PROTOCOL.md, protocol 2): a port of the TypeScript core's
 * src/core/release.ts and release-rule.ts, pinned to it by test/fixtures/protocol/releases.json.
 *
 * Why releases: a facilitator who could read results live could read, let one known colleague
 * answer, and read again. So results leave the server only as snapshots frozen at a moment
 * (build_snapshot), shown to each viewer with the confidentiality rules applied for that viewer
 * (view), and no two releases of a round differ by fewer than k responses (next_release).
 *
 * Input values come from GIP_Json::decode() (objects are stdClass, lists are arrays); the
 * assessment is one GIP_Validator accepted. Outputs are stdClass and lists that GIP_Json::encode
 * writes as JSON the TypeScript core's JSON.parse reads to the same value.
 * Pure PHP, no WordPress: the unit tests load it from the command line.
 *
 * @package GenderInPractice
 */

if ( ! defined( 'ABSPATH' ) && 'cli' !== PHP_SAPI ) {
	exit;
}

/**
 * The release rules.
 */
final class GIP_Release {
	/** The snapshot's format and version (ReleaseSnapshot in src/core/release.ts). */
	const SNAPSHOT_FORMAT  = 'gender-in-practice/release-snapshot';
	const SNAPSHOT_VERSION = 1;
	/** The residual cell's id: responses without a group, or with a group no longer in the round. */
	const RESIDUAL_CELL = '';

	/* ------------------------------------------------------------------ cells */

	/**
	 * The cell a response belongs to among the round's groups: its group when that is one of
	 * them, else the residual cell ''.
	 *
	 * @param mixed    $response A stored response.
	 * @param string[] $groups   The round's group ids.
	 * @return string
	 */
	public static function cell_of( $response, array $groups ) {
		$respondent = GIP_Json::get( $response, 'respondent' );
		$group      = GIP_Json::get( $respondent, 'group' );
		return is_string( $group ) && '' !== $group && in_array( $group, $groups, true ) ? $group : self::RESIDUAL_CELL;
	}

	/* ------------------------------------------------------------------ snapshots */

	/**
	 * The snapshot of $responses (one per member) for a round whose groups are $groups: the whole
	 * round, each group in order, then the residual cell; per dimension the sorted scores, the
	 * don't-know counts and the per-question answer counts; comments by dimension, shuffled.
	 *
	 * @param stdClass      $assessment The round's assessment (valid).
	 * @param array         $responses  Stored responses; anything that is not an object or a list is skipped.
	 * @param array         $groups     The round's group ids (empty strings and repeats are dropped).
	 * @param callable|null $shuffle    Takes a list and returns it shuffled; default: Fisher–Yates with random_int.
	 * @return stdClass The ReleaseSnapshot.
	 * @throws InvalidArgumentException When $shuffle does not return a list (a caller's bug).
	 */
	public static function build_snapshot( $assessment, array $responses, array $groups, $shuffle = null ) {
		$groups = self::round_groups( $groups );
		$plan   = self::compile( $assessment );
		// Keyed by dimension id, as the core's objects are (a repeated id shares one entry there too).
		$cells = array();
		foreach ( array_merge( array( null ), $groups, array( self::RESIDUAL_CELL ) ) as $group ) {
			$dims = array();
			foreach ( $plan['dimensions'] as $id ) {
				$dims[ $id ] = self::empty_dimension();
			}
			$cells[] = array(
				'group' => $group,
				'n'     => 0,
				'dims'  => $dims,
			);
		}
		$cell_index = array();
		foreach ( $groups as $i => $group ) {
			$cell_index[ $group ] = $i + 1;
		}
		$dimension_of = array();
		$comments     = array();
		foreach ( $plan['dimensions'] as $d => $id ) {
			for ( $q = $plan['start'][ $d ]; $q < $plan['start'][ $d + 1 ]; $q++ ) {
				$dimension_of[ $plan['questions'][ $q ] ] = $id;
			}
			$comments[ $id ] = array();
		}

		foreach ( $responses as $response ) {
			if ( ! ( $response instanceof stdClass ) && ! is_array( $response ) ) {
				continue;
			}
			// Each question's answer, read once (own keys only); null where there is none.
			$answers = GIP_Json::get( $response, 'answers' );
			$own     = $answers instanceof stdClass ? get_object_vars( $answers ) : ( is_array( $answers ) ? $answers : array() );
			$values  = array();
			$keys    = array();
			foreach ( $plan['questions'] as $q => $question ) {
				$values[ $q ] = array_key_exists( $question, $own ) ? $own[ $question ] : null;
				$keys[ $q ]   = self::answer_key( $values[ $q ], $plan['min'], $plan['max'] );
			}
			$score  = self::score( $plan, $values );
			$cell   = self::cell_of( $response, $groups );
			$target = isset( $cell_index[ $cell ] ) ? $cell_index[ $cell ] : count( $cells ) - 1;
			foreach ( array( 0, $target ) as $c ) {
				++$cells[ $c ]['n'];
				foreach ( $plan['dimensions'] as $d => $id ) {
					$dim = &$cells[ $c ]['dims'][ $id ];
					if ( ! is_nan( $score['score'][ $d ] ) ) {
						++$dim['n'];
						$dim['scores'][] = $score['score'][ $d ];
					}
					$dim['dk']      += $score['dk'][ $d ];
					$dim['numeric'] += $score['answered'][ $d ];
					if ( $score['answered'][ $d ] + $score['dk'][ $d ] > 0 ) {
						++$dim['reached'];
					}
					for ( $q = $plan['start'][ $d ]; $q < $plan['start'][ $d + 1 ]; $q++ ) {
						$key = $keys[ $q ];
						if ( null !== $key ) {
							$question                            = $plan['questions'][ $q ];
							$dim['answers'][ $question ][ $key ] = ( isset( $dim['answers'][ $question ][ $key ] ) ? $dim['answers'][ $question ][ $key ] : 0 ) + 1;
						}
					}
					unset( $dim );
				}
			}
			$own = GIP_Json::get( $response, 'comments' );
			if ( $own instanceof stdClass || is_array( $own ) ) {
				foreach ( self::entries( $own ) as list( $key, $value ) ) {
					// A question id files the comment under its dimension; a dimension id under itself.
					$d    = isset( $dimension_of[ $key ] ) ? $dimension_of[ $key ] : ( in_array( $key, $plan['dimensions'], true ) ? $key : null );
					$text = is_string( $value ) ? GIP_Json::trim( $value ) : '';
					if ( null !== $d && '' !== $text ) {
						$comments[ $d ][] = $text;
					}
				}
			}
		}

		$out_cells = array();
		foreach ( $cells as $cell ) {
			$dimensions = array();
			foreach ( $plan['dimensions'] as $id ) {
				$dim = $cell['dims'][ $id ];
				usort(
					$dim['scores'],
					function ( $a, $b ) {
						return $a <=> $b;
					}
				);
				$answers = array();
				foreach ( $dim['answers'] as $question => $counts ) {
					$answers[] = array( (string) $question, self::js_object( $counts ) );
				}
				$dimensions[] = array(
					$id,
					(object) array(
						'n'       => $dim['n'],
						'scores'  => $dim['scores'],
						'dk'      => $dim['dk'],
						'numeric' => $dim['numeric'],
						'reached' => $dim['reached'],
						'answers' => self::js_object_of_pairs( $answers ),
					),
				);
			}
			$out_cells[] = (object) array(
				'group'      => $cell['group'],
				'n'          => $cell['n'],
				'dimensions' => self::js_object_of_pairs( $dimensions ),
			);
		}
		$out_comments = array();
		foreach ( $plan['dimensions'] as $id ) {
			$out_comments[] = array( $id, self::shuffled( $comments[ $id ], $shuffle ) );
		}

		$snapshot          = new stdClass();
		$snapshot->format  = self::SNAPSHOT_FORMAT;
		$snapshot->version = self::SNAPSHOT_VERSION;
		foreach ( array( 'assessmentId' => 'id', 'assessmentVersion' => 'version' ) as $field => $key ) {
			$value = GIP_Json::get( $assessment, $key );
			if ( ! GIP_Json::absent( $value ) ) {
				$snapshot->{$field} = $value; // Absent in the assessment, absent here (JSON.stringify drops undefined).
			}
		}
		$snapshot->n        = $out_cells[0]->n;
		$snapshot->groups   = $groups;
		$snapshot->cells    = $out_cells;
		$snapshot->comments = self::js_object_of_pairs( $out_comments );
		return $snapshot;
	}

	/** The round's groups as the snapshot keeps them: strings, not empty, first occurrence kept. */
	private static function round_groups( array $groups ) {
		$out = array();
		foreach ( $groups as $group ) {
			if ( is_string( $group ) && '' !== $group && ! in_array( $group, $out, true ) ) {
				$out[] = $group;
			}
		}
		return $out;
	}

	/** One dimension of one cell, empty. */
	private static function empty_dimension() {
		return array(
			'n'       => 0,
			'scores'  => array(),
			'dk'      => 0,
			'numeric' => 0,
			'reached' => 0,
			'answers' => array(),
		);
	}

	/** $list shuffled by $shuffle, or by Fisher–Yates with random_int (a CSPRNG) by default. */
	private static function shuffled( array $list, $shuffle ) {
		if ( null === $shuffle ) {
			return self::shuffle( $list );
		}
		$out = call_user_func( $shuffle, $list );
		if ( ! is_array( $out ) ) {
			throw new InvalidArgumentException( 'GIP_Release: the shuffle must return a list.' );
		}
		return array_values( $out );
	}

	/**
	 * A uniformly random permutation of $list (Fisher–Yates with random_int): the order of
	 * comments must not tell in which order people answered.
	 *
	 * @param array $list A list.
	 * @return array The same items, shuffled.
	 */
	public static function shuffle( array $list ) {
		$list = array_values( $list );
		for ( $i = count( $list ) - 1; $i > 0; $i-- ) {
			$j          = random_int( 0, $i );
			$tmp        = $list[ $i ];
			$list[ $i ] = $list[ $j ];
			$list[ $j ] = $tmp;
		}
		return $list;
	}

	/* ------------------------------------------------------------------ scoring (src/core/scorer.ts) */

	/**
	 * The assessment as flat lists (compile in scorer.ts): question ids in order, the start of
	 * each dimension's questions, reverse flags, weights, and the half rule's need per dimension.
	 */
	private static function compile( $assessment ) {
		$dimensions = GIP_Json::get( $assessment, 'dimensions' );
		$plan       = array(
			'dimensions' => array(),
			'questions'  => array(),
			'start'      => array(),
			'reverse'    => array(),
			'weight'     => array(),
			'need'       => array(),
		);
		foreach ( is_array( $dimensions ) ? array_values( $dimensions ) : array() as $d => $dimension ) {
			$plan['dimensions'][] = self::js_key( GIP_Json::get( $dimension, 'id' ) );
			$plan['start'][ $d ]  = count( $plan['questions'] );
			$questions            = GIP_Json::get( $dimension, 'questions' );
			foreach ( is_array( $questions ) ? $questions : array() as $question ) {
				$plan['questions'][] = self::js_key( GIP_Json::get( $question, 'id' ) );
				$plan['reverse'][]   = self::js_truthy( GIP_Json::get( $question, 'reverse' ) );
				$plan['weight'][]    = self::item_weight( GIP_Json::get( $question, 'weight' ) );
			}
			// The half rule (API rule 2): a score needs numeric answers to half the questions, rounded up.
			$plan['need'][ $d ] = (int) ceil( ( count( $plan['questions'] ) - $plan['start'][ $d ] ) / 2 );
		}
		$plan['start'][ count( $plan['dimensions'] ) ] = count( $plan['questions'] );
		$scale       = GIP_Json::get( $assessment, 'scale' );
		$plan['min'] = self::number_or_nan( GIP_Json::get( $scale, 'min' ) );
		$plan['max'] = self::number_or_nan( GIP_Json::get( $scale, 'max' ) );
		return $plan;
	}

	/** A question's weight (itemWeight): default 1 (also for null); not a positive finite number → 0. */
	private static function item_weight( $weight ) {
		if ( GIP_Json::absent( $weight ) || null === $weight ) {
			return 1;
		}
		return ( is_int( $weight ) || is_float( $weight ) ) && $weight > 0 && ! is_infinite( $weight ) ? $weight : 0;
	}

	/**
	 * One response's scores (scoreInto in scorer.ts), with the same arithmetic in the same order
	 * so that PHP and JavaScript doubles agree to the last bit: per dimension, the sum over its
	 * questions of w · (100 · ((v − min) / range)), reverse items (max − v), divided by the weights'
	 * sum; NaN (no score) below half the questions answered or when every weight is 0.
	 *
	 * @param array $plan   From compile().
	 * @param array $values Each question's answer, by the question's index in the plan (null: none).
	 * @return array{score: float[], answered: int[], dk: int[], na: int[]}
	 */
	private static function score( array $plan, array $values ) {
		$min   = $plan['min'];
		$max   = $plan['max'];
		$range = $max - $min;
		$lo    = $range > 0 && INF !== $range ? $min : INF; // a degenerate scale: no number is in range
		$out   = array(
			'score'    => array(),
			'answered' => array(),
			'dk'       => array(),
			'na'       => array(),
		);
		foreach ( $plan['need'] as $d => $need ) {
			$answered = 0;
			$dk       = 0;
			$na       = 0;
			$sum      = 0;
			$wsum     = 0;
			for ( $q = $plan['start'][ $d ]; $q < $plan['start'][ $d + 1 ]; $q++ ) {
				$v = $values[ $q ];
				if ( is_int( $v ) || is_float( $v ) ) {
					if ( $v >= $lo && $v <= $max ) {
						// Weight 0 still counts as answered (for the half rule) but takes no part in the mean.
						++$answered;
						$w     = $plan['weight'][ $q ];
						$sum  += $w * ( 100 * ( ( $plan['reverse'][ $q ] ? $max - $v : $v - $min ) / $range ) );
						$wsum += $w;
					}
				} elseif ( 'dk' === $v ) {
					++$dk;
				} elseif ( 'na' === $v ) {
					++$na;
				}
			}
			$out['answered'][ $d ] = $answered;
			$out['dk'][ $d ]       = $dk;
			$out['na'][ $d ]       = $na;
			$out['score'][ $d ]    = $answered >= $need && $wsum > 0 ? $sum / $wsum : NAN;
		}
		return $out;
	}

	/**
	 * The key an answer is counted under: the number as JavaScript's String() writes it when it
	 * is on the scale, 'dk' or 'na'; null for anything else (not counted).
	 */
	private static function answer_key( $value, $min, $max ) {
		if ( is_int( $value ) || is_float( $value ) ) {
			return $value >= $min && $value <= $max ? GIP_Json::number_string( $value ) : null;
		}
		return 'dk' === $value || 'na' === $value ? $value : null;
	}

	/** A number, or NaN (JavaScript's arithmetic on undefined) for anything else. */
	private static function number_or_nan( $value ) {
		return is_int( $value ) || is_float( $value ) ? $value : NAN;
	}

	/** JavaScript's truthiness, for `q.reverse ? 1 : 0` (an empty list is truthy there, "0" too). */
	private static function js_truthy( $value ) {
		if ( GIP_Json::absent( $value ) || null === $value || false === $value || '' === $value ) {
			return false;
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			return 0.0 !== (float) $value && ! is_nan( $value );
		}
		return true;
	}

	/** A value used as an object key, as JavaScript's String() writes it. */
	private static function js_key( $value ) {
		if ( is_string( $value ) ) {
			return $value;
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			return GIP_Json::number_string( $value );
		}
		if ( is_bool( $value ) ) {
			return $value ? 'true' : 'false';
		}
		return null === $value ? 'null' : 'undefined';
	}

	/* ------------------------------------------------------------------ objects in JavaScript's key order */

	/** [key, value] pairs of an object or list, in JavaScript's key order (Object.entries). */
	private static function entries( $object ) {
		if ( is_array( $object ) ) {
			$object = self::js_object( $object );
		}
		$out = array();
		foreach ( GIP_Json::keys( $object ) as $key ) {
			$out[] = array( $key, GIP_Json::get( $object, $key ) );
		}
		return $out;
	}

	/** An array's entries as a stdClass in JavaScript's key order (array-index keys first, ascending). */
	private static function js_object( array $map ) {
		$pairs = array();
		foreach ( $map as $key => $value ) {
			$pairs[] = array( (string) $key, $value );
		}
		return self::js_object_of_pairs( $pairs );
	}

	/**
	 * [key, value] pairs as a stdClass in JavaScript's key order (Object.fromEntries), so that
	 * GIP_Json::encode writes keys in the order JSON.stringify does. A repeated key keeps its
	 * first place and its last value, as in JavaScript.
	 */
	private static function js_object_of_pairs( array $pairs ) {
		$object = new stdClass();
		foreach ( $pairs as list( $key, $value ) ) {
			$object->{$key} = $value;
		}
		$keys = GIP_Json::keys( $object );
		if ( array_map( 'strval', array_keys( get_object_vars( $object ) ) ) === $keys ) {
			return $object;
		}
		$ordered = new stdClass();
		foreach ( $keys as $key ) {
			$ordered->{$key} = $object->{$key};
		}
		return $ordered;
	}

	/* ------------------------------------------------------------------ views */

	/** The people behind a figure other than the excluded ones; a figure only they stand behind counts as 1. */
	private static function others( $count, $excluded ) {
		return 0 === $count ? 0 : max( 1, $count - $excluded );
	}

	/** A hidden figure: no count at all (a count is itself a figure). */
	private static function hidden( $reason ) {
		return (object) array(
			'n'      => null,
			'reason' => $reason,
		);
	}

	/** The sum of an answer-counts object's values (the people who answered the question). */
	private static function answered( $counts ) {
		$sum = 0;
		if ( $counts instanceof stdClass ) {
			foreach ( get_object_vars( $counts ) as $count ) {
				$sum += is_int( $count ) || is_float( $count ) ? $count : 0;
			}
		}
		return $sum;
	}

	/** An integer field of a snapshot read back from JSON (0 when missing). */
	private static function count_of( $object, $key ) {
		$value = GIP_Json::get( $object, $key );
		return is_int( $value ) || is_float( $value ) ? $value : 0;
	}

	/**
	 * What a viewer may see of a snapshot (viewRelease): the release of `GET R/results` without
	 * its id and time. A figure is shown only when at least k people other than the excluded ones
	 * (the viewer, the round's facilitators) stand behind it, with complementary suppression.
	 *
	 * @param stdClass $snapshot       A snapshot from build_snapshot, or read back with GIP_Json::decode.
	 * @param mixed    $min_group_size The round's k (resolved by GIP_Protocol::resolve_min_group_size).
	 * @param string[] $excluded       For each excluded person in the release, the cell id of their response (cell_of).
	 * @return stdClass The ReleaseView.
	 */
	public static function view( $snapshot, $min_group_size, array $excluded = array() ) {
		$resolved    = GIP_Protocol::resolve_min_group_size( $min_group_size );
		$k           = $resolved['k'];
		$excluded_in = array();
		foreach ( $excluded as $cell ) {
			$cell                 = (string) $cell;
			$excluded_in[ $cell ] = ( isset( $excluded_in[ $cell ] ) ? $excluded_in[ $cell ] : 0 ) + 1;
		}
		$excluded_of = function ( $cell ) use ( $excluded, $excluded_in ) {
			$group = GIP_Json::get( $cell, 'group' );
			if ( null === $group || GIP_Json::absent( $group ) ) {
				return count( $excluded );
			}
			return isset( $excluded_in[ (string) $group ] ) ? $excluded_in[ (string) $group ] : 0;
		};
		$cells       = GIP_Json::get( $snapshot, 'cells' );
		$cells       = is_array( $cells ) ? array_values( $cells ) : array();
		$overall     = isset( $cells[0] ) ? $cells[0] : (object) array(
			'group'      => null,
			'n'          => 0,
			'dimensions' => new stdClass(),
		);
		$group_cells = array_slice( $cells, 1 );
		$overall_dims = GIP_Json::get( $overall, 'dimensions' );
		$dimension_ids = $overall_dims instanceof stdClass ? GIP_Json::keys( $overall_dims ) : array();

		$view                    = new stdClass();
		$view->assessmentId      = GIP_Json::get( $snapshot, 'assessmentId' ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$view->assessmentVersion = GIP_Json::get( $snapshot, 'assessmentVersion' ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		foreach ( array( 'assessmentId', 'assessmentVersion' ) as $field ) {
			if ( GIP_Json::absent( $view->{$field} ) ) {
				unset( $view->{$field} );
			}
		}
		$view->n            = self::count_of( $snapshot, 'n' );
		$view->minGroupSize = $k; // phpcs:ignore WordPress.NamingConventions.ValidVariableName

		if ( self::others( self::count_of( $overall, 'n' ), $excluded_of( $overall ) ) < $k ) {
			$view->suppressed = true;
			$dimensions       = array();
			foreach ( $dimension_ids as $d ) {
				$dimensions[] = array( $d, self::hidden( 'below-min-size' ) );
			}
			$view->dimensions = self::js_object_of_pairs( $dimensions );
			$view->groups     = array();
			foreach ( $group_cells as $cell ) {
				if ( self::listed( $cell ) ) {
					$view->groups[] = (object) array(
						'id'     => (string) GIP_Json::get( $cell, 'group' ),
						'n'      => null,
						'reason' => 'below-min-size',
					);
				}
			}
			$view->comments = new stdClass();
			return $view;
		}

		$group_counts = array();
		foreach ( $group_cells as $cell ) {
			$group_counts[] = self::others( self::count_of( $cell, 'n' ), $excluded_of( $cell ) );
		}
		$group_reasons = GIP_Protocol::suppress_cells( $group_counts, $k );
		$group_hidden  = array_map(
			function ( $r ) {
				return null !== $r;
			},
			$group_reasons
		);
		$overall_out   = array();
		$group_out     = array_fill( 0, count( $group_cells ), array() );
		$comments_out  = array();
		$all_comments  = GIP_Json::get( $snapshot, 'comments' );

		foreach ( $dimension_ids as $d ) {
			$o             = GIP_Json::get( $overall_dims, $d );
			$o_others      = self::others( self::count_of( $o, 'n' ), $excluded_of( $overall ) );
			$overall_shown = ! ( $o_others > 0 && $o_others < $k );
			$dim_counts    = array();
			foreach ( $group_cells as $cell ) {
				$dim_counts[] = self::others( self::count_of( self::dimension_of( $cell, $d ), 'n' ), $excluded_of( $cell ) );
			}
			$dim_reasons  = GIP_Protocol::suppress_cells( $dim_counts, $k, $group_hidden );
			$shown_groups = array_map(
				function ( $r ) {
					return null === $r;
				},
				$dim_reasons
			);
			// Per question: the same rules on the people who answered it.
			$o_answers        = GIP_Json::get( $o, 'answers' );
			$question_ids     = $o_answers instanceof stdClass ? GIP_Json::keys( $o_answers ) : array();
			$question_overall = array();
			$question_in      = array();
			foreach ( $question_ids as $q ) {
				$qo                     = self::others( self::answered( GIP_Json::get( $o_answers, $q ) ), $excluded_of( $overall ) );
				$question_overall[ $q ] = $overall_shown && ! ( $qo > 0 && $qo < $k );
				$counts                 = array();
				foreach ( $group_cells as $cell ) {
					$counts[] = self::others( self::answered( GIP_Json::get( GIP_Json::get( self::dimension_of( $cell, $d ), 'answers' ), $q ) ), $excluded_of( $cell ) );
				}
				$reasons           = GIP_Protocol::suppress_cells(
					$counts,
					$k,
					array_map(
						function ( $s ) {
							return ! $s;
						},
						$shown_groups
					)
				);
				$question_in[ $q ] = array_map(
					function ( $r ) {
						return null === $r;
					},
					$reasons
				);
			}
			$overall_out[] = array(
				$d,
				$overall_shown
					? self::describe(
						$o,
						$excluded_of( $overall ),
						$k,
						$question_ids,
						function ( $q ) use ( $question_overall ) {
							return true === $question_overall[ $q ];
						}
					)
					: self::hidden( 'below-min-size' ),
			);
			foreach ( $group_cells as $g => $cell ) {
				$group_out[ $g ][] = array(
					$d,
					null === $dim_reasons[ $g ]
						? self::describe(
							self::dimension_of( $cell, $d ),
							$excluded_of( $cell ),
							$k,
							$question_ids,
							function ( $q ) use ( $question_in, $g ) {
								return true === $question_in[ $q ][ $g ];
							}
						)
						: self::hidden( $dim_reasons[ $g ] ),
				);
			}
			// Comments only where at least k others scored the dimension: an empty dimension shows no comment.
			$list = GIP_Json::get( $all_comments, $d );
			if ( $o_others >= $k && is_array( $list ) && count( $list ) > 0 ) {
				$comments_out[] = array( $d, array_values( $list ) );
			}
		}

		$view->suppressed = false;
		$view->dimensions = self::js_object_of_pairs( $overall_out );
		$view->groups     = array();
		foreach ( $group_cells as $g => $cell ) {
			if ( ! self::listed( $cell ) ) {
				continue;
			}
			$id             = (string) GIP_Json::get( $cell, 'group' );
			$view->groups[] = null === $group_reasons[ $g ]
				? (object) array(
					'id'         => $id,
					'n'          => self::count_of( $cell, 'n' ),
					'dimensions' => self::js_object_of_pairs( $group_out[ $g ] ),
				)
				: (object) array(
					'id'     => $id,
					'n'      => null,
					'reason' => $group_reasons[ $g ],
				);
		}
		$view->comments = self::js_object_of_pairs( $comments_out );
		return $view;
	}

	/** Whether a group cell is listed in a view: every group of the round, the residual cell only when it holds responses. */
	private static function listed( $cell ) {
		return self::RESIDUAL_CELL !== GIP_Json::get( $cell, 'group' ) || self::count_of( $cell, 'n' ) > 0;
	}

	/** One dimension of a cell, or an empty one. */
	private static function dimension_of( $cell, $d ) {
		$dim = GIP_Json::get( GIP_Json::get( $cell, 'dimensions' ), $d );
		return $dim instanceof stdClass ? $dim : (object) self::empty_dimension();
	}

	/** A shown dimension: n, sorted scores, the don't-know rate (k others who reached it), answer counts where shown. */
	private static function describe( $dim, $excluded, $k, array $question_ids, $shown_question ) {
		$answers = GIP_Json::get( $dim, 'answers' );
		$pairs   = array();
		foreach ( $question_ids as $q ) {
			$counts = GIP_Json::get( $answers, $q );
			if ( ! $shown_question( $q ) ) {
				$pairs[] = array( $q, null );
			} else {
				$pairs[] = array( $q, $counts instanceof stdClass ? clone $counts : new stdClass() );
			}
		}
		$dk      = self::count_of( $dim, 'dk' );
		$numeric = self::count_of( $dim, 'numeric' );
		$scores  = GIP_Json::get( $dim, 'scores' );
		return (object) array(
			'n'       => self::count_of( $dim, 'n' ),
			'scores'  => is_array( $scores ) ? array_values( $scores ) : array(),
			'dkRate'  => $dk + $numeric > 0 && self::others( self::count_of( $dim, 'reached' ), $excluded ) >= $k ? $dk / ( $dk + $numeric ) : null,
			'answers' => self::js_object_of_pairs( $pairs ),
		);
	}

	/* ------------------------------------------------------------------ the release rule (src/core/release-rule.ts) */

	/** A member key → fingerprint map as a PHP array with string keys. */
	private static function members( $map ) {
		$out = array();
		foreach ( $map instanceof stdClass ? get_object_vars( $map ) : ( is_array( $map ) ? $map : array() ) as $key => $fingerprint ) {
			$out[ (string) $key ] = $fingerprint;
		}
		return $out;
	}

	/** Member keys to leave out, as a look-up. */
	private static function ignored( $ignore ) {
		$out = array();
		foreach ( is_array( $ignore ) ? $ignore : array() as $key ) {
			$out[ (string) $key ] = true;
		}
		return $out;
	}

	/**
	 * How many members differ between two releases: in one and not the other, or with another
	 * fingerprint. Members in $ignore (the round's facilitators) do not count.
	 *
	 * @param array|stdClass $a      Member key → fingerprint.
	 * @param array|stdClass $b      Member key → fingerprint.
	 * @param string[]       $ignore Member keys that do not count.
	 * @return int
	 */
	public static function distance( $a, $b, $ignore = array() ) {
		$a        = self::members( $a );
		$b        = self::members( $b );
		$ignore   = self::ignored( $ignore );
		$distance = 0;
		foreach ( $a as $key => $fingerprint ) {
			if ( ! isset( $ignore[ $key ] ) && ( ! array_key_exists( $key, $b ) || $b[ $key ] !== $fingerprint ) ) {
				++$distance;
			}
		}
		foreach ( $b as $key => $unused ) {
			if ( ! isset( $ignore[ $key ] ) && ! array_key_exists( $key, $a ) ) {
				++$distance;
			}
		}
		return $distance;
	}

	/**
	 * Whether a release may be made now, and how many more responses (added or changed) it needs:
	 * a first release needs k members other than the ignored ones; each later one k added or
	 * changed since every earlier release (not only the last: five changes and five changes back
	 * would otherwise let two releases differ by one).
	 *
	 * @param mixed            $min_group_size The round's k.
	 * @param array|stdClass   $current        Member key → fingerprint now.
	 * @param array            $previous       The maps of every earlier release.
	 * @param string[]         $ignore         Member keys that do not count (the round's facilitators).
	 * @return array{allowed: bool, needed: int}
	 */
	public static function next_release( $min_group_size, $current, array $previous, array $ignore = array() ) {
		$resolved = GIP_Protocol::resolve_min_group_size( $min_group_size );
		$k        = $resolved['k'];
		$current  = self::members( $current );
		$skip     = self::ignored( $ignore );
		$counted  = 0;
		foreach ( $current as $key => $unused ) {
			if ( ! isset( $skip[ $key ] ) ) {
				++$counted;
			}
		}
		$needed = max( 0, $k - $counted );
		foreach ( $previous as $release ) {
			$needed = max( $needed, $k - self::distance( $release, $current, $ignore ) );
		}
		return array(
			'allowed' => 0 === $needed,
			'needed'  => $needed,
		);
	}

	/**
	 * A fingerprint of what a response says: its answers, its comments and its group, with key
	 * order, empty ('' or null) entries and a blank group ignored; SHA-256 in hex (64 characters).
	 * Equal fingerprints, same response. It is not the TypeScript core's responseFingerprint text:
	 * fingerprints are only compared with others made by the same server, and hashing keeps the
	 * stored maps small and free of answers. Numbers are written as JavaScript writes them, not by
	 * PHP's serialize_precision, so a php.ini change never makes every response look changed.
	 *
	 * @param mixed $response A stored response.
	 * @return string 64 hexadecimal characters.
	 */
	public static function fingerprint( $response ) {
		$group = GIP_Json::get( GIP_Json::get( $response, 'respondent' ), 'group' );
		return hash(
			'sha256',
			'[' . self::canonical_entries( GIP_Json::get( $response, 'answers' ) )
			. ',' . self::canonical_entries( GIP_Json::get( $response, 'comments' ) )
			. ',' . ( is_string( $group ) && '' !== $group ? self::canonical( $group ) : 'null' ) . ']'
		);
	}

	/** An object's entries sorted by key, without '' or null values, as canonical text. */
	private static function canonical_entries( $object ) {
		$map = array();
		if ( $object instanceof stdClass || is_array( $object ) ) {
			foreach ( ( $object instanceof stdClass ? get_object_vars( $object ) : $object ) as $key => $value ) {
				if ( '' !== $value && null !== $value ) {
					$map[ (string) $key ] = $value;
				}
			}
		}
		return self::canonical( $map, true );
	}

	/** Canonical text of a value: JSON-like, object keys sorted, numbers as JavaScript writes them. */
	private static function canonical( $value, $as_object = false ) {
		if ( is_string( $value ) ) {
			return json_encode( $value, GIP_Json::FLAGS | JSON_INVALID_UTF8_SUBSTITUTE );
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			return GIP_Json::number_string( $value );
		}
		if ( is_bool( $value ) ) {
			return $value ? 'true' : 'false';
		}
		if ( is_array( $value ) && ! $as_object && array_values( $value ) === $value ) {
			$parts = array();
			foreach ( $value as $item ) {
				$parts[] = self::canonical( $item );
			}
			return '[' . implode( ',', $parts ) . ']';
		}
		if ( is_array( $value ) || $value instanceof stdClass ) {
			$map = array();
			foreach ( ( $value instanceof stdClass ? get_object_vars( $value ) : $value ) as $key => $item ) {
				$map[ (string) $key ] = $item;
			}
			ksort( $map, SORT_STRING );
			$parts = array();
			foreach ( $map as $key => $item ) {
				$parts[] = self::canonical( (string) $key ) . ':' . self::canonical( $item );
			}
			return '{' . implode( ',', $parts ) . '}';
		}
		return 'null';
	}
}
