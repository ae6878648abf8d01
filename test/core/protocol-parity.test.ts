// The TypeScript core against the fixtures the WordPress plugin's PHP tests read too
// (test/fixtures/protocol/, wordpress/tests/run.php): both sides are pinned to the same cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Assessment, SurveyResponse } from '../../src/core/types.js';
import { buildReleaseSnapshot, viewRelease } from '../../src/core/release.js';
import { nextRelease } from '../../src/core/release-rule.js';
import { validateAssessment, validateResponse } from '../../src/core/validate.js';
import { suppressCells } from '../../src/core/suppress.js';
import { VALIDATION_MESSAGES } from '../../src/core/messages-validation.js';
import { PROTOCOL_LIMITS, PROTOCOL_VERSION, SERVER_MESSAGES } from '../../src/core/protocol-data.js';
import { MIN_GROUP_SIZE_FLOOR, DEFAULT_MIN_GROUP_SIZE } from '../../src/core/suppress.js';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../src/core/validate.js';
import { COMMENT_MAX_LENGTH, RESPONDENT_FIELD_MAX_LENGTH } from '../../src/core/validate-response.js';
import { MAX_ERRORS } from '../../src/core/validate-context.js';
import { PREVIEW_LENGTH } from '../../src/core/safe-read.js';
import { PLAN_FORMAT } from '../../src/core/plan-files.js';
import { validatePlanBody, validateStatusBody, validateTargetsBody } from '../../src/core/protocol-bodies.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/protocol/${name}`, import.meta.url), 'utf8')) as T;

interface ResponseCase { name: string; response: unknown; assessment?: string; roundGroups?: string[]; serverCodes?: string[]; expectCodes: string[] }
const responses = fixture<{ assessments: Record<string, Assessment>; cases: ResponseCase[] }>('responses.json');
const suppression = fixture<{ cases: { name: string; counts: number[]; k: number; expected: (string | null)[] }[] }>('suppression.json');

describe('protocol parity: validateResponse', () => {
  it('the fixture assessments are valid', () => {
    for (const a of Object.values(responses.assessments)) assert.ok(validateAssessment(a).ok);
  });
  it('has enough cases, of every kind', () => {
    assert.ok(responses.cases.length >= 25);
    assert.ok(responses.cases.some((c) => c.expectCodes.length === 0));
    assert.ok(responses.cases.some((c) => c.roundGroups && c.serverCodes?.length));
  });
  for (const c of responses.cases) {
    it(c.name, () => {
      for (const locale of ['en', 'fr']) {
        const result = validateResponse(responses.assessments[c.assessment ?? 'main'], c.response, { locale });
        const codes = result.ok ? [] : [...new Set(result.errors.map((e) => e.code))].sort();
        assert.deepEqual(codes, c.expectCodes);
      }
    });
  }
});

describe('protocol parity: suppressCells', () => {
  for (const c of suppression.cases) {
    it(c.name, () => {
      assert.deepEqual(suppressCells(c.counts, c.k), c.expected);
    });
  }
});

// The bodies of the write routes: bodies.json, whose expectations are written by hand from the
// plugin's rules (make-bodies.ts). The PHP reads the same file (run.php), and so does the round server.
type BodyRoute = 'targets' | 'plan' | 'status' | 'releases';
interface BodyProblem { path: string; code: string; params?: Record<string, string | number>; en?: string; fr?: string }
interface BodyCase {
  name: string; route: BodyRoute; body?: unknown; raw?: string; ok: boolean; codes: string[]; read?: string;
  value?: unknown; errors?: BodyProblem[]; http: { status: number; code?: string };
}
const bodies = fixture<{ assessment: Assessment; cases: BodyCase[] }>('bodies.json');
const dimensionIds = bodies.assessment.dimensions.map((d) => d.id);
/** The body as a server reads it: `raw` parsed (none when blank), or the JSON value. */
const bodyOf = (c: BodyCase): unknown => (c.raw === undefined ? c.body : c.raw.trim() === '' ? undefined : JSON.parse(c.raw));
const validateBody = (route: Exclude<BodyRoute, 'releases'>, body: unknown, locale: string) =>
  route === 'targets' ? validateTargetsBody(body, dimensionIds, { locale })
    : route === 'plan' ? validatePlanBody(body, { locale }) : validateStatusBody(body, { locale });
