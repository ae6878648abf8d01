#!/usr/bin/env node
// The bench runner: builds the anchors' minimal bundles if needed, serves bench/ and the root dist/ on
// 127.0.0.1, opens every page of pages/manifest.json in the system's headless Chromium (fresh context per
// load), reads the figures each page reports in `window.__bench` plus the JS heap after render (CDP), and
// prints RATIOS (ours against each anchor and the floor) with the absolute medians for reference.
// Writes results/latest.json. Exits 0 (a report, not a test); 1 only when the harness itself fails
// (no browser, a bundle that does not build, a page that errors or times out).
//
//   node run.mjs [--runs N] [--warmup N] [--only wheel|survey|board|size|core[,...]] [--rebuild] [--dist DIR]
import { createServer } from 'node:http';
import { readFileSync, existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, statSync, accessSync, constants as fsc } from 'node:fs';
import { join, resolve, extname, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { buildAnchors } from './build-anchors.mjs';

const BENCH = resolve(fileURLToPath(new URL('.', import.meta.url)));
const ROOT = resolve(BENCH, '..');
// Our build: the root dist/, or --dist DIR (e.g. another checkout's build, to compare two builds by hand).
let DIST = join(ROOT, 'dist');
const oursBundle = () => join(DIST, 'cdn', 'gender-in-practice.min.js');

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const o = { runs: 7, warmup: 1, only: null, rebuild: false, timeout: 30000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a.startsWith('--runs')) o.runs = Number(val());
    else if (a.startsWith('--warmup')) o.warmup = Number(val());
    else if (a.startsWith('--only')) o.only = new Set(String(val()).split(','));
    else if (a.startsWith('--timeout')) o.timeout = Number(val());
    else if (a.startsWith('--dist')) o.dist = resolve(val());
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '--help' || a === '-h') {
      console.log('node run.mjs [--runs N=7] [--warmup N=1] [--only wheel|survey|board|size|core[,...]] [--rebuild] [--timeout ms] [--dist DIR]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs needs a whole number >= 1');
  if (!Number.isInteger(o.warmup) || o.warmup < 0) throw new Error('--warmup needs a whole number >= 0');
  const known = new Set(['wheel', 'survey', 'board', 'size', 'core']);
  for (const w of o.only ?? []) if (!known.has(w)) throw new Error(`--only: unknown workload ${w}`);
  return o;
}

// ---------------------------------------------------------------- goals of the issue (ours ÷ other, at most)
const GOALS = [
  // Sizes, gzip. `of` is one of our bundles (bench/pages/manifest.json); `vs: 'bytes'` is a goal in bytes, not a ratio.
  { workload: 'size', metric: 'gzip', of: 'ours', vs: 'chartjs', max: 0.75 },
  { workload: 'size', metric: 'gzip', of: 'ours', vs: 'stack', max: 0.1 },
  { workload: 'size', metric: 'gzip', of: 'ours-survey', vs: 'surveyjs', max: 0.09 },
  { workload: 'size', metric: 'gzip', of: 'ours-survey', vs: 'bytes', max: 32_000 },
  { workload: 'size', metric: 'gzip', of: 'ours-wheel', vs: 'chartjs', max: 0.6 },
  { workload: 'size', metric: 'gzip', of: 'ours-board', vs: 'bytes', max: 35_000 },
  { workload: 'size', metric: 'gzip', of: 'ours-elements', vs: 'bytes', max: 75_000 },
  { workload: 'size', metric: 'gzip', of: 'ours-round', vs: 'bytes', max: 12_000 },
  { workload: 'wheel', metric: 'firstRender', vs: 'chartjs', max: 1 },
  { workload: 'wheel', metric: 'updates', vs: 'chartjs', max: 1 },
  { workload: 'wheel', metric: 'firstRender', vs: 'floor', max: 1.6 },
  { workload: 'wheel', metric: 'updates', vs: 'floor', max: 4 },
  { workload: 'survey', metric: 'firstRender', vs: 'surveyjs', max: 0.5 },
  { workload: 'survey', metric: 'firstRender', vs: 'floor', max: 1.6 },
  { workload: 'survey', metric: 'heap', vs: 'surveyjs', max: 0.5 },
  { workload: 'board', metric: 'firstRender', vs: 'floor', max: 2 },
  { workload: 'board', metric: 'moves', vs: 'floor-keyboard', max: 10 },
];
const goalFor = (workload, metric, vs, of = 'ours') => GOALS.find((g) => g.workload === workload && g.metric === metric && g.vs === vs && (g.of ?? 'ours') === of);

