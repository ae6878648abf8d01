// The built-in bank, its optional modules and the practice library: structure, both languages, immutability.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAssessment, respondentGroups } from '../../src/core/default-assessment.js';
import { communicationsModule, diversityModule, withModules } from '../../src/core/optional-dimensions.js';
import { practices } from '../../src/core/practices.js';
import { validateAssessment } from '../../src/core/validate.js';
import type { Assessment, Dimension, LocalizedText } from '../../src/core/types.js';

const DOMAIN_ORDER = [
  'political-will',
  'policy',
  'governance',
  'financial-resources',
  'human-resources',
  'technical-capacity',
  'organisational-culture',
  'programming',
  'partnerships',
  'accountability',
];
const ID = /^[a-z0-9-]+$/;
/** Texts that may legitimately read the same in both languages. */
const SAME_IN_BOTH = new Set<string>(['Budget', 'Communications', 'Discussion']);

const full = withModules(defaultAssessment, [communicationsModule, diversityModule]);

/** Every text of an assessment, with where it is, for readable failures. */
function textsOf(assessment: Assessment): [string, LocalizedText | undefined][] {
  const texts: [string, LocalizedText | undefined][] = [['title', assessment.title]];
  assessment.scale.labels.forEach((label, i) => texts.push([`scale.labels[${i}]`, label]));
  for (const dimension of assessment.dimensions) texts.push(...textsOfDimension(dimension));
  return texts;
}

function textsOfDimension(dimension: Dimension): [string, LocalizedText | undefined][] {
  const texts: [string, LocalizedText | undefined][] = [
    [`${dimension.id}.label`, dimension.label],
    [`${dimension.id}.description`, dimension.description],
  ];
  for (const question of dimension.questions) {
    texts.push([`${question.id}.text`, question.text]);
    if (question.help !== undefined) texts.push([`${question.id}.help`, question.help]);
  }
  return texts;
}

