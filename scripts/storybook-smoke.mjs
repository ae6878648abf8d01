// CI check of the built Storybook (`storybook build -o storybook-static`): every story renders in headless
// Chromium with no page error, no console error and no Storybook error display. Exits 1 on the first bad story list.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const dir = normalize(process.argv[2] ?? 'storybook-static');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
});
const failures = [];
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`); });
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 300));
    const state = await page.evaluate(() => ({
      error: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent ?? 'error display' : '',
      rendered: [...document.querySelectorAll('#storybook-root *')].some((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0),
    }));
    if (state.error) problems.push(`Storybook error: ${state.error}`);
    if (!state.rendered) problems.push('no element rendered');
    // Stories that show bad input on purpose (a URL that does not load…) may log and 404; page errors still fail them.
    const onPurpose = /bad|invalid|fail|error/i.test(story.name);
    const fatal = problems.filter((p) => !onPurpose || !/^(console error|HTTP 4)/.test(p));
    if (fatal.length) failures.push(`${story.id}:\n    ${fatal.join('\n    ')}`);
    console.log(`${fatal.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} of ${stories.length} stories failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nAll ${stories.length} stories rendered.`);