const WORKLOADS = {
  wheel: { title: 'WHEEL: 10 spokes x 3 series, 600x600', metrics: ['firstRender', 'renderWork', 'updates', 'heap'] },
  survey: { title: 'SURVEY: 60 questions (7 radios each) in 10 sections, one page', metrics: ['firstRender', 'renderWork', 'heap'] },
  board: { title: 'BOARD: 3 columns x 100 cards', metrics: ['firstRender', 'renderWork', 'moves', 'heap'] },
};
const METRIC_LABEL = {
  firstRender: 'first render*', renderWork: 'render work', updates: '100 updates', moves: '50 moves', heap: 'JS heap',
};
const unitOf = (m) => (m === 'heap' ? 'kB' : 'ms');

// ---------------------------------------------------------------- stats and formatting
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length, values };
}
const num = (x) => (Number.isInteger(x) ? String(x) : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x) => (x == null || !Number.isFinite(x) ? '-' : `${x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toPrecision(2)}x`);
const kB = (b) => (b / 1000).toFixed(1);
/** Aligned text table; a row `{ label, note }` is a label followed by free text that sets no column width. */
function table(rows) {
  const w = [];
  for (const r of rows) if (Array.isArray(r)) r.forEach((c, i) => { w[i] = Math.max(w[i] ?? 0, String(c).length); });
  for (const r of rows) if (!Array.isArray(r)) w[0] = Math.max(w[0] ?? 0, r.label.length);
  return rows.map((r) => (Array.isArray(r)
    ? r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i] ?? 0))).join('  ')
    : `${r.label.padEnd(w[0])}  ${r.note}`).trimEnd()).join('\n');
}

// ---------------------------------------------------------------- bundle sizes
function fileSizes(path) {
  const code = readFileSync(path);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [zc.BROTLI_PARAM_QUALITY]: zc.BROTLI_MAX_QUALITY, [zc.BROTLI_PARAM_SIZE_HINT]: code.length } }).length,
  };
}
function measureSizes(manifest) {
  const esm = join(DIST, 'cdn', 'esm', 'manifest.json');
  const esmEntries = existsSync(esm) ? JSON.parse(readFileSync(esm, 'utf8')).entries : {};
  const rows = manifest.bundles.map((b) => {
    // `esmEntry`: an entry of dist/cdn/esm/, counted as the files a page loads with it (each compressed on its own, as served).
    const listed = b.esmEntry ? (esmEntries[b.esmEntry]?.initial ?? []).map((f) => `../dist/cdn/esm/${f}`) : b.files;
    if (b.esmEntry && !listed.length) return { id: b.id, label: b.label, ours: !!b.ours, status: 'missing', missing: ['dist/cdn/esm/manifest.json'] };
    const files = listed.map((f) => (f.startsWith('../dist/') ? join(DIST, f.slice(8)) : resolve(BENCH, f)));
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length) return { id: b.id, label: b.label, ours: !!b.ours, status: 'missing', missing: missing.map((f) => (f.startsWith(ROOT + sep) ? f.slice(ROOT.length + 1) : f)) };
    const parts = files.map(fileSizes);
    const sum = (k) => parts.reduce((s, p) => s + p[k], 0);
    return { id: b.id, label: b.label, ours: !!b.ours, status: 'ok', files: listed, min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli') };
  });
  const of = manifest.stack.of.map((id) => rows.find((r) => r.id === id));
  const stack = of.every((r) => r?.status === 'ok')
    ? { id: 'stack', label: manifest.stack.label, status: 'ok', min: 0, gzip: 0, brotli: 0 }
    : { id: 'stack', label: manifest.stack.label, status: 'missing' };
  if (stack.status === 'ok') for (const r of of) for (const k of ['min', 'gzip', 'brotli']) stack[k] += r[k];
  rows.push(stack);
  return rows;
}