/** Both languages present, trimmed, distinct, and written the way the bank writes them. */
function assertBilingual(where: string, text: LocalizedText | undefined): void {
  assert.ok(text !== undefined && typeof text === 'object', `${where}: not a bilingual object`);
  const { en, fr } = text;
  assert.ok(typeof en === 'string' && en.trim() !== '', `${where}: empty en`);
  assert.ok(typeof fr === 'string' && fr.trim() !== '', `${where}: empty fr`);
  assert.equal(en, en.trim(), `${where}: en has outer spaces`);
  assert.equal(fr, fr.trim(), `${where}: fr has outer spaces`);
  if (!SAME_IN_BOTH.has(en)) assert.notEqual(en, fr, `${where}: en and fr are identical`);
  // One terminology per language: GE in English, ÉFH in French.
  assert.doesNotMatch(fr, /\bGE\b|égalité des genres|égalité de genre/, `${where}: English acronym or other term in fr`);
  assert.doesNotMatch(en, /ÉFH|\bEFH\b/, `${where}: French acronym in en`);
  // Typographic apostrophes throughout, and French spacing that cannot break before : or ».
  assert.doesNotMatch(`${en}${fr}`, /'/, `${where}: straight apostrophe`);
  assert.doesNotMatch(fr, /[^\u00a0]:|[^\u00a0]»|«[^\u00a0]/, `${where}: French colon or guillemet without a no-break space`);
  assert.doesNotMatch(`${en}${fr}`, / {2}/, `${where}: double space`);
}

function assertDeeplyFrozen(value: unknown, where: string): void {
  if (value === null || typeof value !== 'object') return;
  assert.ok(Object.isFrozen(value), `${where} is not frozen`);
  for (const [key, child] of Object.entries(value)) assertDeeplyFrozen(child, `${where}.${key}`);
}

describe('defaultAssessment', () => {
  it('has a stable id and version', () => {
    assert.equal(defaultAssessment.id, 'ge-institutionalisation');
    assert.equal(defaultAssessment.version, '1.0.0');
  });

  it('has exactly the ten dimensions of DOMAIN.md, in their fixed order', () => {
    assert.deepEqual(
      defaultAssessment.dimensions.map((d) => d.id),
      DOMAIN_ORDER,
    );
  });

  it('uses the 0–4 extent scale with the labels of DOMAIN.md, "don’t know" and "not applicable"', () => {
    const { scale } = defaultAssessment;
    assert.equal(scale.min, 0);
    assert.equal(scale.max, 4);
    assert.deepEqual(scale.labels, [
      { en: 'Not at all', fr: 'Pas du tout' },
      { en: 'To a small extent', fr: 'Dans une faible mesure' },
      { en: 'Partly', fr: 'En partie' },
      { en: 'To a large extent', fr: 'Dans une large mesure' },
      { en: 'Fully', fr: 'Entièrement' },
    ]);
    assert.equal(scale.dontKnow, true);
    assert.equal(scale.notApplicable, true);
  });

  for (const [name, assessment] of [
    ['the default', defaultAssessment],
    ['the default with both modules', full],
  ] as const) {
    it(`${name}: 4–5 questions per dimension, at most one reverse item, all required`, () => {
      for (const dimension of assessment.dimensions) {
        const n = dimension.questions.length;
        assert.ok(n >= 4 && n <= 5, `${dimension.id} has ${n} questions`);
        const reverse = dimension.questions.filter((q) => q.reverse === true).length;
        assert.ok(reverse <= 1, `${dimension.id} has ${reverse} reverse items`);
        for (const question of dimension.questions) assert.equal(question.required, true, `${question.id} not required`);
      }
    });

    it(`${name}: ids are unique across the assessment and match ${ID}`, () => {
      const ids = assessment.dimensions.flatMap((d) => [d.id, ...d.questions.map((q) => q.id)]);
      assert.equal(new Set(ids).size, ids.length, 'duplicate id');
      for (const id of [assessment.id, ...ids]) assert.match(id, ID);
    });

    it(`${name}: every text is in English and in French`, () => {
      for (const [where, text] of textsOf(assessment)) assertBilingual(where, text);
    });
  }

  it('passes validateAssessment, alone and with each combination of modules', () => {
    for (const assessment of [
      defaultAssessment,
      full,
      withModules(defaultAssessment, [communicationsModule]),
      withModules(defaultAssessment, [diversityModule]),
    ]) {
      const result = validateAssessment(assessment);
      assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.errors, null, 2));
    }
  });

  it('explains the acronym in the first dimension description', () => {
    const description = defaultAssessment.dimensions[0].description as Record<string, string>;
    assert.match(description.en, /gender equality \(GE\)/);
    assert.match(description.fr, /égalité entre les femmes et les hommes \(ÉFH\)/);
  });

  it('defines the terms that need it', () => {
    const help = new Map(defaultAssessment.dimensions.flatMap((d) => d.questions).map((q) => [q.id, q.help]));
    for (const id of ['pw-4', 'cap-2', 'cap-3', 'cap-4', 'prog-1', 'prog-2', 'prog-4', 'fin-3']) {
      assert.ok(help.get(id) !== undefined, `${id} has no help`);
    }
  });

  it('is deeply frozen, and so are the modules and the groups', () => {
    assertDeeplyFrozen(defaultAssessment, 'defaultAssessment');
    assertDeeplyFrozen(communicationsModule, 'communicationsModule');
    assertDeeplyFrozen(diversityModule, 'diversityModule');
    assertDeeplyFrozen(respondentGroups, 'respondentGroups');
    assert.throws(() => {
      (defaultAssessment.dimensions[0].questions[0] as { text: unknown }).text = 'changed';
    }, TypeError);
  });
});

describe('respondentGroups', () => {
  it('offers the groups of DOMAIN.md in both languages', () => {
    assert.deepEqual(
      respondentGroups.map((g) => g.id),
      ['staff', 'management', 'board', 'partner', 'volunteer', 'other'],
    );
    for (const group of respondentGroups) assertBilingual(`group ${group.id}`, group.label);
  });
});

