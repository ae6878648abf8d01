// The built declarations (dist/**/*.d.ts, by tsconfig.build.json) as a TypeScript user meets them:
// no @internal member (stripInternal), and a consumer's code over every entry of the exports map
// compiles with strict checks and without skipLibCheck, so the declarations are whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const declarations = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.d.ts'));

test('the declarations expose no @internal member', () => {
  assert.ok(declarations.includes(join('ge-survey', 'ge-survey.component.d.ts')), 'dist/ has no declarations: run npm run build');
  const survey = readFileSync(join(dist, 'ge-survey', 'ge-survey.component.d.ts'), 'utf8');
  assert.doesNotMatch(survey, /formResetCallback|formAssociated/, 'the form callbacks the browser calls are internal');
  assert.match(survey, /checkValidity\(\): boolean/, 'public members stay');
  const marked = declarations.filter((f) => readFileSync(join(dist, f), 'utf8').includes('@internal'));
  assert.deepEqual(marked, []);
});

const consumer = `
import { scoreResponse, defaultAssessment, type Assessment, type GeErrorDetail } from 'gender-in-practice';
import { validateAssessment } from 'gender-in-practice/core';
import { validateStatusBody } from 'gender-in-practice/core/protocol-bodies';
import { GeSurvey, type SurveySubmitDetail } from 'gender-in-practice/ge-survey';
import { SocraticWheel } from 'gender-in-practice/socratic-wheel';
import { ActionPlanBoard } from 'gender-in-practice/action-plan-board';
import 'gender-in-practice/round';
import { GeSurvey as GeSurveyReact } from 'gender-in-practice/react';

const assessment: Assessment = defaultAssessment;
validateAssessment(assessment);
validateStatusBody('open');
const survey: GeSurvey = document.createElement('ge-survey');
survey.assessment = assessment;
survey.addEventListener('ge-survey-submit', (e) => {
  const detail: SurveySubmitDetail = e.detail;
  scoreResponse(assessment, detail.response);
});
survey.addEventListener('ge-error', (e) => { const d: GeErrorDetail = e.detail; void d.errors[0]?.message; });
document.querySelector('socratic-wheel')?.addEventListener('ge-wheel-change', (e) => void e.detail.value);
const wheel: SocraticWheel = new SocraticWheel();
const board: ActionPlanBoard | null = document.querySelector('action-plan-board');
board?.addEventListener('ge-plan-change', (e) => void e.detail.actions.length);
void [wheel, GeSurveyReact];
`;

test('a consumer compiles against the declarations (strict, no skipLibCheck)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gip-consumer-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'gender-in-practice'), 'dir');
  writeFileSync(join(dir, 'consumer.ts'), consumer);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, skipLibCheck: false, noEmit: true, types: [], typeRoots: [join(root, 'node_modules', '@types')],
    },
    files: ['consumer.ts'],
  }));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  assert.ok(existsSync(tsc));
  const run = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});