// ---------------------------------------------------------------- static server (bench/ at /, root dist/ at /dist/)
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/__probe.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return res.end('<!doctype html><meta charset="utf-8"><script src="/dist/cdn/gender-in-practice.min.js"></script>');
    }
    const [base, rel] = path.startsWith('/dist/') ? [DIST, path.slice(6)] : [BENCH, path.slice(1)];
    const file = resolve(base, rel);
    if ((file !== base && !file.startsWith(base + sep)) || file.startsWith(join(BENCH, 'node_modules'))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let body;
    try {
      body = readFileSync(statSync(file).isDirectory() ? join(file, 'index.html') : file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

// ---------------------------------------------------------------- browser
function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
  for (const c of candidates) {
    if (!c) continue;
    try { accessSync(c, fsc.X_OK); return c; } catch { /* next */ }
  }
  throw new Error('no Chromium found: install Debian\'s chromium or set CHROME_PATH');
}

/** Scripts and stylesheets a page loads from /dist/ or /build/ that are not there: the page is "missing". */
function missingAssets(pageFile) {
  const html = readFileSync(pageFile, 'utf8');
  const out = [];
  for (const m of html.matchAll(/(?:src|href)="(\/(?:dist|build)\/[^"]+)"/g)) {
    const file = m[1].startsWith('/dist/') ? join(DIST, m[1].slice(6)) : join(BENCH, m[1].slice(1));
    if (!existsSync(file)) out.push(m[1]);
  }
  return out;
}

/** Waits (without polling in the page) until the page's phase is past `current`; returns the new phase. */
async function nextPhase(page, current, timeout) {
  let timer;
  const wait = page.evaluate((cur) => (window.__benchPhase && window.__benchPhase !== cur
    ? window.__benchPhase
    : new Promise((resolve) => { (window.__benchWaiters ||= []).push(resolve); })), current);
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`page reported no figures within ${timeout} ms`)), timeout); });
  try { return await Promise.race([wait, late]); } finally { clearTimeout(timer); }
}

