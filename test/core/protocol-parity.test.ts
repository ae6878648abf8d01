// The TypeScript core against the fixtures the WordPress plugin's PHP tests read too
// (test/fixtures/protocol/, wordpress/tests/run.php): both sides are pinned to the same cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Assessment, SurveyResponse } from '../../src/core/types.js';
import { buildReleaseSnapshot, viewRelease } from '../../src/core/release.js';
import { nextRelease } from '../../src/core/release-rule.js';
import { validateAssessment, validateResponse } from '../../src/core/validate.js';
import { suppressCells } from '../../src/core/suppress.js';
import { VALIDATION_MESSAGES } from '../../src/core/messages-validation.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/protocol/${name}`, import.meta.url), 'utf8')) as T;

interface ResponseCase { name: string; response: unknown; assessment?: string; roundGroups?: string[]; serverCodes?: string[]; expectCodes: string[] }
const responses = fixture<{ assessments: Record<string, Assessment>; cases: ResponseCase[] }>('responses.json');
const suppression = fixture<{ cases: { name: string; counts: number[]; k: number; expected: (string | null)[] }[] }>('suppression.json');
const messages = fixture<{ messages: Record<string, { en: string; fr: string }> }>('messages.json');

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

describe('protocol parity: messages', () => {
  it('the texts the plugin ports are the core\'s', () => {
    for (const [code, texts] of Object.entries(messages.messages)) {
      assert.deepEqual(VALIDATION_MESSAGES[code], texts, code);
    }
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
