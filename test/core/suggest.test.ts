// suggestActions: short list, tag-steered practice kinds, fallback for custom dimensions, purity.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suggestActions } from '../../src/core/suggest.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { communicationsModule, diversityModule, withModules } from '../../src/core/optional-dimensions.js';
import { practices } from '../../src/core/practices.js';
import type { Assessment, Practice, Priority, PriorityTag } from '../../src/core/types.js';

function priority(dimensionId: string, value: number, tags: PriorityTag[] = []): Priority {
  return { dimensionId, current: 40, target: 40 + value, gap: value, importance: 1, priority: value, tags };
}

const ranked: Priority[] = [
  priority('governance', 40),
  priority('financial-resources', 30),
  priority('programming', 20),
  priority('partnerships', 15),
  priority('policy', 10),
  priority('accountability', 5),
];

/** The dimensions of the actions, in order, without repeats. */
function dimensionsOf(actions: { dimensionId: string }[]): string[] {
  return [...new Set(actions.map((a) => a.dimensionId))];
}

describe('suggestActions', () => {
  it('takes the top 3 priorities in the given order, 2 actions each by default', () => {
    const actions = suggestActions(defaultAssessment, ranked);
    assert.deepEqual(dimensionsOf(actions), ['governance', 'financial-resources', 'programming']);
    assert.equal(actions.length, 6);
    for (const action of actions) {
      const practice = practices.find((p) => p.id === action.practiceId);
      assert.ok(practice, `${action.practiceId} is not in the library`);
      assert.equal(action.id, practice.id);
      assert.equal(action.dimensionId, practice.dimensionId);
      assert.deepEqual(action.title, practice.title);
      assert.equal(action.days, practice.days);
      assert.equal(action.kind, 'act');
      assert.equal(action.reason, 'gap');
      assert.equal(action.priority, ranked.find((p) => p.dimensionId === action.dimensionId)?.priority);
    }
    assert.equal(new Set(actions.map((a) => a.id)).size, actions.length);
  });

  it('follows the library order within a dimension and is deterministic', () => {
    const actions = suggestActions(defaultAssessment, [priority('governance', 10)]);
    assert.deepEqual(
      actions.map((a) => a.id),
      ['gov-standing-agenda-item', 'gov-co-chairs'],
    );
    assert.deepEqual(suggestActions(defaultAssessment, ranked), suggestActions(defaultAssessment, ranked));
  });

  it('clamps top to 1..5 and honours perDimension', () => {
    assert.deepEqual(dimensionsOf(suggestActions(defaultAssessment, ranked, { top: 0 })), ['governance']);
    assert.deepEqual(dimensionsOf(suggestActions(defaultAssessment, ranked, { top: -3 })), ['governance']);
    assert.equal(dimensionsOf(suggestActions(defaultAssessment, ranked, { top: 10 })).length, 5);
    assert.equal(dimensionsOf(suggestActions(defaultAssessment, ranked, { top: Number.NaN })).length, 3);
    assert.equal(dimensionsOf(suggestActions(defaultAssessment, ranked, { top: 4 })).length, 4);
    assert.equal(suggestActions(defaultAssessment, ranked, { top: 1, perDimension: 3 }).length, 3);
    assert.equal(suggestActions(defaultAssessment, ranked, { top: 1, perDimension: 0 }).length, 1);
    assert.equal(suggestActions(defaultAssessment, ranked, { top: 1, perDimension: 99 }).length, 5);
  });

  it('puts a clarify practice first for "clarify-first" and an inform practice first for "inform"', () => {
    const [clarify, afterClarify] = suggestActions(defaultAssessment, [priority('governance', 10, ['clarify-first'])]);
    assert.equal(clarify.kind, 'clarify');
    assert.equal(clarify.reason, 'clarify-first');
    assert.equal(afterClarify.kind, 'act');
    assert.equal(afterClarify.reason, 'gap');

    const [inform, afterInform] = suggestActions(defaultAssessment, [priority('policy', 10, ['inform'])]);
    assert.equal(inform.kind, 'inform');
    assert.equal(inform.reason, 'inform');
    assert.equal(afterInform.kind, 'act');

    const both = suggestActions(defaultAssessment, [priority('human-resources', 10, ['clarify-first', 'inform'])], {
      perDimension: 3,
    });
    assert.deepEqual(
      both.map((a) => [a.kind, a.reason]),
      [
        ['clarify', 'clarify-first'],
        ['inform', 'inform'],
        ['act', 'gap'],
      ],
    );

    const tagged = suggestActions(defaultAssessment, [priority('accountability', 10, ['target-below-current'])]);
    assert.ok(tagged.every((a) => a.kind === 'act'));
  });

  it('skips priorities of zero, negative or missing value', () => {
    const actions = suggestActions(defaultAssessment, [
      priority('governance', 0),
      priority('policy', -5),
      priority('programming', Number.NaN),
      priority('partnerships', 12),
    ]);
    assert.deepEqual(dimensionsOf(actions), ['partnerships']);
    assert.deepEqual(suggestActions(defaultAssessment, [priority('governance', 0)]), []);
    assert.deepEqual(suggestActions(defaultAssessment, []), []);
  });

  it('skips dimensions that are not in the assessment, and does not count them toward top', () => {
    const actions = suggestActions(defaultAssessment, [
      priority('communications', 50),
      priority('no-such-dimension', 45),
      ...ranked,
    ]);
    assert.deepEqual(dimensionsOf(actions), ['governance', 'financial-resources', 'programming']);
    const withComms = suggestActions(withModules(defaultAssessment, [communicationsModule, diversityModule]), [
      priority('communications', 50, ['inform']),
    ]);
    assert.equal(withComms[0].dimensionId, 'communications');
    assert.equal(withComms[0].kind, 'inform');
  });

  it('gives a custom dimension with no practice a bilingual generic action', () => {
    const custom: Assessment = {
      id: 'custom',
      version: '1',
      title: 'Custom',
      scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] },
      dimensions: [
        { id: 'youth', label: { en: 'Youth participation', fr: 'Participation des jeunes' }, questions: [{ id: 'y1', text: 'Q' }] },
        { id: 'climate', label: 'Climate', questions: [{ id: 'c1', text: 'Q' }] },
        defaultAssessment.dimensions[2],
      ],
    };
    const actions = suggestActions(custom, [priority('youth', 30), priority('climate', 20), priority('governance', 10)]);
    assert.deepEqual(dimensionsOf(actions), ['youth', 'climate', 'governance']);
    const [youth, climate] = actions;
    assert.equal(youth.id, 'generic-youth');
    assert.equal(youth.practiceId, 'generic-youth');
    assert.equal(youth.priority, 30);
    const title = youth.title as Record<string, string>;
    assert.match(title.en, /^Agree on one concrete step to strengthen .*Youth participation/);
    assert.match(title.fr, /Participation des jeunes/);
    const description = youth.description as Record<string, string>;
    assert.ok(description.en && description.fr && description.en !== description.fr);
    assert.ok(youth.days > 0);
    assert.match((climate.title as Record<string, string>).fr, /Climate/);
    assert.equal(actions.filter((a) => a.dimensionId === 'governance').length, 2);
  });

  it('draws from a custom library when given one', () => {
    const library: Practice[] = [
      { id: 'x-1', dimensionId: 'policy', kind: 'act', days: 2, title: { en: 'A', fr: 'B' }, description: { en: 'C', fr: 'D' } },
      { id: 'x-1', dimensionId: 'policy', kind: 'act', days: 3, title: { en: 'dup', fr: 'dup' }, description: 'dup' },
    ];
    const actions = suggestActions(defaultAssessment, [priority('policy', 10), priority('governance', 5)], { practices: library });
    assert.deepEqual(
      actions.map((a) => a.id),
      ['x-1', 'generic-governance'],
    );
  });

  it('does not mutate its inputs, and its actions can be edited without touching the library', () => {
    const assessment: Assessment = JSON.parse(JSON.stringify(defaultAssessment));
    const priorities: Priority[] = JSON.parse(JSON.stringify(ranked)).reverse();
    const before = JSON.stringify([assessment, priorities]);
    const libraryBefore = JSON.stringify(practices);
    const actions = suggestActions(assessment, priorities, { top: 5, perDimension: 3 });
    assert.equal(JSON.stringify([assessment, priorities]), before);
    (actions[0].title as Record<string, string>).en = 'edited';
    actions[0].questionIds?.push('edited');
    assert.equal(JSON.stringify(practices), libraryBefore);
  });
});