/** Every code each validator can give from JSON (`unreadable` needs a hostile value, not JSON). */
const BODY_CODES = {
  targets: ['not-object', 'not-number', 'required', 'target-out-of-range', 'too-many-errors', 'unknown-dimension'],
  plan: ['not-array', 'not-integer', 'not-number', 'not-object', 'not-string', 'required', 'too-many-errors', 'too-many-items', 'wrong-value'],
  status: ['invalid-status', 'not-object', 'required'],
};

describe('protocol parity: the bodies of the write routes (validateTargetsBody, validatePlanBody, validateStatusBody)', () => {
  it('has cases of every kind: each route, every code of each validator, raw JSON text, exact messages in both languages', () => {
    assert.ok(bodies.cases.length >= 40, `${bodies.cases.length} cases`);
    assert.equal(new Set(bodies.cases.map((c) => c.name)).size, bodies.cases.length, 'names are unique');
    for (const route of ['targets', 'plan', 'status', 'releases'] as const) {
      const mine = bodies.cases.filter((c) => c.route === route);
      assert.ok(mine.some((c) => c.ok) && mine.some((c) => !c.ok), `${route}: valid and refused bodies`);
      if (route === 'releases') continue;
      assert.deepEqual([...new Set(mine.flatMap((c) => c.codes))].sort(), [...BODY_CODES[route]].sort(), `${route}: every code`);
      assert.ok(mine.some((c) => c.errors?.some((e) => e.en && e.fr)), `${route}: exact messages`);
    }
    assert.ok(bodies.cases.filter((c) => c.raw !== undefined).length >= 10);
    assert.ok(bodies.cases.some((c) => c.read));
  });
  for (const c of bodies.cases) {
    it(`${c.route}: ${c.name.replace(/^\w+: /, '')}`, () => {
      if (c.read) {
        assert.equal(c.ok, false);
        // Refused before any validator: an empty body (these routes need one), or text that is not JSON.
        if (c.raw!.trim() !== '') assert.throws(() => JSON.parse(c.raw!), SyntaxError);
        return;
      }
      const body = bodyOf(c);
      if (c.route === 'releases') {
        assert.equal(c.ok, true, 'POST R/releases reads its body and ignores it');
        return;
      }
      for (const locale of ['en', 'fr'] as const) {
        const result = validateBody(c.route, body, locale);
        const errors = result.ok ? [] : result.errors;
        assert.deepEqual([...new Set(errors.map((e) => e.code))].sort(), c.codes, locale);
        assert.equal(result.ok, c.ok, locale);
        if (result.ok && c.value !== undefined) assert.deepEqual(result.value, c.value);
        for (const e of errors) {
          assert.ok(e.message && e.message !== e.code, `a message for ${e.code}`);
          if (e.code !== 'too-many-errors') assert.equal(e.params?.path, e.path);
        }
        if (!c.errors) continue;
        assert.deepEqual(errors.map((e) => `${e.path} ${e.code}`), c.errors.map((e) => `${e.path} ${e.code}`), locale);
        c.errors.forEach((expected, i) => {
          if (expected.params) assert.deepEqual(errors[i].params, expected.params, `params of ${expected.path}`);
          if (expected[locale]) assert.equal(errors[i].message, expected[locale], `${locale} message of ${expected.path}`);
        });
      }
    });
  }
});

// What the build writes into the plugin (scripts/build-wordpress.mjs), and the PHP reads.
const protocolJson = { protocol: PROTOCOL_VERSION, limits: PROTOCOL_LIMITS, messages: { validation: VALIDATION_MESSAGES, server: SERVER_MESSAGES } };
const builtProtocol = fileURLToPath(new URL('../../dist/wordpress/gender-in-practice/assets/protocol.json', import.meta.url));

