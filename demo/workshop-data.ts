// Seeded synthetic data of a realistic workshop: 25 respondents in four groups, comments, and the targets a
// facilitation team might start from. The same every run, so screenshots, stories and benchmarks agree.
import type { Assessment, SurveyResponse, Answer } from '../src/core/types.js';
import type { WheelSeries } from '../src/core/wheel-series.js';

/** mulberry32: a tiny deterministic PRNG, so the demo shows the same workshop every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How each group tends to see each dimension (0..4), before noise: management sees more than staff. */
const groupBias: Record<string, number> = { management: 0.6, staff: -0.2, board: 0.3, partner: -0.5 };
export const workshopGroups: Record<string, number> = { staff: 10, management: 6, board: 5, partner: 4 };

export function syntheticWorkshop(assessment: Assessment, seed = 2026): SurveyResponse[] {
  const rnd = seededRandom(seed);
  const { min, max } = assessment.scale;
  const responses: SurveyResponse[] = [];
  // A realistic portrait: policy written, money and accountability lagging.
  const level = (i: number) => min + (max - min) * [0.6, 0.7, 0.45, 0.3, 0.55, 0.5, 0.6, 0.55, 0.4, 0.3][i % 10];
  let k = 0;
  const comments = commentsFor(assessment);
  for (const [group, count] of Object.entries(workshopGroups)) {
    for (let i = 0; i < count; i++) {
      const answers: Record<string, Answer> = {};
      assessment.dimensions.forEach((d, di) => {
        for (const q of d.questions) {
          const r = rnd();
          if (r < 0.06) { answers[q.id] = 'dk'; continue; }
          if (r < 0.08) { answers[q.id] = 'na'; continue; }
          let v = level(di) + groupBias[group] + (rnd() - 0.5) * 2.2;
          if (q.reverse) v = min + max - v;
          answers[q.id] = Math.max(min, Math.min(max, Math.round(v)));
        }
      });
      responses.push({
        assessmentId: assessment.id,
        assessmentVersion: assessment.version,
        respondent: { id: `r${String(++k).padStart(2, '0')}`, group },
        answers,
        ...(comments[k] ? { comments: comments[k] } : {}),
        submittedAt: new Date(Date.UTC(2026, 10, 12, 14, k)).toISOString(),
      });
    }
  }
  return responses;
}

/** A few comments as respondents write them (by respondent number, 1-based), on the built-in assessment's questions. */
function commentsFor(assessment: Assessment): Record<number, Record<string, string>> {
  const first = (i: number) => assessment.dimensions[i]?.questions[0]?.id;
  const pick = (i: number, text: string) => (first(i) ? { [first(i)!]: text } : {});
  return {
    2: pick(3, 'There is no budget line for GE; we borrow from project overheads.'),
    7: pick(0, 'The director spoke about it at the general assembly.'),
    12: pick(9, 'Nobody reports on the GE objectives.'),
    19: pick(4, 'Parental leave policy is good; flexible hours depend on the manager.'),
    23: pick(8, 'We ask partners about GE only in proposals.'),
  };
}

/**
 * The targets a workshop agreed on, on the wheel's 0–10 scale: an editable `target` series that the facilitator
 * adjusts on the wheel. `null` where the group has not decided yet.
 */
export function workshopTargets(assessment: Assessment): WheelSeries {
  const agreed = [8, 8, 7, 7, 7, 6, 7, 7, 6, 8];
  return {
    id: 'target', kind: 'target', label: { en: 'Target (next year)', fr: 'Cible (l’an prochain)' },
    values: Object.fromEntries(assessment.dimensions.map((d, i) => [d.id, i < agreed.length ? agreed[i] : null])),
  };
}
