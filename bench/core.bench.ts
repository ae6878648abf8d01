// Benchmark of aggregateResponses (groupBy) on seeded synthetic workshops, against a plain summing loop as the floor.
import { writeFileSync, mkdirSync } from 'node:fs';
import { aggregateResponses } from '../src/core/aggregate.js';
import type { Answer, Assessment, SurveyResponse } from '../src/core/types.js';
import { seededRandom as mulberry32 } from '../demo/workshop-data.js';

const DIMS = 10, QUESTIONS = 5, GROUPS = ['staff', 'management', 'board', 'partner'];
const assessment: Assessment = {
  id: 'bench', version: '1', title: 'Bench', scale: { min: 0, max: 4, labels: ['0', '1', '2', '3', '4'] },
  dimensions: Array.from({ length: DIMS }, (_, d) => ({
    id: `d${d}`, label: `D${d}`,
    questions: Array.from({ length: QUESTIONS }, (_, q) => ({ id: `d${d}-${q}`, text: 'q', reverse: q === QUESTIONS - 1 })),
  })),
};
const qids = assessment.dimensions.map((d) => d.questions.map((q) => q.id));

function workshop(n: number, seed: number): SurveyResponse[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const answers: Record<string, Answer> = {};
    for (const qs of qids) for (const id of qs) {
      const u = rnd();
      answers[id] = u < 0.05 ? 'dk' : u < 0.08 ? 'na' : Math.floor(rnd() * 5); // ~5 % dk, ~3 % na
    }
    return { assessmentId: 'bench', assessmentVersion: '1', respondent: { id: `r${i}`, group: GROUPS[Math.floor(rnd() * 4)] }, answers };
  });
}

/** The floor: read the same answers and sum the numeric ones per dimension, nothing else. */
function floor(responses: SurveyResponse[]): Float64Array {
  const sums = new Float64Array(DIMS);
  for (const r of responses) {
    const a = r.answers;
    for (let d = 0; d < DIMS; d++) {
      const qs = qids[d];
      for (let q = 0; q < qs.length; q++) {
        const v = a[qs[q]];
        if (typeof v === 'number') sums[d] += v;
      }
    }
  }
  return sums;
}

type Timing = { median: number; min: number; max: number };
const stats = (ms: number[]): Timing => {
  const s = [...ms].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};

/** Times `a` and `b` in alternation (one warm-up each, then `runs` each), so machine load hits both alike. */
function timePair(a: () => unknown, b: () => unknown, runs = 7): [Timing, Timing] {
  a();
  b();
  const ta: number[] = [], tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [stats(ta), stats(tb)];
}

// Let the JIT settle on a separate small workshop first, so the 10k row does not pay for compilation.
const warm = workshop(2_000, 7);
for (let i = 0; i < 5; i++) timePair(() => aggregateResponses(assessment, warm, { groupBy: 'group' }), () => floor(warm), 1);

const rows = [10_000, 20_000].map((n) => {
  const data = workshop(n, 42 + n);
  const [ours, base] = timePair(() => aggregateResponses(assessment, data, { groupBy: 'group' }), () => floor(data));
  return { respondents: n, ours, floor: base, usPerRespondent: (ours.median * 1000) / n, vsFloor: ours.median / base.median };
});
const scaling = rows[1].ours.median / rows[0].ours.median;

const f = (x: number) => x.toFixed(2).padStart(8);
console.log(`aggregateResponses(groupBy: 'group'), ${DIMS}×${QUESTIONS} questions, ${GROUPS.length} groups; node ${process.version}`);
console.log('respondents | ours median    min      max | floor median   min      max | µs/resp | ours/floor');
for (const r of rows) {
  console.log(`${String(r.respondents).padStart(11)} | ${f(r.ours.median)} ${f(r.ours.min)} ${f(r.ours.max)} | ${f(r.floor.median)} ${f(r.floor.min)} ${f(r.floor.max)} | ${f(r.usPerRespondent)} | ${f(r.vsFloor)}×`);
}
console.log(`scaling 20k/10k: ${scaling.toFixed(2)} (linear ≈ 2); goal ours/floor ≤ 3×`);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/core.json', import.meta.url), JSON.stringify({
  date: new Date().toISOString(), node: process.version, dimensions: DIMS, questionsPerDimension: QUESTIONS,
  groups: GROUPS.length, runs: 7, unit: 'ms', rows, scaling20kOver10k: scaling,
}, null, 2) + '\n');
