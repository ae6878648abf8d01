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
import { PLAN_FORMAT } from '../../src/core/plan-csv.js';

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

/** Runs a PHP script over the pure classes (`$input`: releasesInput); the script prints JSON. */
function runPhp(body: string): unknown {
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
      input: JSON.stringify(releasesInput), encoding: 'utf8', maxBuffer: 64 << 20,
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