describe('optional modules and withModules', () => {
  it('communications has 4 questions with one reverse item; diversity 4–5', () => {
    assert.equal(communicationsModule.id, 'communications');
    assert.equal(communicationsModule.questions.length, 4);
    assert.equal(communicationsModule.questions.filter((q) => q.reverse).length, 1);
    assert.equal(diversityModule.id, 'diversity');
    assert.ok(diversityModule.questions.length >= 4 && diversityModule.questions.length <= 5);
  });

  it('appends the modules after the fixed dimensions and names them in the version', () => {
    assert.deepEqual(
      full.dimensions.map((d) => d.id),
      [...DOMAIN_ORDER, 'communications', 'diversity'],
    );
    assert.equal(full.version, '1.0.0+communications.diversity');
    assert.equal(full.id, defaultAssessment.id);
    assert.equal(withModules(defaultAssessment, [diversityModule]).version, '1.0.0+diversity');
  });

  it('is pure: new objects, inputs untouched and not frozen', () => {
    const input: Assessment = JSON.parse(JSON.stringify(defaultAssessment));
    const before = JSON.stringify(input);
    const result = withModules(input, [communicationsModule]);
    assert.notEqual(result, input);
    assert.notEqual(result.dimensions, input.dimensions);
    assert.equal(JSON.stringify(input), before);
    assert.equal(Object.isFrozen(input), false);
    assert.equal(input.dimensions.length, 10);
  });

  it('adds a module only once, and chains versions', () => {
    const once = withModules(defaultAssessment, [communicationsModule]);
    const twice = withModules(once, [communicationsModule, diversityModule, diversityModule]);
    assert.deepEqual(
      twice.dimensions.map((d) => d.id).slice(-2),
      ['communications', 'diversity'],
    );
    assert.equal(twice.version, '1.0.0+communications.diversity');
    assert.equal(withModules(once, [communicationsModule]).version, once.version);
    assert.equal(withModules(defaultAssessment, []).version, '1.0.0');
  });
});

describe('practices', () => {
  const dimensions = new Map(full.dimensions.map((d) => [d.id, d]));

  it('has ≥ 3 practices, one "inform" and one "clarify", for each of the 12 dimensions', () => {
    for (const id of dimensions.keys()) {
      const own = practices.filter((p) => p.dimensionId === id);
      assert.ok(own.length >= 3, `${id} has ${own.length} practices`);
      assert.ok(own.some((p) => p.kind === 'inform'), `${id} has no inform practice`);
      assert.ok(own.some((p) => p.kind === 'clarify'), `${id} has no clarify practice`);
      assert.ok(own.some((p) => p.kind === 'act'), `${id} has no act practice`);
    }
    assert.equal(dimensions.size, 12);
  });

  it('points only at existing dimensions and at questions of the same dimension', () => {
    for (const practice of practices) {
      const dimension = dimensions.get(practice.dimensionId);
      assert.ok(dimension, `${practice.id}: unknown dimension ${practice.dimensionId}`);
      const own = new Set(dimension.questions.map((q) => q.id));
      for (const questionId of practice.questionIds ?? []) {
        assert.ok(own.has(questionId), `${practice.id}: ${questionId} is not in ${practice.dimensionId}`);
      }
    }
  });

  it('has unique kebab-case ids, realistic sizes and texts in both languages', () => {
    assert.equal(new Set(practices.map((p) => p.id)).size, practices.length);
    for (const practice of practices) {
      assert.match(practice.id, ID);
      assert.ok(practice.days >= 0.5 && practice.days <= 20, `${practice.id}: ${practice.days} days`);
      assert.ok(['act', 'inform', 'clarify'].includes(practice.kind));
      assertBilingual(`${practice.id}.title`, practice.title);
      assertBilingual(`${practice.id}.description`, practice.description);
    }
  });

  it('includes the practices member organisations reported', () => {
    const ids = new Set(practices.map((p) => p.id));
    for (const id of [
      'gov-standing-agenda-item',
      'gov-co-chairs',
      'acc-yearly-follow-up',
      'fin-person-days',
      'hr-staff-work-plans',
      'pol-participatory-review',
      'cap-peer-support-groups',
      'cul-engaging-men-workshops',
      'prog-cycle-guide',
      'part-field-webinars',
      'cap-french-training-kits',
    ]) {
      assert.ok(ids.has(id), `missing ${id}`);
    }
  });

  it('is deeply frozen', () => assertDeeplyFrozen(practices, 'practices'));
});
