<?php
/**
 * The plugin's unit tests, without WordPress and without dependencies: the pure classes of
 * includes/pure/ against the fixtures shared with the TypeScript core (test/fixtures/protocol/).
 * Run with: php wordpress/tests/run.php   (exit code 1 when a test fails)
 *
 * @package GenderInPractice
 */

error_reporting( E_ALL );
set_error_handler(
	function ( $severity, $message, $file, $line ) {
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

$gip_root = dirname( __DIR__, 2 );
$gip_pure = $gip_root . '/wordpress/gender-in-practice/includes/pure/';
require $gip_pure . 'class-gip-protocol-data.php';
// The protocol's data as the build writes it from the TypeScript core (src/core/protocol-data.ts).
$gip_protocol_json = $gip_root . '/dist/wordpress/gender-in-practice/assets/protocol.json';
if ( ! is_file( $gip_protocol_json ) ) {
	fwrite( STDERR, "$gip_protocol_json is missing: run npm run build first (the PHP reads its limits and messages from the built plugin).\n" );
	exit( 1 );
}
GIP_Protocol_Data::boot( $gip_protocol_json );
foreach ( array( 'class-gip-json.php', 'class-gip-messages.php', 'class-gip-issues.php', 'class-gip-validator.php', 'class-gip-protocol.php', 'class-gip-release.php', 'class-gip-invitation.php', 'class-gip-round-rules.php' ) as $gip_file ) {
	require $gip_pure . $gip_file;
}
$gip_fixtures = $gip_root . '/test/fixtures/protocol/';

$gip_tests = array();
$gip_fail  = 0;

/** Registers a test. */
function test( $name, $fn ) {
	global $gip_tests;
	$gip_tests[] = array( $name, $fn );
}

/** Fails unless $a === $b. */
function eq( $actual, $expected, $what = '' ) {
	if ( $actual !== $expected ) {
		throw new Exception( ( $what ? $what . ': ' : '' ) . 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
	}
}

/** Fails unless $cond. */
function ok( $cond, $what ) {
	if ( ! $cond ) {
		throw new Exception( $what );
	}
}

/** Decoded JSON file (objects kept as objects). */
function fixture( $name ) {
	global $gip_fixtures;
	list( $ok, $value ) = GIP_Json::decode( file_get_contents( $gip_fixtures . $name ) );
	ok( $ok, "fixture $name is JSON" );
	return $value;
}

/** Sorted unique codes of a result. */
function codes( $result ) {
	$codes = array_values( array_unique( array_map( function ( $e ) { return $e['code']; }, $result['errors'] ) ) );
	sort( $codes, SORT_STRING );
	return $codes;
}

/** A decoded JSON value as an array with sorted keys, to compare content whatever the key order. */
function canon( $value ) {
	if ( $value instanceof stdClass ) {
		$value = get_object_vars( $value );
		ksort( $value, SORT_STRING );
	}
	return is_array( $value ) ? array_map( 'canon', $value ) : $value;
}

/** A decoded value from JSON text. */
function j( $text ) {
	list( $ok, $value ) = GIP_Json::decode( $text );
	ok( $ok, "test JSON is valid: $text" );
	return $value;
}

/* ---------------------------------------------------------------- responses (fixtures) */

$gip_responses = fixture( 'responses.json' );
$gip_main      = $gip_responses->assessments->main;
foreach ( $gip_responses->cases as $gip_case ) {
	test(
		'response fixture: ' . $gip_case->name,
		function () use ( $gip_case, $gip_responses ) {
			$name       = isset( $gip_case->assessment ) ? $gip_case->assessment : 'main';
			$assessment = $gip_responses->assessments->{$name};
			$checked    = GIP_Validator::validate_assessment( $assessment );
			ok( $checked['ok'], 'the fixture assessment is valid' );
			$groups   = isset( $gip_case->roundGroups ) ? $gip_case->roundGroups : null;
			$expected = $gip_case->expectCodes;
			if ( null !== $groups && isset( $gip_case->serverCodes ) ) {
				$expected = array_values( array_unique( array_merge( $expected, $gip_case->serverCodes ) ) );
				sort( $expected, SORT_STRING );
			}
			foreach ( array( 'en', 'fr' ) as $lang ) {
				$result = GIP_Validator::validate_response( $assessment, $gip_case->response, $lang, $groups );
				eq( codes( $result ), $expected, "codes ($lang)" );
				eq( $result['ok'], 0 === count( $expected ), "ok ($lang)" );
				ok( count( $result['errors'] ) <= GIP_Issues::MAX_ERRORS + 1, 'at most 100 errors and one too-many-errors' );
				foreach ( $result['errors'] as $e ) {
					ok( is_string( $e['message'] ) && '' !== $e['message'] && $e['message'] !== $e['code'], "a message for {$e['code']}" );
				}
			}
		}
	);
}

test(
	'response: paths and the clean copy (trimmed group, no empty comment, 3.0 read as 3)',
	function () use ( $gip_main ) {
		$r = GIP_Validator::validate_response( $gip_main, j( '{"assessmentId":"ge-mini","assessmentVersion":"1.0.0","answers":{"pw-1":3.0,"pw-2":"dk"},"comments":{"pw-1":"","pw-2":"why"},"respondent":{"id":"r1","group":"  staff "}}' ), 'en', array( 'staff' ) );
		ok( $r['ok'], 'valid' );
		eq( GIP_Json::encode( $r['value'] ), '{"assessmentId":"ge-mini","assessmentVersion":"1.0.0","answers":{"pw-1":3,"pw-2":"dk"},"respondent":{"id":"r1","group":"staff"},"comments":{"pw-2":"why"}}' );
		$r = GIP_Validator::validate_response( $gip_main, j( '{"assessmentId":"ge-mini","assessmentVersion":"1.0.0","answers":{"pw-9":1,"a b":2,"pw-1":7},"respondent":{"group":"x"}}' ), 'en', array( 'staff' ) );
		eq( array_map( function ( $e ) { return $e['path'] . ' ' . $e['code']; }, $r['errors'] ), array( 'respondent.group group-not-in-round', 'answers.pw-9 unknown-question', 'answers["a b"] unknown-question', 'answers.pw-1 answer-out-of-scale' ) );
	}
);

test(
	'response: English and French messages, as the core words them',
	function () use ( $gip_main ) {
		$body = j( '{"assessmentId":"ge-mini","assessmentVersion":"1.0.0","answers":{"pw-1":7,"pw-2":"maybe"}}' );
		$en   = GIP_Validator::validate_response( $gip_main, $body, 'en' );
		eq( $en['errors'][0]['message'], 'The answer 7 to question "pw-1" is outside the scale. Use a whole number from 0 to 4.' );
		eq( $en['errors'][1]['message'], 'The answer "maybe" to question "pw-2" is not valid. Use a whole number from 0 to 4, or "dk" (don’t know) or "na" (not applicable) where the assessment offers them.' );
		$fr = GIP_Validator::validate_response( $gip_main, $body, 'fr-CA' );
		eq( $fr['errors'][0]['message'], "La réponse 7 à la question «\u{a0}pw-1\u{a0}» est hors de l’échelle. Utilisez un nombre entier de 0 à 4." );
		$long = GIP_Validator::validate_response( $gip_main, j( '{"assessmentId":"ge-mini","assessmentVersion":"1.0.0","answers":{},"comments":{"pw-1":"' . str_repeat( 'x', 12345 ) . '"}}' ), 'fr' );
		eq( $long['errors'][0]['message'], "Ce texte compte 12\u{a0}345 caractères; la limite est de 10\u{a0}000. Raccourcissez-le." );
		$en = GIP_Validator::validate_response( $gip_main, j( '{"assessmentId":"ge-mini","assessmentVersion":"1.0.0","answers":{},"comments":{"pw-1":"' . str_repeat( 'x', 12345 ) . '"}}' ), 'en' );
		eq( $en['errors'][0]['message'], 'This text is 12,345 characters long; the limit is 10,000. Shorten it.' );
	}
);

test(
	'response: lengths count UTF-16 units, as JavaScript does',
	function () use ( $gip_main ) {
		eq( GIP_Json::length( 'é' ), 1 );
		eq( GIP_Json::length( '😀' ), 2 );
		eq( GIP_Json::truncate( str_repeat( 'a', 39 ) . '😀b' ), str_repeat( 'a', 39 ) . '…' );
		$ok  = GIP_Validator::validate_response( $gip_main, (object) array( 'assessmentId' => 'ge-mini', 'assessmentVersion' => '1', 'answers' => new stdClass(), 'comments' => (object) array( 'pw-1' => str_repeat( '😀', 5000 ) ) ) );
		ok( $ok['ok'], '5,000 emoji are 10,000 units' );
		$bad = GIP_Validator::validate_response( $gip_main, (object) array( 'assessmentId' => 'ge-mini', 'assessmentVersion' => '1', 'answers' => new stdClass(), 'comments' => (object) array( 'pw-1' => str_repeat( '😀', 5000 ) . 'x' ) ) );
		eq( codes( $bad ), array( 'too-long' ) );
		eq( GIP_Json::trim( "\u{a0}\u{feff} staff\u{2028}" ), 'staff' );
	}
);

test(
	'response: more than 100 problems stop at 100 plus too-many-errors',
	function () use ( $gip_main ) {
		$answers = new stdClass();
		for ( $i = 0; $i < 300; $i++ ) {
			$answers->{"q$i"} = 1;
		}
		$r = GIP_Validator::validate_response( $gip_main, (object) array( 'assessmentId' => 'ge-mini', 'assessmentVersion' => '1.0.0', 'answers' => $answers ) );
		eq( count( $r['errors'] ), 101 );
		eq( $r['errors'][100]['code'], 'too-many-errors' );
	}
);

/* ---------------------------------------------------------------- assessments */

test(
	'assessment: the fixtures and the default assessment are valid',
	function () use ( $gip_responses, $gip_root ) {
		ok( GIP_Validator::validate_assessment( $gip_responses->assessments->main )['ok'], 'main' );
		ok( GIP_Validator::validate_assessment( $gip_responses->assessments->strict )['ok'], 'strict' );
		$built = $gip_root . '/dist/wordpress/gender-in-practice/assets/default-assessment.json';
		if ( is_file( $built ) ) {
			list( , $default ) = GIP_Json::decode( file_get_contents( $built ) );
			$r                 = GIP_Validator::validate_assessment( $default );
			ok( $r['ok'], 'the built default assessment is valid: ' . json_encode( array_slice( $r['errors'], 0, 3 ) ) );
			eq( canon( $r['value'] ), canon( $default ), 'the clean copy keeps everything' );
		}
	}
);

test(
	'assessment: problems with the core\'s paths and codes',
	function () {
		$r = GIP_Validator::validate_assessment( j( '{"id":"bad id","version":"1","title":{"english":"x"},"scale":{"min":0,"max":4,"labels":["a","b"]},"dimensions":[{"id":"d","label":"D","questions":[{"id":"q","text":"Q"},{"id":"q","text":"","weight":-1}]},{"id":"d","label":"D2","questions":[]},{"id":"constructor","label":"x","questions":[{"id":"group","text":"t"}]}]}' ) );
		$got = array_map( function ( $e ) { return $e['path'] . ' ' . $e['code']; }, $r['errors'] );
		eq(
			$got,
			array(
				'id invalid-id',
				'title.english invalid-language',
				'scale.labels scale-labels-count',
				'dimensions[0].questions[1].id duplicate-question-id',
				'dimensions[0].questions[1].text empty-string',
				'dimensions[0].questions[1].weight invalid-weight',
				'dimensions[1].id duplicate-dimension-id',
				'dimensions[1].questions no-questions',
				'dimensions[2].id reserved-id',
				'dimensions[2].questions[0].id reserved-id',
			)
		);
		eq( codes( GIP_Validator::validate_assessment( j( '[]' ) ) ), array( 'assessment-not-object' ) );
		eq( codes( GIP_Validator::validate_assessment( j( '{"id":"a","version":"1","title":"t","scale":{"min":4,"max":0,"labels":[]},"dimensions":[]}' ) ) ), array( 'no-dimensions', 'scale-min-max' ) );
		eq( codes( GIP_Validator::validate_assessment( j( '{"id":"a\n","version":"1","title":"t","scale":{"min":0.5,"max":"4","labels":[]},"dimensions":{}}' ) ) ), array( 'invalid-id', 'not-array', 'not-integer', 'not-number' ) );
	}
);

/* ---------------------------------------------------------------- suppression */

foreach ( fixture( 'suppression.json' )->cases as $gip_case ) {
	test(
		'suppression fixture: ' . $gip_case->name,
		function () use ( $gip_case ) {
			eq( GIP_Protocol::suppress_cells( $gip_case->counts, $gip_case->k ), $gip_case->expected );
		}
	);
}

test(
	'suppression: forced hidden cells',
	function () {
		eq( GIP_Protocol::suppress_cells( array( 10, 6, 7 ), 5, array( false, true, false ) ), array( null, 'below-min-size', null ) );
		eq( GIP_Protocol::suppress_cells( array( 10, 3, 7 ), 5, array( true ) ), array( 'below-min-size', 'below-min-size', null ) );
	}
);

test(
	'min group size: default 5, never below 3, fractions rounded up',
	function () {
		eq( GIP_Protocol::resolve_min_group_size( null ), array( 'k' => 5, 'warnings' => array() ) );
		eq( GIP_Protocol::resolve_min_group_size( 'x' ), array( 'k' => 5, 'warnings' => array() ) );
		eq( GIP_Protocol::resolve_min_group_size( 2 ), array( 'k' => 3, 'warnings' => array( 'min-group-size-raised', 'min-group-size-below-5' ) ) );
		eq( GIP_Protocol::resolve_min_group_size( 3.5 ), array( 'k' => 4, 'warnings' => array( 'min-group-size-below-5' ) ) );
		eq( GIP_Protocol::resolve_min_group_size( 8 ), array( 'k' => 8, 'warnings' => array() ) );
		eq( GIP_Protocol::resolve_min_group_size( -4 )['k'], 3 );
		eq( GIP_Protocol::resolve_min_group_size( NAN )['k'], 5 );
	}
);

/* ---------------------------------------------------------------- bodies */

test(
	'size limit: 256 kB, checked before decoding',
	function () {
		eq( GIP_Protocol::MAX_BODY_BYTES, 262144 );
		$big = GIP_Protocol::read_body( '"' . str_repeat( 'x', 262143 ) . '"' );
		eq( $big['code'], 'ge-too-large' );
		eq( $big['params']['size'], 262145 );
		$junk = GIP_Protocol::read_body( str_repeat( '{', 300000 ) );
		eq( $junk['code'], 'ge-too-large', 'a huge broken body is too large, not invalid' );
		ok( GIP_Protocol::read_body( '"' . str_repeat( 'x', 262142 ) . '"' )['ok'], 'exactly the limit passes' );
		eq( GIP_Protocol::read_body( '{"a":' )['code'], 'ge-invalid-json' );
		eq( GIP_Protocol::read_body( '' )['code'], 'ge-invalid-json' );
		eq( GIP_Protocol::read_body( "{\"a\":\"\xff\"}" )['code'], 'ge-invalid-json', 'invalid UTF-8' );
		eq( GIP_Protocol::read_body( 'null' )['value'], null );
	}
);

test(
	'targets: dimension ids of the assessment, numbers from 0 to 10',
	function () {
		$dims = array( 'political-will', 'budget' );
		$r    = GIP_Protocol::validate_targets( j( '{"values":{"political-will":8,"budget":6.5}}' ), $dims );
		ok( $r['ok'], 'valid' );
		eq( GIP_Json::encode( $r['value'] ), '{"political-will":8,"budget":6.5}' );
		ok( GIP_Protocol::validate_targets( j( '{"values":{}}' ), $dims )['ok'], 'no targets is valid' );
		$r = GIP_Protocol::validate_targets( j( '{"values":{"political-will":11,"budget":"6","nope":1,"x":-1}}' ), $dims, 'fr' );
		eq( array_map( function ( $e ) { return $e['path'] . ' ' . $e['code']; }, $r['errors'] ), array( 'values.political-will target-out-of-range', 'values.budget not-number', 'values.nope unknown-dimension', 'values.x unknown-dimension' ) );
		eq( $r['errors'][0]['message'], "La cible 11 de la dimension «\u{a0}political-will\u{a0}» est hors de l’échelle de la roue. Utilisez un nombre de 0 à 10." );
		eq( codes( GIP_Protocol::validate_targets( j( '[1]' ), $dims ) ), array( 'not-object' ) );
		eq( codes( GIP_Protocol::validate_targets( j( '{}' ), $dims ) ), array( 'required' ) );
		eq( codes( GIP_Protocol::validate_targets( j( '{"values":[]}' ), $dims ) ), array( 'not-object' ) );
	}
);

test(
	'plan: the board\'s format, a revision, at most 2000 cards with string id, title and status',
	function () {
		$ok = GIP_Protocol::validate_plan( j( '{"plan":{"format":"gender-in-practice/plan","version":1,"actions":[{"id":"a1","title":"Standing GE item","status":"todo","days":3,"extra":{"x":1}}]},"revision":0}' ) );
		ok( $ok['ok'], 'valid' );
		eq( $ok['value']['revision'], 0 );
		eq( GIP_Json::encode( $ok['value']['plan']->actions[0]->extra ), '{"x":1}', 'unknown fields are kept' );
		$bad = GIP_Protocol::validate_plan( j( '{"plan":{"format":"other","version":2,"actions":[{"id":1,"status":"todo"},"card"]},"revision":-1}' ), 'en' );
		eq( array_map( function ( $e ) { return $e['path'] . ' ' . $e['code']; }, $bad['errors'] ), array( 'revision not-integer', 'plan.format wrong-value', 'plan.version wrong-value', 'plan.actions[0].id not-string', 'plan.actions[0].title required', 'plan.actions[1] not-object' ) );
		eq( $bad['errors'][1]['message'], 'The field plan.format must be "gender-in-practice/plan", not "other".' );
		$cards = array();
		for ( $i = 0; $i < 2001; $i++ ) {
			$cards[] = (object) array( 'id' => "a$i", 'title' => 't', 'status' => 'todo' );
		}
		$too_many = GIP_Protocol::validate_plan( (object) array( 'plan' => (object) array( 'format' => 'gender-in-practice/plan', 'version' => 1, 'actions' => $cards ), 'revision' => 3 ) );
		eq( codes( $too_many ), array( 'too-many-items' ) );
		array_pop( $cards );
		ok( GIP_Protocol::validate_plan( (object) array( 'plan' => (object) array( 'format' => 'gender-in-practice/plan', 'version' => 1, 'actions' => $cards ), 'revision' => 3 ) )['ok'], '2000 cards pass' );
		eq( codes( GIP_Protocol::validate_plan( j( '{"plan":null,"revision":0}' ) ) ), array( 'not-object' ) );
		eq( codes( GIP_Protocol::validate_plan( j( '{"plan":{"format":"gender-in-practice/plan","version":1,"actions":{}}}' ) ) ), array( 'not-array', 'required' ) );
	}
);

test(
	'plan: a number that is not finite anywhere in the plan is not-number at its path (json_decode reads 1e400 as INF)',
	function () {
		$r = GIP_Protocol::validate_plan( j( '{"plan":{"format":"gender-in-practice/plan","version":1,"actions":[{"id":"a","title":"t","status":"todo","days":1e400},{"id":"b","title":"t","status":"todo","days":2.5,"extra":{"x":[1,-1e400],"a b":1e999}}]},"revision":0}' ), 'en' );
		ok( ! $r['ok'], 'refused' );
		eq( array_map( function ( $e ) { return $e['path'] . ' ' . $e['code']; }, $r['errors'] ), array( 'plan.actions[0].days not-number', 'plan.actions[1].extra.x[1] not-number', 'plan.actions[1].extra["a b"] not-number' ) );
		eq( $r['errors'][0]['message'], 'The field plan.actions[0].days must be a finite number, not ∞.' );
		eq( GIP_Protocol::validate_plan( j( '{"plan":{"format":"gender-in-practice/plan","version":1,"actions":[],"note":1e400},"revision":0}' ), 'fr' )['errors'][0]['message'], 'Le champ plan.note doit être un nombre fini, et non ∞.' );
		$fine = GIP_Protocol::validate_plan( j( '{"plan":{"format":"gender-in-practice/plan","version":1,"actions":[{"id":"a","title":"t","status":"todo","days":1e300,"n":-0.0}]},"revision":0}' ) );
		ok( $fine['ok'], 'large finite numbers pass' );
		ok( is_string( GIP_Json::encode( $fine['value']['plan'] ) ), 'and encode' );
	}
);

test(
	'json: a value that cannot be written gives false, never the text null',
	function () {
		eq( GIP_Json::encode( INF ), false );
		eq( GIP_Json::encode( (object) array( 'days' => NAN ) ), false );
		eq( GIP_Json::encode( array( 'plan' => j( '{"actions":[{"days":1e400}]}' ) ) ), false );
		eq( GIP_Json::encode( "caf\xe9" ), false, 'text that is not UTF-8' );
		eq( GIP_Json::encode( null ), 'null', 'a real null is still written' );
		eq( GIP_Json::encode( j( '{"a":[1,2.5,"é/"]}' ), true ), "{\n    \"a\": [\n        1,\n        2.5,\n        \"é/\"\n    ]\n}" );
	}
);

test(
	'status: open or closed',
	function () {
		eq( GIP_Protocol::validate_status( j( '{"status":"closed"}' ) )['value'], 'closed' );
		eq( GIP_Protocol::validate_status( j( '{"status":"open"}' ) )['value'], 'open' );
		eq( codes( GIP_Protocol::validate_status( j( '{"status":"shut"}' ) ) ), array( 'invalid-status' ) );
		eq( codes( GIP_Protocol::validate_status( j( '{}' ) ) ), array( 'required' ) );
		eq( codes( GIP_Protocol::validate_status( j( '"open"' ) ) ), array( 'not-object' ) );
	}
);

/* ---------------------------------------------------------------- bodies of the write routes (fixtures) */

/*
 * test/fixtures/protocol/bodies.json: the bodies of PUT R/targets, PUT R/plan, PUT R/status and
 * POST R/releases, with expectations written by hand; the TypeScript core's validators and the
 * browser tests' round server read the same cases. A `raw` body is read as the plugin reads a
 * request: R/releases never reads a blank body (GIP_Rest::pre_dispatch lets it through and the
 * route ignores it), the other routes read every body with read_body.
 */
$gip_bodies = fixture( 'bodies.json' );
$gip_dims   = GIP_Validator::dimension_ids( $gip_bodies->assessment );

test(
	'body fixtures: at least 40 cases, each route with valid and refused bodies',
	function () use ( $gip_bodies, $gip_dims ) {
		ok( count( $gip_bodies->cases ) >= 40, 'at least 40 cases' );
		eq( $gip_dims, array( 'political-will', 'budget', '2030' ), 'the dimension ids' );
		foreach ( array( 'targets', 'plan', 'status', 'releases' ) as $route ) {
			$oks = array();
			foreach ( $gip_bodies->cases as $c ) {
				if ( $route === $c->route ) {
					$oks[ $c->ok ? 'ok' : 'refused' ] = true;
				}
			}
			eq( count( $oks ), 2, "$route: valid and refused bodies" );
		}
	}
);

foreach ( $gip_bodies->cases as $gip_case ) {
	test(
		'body fixture: ' . $gip_case->name,
		function () use ( $gip_case, $gip_dims ) {
			$body = property_exists( $gip_case, 'body' ) ? $gip_case->body : null;
			if ( isset( $gip_case->raw ) ) {
				if ( 'releases' === $gip_case->route && '' === trim( $gip_case->raw ) ) {
					ok( $gip_case->ok, 'a blank body of R/releases is never read' );
					return;
				}
				$read = GIP_Protocol::read_body( $gip_case->raw );
				if ( isset( $gip_case->read ) ) {
					ok( ! $read['ok'] && ! $gip_case->ok, 'refused before the validator' );
					eq( $read['code'], $gip_case->read );
					eq( $gip_case->http->code, $read['code'], 'the 400 of a body that is not JSON' );
					return;
				}
				ok( $read['ok'], 'the raw body is JSON' );
				$body = $read['value'];
			}
			if ( 'releases' === $gip_case->route ) {
				ok( $gip_case->ok, 'R/releases reads its body and ignores it' );
				return;
			}
			foreach ( array( 'en', 'fr' ) as $lang ) {
				if ( 'targets' === $gip_case->route ) {
					$r = GIP_Protocol::validate_targets( $body, $gip_dims, $lang );
				} elseif ( 'plan' === $gip_case->route ) {
					$r = GIP_Protocol::validate_plan( $body, $lang );
				} else {
					$r = GIP_Protocol::validate_status( $body, $lang );
				}
				eq( codes( $r ), $gip_case->codes, "codes ($lang)" );
				eq( $r['ok'], $gip_case->ok, "ok ($lang)" );
				if ( $r['ok'] && property_exists( $gip_case, 'value' ) ) {
					same_json( round_trip( $r['value'] ), $gip_case->value, 'value' );
				}
				if ( ! $r['ok'] ) {
					eq( $gip_case->http->code, array( 'targets' => 'ge-invalid-targets', 'plan' => 'ge-invalid-plan', 'status' => 'ge-invalid-status' )[ $gip_case->route ], 'the route\'s 400' );
				}
				foreach ( $r['errors'] as $e ) {
					ok( is_string( $e['message'] ) && '' !== $e['message'] && $e['message'] !== $e['code'], "a message for {$e['code']}" );
				}
				if ( ! isset( $gip_case->errors ) ) {
					continue;
				}
				$paths = function ( $list ) {
					return array_map(
						function ( $e ) {
							$e = (array) $e;
							return $e['path'] . ' ' . $e['code'];
						},
						$list
					);
				};
				eq( $paths( $r['errors'] ), $paths( $gip_case->errors ), "paths and codes ($lang)" );
				foreach ( $gip_case->errors as $i => $expected ) {
					if ( isset( $expected->params ) ) {
						same_json( round_trip( $r['errors'][ $i ]['params'] ), $expected->params, "params of {$expected->path}" );
					}
					if ( isset( $expected->{$lang} ) ) {
						eq( $r['errors'][ $i ]['message'], $expected->{$lang}, "$lang message of {$expected->path}" );
					}
				}
			}
		}
	);
}

test(
	'groups setting: comma-separated ids, trimmed, unique',
	function () {
		eq( GIP_Protocol::parse_groups( ' staff, management ,board,,staff' ), array( 'ok' => true, 'groups' => array( 'staff', 'management', 'board' ), 'bad' => array() ) );
		eq( GIP_Protocol::parse_groups( 'staff, les cadres, ok' )['bad'], array( 'les cadres' ) );
		eq( GIP_Protocol::parse_groups( '' )['groups'], array() );
	}
);

/* ---------------------------------------------------------------- releases */

/**
 * Fails unless two decoded JSON values are the same: same keys, same list order, numbers equal
 * as doubles (int 75 and float 75.0 agree, one ulp apart do not).
 */
function same_json( $actual, $expected, $path = '$' ) {
	$number = function ( $v ) {
		return is_int( $v ) || is_float( $v );
	};
	if ( $number( $actual ) && $number( $expected ) ) {
		ok( (float) $actual === (float) $expected, "$path: expected " . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
		return;
	}
	if ( $expected instanceof stdClass ) {
		ok( $actual instanceof stdClass, "$path: expected an object, got " . GIP_Json::encode( $actual ) );
		$a = array_map( 'strval', array_keys( get_object_vars( $actual ) ) );
		$e = array_map( 'strval', array_keys( get_object_vars( $expected ) ) );
		sort( $a, SORT_STRING );
		sort( $e, SORT_STRING );
		eq( $a, $e, "$path: keys" );
		foreach ( $e as $key ) {
			same_json( GIP_Json::get( $actual, $key ), GIP_Json::get( $expected, $key ), "$path.$key" );
		}
		return;
	}
	if ( is_array( $expected ) ) {
		ok( is_array( $actual ) && array_values( $actual ) === $actual, "$path: expected a list, got " . GIP_Json::encode( $actual ) );
		eq( count( $actual ), count( $expected ), "$path: length" );
		foreach ( $expected as $i => $item ) {
			same_json( $actual[ $i ], $item, "$path[$i]" );
		}
		return;
	}
	eq( $actual, $expected, $path );
}

/** The same value after a trip through GIP_Json::encode and back. */
function round_trip( $value ) {
	return j( GIP_Json::encode( $value ) );
}

test(
	'release comparison: numbers by value, one ulp apart is a difference',
	function () {
		same_json( j( '{"a":[75.0,0.5],"b":null}' ), j( '{"b":null,"a":[75,0.5]}' ) );
		$caught = 0;
		foreach ( array( array( '[64.28571428571429]', '[64.28571428571428]' ), array( '{"a":1}', '{"a":1,"b":null}' ), array( '[1,2]', '[2,1]' ), array( '{"a":{}}', '{"a":[]}' ), array( '["1"]', '[1]' ) ) as list( $a, $b ) ) {
			try {
				same_json( j( $a ), j( $b ) );
			} catch ( Exception $e ) {
				++$caught;
			}
		}
		eq( $caught, 5, 'every difference is caught' );
	}
);

$gip_releases = fixture( 'releases.json' );
$gip_identity = function ( array $list ) {
	return $list;
};
test(
	'release fixtures: cases of every kind',
	function () use ( $gip_releases ) {
		ok( count( $gip_releases->snapshots ) >= 30, 'at least 30 snapshots' );
		ok( count( $gip_releases->rules ) >= 8, 'at least 8 rules' );
	}
);
foreach ( $gip_releases->snapshots as $gip_case ) {
	test(
		'release fixture: ' . $gip_case->name,
		function () use ( $gip_case, $gip_releases, $gip_identity ) {
			$assessment = $gip_releases->assessments->{$gip_case->assessment};
			$snapshot   = GIP_Release::build_snapshot( $assessment, $gip_case->responses, $gip_case->groups, $gip_identity );
			same_json( $snapshot, $gip_case->snapshot, 'snapshot' );
			same_json( round_trip( $snapshot ), $gip_case->snapshot, 'snapshot as JSON' );
			foreach ( $gip_case->views as $v ) {
				$what = "view k {$v->minGroupSize}, excluded " . implode( ',', $v->excluded );
				same_json( GIP_Release::view( $snapshot, $v->minGroupSize, $v->excluded ), $v->expected, $what );
				// The server stores the snapshot as JSON and views it later: the stored form gives the same view.
				same_json( round_trip( GIP_Release::view( round_trip( $snapshot ), $v->minGroupSize, $v->excluded ) ), $v->expected, "$what, from stored JSON" );
				same_json( GIP_Release::view( $gip_case->snapshot, $v->minGroupSize, $v->excluded ), $v->expected, "$what, from the fixture's snapshot" );
			}
		}
	);
}
foreach ( $gip_releases->rules as $gip_case ) {
	test(
		'release rule fixture: ' . $gip_case->name,
		function () use ( $gip_case ) {
			$expected = array(
				'allowed' => $gip_case->expected->allowed,
				'needed'  => $gip_case->expected->needed,
			);
			eq( GIP_Release::next_release( $gip_case->minGroupSize, $gip_case->current, $gip_case->previous, $gip_case->ignore ), $expected );
			eq( GIP_Release::next_release( $gip_case->minGroupSize, get_object_vars( $gip_case->current ), array_map( 'get_object_vars', $gip_case->previous ), $gip_case->ignore ), $expected, 'with PHP arrays' );
		}
	);
}

test(
	'release: a snapshot encodes as the core writes it (keys in JavaScript\'s order, 3.0 as 3)',
	function () use ( $gip_releases, $gip_identity ) {
		$snapshot = GIP_Release::build_snapshot( $gip_releases->assessments->likert, array( j( '{"answers":{"l1":5,"l2":1.0},"respondent":{"group":"x"},"comments":{"l2":"b","l":" a "}}' ) ), array( 'x', 'x', '', 3 ), $gip_identity );
		eq( GIP_Json::encode( $snapshot ), '{"format":"gender-in-practice/release-snapshot","version":1,"assessmentId":"likert","assessmentVersion":"2","n":1,"groups":["x"],"cells":[{"group":null,"n":1,"dimensions":{"l":{"n":1,"scores":[100],"dk":0,"numeric":2,"reached":1,"answers":{"l1":{"5":1},"l2":{"1":1}}}}},{"group":"x","n":1,"dimensions":{"l":{"n":1,"scores":[100],"dk":0,"numeric":2,"reached":1,"answers":{"l1":{"5":1},"l2":{"1":1}}}}},{"group":"","n":0,"dimensions":{"l":{"n":0,"scores":[],"dk":0,"numeric":0,"reached":0,"answers":{}}}}],"comments":{"l":["b","a"]}}' );
		$counts = GIP_Release::build_snapshot( $gip_releases->assessments->mini, array( j( '{"answers":{"pw-1":"dk"}}' ), j( '{"answers":{"pw-1":2.5}}' ), j( '{"answers":{"pw-1":3.0}}' ), j( '{"answers":{"pw-1":0}}' ) ), array(), $gip_identity );
		eq( GIP_Json::encode( $counts->cells[0]->dimensions->{'political-will'}->answers ), '{"pw-1":{"0":1,"3":1,"dk":1,"2.5":1}}', 'array-index keys first, as in JavaScript' );
	}
);

test(
	'release: answer keys are numbers as JavaScript writes them',
	function () {
		foreach ( array(
			array( 3, '3' ),
			array( 3.0, '3' ),
			array( 2.5, '2.5' ),
			array( -0.0, '0' ),
			array( 0.1 + 0.2, '0.30000000000000004' ),
			array( 1e-7, '1e-7' ),
			array( 0.000001, '0.000001' ),
			array( 1.5e-7, '1.5e-7' ),
			array( 1e21, '1e+21' ),
			array( 1e20, '100000000000000000000' ),
			array( 64.28571428571429, '64.28571428571429' ),
			array( 100 / 3, '33.333333333333336' ),
			array( 5e-324, '5e-324' ),
			array( 1.7976931348623157e308, '1.7976931348623157e+308' ),
			array( INF, 'Infinity' ),
			array( -INF, '-Infinity' ),
			array( NAN, 'NaN' ),
		) as list( $value, $text ) ) {
			eq( GIP_Json::number_string( $value ), $text, var_export( $value, true ) );
		}
		$saved = array( ini_get( 'serialize_precision' ), ini_get( 'precision' ) );
		ini_set( 'serialize_precision', '17' );
		ini_set( 'precision', '5' );
		eq( GIP_Json::number_string( 0.1 ), '0.1', 'php.ini precision has no say' );
		ini_set( 'serialize_precision', $saved[0] );
		ini_set( 'precision', $saved[1] );
	}
);

test(
	'release: a cell of the round, or the residual cell',
	function () {
		eq( GIP_Release::cell_of( j( '{"respondent":{"group":"staff"}}' ), array( 'staff' ) ), 'staff' );
		eq( GIP_Release::cell_of( j( '{"respondent":{"group":"board"}}' ), array( 'staff' ) ), '' );
		eq( GIP_Release::cell_of( j( '{"respondent":{}}' ), array( 'staff' ) ), '' );
		eq( GIP_Release::cell_of( j( '{"respondent":{"group":""}}' ), array( '' ) ), '' );
		eq( GIP_Release::cell_of( null, array( 'staff' ) ), '' );
		eq( GIP_Release::cell_of( j( '{"respondent":"staff"}' ), array( 'staff' ) ), '' );
	}
);

test(
	'release: bad responses never throw; objects and lists count (as in the core), anything else is skipped',
	function () use ( $gip_releases, $gip_identity ) {
		$mini      = $gip_releases->assessments->mini;
		$responses = array( null, 'x', 42, true, array(), array( 1, 2 ), new stdClass(), j( '{"answers":null}' ), j( '{"answers":[4,"dk"]}' ), j( '{"answers":{"pw-1":1e400,"pw-2":"4","pw-3":true,"bu-1":null,"cu-1":{"x":1}},"respondent":[],"comments":"text"}' ), j( '{"answers":{"pw-1":4},"comments":[" on a list "],"respondent":{"group":7}}' ) );
		$snapshot  = GIP_Release::build_snapshot( $mini, $responses, array( 'staff', null, 7 ), $gip_identity );
		eq( $snapshot->n, 7 );
		eq( $snapshot->groups, array( 'staff' ) );
		eq( array_map( function ( $c ) { return $c->n; }, $snapshot->cells ), array( 7, 0, 7 ) );
		eq( GIP_Json::encode( $snapshot->cells[0]->dimensions->{'political-will'}->answers ), '{"pw-1":{"4":1}}', 'only an answer on the scale is counted' );
		eq( $snapshot->cells[0]->dimensions->{'political-will'}->scores, array(), 'one answer of three scores nothing' );
		ok( GIP_Json::encode( $snapshot ) !== false, 'encodes' );
		$view = GIP_Release::view( $snapshot, 3 );
		eq( $view->n, 7 );
		// A broken snapshot gives a view with everything hidden, never an error.
		eq( GIP_Release::view( new stdClass(), 5 )->suppressed, true );
		eq( GIP_Release::view( j( '{"cells":[{"group":null,"n":9,"dimensions":{"d":{"n":9}}},{"group":"a","n":"x"}]}' ), 3 )->dimensions->d->n, 9 );
		$none = GIP_Release::build_snapshot( j( '{}' ), array( j( '{"answers":{"q":1}}' ) ), array() );
		eq( GIP_Json::encode( $none ), '{"format":"gender-in-practice/release-snapshot","version":1,"n":1,"groups":[],"cells":[{"group":null,"n":1,"dimensions":{}},{"group":"","n":1,"dimensions":{}}],"comments":{}}' );
	}
);

test(
	'release: the default shuffle is a random permutation',
	function () use ( $gip_releases ) {
		$list = range( 0, 39 );
		$seen = array();
		for ( $i = 0; $i < 5; $i++ ) {
			$shuffled = GIP_Release::shuffle( $list );
			$sorted   = $shuffled;
			sort( $sorted );
			eq( $sorted, $list, 'the same items' );
			$seen[ implode( ',', $shuffled ) ] = true;
		}
		ok( count( $seen ) > 1, 'different orders' );
		eq( GIP_Release::shuffle( array() ), array() );
		eq( GIP_Release::shuffle( array( 'x' => 1 ) ), array( 1 ) );
		$responses = array();
		for ( $i = 0; $i < 40; $i++ ) {
			$responses[] = (object) array( 'answers' => new stdClass(), 'comments' => (object) array( 'pw-1' => "c$i" ) );
		}
		$comments = GIP_Release::build_snapshot( $gip_releases->assessments->mini, $responses, array() )->comments->{'political-will'};
		$sorted   = $comments;
		sort( $sorted );
		$expected = array_map( function ( $i ) { return "c$i"; }, range( 0, 39 ) );
		sort( $expected );
		eq( $sorted, $expected, 'every comment is kept' );
		ok( $comments !== array_map( function ( $i ) { return "c$i"; }, range( 0, 39 ) ), 'comments are not in the order people answered' );
		$threw = false;
		try {
			GIP_Release::build_snapshot( $gip_releases->assessments->mini, $responses, array(), function ( $l ) { return null; } );
		} catch ( InvalidArgumentException $e ) {
			$threw = true;
		}
		ok( $threw, 'a shuffle that returns no list is a caller\'s bug, said loudly' );
	}
);

test(
	'release: a fingerprint says what a response says, whatever the key order, empty comments or number form',
	function () {
		$a = GIP_Release::fingerprint( j( '{"assessmentId":"x","answers":{"q1":3,"q2":"dk"},"comments":{"q1":"hi","q2":""},"respondent":{"group":"staff"}}' ) );
		ok( (bool) preg_match( '/^[0-9a-f]{64}$/', $a ), 'sha256 in hex' );
		eq( GIP_Release::fingerprint( j( '{"respondent":{"group":"staff"},"comments":{"q3":null,"q1":"hi"},"answers":{"q2":"dk","q1":3.0},"submittedAt":"2026-01-01"}' ) ), $a, 'same response' );
		foreach ( array(
			'{"answers":{"q1":4,"q2":"dk"},"comments":{"q1":"hi"},"respondent":{"group":"staff"}}',
			'{"answers":{"q1":"3","q2":"dk"},"comments":{"q1":"hi"},"respondent":{"group":"staff"}}',
			'{"answers":{"q1":3,"q2":"dk"},"comments":{"q1":"hi!"},"respondent":{"group":"staff"}}',
			'{"answers":{"q1":3,"q2":"dk"},"comments":{"q1":"hi"},"respondent":{"group":"board"}}',
			'{"answers":{"q1":3,"q2":"dk"},"comments":{"q1":"hi"}}',
			'{"answers":{"q1":3,"q2":"dk"},"comments":{"q2":"hi"},"respondent":{"group":"staff"}}',
		) as $other ) {
			ok( GIP_Release::fingerprint( j( $other ) ) !== $a, "differs: $other" );
		}
		eq( GIP_Release::fingerprint( j( '{"answers":{},"respondent":{"group":""}}' ) ), GIP_Release::fingerprint( j( '{"answers":{}}' ) ), 'a blank group is no group' );
		eq( GIP_Release::fingerprint( j( '{"answers":{"a":1,"b":2}}' ) ), GIP_Release::fingerprint( (object) array( 'answers' => array( 'b' => 2, 'a' => 1 ) ) ), 'arrays as objects' );
		ok( GIP_Release::fingerprint( j( '{"answers":{"a":"x\",\"b"}}' ) ) !== GIP_Release::fingerprint( j( '{"answers":{"a":"x","b":""}}' ) ), 'no two texts collide by quoting' );
		foreach ( array( null, 'x', 3, array(), j( '{"answers":"x","comments":[1],"respondent":null}' ) ) as $bad ) {
			ok( 64 === strlen( GIP_Release::fingerprint( $bad ) ), 'never throws' );
		}
	}
);

test(
	'release rule: distance counts added, changed and gone members once, the ignored aside',
	function () {
		eq( GIP_Release::distance( array( 'a' => '1', 'b' => '1', 'c' => '1' ), array( 'a' => '1', 'b' => '2', 'd' => '1' ) ), 3 );
		eq( GIP_Release::distance( array( 'a' => '1', 'f' => '1' ), array( 'a' => '1', 'f' => '2', 'g' => '1' ), array( 'f', 'g' ) ), 0 );
		eq( GIP_Release::distance( array( '1' => 'x' ), (object) array( '1' => 'x' ) ), 0, 'numeric keys' );
		eq( GIP_Release::next_release( 5, array(), array() ), array( 'allowed' => false, 'needed' => 5 ) );
		eq( GIP_Release::next_release( 'x', array(), array() ), array( 'allowed' => false, 'needed' => 5 ), 'the default k' );
	}
);

/* ---------------------------------------------------------------- messages */

/**
 * Every code the plugin's PHP can emit, read from its source with PHP's tokenizer: the string
 * literals (ternaries included) of the code argument of `->add( path, code )`, `error( code )`,
 * `invalid( code )`, `count_message( code )`, `format( code )` and `new WP_Error( code )`.
 *
 * @return array<string, string> code => the file that emits it.
 */
function emitted_codes( $dir ) {
	$found = array();
	$files = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
	foreach ( $files as $file ) {
		if ( 'php' !== $file->getExtension() ) {
			continue;
		}
		$tokens = array_values(
			array_filter(
				token_get_all( file_get_contents( $file->getPathname() ) ),
				function ( $t ) {
					return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
				}
			)
		);
		foreach ( $tokens as $i => $t ) {
			if ( ! is_array( $t ) || T_STRING !== $t[0] || ! isset( $tokens[ $i + 1 ] ) || '(' !== $tokens[ $i + 1 ] ) {
				continue;
			}
			$argument = array( 'add' => 1, 'error' => 0, 'invalid' => 0, 'count_message' => 0, 'format' => 0, 'WP_Error' => 0 );
			if ( ! isset( $argument[ $t[1] ] ) ) {
				continue;
			}
			$depth    = 0;
			$brackets = 0;
			$index    = 0;
			for ( $j = $i + 1; $j < count( $tokens ); $j++ ) {
				$u = $tokens[ $j ];
				if ( '(' === $u ) {
					++$depth;
				} elseif ( ')' === $u ) {
					if ( 0 === --$depth ) {
						break;
					}
				} elseif ( '[' === $u ) {
					++$brackets;
				} elseif ( ']' === $u ) {
					--$brackets;
				} elseif ( ',' === $u && 1 === $depth && 0 === $brackets ) {
					++$index;
				} elseif ( $index === $argument[ $t[1] ] && 0 === $brackets && is_array( $u ) && T_CONSTANT_ENCAPSED_STRING === $u[0] ) {
					$found[ substr( $u[1], 1, -1 ) ] = basename( $file->getPathname() );
				}
			}
		}
		// Codes handed on in a result: `'code' => 'ge-too-large'`.
		foreach ( $tokens as $i => $t ) {
			if ( is_array( $t ) && "'code'" === $t[1] && isset( $tokens[ $i + 2 ] ) && is_array( $tokens[ $i + 1 ] ) && T_DOUBLE_ARROW === $tokens[ $i + 1 ][0] && is_array( $tokens[ $i + 2 ] ) && T_CONSTANT_ENCAPSED_STRING === $tokens[ $i + 2 ][0] ) {
				$found[ substr( $tokens[ $i + 2 ][1], 1, -1 ) ] = basename( $file->getPathname() );
			}
		}
	}
	ksort( $found );
	return $found;
}

test(
	'messages: every code the plugin can emit has an English and a French text',
	function () use ( $gip_root ) {
		$codes = emitted_codes( $gip_root . '/wordpress/gender-in-practice' );
		foreach ( array( 'required', 'not-number', 'invalid-weight', 'wrong-value', 'too-many-items', 'group-not-in-round', 'ge-invalid-response', 'ge-forbidden', 'rest_not_logged_in', 'too-many-errors', 'ge-too-large', 'ge-invalid-json' ) as $sure ) {
			ok( isset( $codes[ $sure ] ), "the scan finds $sure" );
		}
		foreach ( $codes as $code => $file ) {
			foreach ( array( 'en', 'fr' ) as $lang ) {
				$text = GIP_Messages::template( $code, $lang );
				ok( is_string( $text ) && '' !== $text, "$code ($file) has a text in $lang" );
			}
		}
	}
);

test(
	'messages: the server\'s codes of docs/PROTOCOL.md all have texts, with a :1 variant where a count can be 1',
	function () {
		foreach ( array( 'ge-forbidden', 'ge-code-required', 'ge-code-invalid', 'ge-too-many-attempts', 'ge-not-in-audience', 'ge-unknown-round', 'ge-invalid-json', 'ge-too-large', 'ge-invalid-response', 'ge-invalid-targets', 'ge-invalid-plan', 'ge-invalid-status', 'ge-round-closed', 'ge-plan-conflict', 'ge-release-too-soon', 'ge-storage' ) as $code ) {
			ok( GIP_Messages::has( $code ), "$code has a text" );
		}
		foreach ( array( 'ge-invalid-response', 'ge-invalid-targets', 'ge-invalid-plan', 'ge-too-many-attempts', 'ge-release-too-soon' ) as $code ) {
			ok( GIP_Messages::has( "$code:1" ), "$code:1 has a text" );
		}
		eq( GIP_Messages::format( 'ge-forbidden', array(), 'en' ), 'Only the facilitators of this round can do this.' );
		eq( GIP_Messages::count_message( 'ge-too-many-attempts', 1, 'en', 'minutes' ), 'Too many wrong codes were tried from this connection. Try again in 1 minute.' );
		eq( GIP_Messages::count_message( 'ge-too-many-attempts', 15, 'fr', 'minutes' ), 'Trop de codes erronés ont été essayés à partir de cette connexion. Réessayez dans 15 minutes.' );
		eq( GIP_Messages::count_message( 'ge-release-too-soon', 3, 'en', 'needed' ), 'A new release needs 3 more responses, added or changed, so that no one’s answers can be told apart.' );
		eq( GIP_Messages::count_message( 'ge-release-too-soon', 1, 'fr', 'needed' ), 'Une nouvelle publication demande encore 1 réponse, nouvelle ou modifiée, pour que les réponses de chaque personne restent impossibles à distinguer.' );
		eq( GIP_Messages::format( 'ge-code-invalid', array(), 'fr' ), 'Ce code d’invitation n’est pas valide pour ce sondage. Vérifiez-le, puis réessayez.' );
	}
);

test(
	'protocol data: read once from the built protocol.json; limits as the constants the classes keep',
	function () use ( $gip_protocol_json ) {
		eq( GIP_Protocol_Data::path(), $gip_protocol_json );
		GIP_Protocol_Data::boot( '/no/such/file.json' );
		eq( GIP_Protocol_Data::path(), $gip_protocol_json, 'a second boot does nothing' );
		eq( GIP_Protocol_Data::protocol(), 2 );
		eq( GIP_Protocol::MAX_BODY_BYTES, GIP_Protocol_Data::limit( 'maxBodyBytes' ) );
		eq( GIP_Protocol::MAX_PLAN_ACTIONS, 2000 );
		eq( array( GIP_Protocol::TARGET_MIN, GIP_Protocol::TARGET_MAX, GIP_Protocol::MIN_GROUP_SIZE_FLOOR, GIP_Protocol::DEFAULT_MIN_GROUP_SIZE ), array( 0, 10, 3, 5 ) );
		eq( array( GIP_Validator::COMMENT_MAX_LENGTH, GIP_Validator::RESPONDENT_FIELD_MAX_LENGTH, GIP_Validator::ID_MAX_LENGTH, GIP_Issues::MAX_ERRORS, GIP_Json::PREVIEW_LENGTH ), array( 10000, 200, 100, 100, 40 ) );
		eq( GIP_Validator::ID_PATTERN, '/^[A-Za-z0-9_][A-Za-z0-9_.:-]*\z/' );
		ok( 1 === preg_match( GIP_Validator::ID_PATTERN, 'pw-1' ) && 0 === preg_match( GIP_Validator::ID_PATTERN, "pw-1\n" ), 'ids: no final newline, as in JavaScript' );
		ok( in_array( 'constructor', GIP_Validator::OBJECT_NAMES, true ) && in_array( 'group', GIP_Validator::RESERVED_QUESTION_IDS, true ), 'reserved names' );
		eq( GIP_Protocol_Data::pcre( '^a$' ), '/^a\z/' );
		eq( GIP_Protocol_Data::pcre( '^a\\$' ), '/^a\\$/', 'an escaped dollar stays' );
		$threw = false;
		try {
			GIP_Protocol_Data::limit( 'noSuchLimit' );
		} catch ( InvalidArgumentException $e ) {
			$threw = true;
		}
		ok( $threw, 'an unknown limit is a caller\'s bug' );
	}
);

test(
	'protocol data: a missing or foreign file is refused with a message that says what to do',
	function () use ( $gip_pure ) {
		$tmp = tempnam( sys_get_temp_dir(), 'gip' );
		foreach ( array(
			array( '/no/such/protocol.json', 'is missing' ),
			array( $tmp, 'is not a protocol file' ),
		) as list( $path, $expected ) ) {
			file_put_contents( $tmp, '{"protocol":2,"limits":{},"messages":{}}' );
			$script = 'require ' . var_export( $gip_pure . 'class-gip-protocol-data.php', true ) . '; try { GIP_Protocol_Data::boot( ' . var_export( $path, true ) . ' ); echo "booted"; } catch ( RuntimeException $e ) { echo $e->getMessage(); }';
			$out    = shell_exec( escapeshellarg( PHP_BINARY ) . ' -r ' . escapeshellarg( $script ) );
			ok( false !== strpos( (string) $out, $expected ) && false !== strpos( (string) $out, 'npm run build' ), "$path: $out" );
		}
		unlink( $tmp );
	}
);

test(
	'messages: every code has an English and a French text with the same placeholders',
	function () {
		foreach ( GIP_Messages::codes() as $code ) {
			$en = GIP_Messages::template( $code, 'en' );
			$fr = GIP_Messages::template( $code, 'fr' );
			ok( is_string( $en ) && '' !== $en && is_string( $fr ) && '' !== $fr, "$code has both texts" );
			ok( $en !== $fr, "$code is translated" );
			preg_match_all( '/\{(\w+)\}/', $en, $a );
			preg_match_all( '/\{(\w+)\}/', $fr, $b );
			$a = array_unique( $a[1] );
			$b = array_unique( $b[1] );
			sort( $a );
			sort( $b );
			eq( $b, $a, "$code placeholders" );
		}
		foreach ( array( 'rest_not_logged_in', 'ge-forbidden', 'ge-unknown-round', 'ge-invalid-json', 'ge-too-large', 'ge-invalid-status', 'ge-round-closed', 'ge-plan-conflict', 'group-not-in-round', 'version-mismatch' ) as $code ) {
			ok( GIP_Messages::has( $code ), "$code has a text" );
		}
	}
);

test(
	'messages: counts, numbers and the language of a request',
	function () {
		eq( GIP_Messages::count_message( 'ge-invalid-response', 2, 'en' ), 'The response has 2 problems.' );
		eq( GIP_Messages::count_message( 'ge-invalid-response', 1, 'en' ), 'The response has 1 problem.' );
		eq( GIP_Messages::count_message( 'ge-invalid-response', 3, 'fr' ), 'La réponse comporte 3 problèmes.' );
		eq( GIP_Messages::format( 'ge-too-large', array( 'size' => 300000, 'max' => 262144 ), 'en' ), 'The request body is 300,000 bytes long; the limit is 262,144 bytes.' );
		eq( GIP_Messages::format( 'ge-round-closed', array(), 'fr' ), "Ce tour d’évaluation est fermé\u{a0}: il n’accepte plus de réponses." );
		eq( GIP_Messages::number( 2.5, 'fr' ), '2,5' );
		eq( GIP_Messages::number( -1234.25, 'en' ), '-1,234.25' );
		eq( GIP_Messages::format( 'no-such-code', array(), 'fr' ), 'no-such-code' );
		eq( GIP_Messages::negotiate( 'fr-CA,fr;q=0.9,en;q=0.8', 'en_US' ), 'fr' );
		eq( GIP_Messages::negotiate( 'en', 'fr_CA' ), 'en' );
		eq( GIP_Messages::negotiate( null, 'fr_FR' ), 'fr' );
		eq( GIP_Messages::negotiate( '', 'en_US' ), 'en' );
		eq( GIP_Messages::negotiate( '*', 'fr_CA' ), 'fr' );
	}
);

/* ---------------------------------------------------------------- round rules */

test(
	'k: raised at any time; lowered only before the first response (refused after, the current k stays)',
	function () {
		eq( GIP_Round_Rules::change_min_group_size( 5, 3, 0 ), array( 'k' => 3, 'lowered' => false, 'warnings' => array( 'min-group-size-below-5' ) ) );
		eq( GIP_Round_Rules::change_min_group_size( 5, 3, 1 ), array( 'k' => 5, 'lowered' => true, 'warnings' => array() ) );
		eq( GIP_Round_Rules::change_min_group_size( 5, 4, 12 )['k'], 5 );
		eq( GIP_Round_Rules::change_min_group_size( 5, 8, 12 ), array( 'k' => 8, 'lowered' => false, 'warnings' => array() ) );
		eq( GIP_Round_Rules::change_min_group_size( 5, 5, 12 )['lowered'], false, 'keeping k is not lowering it' );
		eq( GIP_Round_Rules::change_min_group_size( 3, 1, 0 ), array( 'k' => 3, 'lowered' => false, 'warnings' => array( 'min-group-size-raised', 'min-group-size-below-5' ) ) );
		eq( GIP_Round_Rules::change_min_group_size( 4, 1, 2 )['lowered'], true, 'a k below 3 is read as 3, still lower than 4' );
	}
);

test(
	'groups: a group that holds responses cannot be removed (renaming it is removing it)',
	function () {
		$counts = array( 'staff' => 10, 'board' => 1, 'ghost' => 2 );
		eq( GIP_Round_Rules::removed_groups_with_responses( array( 'staff', 'board', 'partner' ), array( 'staff' ), $counts ), array( 'board' ) );
		eq( GIP_Round_Rules::removed_groups_with_responses( array( 'staff', 'board' ), array( 'staff', 'board', 'partner' ), $counts ), array(), 'adding is fine' );
		eq( GIP_Round_Rules::removed_groups_with_responses( array( 'staff', 'partner' ), array( 'staff' ), $counts ), array(), 'an empty group goes' );
		eq( GIP_Round_Rules::removed_groups_with_responses( array( 'staff', 'board' ), array( 'Staff', 'board2' ), $counts ), array( 'staff', 'board' ) );
	}
);

test(
	'audience: who a request answers as, and what it is told otherwise',
	function () {
		// logged in, in audience, takes codes, has code
		eq( GIP_Round_Rules::audience( true, true, false, false ), 'account' );
		eq( GIP_Round_Rules::audience( true, true, true, true ), 'account', 'an account in the audience never needs a code' );
		eq( GIP_Round_Rules::audience( true, false, true, true ), 'code' );
		eq( GIP_Round_Rules::audience( false, false, true, true ), 'code' );
		eq( GIP_Round_Rules::audience( false, false, false, true ), 'rest_not_logged_in', 'a code on a round without codes is not read' );
		eq( GIP_Round_Rules::audience( true, false, false, true ), 'ge-not-in-audience' );
		eq( GIP_Round_Rules::audience( true, false, true, false ), 'ge-not-in-audience' );
		eq( GIP_Round_Rules::audience( false, false, true, false ), 'ge-code-required' );
		eq( GIP_Round_Rules::audience( false, false, false, false ), 'rest_not_logged_in' );
	}
);

test(
	'wrong codes: 10 per 15 minutes from a connection, then a wait until the window ends',
	function () {
		$state = null;
		$t0    = 1000000;
		for ( $i = 0; $i < 9; $i++ ) {
			$state = GIP_Round_Rules::code_failed( $state, $t0 + $i );
			eq( GIP_Round_Rules::code_retry_after( $state, $t0 + $i ), 0, "after $i wrong codes" );
		}
		$state = GIP_Round_Rules::code_failed( $state, $t0 + 60 );
		eq( $state, array( 'start' => $t0, 'count' => 10 ) );
		eq( GIP_Round_Rules::code_retry_after( $state, $t0 + 60 ), 840 );
		eq( GIP_Round_Rules::code_retry_after( $state, $t0 + 899 ), 1 );
		eq( GIP_Round_Rules::code_retry_after( $state, $t0 + 900 ), 0, 'the window is over' );
		eq( GIP_Round_Rules::code_failed( $state, $t0 + 900 ), array( 'start' => $t0 + 900, 'count' => 1 ), 'a new window' );
		eq( GIP_Round_Rules::code_retry_after( null, $t0 ), 0 );
		eq( GIP_Round_Rules::code_retry_after( array( 'junk' ), $t0 ), 0 );
	}
);

/* ---------------------------------------------------------------- invitation codes */

test(
	'codes: 12 symbols of 32 (no 0/O/1/I), about 60 bits, printed as XXXX-XXXX-XXXX',
	function () {
		eq( strlen( GIP_Invitation::ALPHABET ), 32 );
		eq( strpbrk( GIP_Invitation::ALPHABET, '01IO' ), false );
		eq( GIP_Invitation::LENGTH * log( strlen( GIP_Invitation::ALPHABET ), 2 ), 60.0 );
		$seen = array();
		for ( $i = 0; $i < 200; $i++ ) {
			$code = GIP_Invitation::generate();
			ok( 1 === preg_match( '/^[2-9A-HJ-NP-Z]{12}$/', $code ), "a code of the alphabet: $code" );
			$seen[ $code ] = true;
		}
		eq( count( $seen ), 200, 'no two alike' );
		$step = 0;
		eq( GIP_Invitation::generate( function ( $min, $max ) use ( &$step ) { return ( $step++ ) % ( $max + 1 ); } ), '23456789ABCD' );
		eq( GIP_Invitation::format( 'ABCD2345WXYZ' ), 'ABCD-2345-WXYZ' );
	}
);

test(
	'codes: case, spaces and dashes are ignored; anything else is not a code',
	function () {
		eq( GIP_Invitation::normalize( 'abcd-2345-wxyz' ), 'ABCD2345WXYZ' );
		eq( GIP_Invitation::normalize( ' ABCD 2345 WXYZ ' ), 'ABCD2345WXYZ' );
		eq( GIP_Invitation::normalize( "abcd\u{2013}2345\u{2014}wxyz" ), 'ABCD2345WXYZ', 'typographic dashes from an e-mail' );
		eq( GIP_Invitation::normalize( 'ABCD-2345-WXY0' ), null, '0 is not in the alphabet' );
		eq( GIP_Invitation::normalize( 'ABCD-2345-WXYO' ), null, 'O neither' );
		eq( GIP_Invitation::normalize( 'ABCD-2345-WXY' ), null, 'too short' );
		eq( GIP_Invitation::normalize( 'ABCD-2345-WXYZZ' ), null, 'too long' );
		eq( GIP_Invitation::normalize( 'ÀBCD-2345-WXYZ' ), null );
		eq( GIP_Invitation::normalize( str_repeat( '-', 100 ) . 'ABCD2345WXYZ' ), null, 'a long header is not read' );
		eq( GIP_Invitation::normalize( array( 'ABCD2345WXYZ' ) ), null );
	}
);

test(
	'codes: stored as a keyed hash; another key, another hash',
	function () {
		$a = GIP_Invitation::hash( 'ABCD2345WXYZ', 'secret-1' );
		ok( 1 === preg_match( '/^[0-9a-f]{64}$/', $a ), 'sha-256 hex' );
		eq( GIP_Invitation::hash( 'ABCD2345WXYZ', 'secret-1' ), $a );
		ok( GIP_Invitation::hash( 'ABCD2345WXYZ', 'secret-2' ) !== $a, 'keyed by the round' );
		ok( false === strpos( $a, 'ABCD' ), 'not the code' );
	}
);

test(
	'codes CSV: every field quoted, formulas defused, CRLF, a BOM for Excel',
	function () {
		$csv = GIP_Invitation::csv( array( array( 'Code', 'Round' ), array( 'ABCD-2345-WXYZ', 'ok;=cmd|"x"' ), array( 'B', '=HYPERLINK("http://evil")' ), array( 'C', '+1' ), array( 'D', "\tx" ) ) );
		eq( $csv, "\xEF\xBB\xBF\"Code\",\"Round\"\r\n\"ABCD-2345-WXYZ\",\"ok;=cmd|\"\"x\"\"\"\r\n\"B\",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n\"C\",\"'+1\"\r\n\"D\",\"'\tx\"\r\n" );
	}
);

/* ---------------------------------------------------------------- French */

/**
 * The strings of the plugin's gettext calls: [ msgid, plural or null, file:line ].
 *
 * @return array<int, array{0: string, 1: string|null, 2: string}>
 */
function gettext_calls( $dir ) {
	$single = array( '__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e' );
	$found  = array();
	$files  = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
	foreach ( $files as $file ) {
		if ( 'php' !== $file->getExtension() ) {
			continue;
		}
		$t = token_get_all( file_get_contents( $file->getPathname() ) );
		$n = count( $t );
		for ( $i = 0; $i < $n; $i++ ) {
			if ( ! is_array( $t[ $i ] ) || T_STRING !== $t[ $i ][0] || ( ! in_array( $t[ $i ][1], $single, true ) && '_n' !== $t[ $i ][1] ) ) {
				continue;
			}
			$args = array();
			for ( $j = $i + 1; $j < $n && count( $args ) < 2; $j++ ) {
				if ( is_array( $t[ $j ] ) && T_CONSTANT_ENCAPSED_STRING === $t[ $j ][0] ) {
					$args[] = stripcslashes( substr( $t[ $j ][1], 1, -1 ) );
				} elseif ( is_array( $t[ $j ] ) && in_array( $t[ $j ][0], array( T_WHITESPACE, T_COMMENT ), true ) || '(' === $t[ $j ] || ',' === $t[ $j ] ) {
					continue;
				} else {
					break;
				}
			}
			if ( $args ) {
				$found[] = array( $args[0], '_n' === $t[ $i ][1] && isset( $args[1] ) ? $args[1] : null, basename( $file->getPathname() ) . ':' . $t[ $i ][2] );
			}
		}
	}
	return $found;
}

/** A .po file's entries: msgid => [ msgid_plural or null, msgstr[] ]. */
function po_entries( $path ) {
	$entries = array();
	$entry   = array();
	$field   = null;
	$flush   = function () use ( &$entries, &$entry ) {
		if ( isset( $entry['msgid'] ) && '' !== $entry['msgid'] ) {
			$entries[ $entry['msgid'] ] = array( isset( $entry['msgid_plural'] ) ? $entry['msgid_plural'] : null, isset( $entry['msgstr'] ) ? $entry['msgstr'] : array() );
		}
		$entry = array();
	};
	foreach ( preg_split( '/\r?\n/', file_get_contents( $path ) ) as $line ) {
		if ( preg_match( '/^(msgid|msgid_plural|msgstr(?:\[(\d+)\])?) "(.*)"$/', $line, $m ) ) {
			if ( 'msgid' === $m[1] ) {
				$flush();
			}
			$field = 'msgstr' === substr( $m[1], 0, 6 ) ? array( 'msgstr', '' === $m[2] ? 0 : (int) $m[2] ) : array( $m[1], null );
		} elseif ( preg_match( '/^"(.*)"$/', $line, $m ) && $field ) {
			$m[3] = $m[1];
		} else {
			continue;
		}
		$text = stripcslashes( $m[3] );
		if ( 'msgstr' === $field[0] ) {
			$entry['msgstr'][ $field[1] ] = ( isset( $entry['msgstr'][ $field[1] ] ) ? $entry['msgstr'][ $field[1] ] : '' ) . $text;
		} else {
			$entry[ $field[0] ] = ( isset( $entry[ $field[0] ] ) ? $entry[ $field[0] ] : '' ) . $text;
		}
	}
	$flush();
	return $entries;
}

test(
	'French: every translatable string of the plugin is in the template and translated in fr_FR and fr_CA',
	function () use ( $gip_root ) {
		$calls = gettext_calls( $gip_root . '/wordpress/gender-in-practice' );
		ok( count( $calls ) > 100, 'the scanner finds the calls (' . count( $calls ) . ')' );
		$lang = $gip_root . '/wordpress/gender-in-practice/languages/';
		$pot  = po_entries( $lang . 'gender-in-practice.pot' );
		foreach ( array( 'fr_FR', 'fr_CA' ) as $locale ) {
			$po      = po_entries( $lang . "gender-in-practice-$locale.po" );
			$missing = array();
			foreach ( $calls as list( $msgid, $plural, $where ) ) {
				$entry = isset( $po[ $msgid ] ) ? $po[ $msgid ] : null;
				$good  = $entry && isset( $pot[ $msgid ] ) && '' !== (string) reset( $entry[1] ) && ( null === $plural || ( $entry[0] === $plural && isset( $entry[1][1] ) && '' !== $entry[1][1] ) );
				if ( ! $good ) {
					$missing[] = "$where: $msgid";
				}
			}
			eq( array_values( array_unique( $missing ) ), array(), "$locale: untranslated" );
		}
	}
);

test(
	'French: each .mo file is what msgfmt makes of its .po (when msgfmt is installed)',
	function () use ( $gip_root ) {
		$msgfmt = trim( (string) shell_exec( 'command -v msgfmt 2>/dev/null' ) );
		if ( '' === $msgfmt ) {
			echo "       (msgfmt not installed: .mo files not compared)\n";
			return;
		}
		$lang = $gip_root . '/wordpress/gender-in-practice/languages/';
		foreach ( array( 'fr_FR', 'fr_CA' ) as $locale ) {
			$tmp = tempnam( sys_get_temp_dir(), 'gip-mo' );
			exec( escapeshellarg( $msgfmt ) . ' --check -o ' . escapeshellarg( $tmp ) . ' ' . escapeshellarg( $lang . "gender-in-practice-$locale.po" ) . ' 2>&1', $out, $status );
			eq( $status, 0, "msgfmt --check $locale: " . implode( ' ', $out ) );
			ok( file_get_contents( $tmp ) === file_get_contents( $lang . "gender-in-practice-$locale.mo" ), "gender-in-practice-$locale.mo is rebuilt from its .po" );
			unlink( $tmp );
		}
	}
);

/* ---------------------------------------------------------------- run */

$gip_t0 = microtime( true );
foreach ( $gip_tests as list( $gip_name, $gip_fn ) ) {
	try {
		$gip_fn();
		echo "ok   - $gip_name\n";
	} catch ( Throwable $gip_e ) {
		++$gip_fail;
		echo "FAIL - $gip_name\n       " . $gip_e->getMessage() . ' (' . basename( $gip_e->getFile() ) . ':' . $gip_e->getLine() . ")\n";
	}
}
printf( "\n%d tests, %d failed (%.0f ms)\n", count( $gip_tests ), $gip_fail, ( microtime( true ) - $gip_t0 ) * 1000 );
exit( $gip_fail > 0 ? 1 : 0 );