describe('protocol parity: one source for the protocol\'s data (src/core/protocol-data.ts)', () => {
  it('the built plugin\'s assets/protocol.json is the core\'s data', { skip: !existsSync(builtProtocol) && 'the plugin is not built here (npm run build writes dist/wordpress/)' }, () => {
    assert.deepEqual(JSON.parse(readFileSync(builtProtocol, 'utf8')), JSON.parse(JSON.stringify(protocolJson)));
  });
  it('the core\'s own constants are the data\'s', () => {
    assert.deepEqual(
      [MIN_GROUP_SIZE_FLOOR, DEFAULT_MIN_GROUP_SIZE, ID_MAX_LENGTH, COMMENT_MAX_LENGTH, RESPONDENT_FIELD_MAX_LENGTH, MAX_ERRORS, PREVIEW_LENGTH, PLAN_FORMAT],
      [PROTOCOL_LIMITS.minGroupSizeFloor, PROTOCOL_LIMITS.defaultMinGroupSize, PROTOCOL_LIMITS.idMaxLength, PROTOCOL_LIMITS.commentMaxLength,
        PROTOCOL_LIMITS.respondentFieldMaxLength, PROTOCOL_LIMITS.maxErrors, PROTOCOL_LIMITS.previewLength, PROTOCOL_LIMITS.planFormat]);
    assert.equal(ID_PATTERN.source, PROTOCOL_LIMITS.idPattern);
  });
  it('every message has an English and a French text with the same placeholders, and no code is in both catalogues', () => {
    for (const [code, texts] of Object.entries({ ...VALIDATION_MESSAGES, ...SERVER_MESSAGES })) {
      assert.ok(texts.en && texts.fr && texts.en !== texts.fr, code);
      const names = (t: string) => [...new Set(t.match(/\{\w+\}/g) ?? [])].sort();
      assert.deepEqual(names(texts.fr), names(texts.en), code);
    }
    assert.deepEqual(Object.keys(SERVER_MESSAGES).filter((code) => code in VALIDATION_MESSAGES), []);
  });
  it('the protocol version is the one docs/PROTOCOL.md documents', () => {
    assert.match(readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8'), new RegExp(`## Routes \\(protocol ${PROTOCOL_VERSION}\\)`));
  });
});

interface ReleaseFixture {
  assessments: Record<string, Assessment>;
  snapshots: { name: string; assessment: string; groups: string[]; responses: SurveyResponse[]; snapshot: unknown;
    views: { minGroupSize: number; excluded: string[]; expected: unknown }[] }[];
  rules: { name: string; minGroupSize: number; current: Record<string, string>; previous: Record<string, string>[]; ignore: string[]; expected: unknown }[];
}
const releases = fixture<ReleaseFixture>('releases.json');

describe('protocol parity: releases (buildReleaseSnapshot, viewRelease)', () => {
  it('has cases of every kind', () => {
    assert.ok(releases.snapshots.length >= 30);
    assert.ok(releases.snapshots.some((c) => c.views.some((v) => (v.expected as { suppressed: boolean }).suppressed)));
    assert.ok(releases.snapshots.some((c) => c.views.some((v) => v.excluded.length > 0)));
  });
  for (const c of releases.snapshots) {
    it(c.name, () => {
      const snapshot = buildReleaseSnapshot(releases.assessments[c.assessment], c.responses, { groups: c.groups, shuffle: (l) => l });
      assert.deepEqual(snapshot, c.snapshot);
      for (const v of c.views) assert.deepEqual(viewRelease(snapshot, v), v.expected, `k ${v.minGroupSize}, excluded ${v.excluded.join()}`);
    });
  }
});

describe('protocol parity: the release rule (nextRelease)', () => {
  for (const c of releases.rules) {
    it(c.name, () => {
      assert.deepEqual(nextRelease({ minGroupSize: c.minGroupSize, current: c.current, previous: c.previous, ignore: new Set(c.ignore) }), c.expected);
    });
  }
});

// The PHP port run on the same cases, compared here too: JSON written by GIP_Json::encode must read
// back (JSON.parse) to the very values the core gives, numbers to the last bit.
const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
const noPhp = php.error || php.status !== 0
  ? 'php is not installed here: the PHP port is checked against the same fixtures by `php wordpress/tests/run.php` (npm run test:wordpress)'
  : false;
const root = fileURLToPath(new URL('../../', import.meta.url));
const badResponses: unknown[] = [null, 'x', 42, true, [], [1, 2], {}, { answers: null }, { answers: [4, 'dk'] },
  { answers: { 'pw-1': 4, 'pw-2': '4', 'pw-3': true }, comments: [' on a list '], respondent: { group: 7 } },
  { answers: { 'pw-1': 2.5, 'pw-2': 1e-7 }, comments: { budget: '\u00a0\ufeff spaced \u2028', 'pw-1': ' \u3000 ' }, respondent: { group: 'staff' } }];
const trickyNumbers = [0, 3, 2.5, 0.1 + 0.2, 1e-7, 1.5e-7, 0.000001, 1e21, 1e20, 64.28571428571429, 100 / 3, 5e-324, 1.7976931348623157e308, -1.5, 123456789.125];

/** Runs a PHP script over the pure classes (`$input`: releasesInput, or what is given); the script prints JSON. */
function runPhp(body: string, input: unknown = releasesInput): unknown {
  const script = `
error_reporting( E_ALL );
set_error_handler( function ( $s, $m, $f, $l ) { throw new ErrorException( $m, 0, $s, $f, $l ); } );
$pure = getenv( 'GIP_PURE' );
require $pure . 'class-gip-protocol-data.php';
GIP_Protocol_Data::boot( getenv( 'GIP_PROTOCOL_JSON' ) );
foreach ( array( 'json', 'messages', 'issues', 'validator', 'protocol', 'release' ) as $name ) {
  require $pure . 'class-gip-' . $name . '.php';
}
$input = json_decode( stream_get_contents( STDIN ), false );
${body}`;
  // The PHP reads the protocol's data as the build writes it, from the sources here: no build needed.
  const dir = mkdtempSync(join(tmpdir(), 'gip-parity-'));
  try {
    const data = join(dir, 'protocol.json');
    writeFileSync(data, JSON.stringify(protocolJson));
    const run = spawnSync('php', ['-r', script], {
      input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 << 20,
      env: { ...process.env, GIP_PURE: join(root, 'wordpress/gender-in-practice/includes/pure/'), GIP_PROTOCOL_JSON: data },
    });
    assert.equal(run.status, 0, `php failed: ${run.stderr}${run.stdout.slice(0, 2000)}`);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const releasesInput = { releases, badResponses, trickyNumbers };

describe('protocol parity: the PHP port of releases (GIP_Release), run here', { skip: noPhp }, () => {
  const identity = <T>(list: T[]) => list;
  it('gives the core\'s snapshots and views for every fixture case, after a JSON round trip', () => {
    const out = runPhp(`
$identity = function ( array $l ) { return $l; };
$cases = array();
foreach ( $input->releases->snapshots as $c ) {
  $snapshot = GIP_Release::build_snapshot( $input->releases->assessments->{$c->assessment}, $c->responses, $c->groups, $identity );
  $views    = array();
  foreach ( $c->views as $v ) {
    $views[] = GIP_Release::view( $snapshot, $v->minGroupSize, $v->excluded );
  }
  $cases[] = array( 'snapshot' => $snapshot, 'views' => $views );
}
$bad = GIP_Release::build_snapshot( $input->releases->assessments->mini, $input->badResponses, array( 'staff', null, 7, 'staff', '' ), $identity );
echo GIP_Json::encode( array( 'cases' => $cases, 'bad' => $bad, 'badView' => GIP_Release::view( $bad, 3, array( '' ) ) ) );
`) as { cases: { snapshot: unknown; views: unknown[] }[]; bad: unknown; badView: unknown };
    const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    assert.equal(out.cases.length, releases.snapshots.length);
    releases.snapshots.forEach((c, i) => {
      const snapshot = buildReleaseSnapshot(releases.assessments[c.assessment], c.responses, { groups: c.groups, shuffle: identity });
      assert.deepEqual(out.cases[i].snapshot, json(snapshot), c.name);
      c.views.forEach((v, j) => assert.deepEqual(out.cases[i].views[j], json(viewRelease(snapshot, v)), `${c.name}: view ${j}`));
    });
    const bad = buildReleaseSnapshot(releases.assessments.mini, badResponses as unknown as SurveyResponse[], { groups: ['staff', null, 7, 'staff', ''] as string[], shuffle: identity });
    assert.deepEqual(out.bad, json(bad));
    assert.deepEqual(out.badView, json(viewRelease(bad, { minGroupSize: 3, excluded: [''] })));
  });

  it('gives the core\'s release rule, and writes answer keys as String(number) does', () => {
    const out = runPhp(`
$rules = array();
foreach ( $input->releases->rules as $c ) {
  $rules[] = GIP_Release::next_release( $c->minGroupSize, $c->current, $c->previous, $c->ignore );
}
echo GIP_Json::encode( array( 'rules' => $rules, 'numbers' => array_map( array( 'GIP_Json', 'number_string' ), $input->trickyNumbers ) ) );
`) as { rules: unknown[]; numbers: string[] };
    releases.rules.forEach((c, i) => assert.deepEqual(out.rules[i],
      nextRelease({ minGroupSize: c.minGroupSize, current: c.current, previous: c.previous, ignore: new Set(c.ignore) }), c.name));
    assert.deepEqual(out.numbers, trickyNumbers.map(String));
  });
});

describe('protocol parity: the PHP validators of the write routes\' bodies (GIP_Protocol), run here', { skip: noPhp }, () => {
  it('give the core\'s value, or every problem with the same path, code, params and message, for every case of bodies.json, in English and French', () => {
    // Numbers JSON cannot hold (1e400 read as INF) are written as text on both sides.
    const out = runPhp(`
$finite = function ( $v ) use ( &$finite ) {
  if ( is_float( $v ) && ! is_finite( $v ) ) { return is_nan( $v ) ? 'NaN' : ( $v > 0 ? 'Infinity' : '-Infinity' ); }
  return is_array( $v ) ? array_map( $finite, $v ) : $v;
};
$dims = GIP_Validator::dimension_ids( $input->assessment );
$out  = array();
foreach ( $input->cases as $c ) {
  if ( isset( $c->read ) || 'releases' === $c->route ) { $out[] = null; continue; }
  $body = isset( $c->raw ) ? GIP_Json::decode( $c->raw )[1] : $c->body;
  $both = array();
  foreach ( array( 'en', 'fr' ) as $lang ) {
    $r = 'targets' === $c->route ? GIP_Protocol::validate_targets( $body, $dims, $lang )
      : ( 'plan' === $c->route ? GIP_Protocol::validate_plan( $body, $lang ) : GIP_Protocol::validate_status( $body, $lang ) );
    $both[ $lang ] = array( 'ok' => $r['ok'], 'value' => $r['value'], 'errors' => $finite( $r['errors'] ) );
  }
  $out[] = $both;
}
echo GIP_Json::encode( $out );
`, bodies) as ({ en: unknown; fr: unknown } | null)[];
    const finite = (v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v)
      : Array.isArray(v) ? v.map(finite) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, finite(x)])) : v);
    let compared = 0;
    bodies.cases.forEach((c, i) => {
      if (c.read || c.route === 'releases') return;
      for (const locale of ['en', 'fr'] as const) {
        const ts = validateBody(c.route, bodyOf(c), locale);
        const expected = ts.ok ? { ok: true, value: ts.value, errors: [] } : { ok: false, value: null, errors: finite(ts.errors) };
        assert.deepEqual(out[i]![locale], JSON.parse(JSON.stringify(expected)), `${c.name} (${locale})`);
        compared++;
      }
    });
    assert.ok(compared >= 140, `${compared} compared`);
  });
});
