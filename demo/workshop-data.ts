// Seeded synthetic responses of a realistic workshop: 25 respondents in four groups, same every run.
import type { Assessment, SurveyResponse, Answer } from '../src/core/types.js';

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
        submittedAt: new Date(Date.UTC(2026, 10, 12, 14, k)).toISOString(),
      });
    }
  }
  return responses;
}