async function loadOnce(browser, url, timeout) {
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`); });
    const cdp = await page.createCDPSession();
    await page.goto(url, { waitUntil: 'load', timeout });
    let heap = null;
    if (await nextPhase(page, null, timeout) === 'rendered') {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1000;
      await page.evaluate(() => window.__benchContinue());
      await nextPhase(page, 'rendered', timeout);
    }
    const r = await page.evaluate(() => window.__bench);
    if (r.error) throw new Error(r.error);
    return { ...r, heap, problems };
  } catch (e) {
    throw new Error(`${e.message}${problems.length ? ` (${problems.join('; ')})` : ''}`, { cause: e });
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.dist) DIST = opts.dist;
  const want = (w) => !opts.only || opts.only.has(w);
  const manifest = JSON.parse(readFileSync(join(BENCH, 'pages', 'manifest.json'), 'utf8'));
  const result = { date: new Date().toISOString(), node: process.version, runs: opts.runs, warmup: opts.warmup, goals: GOALS };
  let harnessFailed = false;

  await buildAnchors({ force: opts.rebuild });

  // Sizes: bytes do not jitter.
  if (want('size')) result.sizes = measureSizes(manifest);

  // Pages.
  const pages = manifest.pages.filter((p) => want(p.workload)).map((p) => ({ ...p, status: 'ok' }));
  if (pages.length) {
    const puppeteer = (await import('puppeteer-core')).default;
    const executablePath = chromePath();
    const server = await serve();
    const origin = `http://127.0.0.1:${server.address().port}`;
    const userDataDir = mkdtempSync(join(tmpdir(), 'gip-bench-'));
    const browser = await puppeteer.launch({
      executablePath, headless: true, userDataDir, defaultViewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--no-first-run', '--disable-sync', '--disable-extensions', '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
    });
    try {
      result.browser = await browser.version();

      // Which of our elements does the CDN bundle define yet?
      const defined = {};
      const waited = [...new Set(pages.map((p) => p.waitsFor).filter(Boolean))];
      if (waited.length && existsSync(oursBundle())) {
        const ctx = await browser.createBrowserContext();
        const page = await ctx.newPage();
        await page.goto(`${origin}/__probe.html`, { waitUntil: 'load' });
        Object.assign(defined, await page.evaluate((names) => Object.fromEntries(names.map((n) => [n, !!customElements.get(n)])), waited));
        await ctx.close();
      }
      result.defined = defined;
      for (const p of pages) {
        const missing = missingAssets(join(BENCH, 'pages', p.page));
        if (missing.length) { p.status = 'missing'; p.note = `missing ${missing.join(', ')}${missing.some((m) => m.startsWith('/dist/')) ? ' (npm run build)' : ''}`; }
        else if (p.waitsFor && !defined[p.waitsFor]) { p.status = 'waits'; p.note = `waits for <${p.waitsFor}>`; }
      }

      const active = pages.filter((p) => p.status === 'ok');
      for (const p of active) p.samples = [];
      const total = opts.warmup + opts.runs;
      for (let run = 0; run < total; run++) {
        process.stderr.write(`bench: ${run < opts.warmup ? 'warm-up' : `run ${run - opts.warmup + 1}/${opts.runs}`} ...\n`);
        for (const p of active) {
          if (p.status !== 'ok') continue;
          try {
            const r = await loadOnce(browser, `${origin}/pages/${p.page}?harness`, opts.timeout);
            if (run >= opts.warmup) p.samples.push(r);
            p.check = r.check;
            if (r.problems.length) p.problems = [...new Set([...(p.problems ?? []), ...r.problems])];
          } catch (e) {
            p.status = 'error';
            p.note = `error: ${e.message.split('\n')[0]}`;
            p.error = e.message;
            harnessFailed = true;
          }
        }
      }
      for (const p of active) {
        p.metrics = {};
        for (const m of ['firstRender', 'renderWork', 'updates', 'moves', 'heap']) {
          const s = stats(p.samples.map((r) => r[m]));
          if (s) p.metrics[m] = s;
        }
        delete p.samples;
      }
    } finally {
      await browser.close().catch(() => {});
      server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  result.pages = pages;

  // Ratios: ours ÷ each anchor and the floor, per metric (medians). Also anchor ÷ floor, for reference.
  result.ratios = [];
  for (const w of Object.keys(WORKLOADS)) {
    const inW = pages.filter((p) => p.workload === w);
    const ours = inW.find((p) => p.role === 'ours');
    for (const other of inW.filter((p) => p.role !== 'ours')) {
      for (const m of WORKLOADS[w].metrics) {
        const goal = goalFor(w, m, other.id);
        const row = { workload: w, metric: m, of: 'ours', vs: other.id, goal: goal?.max ?? null };
        if (ours?.status === 'ok' && other.status === 'ok' && ours.metrics[m] && other.metrics[m]) {
          row.ratio = ours.metrics[m].median / other.metrics[m].median;
          if (goal) row.met = row.ratio <= goal.max;
        } else row.note = ours?.status !== 'ok' ? ours?.note ?? 'no ours page' : other.note;
        result.ratios.push(row);
      }
    }
  }
  if (result.sizes) {
    // Every one of our bundles against every anchor, and the goals in bytes.
    for (const ours of result.sizes.filter((s) => s.ours)) {
      for (const vs of ['chartjs', 'echarts', 'surveyjs', 'sortable', 'stack', 'bytes']) {
        const other = vs === 'bytes' ? { status: 'ok', min: 1, gzip: 1, brotli: 1 } : result.sizes.find((s) => s.id === vs);
        for (const m of ['min', 'gzip', 'brotli']) {
          const goal = goalFor('size', m, vs, ours.id);
          if (vs === 'bytes' && !goal) continue;
          const row = { workload: 'size', metric: m, of: ours.id, vs, goal: goal?.max ?? null };
          if (ours.status === 'ok' && other?.status === 'ok') {
            row.ratio = ours[m] / other[m];
            if (goal) row.met = row.ratio <= goal.max;
          } else row.note = ours.status !== 'ok' ? 'missing (npm run build)' : 'missing';
          result.ratios.push(row);
        }
      }
    }
  }

  // Core figures from bench/core.bench.ts (another script writes them; not run here).
  const corePath = join(BENCH, 'results', 'core.json');
  if (want('core') && existsSync(corePath)) {
    try { result.core = JSON.parse(readFileSync(corePath, 'utf8')); } catch (e) { result.core = { error: `unreadable: ${e.message}` }; }
  }

  mkdirSync(join(BENCH, 'results'), { recursive: true });
  writeFileSync(join(BENCH, 'results', 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  print(result, opts, want);
  return harnessFailed ? 1 : 0;
}

// ---------------------------------------------------------------- report
function print(result, opts, want) {
  const out = [];
  const mark = (r) => (r.met === true ? 'ok' : r.met === false ? 'MISSED' : '');
  const label = (pages, w, id) => (id === 'stack' ? 'the stack' : pages.find((p) => p.workload === w && p.id === id)?.label ?? id);
  out.push(`gender-in-practice bench: ${result.browser ?? 'no browser'}, node ${result.node}, ${result.runs} run(s) per page after ${result.warmup} warm-up`);
  out.push('Figures are RATIOS from this one run (ours / other, medians; < 1 = ours is faster or smaller). Absolute times are');
  out.push('noise on a shared machine and are shown for reference only: median [min-max].');

  for (const [w, def] of Object.entries(WORKLOADS)) {
    const inW = result.pages.filter((p) => p.workload === w);
    if (!inW.length) continue;
    out.push('', def.title);
    const rows = [['page', ...def.metrics.map((m) => `${METRIC_LABEL[m]} (${unitOf(m)})`)]];
    for (const p of inW) {
      if (p.status !== 'ok') { rows.push({ label: p.label, note: p.note }); continue; }
      rows.push([p.label, ...def.metrics.map((m) => {
        const s = p.metrics[m];
        return s ? `${num(s.median)} [${num(s.min)}-${num(s.max)}]` : '-';
      })]);
    }
    out.push(table(rows));
    const rr = [['ratio', ...def.metrics.map((m) => METRIC_LABEL[m])]];
    const ours = inW.find((p) => p.role === 'ours');
    for (const other of inW.filter((p) => p.role !== 'ours')) {
      const cells = def.metrics.map((m) => {
        const r = result.ratios.find((x) => x.workload === w && x.metric === m && x.vs === other.id);
        const g = r?.goal != null ? ` (goal <=${r.goal}${mark(r) ? ` ${mark(r)}` : ''})` : '';
        return r?.ratio != null ? `${ratio(r.ratio)}${g}` : g ? `-${g}` : '-';
      });
      const why = ours?.status !== 'ok' ? ours?.note : other.status !== 'ok' ? other.note : '';
      rr.push([`ours / ${other.label}`, ...cells, ...(why ? [`<- ${why}`] : [])]);
    }
    // Reference while ours waits: how far each anchor is from the floor.
    const floor = inW.find((p) => p.role === 'floor');
    for (const a of inW.filter((p) => p.role === 'anchor')) {
      if (a.status !== 'ok' || floor?.status !== 'ok') continue;
      rr.push([`(ref) ${a.label} / floor`, ...def.metrics.map((m) => (a.metrics[m] && floor.metrics[m] ? ratio(a.metrics[m].median / floor.metrics[m].median) : '-'))]);
    }
    out.push(table(rr));
    for (const p of inW) if (p.check || p.problems) out.push(`  ${p.label}: ${[p.check, ...(p.problems ?? [])].filter(Boolean).join('; ')}`);
  }

  if (result.sizes) {
    out.push('', 'BUNDLE SIZES (bytes do not jitter): min / gzip -9 / brotli -q11, in kB');
    const rows = [['bundle', 'min', 'gzip', 'brotli']];
    for (const s of result.sizes) {
      rows.push(s.status === 'ok' ? [s.label, kB(s.min), kB(s.gzip), kB(s.brotli)] : { label: s.label, note: `missing${s.missing ? ` ${s.missing.join(', ')} (npm run build)` : ''}` });
    }
    out.push(table(rows));
    const rr = [['ratio', 'min', 'gzip', 'brotli']];
    const cell = (r) => {
      const g = r?.goal != null ? ` (goal <=${r.vs === 'bytes' ? `${kB(r.goal)} kB` : r.goal}${mark(r) ? ` ${mark(r)}` : ''})` : '';
      return r?.ratio != null ? `${r.vs === 'bytes' ? `${kB(r.ratio)} kB` : ratio(r.ratio)}${g}` : `-${g}`;
    };
    for (const ours of result.sizes.filter((s) => s.ours)) {
      // The all-in-one bundle against every anchor; each other bundle against the anchors its goals name.
      const against = ours.id === 'ours' ? ['chartjs', 'echarts', 'surveyjs', 'sortable', 'stack']
        : [...new Set(GOALS.filter((g) => g.of === ours.id && g.vs !== 'bytes').map((g) => g.vs))];
      for (const vs of against) {
        const lab = vs === 'stack' ? 'the stack' : result.sizes.find((s) => s.id === vs)?.label;
        rr.push([`${ours.label} / ${lab}`, ...['min', 'gzip', 'brotli'].map((m) => cell(result.ratios.find((x) => x.workload === 'size' && x.metric === m && x.of === ours.id && x.vs === vs)))]);
      }
      const bytes = result.ratios.find((x) => x.workload === 'size' && x.metric === 'gzip' && x.of === ours.id && x.vs === 'bytes');
      if (bytes) rr.push([`${ours.label}, gzip`, '', cell(bytes), '']);
    }
    out.push(table(rr));
    const defined = Object.entries(result.defined ?? {});
    if (defined.length) out.push(`  elements in the CDN bundle: ${defined.map(([n, d]) => `<${n}> ${d ? 'yes' : 'not yet'}`).join(', ')}`);
  }

  if (want('core')) {
    out.push('', 'CORE (bench/results/core.json, from `npm run bench:core`)');
    if (!result.core) out.push('  not there yet: run `npm run bench:core` first');
    else out.push(...coreLines(result.core));
  }

  const goals = result.ratios.filter((r) => r.goal != null);
  const met = goals.filter((r) => r.met === true).length, missed = goals.filter((r) => r.met === false);
  out.push('', `GOALS: ${met} met, ${missed.length} missed, ${goals.length - met - missed.length} waiting` +
    (missed.length ? ` (missed: ${missed.map((r) => (r.vs === 'bytes' ? `${r.of} ${r.metric} ${kB(r.ratio)} kB > ${kB(r.goal)} kB`
      : `${r.workload}${r.of && r.of !== 'ours' ? ` ${r.of}` : ''} ${r.metric} vs ${label(result.pages, r.workload, r.vs)} ${ratio(r.ratio)} > ${r.goal}`)).join('; ')})` : ''));
  out.push('* first render = performance.now() at the first painted frame with content, from navigation (so parse and eval count).');
  out.push(`results: ${join('bench', 'results', 'latest.json')}`);
  console.log(out.join('\n'));
}

/** Prints whatever shape core.json has: its scalar figures, then its list of rows (`rows`, `results` or `benchmarks`). */
function coreLines(core) {
  const cell = (k, v) => {
    if (typeof v === 'number') return /^vs|ratio|over/i.test(k) ? ratio(v) : num(v);
    if (v && typeof v === 'object' && typeof v.median === 'number') return `${num(v.median)}${typeof v.min === 'number' ? ` [${num(v.min)}-${num(v.max)}]` : ''}`;
    return typeof v === 'string' ? v : '-';
  };
  const lines = [];
  const scalars = Object.entries(core).filter(([k, v]) => (typeof v === 'number' || typeof v === 'string') && k !== 'date' && k !== 'node');
  if (scalars.length) lines.push(scalars.map(([k, v]) => `${k} ${cell(k, v)}`).join(', '));
  const list = Array.isArray(core) ? core : [core.rows, core.results, core.benchmarks].find(Array.isArray);
  if (list?.length) {
    const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
    lines.push(...table([keys, ...list.map((r) => keys.map((k) => cell(k, r[k])))]).split('\n'));
  }
  return lines.map((l) => `  ${l}`);
}

main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(`bench: harness failure: ${e.stack ?? e}`);
  process.exitCode = 1;
});
