// A whole assessment round on a real WordPress (started by wp-up.sh), driven in headless Chromium:
// a facilitator creates the round in the admin, three members answer (one submission fails and is
// sent again), the facilitator makes a release and sees it, sets a target and keeps the plan, a
// member gets 403 from the results, bad input gets 400, and the round closes. Then the attack
// suite (issue 12): each step is what a curious facilitator, an editor who facilitates nothing, an
// administrator or a guesser tries, and what they get.
// Run with: node wordpress/e2e/e2e.mjs (after wp-up.sh).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const BASE = `http://127.0.0.1:${process.env.GIP_WP_PORT ?? '8080'}`;
const STATE = process.env.GIP_WP_STATE ?? '/tmp/gip-wp';
const QUERY = fileURLToPath(new URL('query.php', import.meta.url));
const TIMEOUT = 20_000;

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']) {
    if (existsSync(p)) return p;
  }
  throw new Error('no Chromium found: set CHROME_PATH');
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The default assessment, as the plugin ships it. */
const ASSESSMENT = JSON.parse(readFileSync(`${ROOT}/dist/wordpress/gender-in-practice/assets/default-assessment.json`, 'utf8'));
/** The protocol's messages, as the plugin ships them. */
const PROTOCOL = JSON.parse(readFileSync(`${ROOT}/dist/wordpress/gender-in-practice/assets/protocol.json`, 'utf8'));

/** What the server holds, read straight from WordPress's database by query.php. */
function query(...args) {
  return JSON.parse(execFileSync('php', [QUERY, ...args], { encoding: 'utf8' }));
}

let browser;
const sessions = {};

/** A logged-in user in their own browser context (own cookies, like their own device). */
async function session(login) {
  if (sessions[login]) return sessions[login];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Confirmations (take over, withdraw codes) are answered yes, as the person clicking means it.
  page.on('dialog', (d) => d.accept().catch(() => {}));
  await page.goto(`${BASE}/wp-login.php`, { waitUntil: 'load' });
  // WordPress focuses the login field after load and can swallow typed text: set the values.
  await page.evaluate((user) => {
    document.querySelector('#user_login').value = user;
    document.querySelector('#user_pass').value = `${user}-pass`;
  }, login);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  const cookies = await context.cookies(BASE);
  assert.ok(cookies.some((c) => c.name.startsWith('wordpress_logged_in')), `${login} is logged in`);
  sessions[login] = { context, page, errors };
  return sessions[login];
}

/** Runs `fn(host)` in the page against the first `selector` element, waiting until it returns truthy. */
async function waitInElement(page, selector, fn, arg) {
  try {
    const handle = await page.waitForFunction(
      (sel, src, a) => {
        const el = document.querySelector(sel);
        if (!el || !el.shadowRoot) return false;
        return new Function('el', 'arg', `return (${src})(el, arg)`)(el, a);
      },
      { timeout: TIMEOUT, polling: 100 },
      selector, fn.toString(), arg,
    );
    return handle.jsonValue();
  } catch (error) {
    // Say what the element showed instead, so a failure in CI can be understood from its log.
    const shown = await shadowText(page, selector).catch(() => '(page gone)');
    throw new Error(`${selector} never met ${fn.toString().slice(0, 160)}: it shows «${shown.slice(0, 600)}» (${error.message})`, { cause: error });
  }
}

/**
 * Clicks a submit button and waits for the next document to load. (The post editor first rewrites
 * the URL with history.replaceState, which page.waitForNavigation would take for the navigation.)
 */
async function submitAndWait(page, selector) {
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.click(selector);
  await page.waitForFunction((t) => performance.timeOrigin !== t && document.readyState === 'complete',
    { timeout: TIMEOUT, polling: 100 }, before);
}

/** The visible text of an element's shadow root, spaces collapsed. */
function shadowText(page, selector) {
  return page.evaluate((sel) => (document.querySelector(sel)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '), selector);
}

/** A REST call from inside the page, with the page's cookies and an optional nonce. */
function restFrom(page, route, { method = 'GET', body, nonce, raw } = {}) {
  return page.evaluate(async (url, m, b, n, r) => {
    const headers = { Accept: 'application/json' };
    if (n) headers['X-WP-Nonce'] = n;
    if (b !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(url, { method: m, headers, body: r ?? (b === undefined ? undefined : JSON.stringify(b)), credentials: 'same-origin' });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, json, text: text.slice(0, 500) };
  }, `${BASE}/?rest_route=/gender-in-practice/v1/${route}`, method, body, nonce, raw);
}

/** A fresh REST nonce for the page's logged-in user (WordPress's own admin-ajax action). */
function restNonce(page) {
  return page.evaluate(async (base) => (await fetch(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`, { credentials: 'same-origin' })).text(), BASE);
}

/** Loads a page of the admin (or the site) and waits for it. */
async function open(page, path) {
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  return page;
}

/** Clicks something that navigates (a link, a button of another form) and waits for the next document. */
async function clickAndWait(page, selector) {
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.$eval(selector, (el) => el.click());
  await page.waitForFunction((t) => performance.timeOrigin !== t && document.readyState === 'complete',
    { timeout: TIMEOUT, polling: 100 }, before);
}

/** A REST call from Node, with cookies, a nonce or an invitation code as given. */
async function rest(route, { method = 'GET', body, nonce, cookie, code, raw, lang } = {}) {
  const headers = { Accept: 'application/json' };
  if (nonce) headers['X-WP-Nonce'] = nonce;
  if (cookie) headers.Cookie = cookie;
  if (code) headers['X-GE-Code'] = code;
  if (lang) headers['Accept-Language'] = lang;
  if (body !== undefined || raw !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${BASE}/?rest_route=/gender-in-practice/v1/${route}`, {
    method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text: text.slice(0, 600), headers: res.headers };
}

/**
 * A member on their own device, from Node: logs in through wp-login.php as a browser does (its
 * cookies), then takes a REST nonce. Much faster than a browser for the many members of the attacks.
 */
const clients = {};
async function client(login) {
  if (clients[login]) return clients[login];
  const jar = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(await fetch(`${BASE}/wp-login.php`, {
    method: 'POST', redirect: 'manual',
    headers: { Cookie: cookie(), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ log: login, pwd: `${login}-pass`, testcookie: '1' }),
  }));
  assert.ok([...jar.keys()].some((k) => k.startsWith('wordpress_logged_in')), `${login} is logged in`);
  const nonce = await (await fetch(`${BASE}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { Cookie: cookie() } })).text();
  assert.match(nonce, /^[0-9a-f]{10}$/, `${login} has a REST nonce`);
  clients[login] = { login, nonce, rest: (route, options = {}) => rest(route, { ...options, cookie: cookie(), nonce }) };
  return clients[login];
}

/** A complete response to the default assessment: answer `value(dimensionIndex, questionIndex)`. */
function responseFor(group, value) {
  const answers = {};
  ASSESSMENT.dimensions.forEach((d, di) => d.questions.forEach((q, qi) => { answers[q.id] = value(di, qi); }));
  return { assessmentId: ASSESSMENT.id, assessmentVersion: ASSESSMENT.version, answers, ...(group ? { respondent: { group } } : {}) };
}

/** `login` answers round `id` in `group` (null: no group), with answers drawn from `seed` (seeds equal mod 5 answer alike). */
async function answer(login, id, group, seed = 0) {
  const res = await (await client(login)).rest(`rounds/${id}/response`, { method: 'PUT', body: responseFor(group, (d, q) => (seed + d + q) % 5) });
  assert.equal(res.status, 200, `${login} answers round ${id}: ${res.text}`);
  return res.json.status;
}

const staff = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => `staff${String(from + i).padStart(2, '0')}`);

/** What no release may hold: a per-person record or a respondent of any kind. */
function assertNoRecords(body, who) {
  const text = JSON.stringify(body);
  assert.equal(body.responses, undefined, `${who}: no responses list`);
  assert.ok(!text.includes('"respondent"'), `${who}: no respondent`);
  assert.doesNotMatch(text, /"answers":\{"[^"]+":(-?\d|"dk"|"na")/, `${who}: no one's answers (only counts per answer)`);
}

/** The hidden groups of a release hold 0 or at least k people: nobody can be worked out by subtraction. */
function assertComplementary(release, who) {
  const shown = release.groups.filter((g) => g.n !== null).reduce((sum, g) => sum + g.n, 0);
  const hidden = release.n - shown;
  assert.ok(hidden === 0 || hidden >= release.minGroupSize, `${who}: the hidden cells hold ${hidden} people, not between 1 and ${release.minGroupSize - 1}`);
  for (const g of release.groups) {
    if (g.n !== null) assert.ok(g.n >= release.minGroupSize, `${who}: group ${g.id} is shown with ${g.n}`);
  }
}

/** The plugin's scripts a page loads, by file name, sorted (a name twice would show twice). */
function scriptsOf(html) {
  return [...html.matchAll(/plugins\/gender-in-practice\/assets\/([\w.-]+\.js)/g)].map((m) => m[1]).sort();
}

/** The REST nonce the page's element was given. */
function nonceOf(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel)?.getAttribute('nonce') ?? '', selector);
}

const round = { id: 0, answerPage: 0, resultsPage: 0 };
/** The attack suite's rounds ({ id, answerPage }) and invitation codes. */
const attack = {};

describe('a whole round on a real WordPress', { concurrency: false }, () => {
  before(async () => {
    browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
  });

  it('the plugin is active and its scripts are served from the site itself', async () => {
    for (const file of ['gender-in-practice', 'ge-survey', 'socratic-wheel', 'action-plan-board', 'gender-in-practice-round']) {
      const res = await fetch(`${BASE}/wp-content/plugins/gender-in-practice/assets/${file}.min.js`);
      assert.equal(res.status, 200, file);
      assert.match(await res.text(), file === 'gender-in-practice-round' ? /gender-in-practice\/connectors/ : /customElements/, file);
    }
  });

  it('a facilitator creates a round in the admin; the default assessment is filled in; the pages are created', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/wp-admin/post-new.php?post_type=ge_round`, { waitUntil: 'load' });
    const prefilled = await page.$eval('#gip-assessment', (t) => JSON.parse(t.value));
    assert.ok(prefilled.dimensions.length >= 8, 'the default assessment is filled in');
    const roles = await page.$$eval('input[name="gip_audience_roles[]"]', (boxes) => boxes.map((b) => [b.value, b.checked]));
    assert.deepEqual(roles.filter(([, checked]) => !checked), [], 'a new round is open to every role');
    assert.ok(roles.length >= 5);
    assert.equal(await page.$eval('#gip-audience-codes', (c) => c.checked), false);
    assert.equal(await page.$('#gip-open-registration'), null, 'no warning while registration is closed');
    await page.$eval('#title', (t) => { t.value = 'Socratic Wheel 2026'; });
    await page.$eval('#gip-groups', (t) => { t.value = 'staff,management'; });
    await page.$eval('#gip-min-group-size', (t) => { t.value = '3'; });
    assert.equal(await page.$eval('#gip-create-pages', (c) => c.checked), true);
    await submitAndWait(page, '#publish');
    const id = Number(new URL(page.url()).searchParams.get('post'));
    assert.ok(id > 0, `the round was saved (${page.url()})`);
    round.id = id;
    const stored = query('round', String(id));
    assert.equal(stored.post.post_status, 'publish');
    assert.equal(stored.assessment.id, prefilled.id);
    const pages = query('pages', String(id));
    const answer = pages.find((p) => p.content.includes('[ge_survey'));
    const results = pages.find((p) => p.content.includes('[socratic_wheel'));
    assert.ok(answer && results, 'an answer page and a results page');
    assert.ok(results.content.includes('[action_plan_board'));
    round.answerPage = answer.id;
    round.resultsPage = results.id;
  });

  it('an invalid assessment is not saved, and the text the facilitator typed is kept with the problems', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/wp-admin/post.php?post=${round.id}&action=edit`, { waitUntil: 'load' });
    const broken = '{ "id": "broken", "dimensions": [ ';
    await page.$eval('#gip-assessment', (t, v) => { t.value = v; }, broken);
    await submitAndWait(page, '#publish');
    assert.equal(await page.$eval('#gip-assessment', (t) => t.value), broken, 'the typed text is shown again');
    const notice = await page.$$eval('.notice-error, .error', (els) => els.map((e) => e.textContent).join(' '));
    assert.ok(notice.trim().length > 0, 'an error notice says what is wrong');
    assert.equal(query('round', String(round.id)).assessment.dimensions > 0, true, 'the valid assessment stays');
  });

  it('a visitor who is not logged in is asked to log in, and no endpoint is printed', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
    const html = await page.content();
    assert.ok(!html.includes('endpoint='), 'no endpoint for a visitor');
    assert.ok(await page.$('a[href*="wp-login.php"]'), 'a login link');
    const anonymous = await restFrom(page, `rounds/${round.id}`);
    assert.equal(anonymous.status, 401);
    await context.close();
  });

  it('member 1 answers with the mouse, page by page, and the response is stored without identity', async () => {
    const { page, errors } = await session('member1');
    await page.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
    const html = await page.content();
    assert.deepEqual(scriptsOf(html), ['ge-survey.min.js', 'gender-in-practice-round.min.js'], 'the survey’s script and the round add-on, once each, nothing else');
    await waitInElement(page, 'ge-survey', (el) => !!el.shadowRoot.querySelector('[part=title]'));
    // Group first, then every question of each section, then next… until the submit button.
    await page.evaluate(() => {
      const root = document.querySelector('ge-survey').shadowRoot;
      root.querySelector('input[name="respondent group"][value="staff"]').click();
    });
    for (let guard = 0; guard < 30; guard++) {
      const done = await page.evaluate(() => {
        const root = document.querySelector('ge-survey').shadowRoot;
        for (const fieldset of root.querySelectorAll('fieldset.question')) {
          const radios = [...fieldset.querySelectorAll('input[type=radio]')].filter((r) => /^\d+$/.test(r.value));
          if (!fieldset.querySelector('input[type=radio]:checked')) radios[Math.min(3, radios.length - 1)].click();
        }
        const submit = root.querySelector('button[part=submit]');
        (submit ?? root.querySelector('button[part=next]')).click();
        return !!submit;
      });
      await page.evaluate(() => document.querySelector('ge-survey').updateComplete);
      if (done) break;
    }
    await waitInElement(page, 'ge-survey', (el) => (el.shadowRoot.querySelector('[part=round-status]')?.textContent ?? '').includes('received'));
    const stored = query('responses', String(round.id));
    assert.equal(stored.count, 1);
    assert.equal(stored.rows[0].grp, 'staff');
    const body = JSON.parse(stored.rows[0].response);
    assert.equal(body.respondent?.id, undefined, 'no respondent id');
    assert.ok(!stored.rows[0].response.includes('member1'), 'no login in the stored response');
    assert.match(stored.rows[0].member_hash, /^[0-9a-f]{64}$/);
    assert.deepEqual(errors, []);
  });

  it('member 2: the first submission fails on the way, stays in the browser, and is sent again once', async () => {
    const { page, errors } = await session('member2');
    await page.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
    await waitInElement(page, 'ge-survey', (el) => !!el.shadowRoot.querySelector('[part=title]'));
    await page.setRequestInterception(true);
    let cut = true;
    let aborted = 0;
    const onRequest = (request) => {
      if (cut && request.method() === 'PUT' && decodeURIComponent(request.url()).includes(`/rounds/${round.id}/response`)) {
        aborted += 1;
        request.abort('internetdisconnected');
      } else request.continue();
    };
    page.on('request', onRequest);
    await page.evaluate((assessment) => {
      const el = document.querySelector('ge-survey');
      const answers = {};
      for (const d of el.assessment?.dimensions ?? assessment.dimensions) for (const q of d.questions) answers[q.id] = 2;
      el.response = { assessmentId: el.assessment.id, assessmentVersion: el.assessment.version, answers, respondent: { group: 'staff' } };
    }, null);
    await page.evaluate(() => document.querySelector('ge-survey').updateComplete);
    await page.evaluate(() => document.querySelector('ge-survey').submit());
    await waitInElement(page, 'ge-survey', (el) => (el.shadowRoot.querySelector('[part=round-status]')?.textContent ?? '').includes('No connection'));
    assert.ok(aborted >= 1, 'the submission was cut off');
    assert.equal(query('responses', String(round.id)).count, 1, 'nothing counted while it failed');
    const queued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':outbox') || k.includes('survey-outbox')).length);
    assert.equal(queued, 1, 'the submission waits in the browser');
    cut = false;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitInElement(page, 'ge-survey', (el) => (el.shadowRoot.querySelector('[part=round-status]')?.textContent ?? '').includes('received'));
    page.off('request', onRequest);
    await page.setRequestInterception(false);
    assert.equal(query('responses', String(round.id)).count, 2);
    // Sending it again (a second submit) updates the same response: never counted twice.
    const sent = page.evaluate(() => new Promise((resolve) => document.querySelector('ge-survey')
      .addEventListener('ge-survey-sent', (e) => resolve(e.detail.status), { once: true })));
    await page.evaluate(() => document.querySelector('ge-survey').submit());
    assert.equal(await sent, 'updated');
    assert.equal(query('responses', String(round.id)).count, 2);
    assert.deepEqual(errors, []);
  });

  it('member 3 answers in the other group', async () => {
    const { page } = await session('member3');
    await page.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
    await waitInElement(page, 'ge-survey', (el) => !!el.shadowRoot.querySelector('[part=title]'));
    const status = await page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelector('ge-survey');
      const answers = {};
      for (const d of el.assessment.dimensions) for (const q of d.questions) answers[q.id] = d.questions.indexOf(q) % 2 ? 4 : 'dk';
      el.response = { assessmentId: el.assessment.id, assessmentVersion: el.assessment.version, answers, respondent: { group: 'management' } };
      el.addEventListener('ge-survey-sent', (e) => resolve(e.detail.status), { once: true });
      el.updateComplete.then(() => el.submit());
    }));
    assert.equal(status, 'created');
    assert.equal(query('responses', String(round.id)).count, 3);
  });

  it('on a French site the survey, the wheel and the round screen speak French', async () => {
    query('locale', 'fr_FR');
    try {
      const { page } = await session('member3');
      await page.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
      assert.match(await page.$eval('html', (h) => h.lang), /^fr/);
      await waitInElement(page, 'ge-survey', (el) => /Voici les réponses que vous avez envoyées/.test(el.shadowRoot.textContent));
      // The member's own answers came back from the server: the form starts from them.
      assert.ok(await page.evaluate(() => Object.keys(document.querySelector('ge-survey').response.answers).length > 40));
      const facilitator = (await session('facilitator')).page;
      await facilitator.goto(`${BASE}/wp-admin/post.php?post=${round.id}&action=edit`, { waitUntil: 'load' });
      const screen = await facilitator.content();
      assert.ok(screen.includes('Réglages du tour'), 'the plugin’s admin strings in French');
      assert.ok(screen.includes('Qui peut répondre') && screen.includes('Les résultats peuvent être vus par'), 'the new settings in French');
      await facilitator.goto(`${BASE}/?page_id=${round.resultsPage}`, { waitUntil: 'load' });
      await waitInElement(facilitator, 'socratic-wheel', (el) => el.resultsState === 'ready');
      assert.match(await shadowText(facilitator, 'socratic-wheel'), /Actualiser|mis à jour|réponses/i);
    } finally {
      query('locale', 'en_US');
    }
  });

  it('a page with a member’s nonce is never kept by a page cache; a plain shortcode page may be', () => {
    const survey = query('render', 'member1', `[ge_survey round="${round.id}"]`);
    assert.match(survey.html, /<ge-survey [^>]*endpoint=/);
    assert.match(survey.html, /storage-key="gip-\d+-[0-9a-f]{16}"/, 'a storage key of this member');
    assert.equal(survey.donotcache, true);
    const other = query('render', 'member2', `[ge_survey round="${round.id}"]`);
    assert.notEqual(other.html.match(/storage-key="([^"]+)"/)[1], survey.html.match(/storage-key="([^"]+)"/)[1]);
    const plain = query('render', 'member1', '[socratic_wheel show-table]');
    assert.match(plain.html, /<socratic-wheel show-table/);
    assert.deepEqual(plain.scripts, ['socratic-wheel'], 'a plain shortcode enqueues its element’s script, never the round add-on');
    assert.deepEqual(survey.scripts, ['ge-survey', 'gender-in-practice-round'], 'a round’s survey: its script and the add-on');
    assert.equal(plain.donotcache, false);
  });

  it('member 1 comes back and finds their own answers, and only theirs', async () => {
    const { page } = await session('member1');
    const nonce = await nonceOf(page, 'ge-survey');
    const mine = await restFrom(page, `rounds/${round.id}`, { nonce });
    assert.equal(mine.status, 200);
    assert.equal(mine.json.mine.response.respondent.group, 'staff');
    assert.equal(mine.json.round.status, 'open');
    assert.ok(!JSON.stringify(mine.json).includes('management"}'), 'no one else’s response');
  });

  it('a member without the capability gets 403 from the results, targets and plan; without the nonce, 401', async () => {
    const { page } = await session('member1');
    const nonce = await nonceOf(page, 'ge-survey');
    assert.ok(nonce, 'the page gave the member a nonce');
    for (const [route, method, body] of [['results', 'GET'], ['targets', 'PUT', { values: {} }], ['plan', 'GET'], ['status', 'PUT', { status: 'closed' }]]) {
      const res = await restFrom(page, `rounds/${round.id}/${route}`, { nonce, method, body });
      assert.equal(res.status, 403, `${method} ${route}: ${res.text}`);
      assert.ok(!res.text.includes('answers'), 'no responses in the refusal');
    }
    const noNonce = await restFrom(page, `rounds/${round.id}/results`);
    assert.equal(noNonce.status, 401);
    // The results page says so, without an endpoint.
    await page.goto(`${BASE}/?page_id=${round.resultsPage}`, { waitUntil: 'load' });
    assert.ok(!(await page.content()).includes('endpoint='));
  });

  it('bad input gets a 400 with a message, in the language asked for, and writes nothing', async () => {
    const { page } = await session('member1');
    await page.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
    const nonce = await nonceOf(page, 'ge-survey');
    const before = query('responses', String(round.id)).rows.map((r) => r.response);
    const notJson = await restFrom(page, `rounds/${round.id}/response`, { nonce, method: 'PUT', raw: '{ not json', body: {} });
    assert.equal(notJson.status, 400, notJson.text);
    assert.ok(notJson.json?.message, 'a message');
    const huge = await restFrom(page, `rounds/${round.id}/response`, { nonce, method: 'PUT', body: { answers: {}, pad: 'x'.repeat(300 * 1024) } });
    assert.equal(huge.status, 400, huge.text);
    assert.equal(huge.json.code, 'ge-too-large');
    const wrong = await restFrom(page, `rounds/${round.id}/response`, { nonce, method: 'PUT',
      body: { assessmentId: 'nope', assessmentVersion: '0', answers: { 'no-such-question': 99 }, respondent: { group: 'ceo' } } });
    assert.equal(wrong.status, 400, wrong.text);
    assert.equal(wrong.json.code, 'ge-invalid-response');
    assert.ok(wrong.json.data.errors.length >= 2, 'the problems are listed');
    const french = await page.evaluate(async (url, n) => {
      const res = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': n, 'Accept-Language': 'fr' },
        body: JSON.stringify({ answers: { 'no-such-question': 1 } }), credentials: 'same-origin' });
      return { status: res.status, json: await res.json() };
    }, `${BASE}/?rest_route=/gender-in-practice/v1/rounds/${round.id}/response`, nonce);
    assert.equal(french.status, 400);
    assert.match(french.json.message, /réponse|problème/i, french.json.message);
    const unknownRound = await restFrom(page, 'rounds/999999', { nonce });
    assert.equal(unknownRound.status, 404);
    assert.deepEqual(query('responses', String(round.id)).rows.map((r) => r.response), before, 'nothing written');
  });

  it('the facilitator makes the first release: aggregates only, small groups hidden on the server; a second one at once is refused', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/?page_id=${round.resultsPage}`, { waitUntil: 'load' });
    const html = await page.content();
    assert.deepEqual(scriptsOf(html), ['action-plan-board.min.js', 'gender-in-practice-round.min.js', 'socratic-wheel.min.js'], 'the wheel’s and the board’s scripts and the add-on, once each');
    const nonce = await nonceOf(page, 'socratic-wheel');
    const before = await restFrom(page, `rounds/${round.id}/results`, { nonce });
    assert.equal(before.status, 200, before.text);
    assert.equal(before.json.protocol, 2);
    assert.equal(before.json.n, 3);
    assert.equal(before.json.releases, 0);
    assert.equal(before.json.release, null, 'nothing to see before the first release');
    assert.deepEqual(before.json.next, { allowed: true, needed: 0 });
    assertNoRecords(before.json, 'before the first release');
    const made = await restFrom(page, `rounds/${round.id}/releases`, { nonce, method: 'POST', body: {} });
    assert.equal(made.status, 201, made.text);
    const release = made.json.release;
    assert.equal(release.id, 1);
    assert.equal(release.n, 3);
    assert.equal(release.minGroupSize, 3);
    assert.equal(release.suppressed, false);
    // staff 2 and management 1, k = 3: both groups are hidden, with no count.
    assert.deepEqual(release.groups.map((g) => [g.id, g.n]), [['staff', null], ['management', null]]);
    const [first] = ASSESSMENT.dimensions;
    assert.equal(release.dimensions[first.id].n, 3);
    assert.deepEqual(release.dimensions[first.id].scores, [...release.dimensions[first.id].scores].sort((a, b) => a - b), 'scores sorted: nothing links one person across dimensions');
    assertNoRecords(made.json, 'the first release');
    assert.deepEqual(made.json.next, { allowed: false, needed: 3 });
    const again = await restFrom(page, `rounds/${round.id}/releases`, { nonce, method: 'POST', body: {} });
    assert.equal(again.status, 409, again.text);
    assert.equal(again.json.code, 'ge-release-too-soon');
    assert.equal(again.json.data.needed, 3);
    assert.deepEqual(query('releases', String(round.id)).map((r) => r.seq), [1], 'one release stored');
  });

  it('the facilitator’s wheel draws the release and says what the next one needs', async () => {
    const { page, errors } = await session('facilitator');
    await page.goto(`${BASE}/?page_id=${round.resultsPage}`, { waitUntil: 'load' });
    await waitInElement(page, 'socratic-wheel', (el) => el.resultsState === 'ready' && /Release 1\b/.test(el.shadowRoot.textContent));
    const text = await shadowText(page, 'socratic-wheel');
    assert.match(text, /needs 3/, 'the next release needs 3 more responses');
    const drawn = await page.evaluate(() => document.querySelector('socratic-wheel').shadowRoot.querySelectorAll('[part~=series]').length);
    assert.ok(drawn >= 1, 'the current series is drawn');
    assert.deepEqual(errors, []);
  });

  it('the facilitator sets a target with the keyboard; it is saved in the database', async () => {
    const { page } = await session('facilitator');
    await page.evaluate(() => document.querySelector('socratic-wheel').shadowRoot.querySelector('[role=slider]').focus());
    await page.keyboard.press('End');
    await waitInElement(page, 'socratic-wheel', (el) => el.targetsState === 'saved');
    const meta = query('round', String(round.id)).meta;
    const targets = typeof meta._gip_targets === 'string' ? JSON.parse(meta._gip_targets) : meta._gip_targets;
    assert.ok(Object.values(targets).includes(10), `a target of 10 is stored (${JSON.stringify(targets)})`);
  });

  it('the facilitator adds a suggested action; the plan is saved, and is there after a reload', async () => {
    const { page } = await session('facilitator');
    await waitInElement(page, 'action-plan-board', (el) => el.syncState === 'loaded' || el.syncState === 'saved');
    await waitInElement(page, 'action-plan-board', (el) => !!el.shadowRoot.querySelector('button[data-act=suggest]'));
    const title = await page.evaluate(() => {
      const root = document.querySelector('action-plan-board').shadowRoot;
      const button = root.querySelector('button[data-act=suggest]');
      button.click();
      return button.closest('li')?.querySelector('h3, strong, .title')?.textContent?.trim() ?? '';
    });
    await waitInElement(page, 'action-plan-board', (el) => el.syncState === 'saved');
    const plan = query('round', String(round.id)).plan;
    assert.equal(Number(plan.revision), 1);
    const stored = JSON.parse(plan.plan);
    assert.equal(stored.actions.length, 1);
    if (title) assert.ok(stored.actions[0].title.length > 0);
    await page.reload({ waitUntil: 'load' });
    await waitInElement(page, 'action-plan-board', (el) => el.syncState === 'loaded');
    const cards = await page.evaluate(() => document.querySelector('action-plan-board').shadowRoot.querySelectorAll('li[data-id]').length);
    assert.equal(cards, 1);
  });

  it('each route describes itself (OPTIONS); WordPress checks the simple bodies, answered in the protocol’s codes, after who may ask', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/?page_id=${round.resultsPage}`, { waitUntil: 'load' });
    const nonce = await nonceOf(page, 'socratic-wheel');
    const options = await rest(`rounds/${round.id}/status`, { method: 'OPTIONS' });
    assert.equal(options.status, 200, options.text);
    assert.equal(options.json.schema.title, 'gender-in-practice-status');
    assert.deepEqual(options.json.endpoints[0].args.status.enum, ['open', 'closed']);
    assert.equal(options.json.endpoints[0].args.status.required, true);
    const plan = await rest(`rounds/${round.id}/plan`, { method: 'OPTIONS' });
    assert.equal(plan.json.schema.properties.revision.minimum, 0);
    assert.deepEqual((await rest(`rounds/${round.id}/results`, { method: 'OPTIONS' })).json.schema.properties.next.properties.needed, { type: 'integer' });
    // A bad status: WordPress's enum says no; the answer keeps the protocol's code, in French if asked.
    const shut = await page.evaluate(async (url, n) => {
      const res = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': n, 'Accept-Language': 'fr' }, body: '{"status":"shut"}', credentials: 'same-origin' });
      return { status: res.status, json: await res.json() };
    }, `${BASE}/?rest_route=/gender-in-practice/v1/rounds/${round.id}/status`, nonce);
    assert.equal(shut.status, 400);
    assert.equal(shut.json.code, 'ge-invalid-status');
    assert.deepEqual(shut.json.data.errors.map((e) => [e.path, e.code]), [['status', 'invalid-status']]);
    assert.match(shut.json.message, /statut/i);
    const missing = await restFrom(page, `rounds/${round.id}/status`, { nonce, method: 'PUT', body: {} });
    assert.equal(missing.json.code, 'ge-invalid-status');
    assert.deepEqual(missing.json.data.errors.map((e) => e.code), ['required']);
    const revision = await restFrom(page, `rounds/${round.id}/plan`, { nonce, method: 'PUT', body: { plan: { format: 'gender-in-practice/plan', version: 1, actions: [] }, revision: -1 } });
    assert.equal(revision.status, 400, revision.text);
    assert.equal(revision.json.code, 'ge-invalid-plan');
    assert.deepEqual(revision.json.data.errors.map((e) => [e.path, e.code]), [['revision', 'not-integer']]);
    // 1e400 is read as infinity: a 400 at its path, never a plan stored as null.
    const stored = query('round', String(round.id)).plan;
    const current = (await restFrom(page, `rounds/${round.id}/plan`, { nonce })).json.revision;
    const infinite = await restFrom(page, `rounds/${round.id}/plan`, { nonce, method: 'PUT',
      raw: `{"plan":{"format":"gender-in-practice/plan","version":1,"actions":[{"id":"a1","title":"GE item","status":"todo","days":1e400}]},"revision":${current}}` });
    assert.equal(infinite.status, 400, infinite.text);
    assert.deepEqual(infinite.json.data.errors.map((e) => [e.path, e.code]), [['plan.actions[0].days', 'not-number']]);
    assert.deepEqual(query('round', String(round.id)).plan, stored, 'the plan is unchanged');
    // Who may ask comes first: a member with a bad body is told 403, a visitor 401.
    const member = await client('member1');
    const memberBad = await member.rest(`rounds/${round.id}/status`, { method: 'PUT', body: { status: 'shut' } });
    assert.equal(memberBad.status, 403, memberBad.text);
    const visitorBad = await rest(`rounds/${round.id}/status`, { method: 'PUT', body: { status: 'shut' } });
    assert.equal(visitorBad.status, 401, visitorBad.text);
    // POST is accepted wherever PUT is.
    const post = await restFrom(page, `rounds/${round.id}/targets`, { nonce, method: 'POST', body: { values: { [ASSESSMENT.dimensions[0].id]: 7 } } });
    assert.equal(post.status, 200, post.text);
    assert.equal(post.json.targets[ASSESSMENT.dimensions[0].id], 7);
  });

  it('the facilitator closes the round; members can no longer answer, and see their answers read-only', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/wp-admin/post.php?post=${round.id}&action=edit`, { waitUntil: 'load' });
    await page.click('input[name=gip_status][value=closed]');
    await submitAndWait(page, '#publish');
    assert.equal(query('round', String(round.id)).meta._gip_status, 'closed');
    // Nothing changed since release 1: no final release, and the screen says what one would need.
    const warning = await page.$$eval('.gip-settings-warning', (els) => els.map((e) => e.textContent).join(' '));
    assert.match(warning, /No final release was made: a new release needs 3 more responses/, warning);
    assert.equal(query('releases', String(round.id)).length, 1, 'the last release stands');
    const member = (await session('member1')).page;
    await member.goto(`${BASE}/?page_id=${round.answerPage}`, { waitUntil: 'load' });
    await waitInElement(member, 'ge-survey', (el) => /closed/i.test(el.shadowRoot.textContent ?? ''));
    assert.equal(await member.evaluate(() => !!document.querySelector('ge-survey').shadowRoot.querySelector('button[part=submit]')), false);
    const nonce = await nonceOf(member, 'ge-survey');
    const late = await restFrom(member, `rounds/${round.id}/response`, { nonce, method: 'PUT',
      body: { assessmentId: 'x', assessmentVersion: 'x', answers: {} } });
    assert.equal(late.status, 409, late.text);
    assert.equal(late.json.code, 'ge-round-closed');
    assert.equal(query('responses', String(round.id)).count, 3);
  });

  /* ------------------------------------------------------------------ the attack suite (issue 12) */

  it('attack: the facilitator removes the lone board member’s group to read them as an unlabelled record; refused, and even with the group gone (database edit) the release labels nobody', async () => {
    attack.a = query('make-round', 'facilitator', 'Attack A', 'staff,board', '5');
    const id = attack.a.id;
    for (const [i, login] of staff(1, 10).entries()) await answer(login, id, 'staff', i);
    await answer('chair', id, 'board', 3);
    // The attack: remove `board` on the round's screen.
    const { page } = await session('facilitator');
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    await page.$eval('#gip-groups', (t) => { t.value = 'staff'; });
    await submitAndWait(page, '#publish');
    assert.equal(query('round', String(id)).meta._gip_groups, 'staff,board', 'the groups are unchanged');
    const refusal = await page.$eval('#gip-settings-errors', (e) => e.textContent);
    assert.match(refusal, /"board" holds responses, so it stays in the round/, refusal);
    const facilitator = await client('facilitator');
    const live = await facilitator.rest(`rounds/${id}/results`);
    assertNoRecords(live.json, 'the live results');
    const first = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(first.status, 201, first.text);
    assertNoRecords(first.json, 'release 1');
    assert.deepEqual(first.json.release.groups.map((g) => [g.id, g.n, g.reason]), [['staff', null, 'complementary'], ['board', null, 'below-min-size']],
      'board (1) is hidden, and staff with it, or the whole minus staff would be the chair');
    // Even when the group goes by other means (someone edits the database), the chair is the residual cell, hidden.
    query('set-meta', String(id), '_gip_groups', 'staff');
    for (const [i, login] of staff(1, 5).entries()) await answer(login, id, 'staff', i + 1);
    const second = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(second.status, 201, second.text);
    assertNoRecords(second.json, 'release 2');
    assert.deepEqual(second.json.release.groups.map((g) => [g.id, g.n]), [['staff', null], ['', null]], 'nobody is labelled: staff hidden beside the residual cell');
    assertComplementary(second.json.release, 'release 2');
    query('set-meta', String(id), '_gip_groups', 'staff,board');
  });

  it('attack: one member answers with no group beside two groups at k; the facilitator subtracts the groups from the whole: the residual cell is counted and hidden with a complement; simultaneous requests make one release', async () => {
    attack.b = query('make-round', 'facilitator', 'Attack B', 'staff,management', '5');
    const id = attack.b.id;
    for (const [i, login] of staff(1, 5).entries()) await answer(login, id, 'staff', i);
    for (const [i, login] of staff(6, 10).entries()) await answer(login, id, 'management', i);
    await answer('chair', id, null, 2);
    const facilitator = await client('facilitator');
    assertNoRecords((await facilitator.rest(`rounds/${id}/results`)).json, 'the live results');
    const made = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(made.status, 201, made.text);
    const { release } = made.json;
    assert.deepEqual(release.groups.map((g) => [g.id, g.n === null ? null : g.n]), [['staff', null], ['management', 5], ['', null]]);
    assertComplementary(release, 'whole minus the shown groups');
    assertNoRecords(made.json, 'release');
    // Three requests for a release at once, after 5 changes: exactly one lands (unique seq per round).
    for (const [i, login] of staff(1, 5).entries()) await answer(login, id, 'staff', i + 1);
    const statuses = (await Promise.all([1, 2, 3].map(() => facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} })))).map((r) => r.status);
    assert.deepEqual(statuses.sort(), [201, 409, 409], `simultaneous requests: ${statuses}`);
    assert.deepEqual(query('releases', String(id)).map((r) => r.seq), [1, 2]);
  });

  it('attack: differencing across one known submission — the facilitator reads, a colleague answers, the facilitator reads again: the same release, and a new one is refused (409, needs 4)', async () => {
    const id = attack.a.id;
    const facilitator = await client('facilitator');
    const before = await facilitator.rest(`rounds/${id}/results`);
    await answer('member1', id, 'staff', 4);
    const after = await facilitator.rest(`rounds/${id}/results`);
    assert.equal(after.json.n, before.json.n + 1, 'the live count says someone answered (and nothing more)');
    assert.deepEqual(after.json.release, before.json.release, 'the release did not change');
    assert.deepEqual(after.json.next, { allowed: false, needed: 4 });
    const refused = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(refused.status, 409, refused.text);
    assert.equal(refused.json.code, 'ge-release-too-soon');
    assert.equal(refused.json.data.needed, 4);
    assert.equal(query('releases', String(id)).length, 2, 'no release was made');
  });

  it('attack: differencing across one change — the colleague changes their answers: still the same release, still 409 (needs 4)', async () => {
    const id = attack.a.id;
    const facilitator = await client('facilitator');
    const before = await facilitator.rest(`rounds/${id}/results`);
    assert.equal(await answer('member1', id, 'staff', 1), 'updated');
    const after = await facilitator.rest(`rounds/${id}/results`);
    assert.equal(after.json.n, before.json.n, 'a change adds no one');
    assert.deepEqual(after.json.release, before.json.release);
    const refused = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(refused.status, 409);
    assert.equal(refused.json.data.needed, 4);
  });

  it('attack: a group goes from k−1 to k — the newcomer would be the difference: the release stays, 409 until 4 more change; then both groups show, 5 people apart; closing and reopening reset nothing', async () => {
    attack.c = query('make-round', 'facilitator', 'Attack C', 'staff,board', '5');
    const id = attack.c.id;
    for (const [i, login] of staff(1, 6).entries()) await answer(login, id, 'staff', i);
    for (const [i, login] of staff(7, 10).entries()) await answer(login, id, 'board', i);
    const facilitator = await client('facilitator');
    const first = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(first.status, 201);
    assert.deepEqual(first.json.release.groups.map((g) => g.n), [null, null], 'board has 4: hidden, staff with it');
    await answer('chair', id, 'board', 0);
    const after = await facilitator.rest(`rounds/${id}/results`);
    assert.deepEqual(after.json.release, first.json.release, 'the fifth board member changes nothing visible');
    const refused = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(refused.status, 409);
    assert.equal(refused.json.data.needed, 4);
    for (const [i, login] of staff(1, 4).entries()) await answer(login, id, 'staff', i + 2);
    const second = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(second.status, 201, second.text);
    assert.deepEqual(second.json.release.groups.map((g) => [g.id, g.n]), [['staff', 6], ['board', 5]]);
    assertNoRecords(second.json, 'release 2');
    // Closing makes no release (nothing changed); reopening resets nothing.
    const closed = await facilitator.rest(`rounds/${id}/status`, { method: 'PUT', body: { status: 'closed' } });
    assert.deepEqual(closed.json, { protocol: 2, status: 'closed', release: { made: false, needed: 5 } });
    const reopened = await facilitator.rest(`rounds/${id}/status`, { method: 'PUT', body: { status: 'open' } });
    assert.equal(reopened.json.status, 'open');
    const results = await facilitator.rest(`rounds/${id}/results`);
    assert.equal(results.json.releases, 2);
    assert.deepEqual(results.json.next, { allowed: false, needed: 5 });
  });

  it('attack: lowering k after collection to show the 5-person board at k = 3 — refused on the round screen (k stays 5); raising it to 6 hides board (and staff, its complement) in the release already made', async () => {
    const id = attack.c.id;
    const { page } = await session('facilitator');
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    await page.$eval('#gip-min-group-size', (t) => { t.value = '3'; });
    await submitAndWait(page, '#publish');
    const refusal = await page.$eval('#gip-settings-errors', (e) => e.textContent);
    assert.match(refusal, /cannot be lowered once the round has responses/, refusal);
    assert.equal(Number(query('round', String(id)).meta._gip_min_group_size), 5);
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    await page.$eval('#gip-min-group-size', (t) => { t.value = '6'; });
    await submitAndWait(page, '#publish');
    assert.equal(await page.$('#gip-settings-errors'), null, 'raising is allowed');
    assert.equal(Number(query('round', String(id)).meta._gip_min_group_size), 6);
    const results = await (await client('facilitator')).rest(`rounds/${id}/results`);
    assert.equal(results.json.release.minGroupSize, 6);
    assert.deepEqual(results.json.release.groups.map((g) => [g.id, g.n, g.reason]), [['staff', null, 'complementary'], ['board', null, 'below-min-size']],
      'board (5) is hidden at k = 6, and staff with it');
  });

  it('attack: padding — the facilitator answers into the 4-person board to lift it to k: the board stays hidden for them, and their answer never counts towards a release; closing makes the final release once 5 others changed', async () => {
    attack.d = query('make-round', 'facilitator', 'Attack D', 'staff,board', '5');
    const id = attack.d.id;
    for (const [i, login] of staff(1, 6).entries()) await answer(login, id, 'staff', i);
    for (const [i, login] of staff(7, 10).entries()) await answer(login, id, 'board', i);
    await answer('facilitator', id, 'board', 0);
    const facilitator = await client('facilitator');
    assertNoRecords((await facilitator.rest(`rounds/${id}/results`)).json, 'the live results');
    const made = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(made.status, 201, made.text);
    assert.equal(made.json.release.n, 11);
    assert.deepEqual(made.json.release.groups.map((g) => [g.id, g.n, g.reason]), [['staff', null, 'complementary'], ['board', null, 'below-min-size']],
      'board holds 5 responses, only 4 of them others’');
    // Changing their own answer 5 times over is still no change that counts.
    await answer('facilitator', id, 'board', 3);
    const next = await facilitator.rest(`rounds/${id}/releases`, { method: 'POST', body: {} });
    assert.equal(next.status, 409);
    assert.equal(next.json.data.needed, 5);
    // Five others change their answers: closing the round on its screen now makes the final release.
    for (const [i, login] of staff(1, 5).entries()) await answer(login, id, 'staff', i + 1);
    const { page } = await session('facilitator');
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    await page.click('input[name=gip_status][value=closed]');
    await submitAndWait(page, '#publish');
    assert.match(await page.$eval('.gip-settings-info', (n) => n.textContent), /a final release of its results was made/);
    assert.deepEqual(query('releases', String(id)).map((r) => r.seq), [1, 2]);
    const final = await facilitator.rest(`rounds/${id}/results`);
    assert.deepEqual(final.json.release.groups.map((g) => [g.id, g.n]), [['staff', null], ['board', null]], 'still hidden for the padder');
  });

  it('attack: an editor who facilitates nothing asks for a round’s results, targets, plan and status, opens it in the admin, and uses the results shortcode: 403 with a true message, refused, nothing shown', async () => {
    const id = attack.a.id;
    const editor = await client('editor2');
    const routes = [['results', 'GET'], ['releases', 'POST', {}], ['targets', 'PUT', { values: {} }], ['plan', 'GET'],
      ['plan', 'PUT', { plan: { format: 'gender-in-practice/plan', version: 1, actions: [] }, revision: 0 }], ['status', 'PUT', { status: 'closed' }]];
    for (const [route, method, body] of routes) {
      const res = await editor.rest(`rounds/${id}/${route}`, { method, body });
      assert.equal(res.status, 403, `${method} ${route}: ${res.text}`);
      assert.equal(res.json.code, 'ge-forbidden');
      assert.equal(res.json.message, PROTOCOL.messages.server['ge-forbidden'].en);
      assert.ok(!res.text.includes('scores'), 'nothing of the results in the refusal');
    }
    assert.equal(query('round', String(id)).meta._gip_status, 'open', 'the round is still open');
    const { page } = await session('editor2');
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    assert.match(await page.$eval('body', (b) => b.textContent), /not allowed to edit this item/);
    await open(page, '/wp-admin/edit.php?post_type=ge_round');
    assert.equal(await page.$(`#post-${id} a.row-title`), null, 'no edit link in the rounds list');
    assert.equal(await page.$(`#post-${id} .row-actions .trash`), null, 'no trash link');
    const shortcode = query('render', 'editor2', `[socratic_wheel round="${id}"][action_plan_board round="${id}"]`);
    assert.ok(!shortcode.html.includes('<socratic-wheel') && !shortcode.html.includes('<action-plan-board'), shortcode.html);
    assert.match(shortcode.html, /gip-facilitators-only/);
    // The owner names editor2: now they are a facilitator (and the screen says who sees results).
    const owner = (await session('facilitator')).page;
    await open(owner, `/wp-admin/post.php?post=${attack.b.id}&action=edit`);
    const editorId = query('user-id', 'editor2').id;
    await owner.$eval(`#gip-facilitator-${editorId}`, (c) => { c.checked = true; });
    await submitAndWait(owner, '#publish');
    assert.match(await owner.$eval('#gip-who-sees-results', (p) => p.textContent), /editor2/);
    assert.equal((await editor.rest(`rounds/${attack.b.id}/results`)).status, 200, 'named: results are open to them');
  });

  it('attack: an administrator reads a round that is not theirs: 403 and no edit screen; after taking it over (recorded, listed on the round screen), they see the release', async () => {
    const id = attack.a.id;
    const { page } = await session('admin');
    await open(page, '/wp-admin/edit.php?post_type=ge_round');
    const nonce = await restNonce(page);
    const before = await restFrom(page, `rounds/${id}/results`, { nonce });
    assert.equal(before.status, 403, before.text);
    assert.equal(before.json.code, 'ge-forbidden');
    assert.equal(await page.$(`#post-${id} a.row-title`), null, 'no edit link for the administrator either');
    await clickAndWait(page, `#post-${id} .gip-take-over`);
    assert.match(page.url(), new RegExp(`post\\.php\\?post=${id}&action=edit`));
    assert.match(await page.$eval('#gip-take-overs', (ul) => ul.textContent), /Taken over by admin on/);
    assert.match(await page.$eval('#gip-who-sees-results', (p) => p.textContent), /facilitator \(owner\).*admin.*administrators can take over a round/);
    const after = await restFrom(page, `rounds/${id}/results`, { nonce: await restNonce(page) });
    assert.equal(after.status, 200, after.text);
    assert.equal(after.json.release.id, 2);
    assertNoRecords(after.json, 'the administrator’s view');
    // The owner sees the take-over on the round's screen too.
    const owner = (await session('facilitator')).page;
    await open(owner, `/wp-admin/post.php?post=${id}&action=edit`);
    assert.match(await owner.$eval('#gip-take-overs', (ul) => ul.textContent), /admin/);
  });

  it('attack: a reused invitation code — used twice (once as typed from paper) it reaches the same response, never a second one; a member outside the audience is told so', async () => {
    attack.e = query('make-round', 'facilitator', 'Attack E', 'staff', '5');
    const id = attack.e.id;
    const { page } = await session('facilitator');
    query('option', 'users_can_register', '1');
    try {
      await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
      assert.match(await page.$eval('#gip-open-registration', (p) => p.textContent), /Anyone can create an account on this site.*"Subscriber"/);
    } finally {
      query('option', 'users_can_register', '0');
    }
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    // Who can answer: no role, invitation codes only.
    await page.$$eval('input[name="gip_audience_roles[]"]', (boxes) => boxes.forEach((b) => { b.checked = false; }));
    await page.$eval('#gip-audience-codes', (c) => { c.checked = true; });
    await submitAndWait(page, '#publish');
    await page.$eval('#gip-code-count', (i) => { i.value = '3'; });
    await clickAndWait(page, '#gip-make-codes');
    const codes = await page.$$eval('#gip-codes li code', (els) => els.map((e) => e.textContent));
    assert.equal(codes.length, 3);
    for (const code of codes) assert.match(code, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    assert.equal(await page.$eval('#gip-codes-title', (h) => h.textContent), 'Attack E');
    const csv = Buffer.from((await page.$eval('#gip-codes-csv', (a) => a.getAttribute('href'))).split(',')[1], 'base64').toString('utf8');
    for (const code of codes) assert.ok(csv.includes(`"${code}","Attack E","`), 'each code in the CSV with the title and the answer page');
    const stored = query('codes', String(id));
    assert.equal(stored.length, 3);
    for (const code of codes) assert.ok(!JSON.stringify(stored).includes(code.replace(/-/g, '')), 'only hashes are stored');
    attack.codes = codes;
    // Someone without a code, and a member outside the audience.
    assert.equal((await rest(`rounds/${id}`)).json.code, 'ge-code-required');
    const outsider = await (await client('member1')).rest(`rounds/${id}`);
    assert.equal(outsider.status, 403);
    assert.equal(outsider.json.code, 'ge-not-in-audience');
    // The code, then the same code again as typed from paper.
    const mine = await rest(`rounds/${id}`, { code: codes[0] });
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.json.mine, null);
    const put = (code, seed) => rest(`rounds/${id}/response`, { method: 'PUT', code, body: responseFor('staff', (d, q) => (seed + d + q) % 5) });
    assert.equal((await put(codes[0], 1)).json.status, 'created');
    const again = await put(` ${codes[0].toLowerCase().replace(/-/g, ' ')} `, 2);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.status, 'updated', 'the same response, changed');
    assert.equal(query('responses', String(id)).count, 1, 'never a second response');
    const back = await rest(`rounds/${id}`, { code: codes[0] });
    assert.equal(back.json.mine.response.answers[ASSESSMENT.dimensions[0].questions[0].id], 2, 'it reads back the changed answers');
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    assert.equal(await page.$eval('#gip-code-counts', (p) => p.textContent.trim()), 'Made: 3 · used: 1');
    // What the answer page prints: for a visitor, the survey without a nonce; for a member outside the audience, a notice too.
    const visitor = query('render', '-', `[ge_survey round="${id}"]`);
    assert.match(visitor.html, /<ge-survey [^>]*endpoint=/);
    assert.ok(!visitor.html.includes('nonce='), 'no nonce for a code');
    assert.match(visitor.html, new RegExp(`storage-key="gip-${id}-code"`));
    const member = query('render', 'member1', `[ge_survey round="${id}"]`);
    assert.match(member.html, /gip-not-in-audience/);
  });

  it('attack: a guesser tries invitation codes: 403 for each wrong one, then 429 with Retry-After after 10 — even for a right code — until the window ends', async () => {
    const id = attack.e.id;
    for (let i = 0; i < 10; i++) {
      const guess = await rest(`rounds/${id}`, { code: `ZZZZ-ZZZZ-ZZ${String.fromCharCode(65 + i)}${i + 2}` });
      assert.equal(guess.status, 403, `guess ${i + 1}: ${guess.text}`);
      assert.equal(guess.json.code, 'ge-code-invalid');
    }
    const blocked = await rest(`rounds/${id}`, { code: 'ZZZZ-ZZZZ-ZZZZ' });
    assert.equal(blocked.status, 429, blocked.text);
    assert.equal(blocked.json.code, 'ge-too-many-attempts');
    const wait = Number(blocked.headers.get('retry-after'));
    assert.ok(wait > 800 && wait <= 900, `Retry-After: ${wait}`);
    assert.equal(blocked.json.data.retryAfter, wait);
    assert.equal((await rest(`rounds/${id}`, { code: attack.codes[1] })).status, 429, 'a right code waits too: guessing learns nothing');
    assert.equal((await rest(`rounds/${id}/response`, { method: 'PUT', code: attack.codes[1], body: responseFor('staff', () => 1) })).status, 429);
    assert.equal(query('responses', String(id)).count, 1, 'nothing was written');
    query('forget-attempts');
    assert.equal((await rest(`rounds/${id}`, { code: attack.codes[1] })).status, 200, 'after the window, the code works');
  });

  it('the facilitator withdraws the unused codes: they no longer answer; the used one still reaches its response', async () => {
    const id = attack.e.id;
    const { page } = await session('facilitator');
    await open(page, `/wp-admin/post.php?post=${id}&action=edit`);
    await clickAndWait(page, '#gip-withdraw-codes');
    assert.match(await page.$eval('.gip-settings-info', (n) => n.textContent), /2 unused invitation codes were withdrawn/);
    assert.equal(await page.$eval('#gip-code-counts', (p) => p.textContent.trim()), 'Made: 1 · used: 1');
    assert.equal((await rest(`rounds/${id}`, { code: attack.codes[2] })).json.code, 'ge-code-invalid');
    assert.equal((await rest(`rounds/${id}`, { code: attack.codes[0] })).status, 200);
    query('forget-attempts');
  });

  it('a person with an invitation code answers in the browser: the survey asks for the code and reaches their response', async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.goto(`${BASE}/?page_id=${attack.e.answerPage}`, { waitUntil: 'load' });
      await waitInElement(page, 'ge-survey', (el) => !!el.shadowRoot.querySelector('[part=code-input]'));
      await page.evaluate((code) => {
        const root = document.querySelector('ge-survey').shadowRoot;
        const input = root.querySelector('[part=code-input]');
        input.value = code;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        root.querySelector('[part=code-submit]').click();
      }, attack.codes[0].toLowerCase());
      await waitInElement(page, 'ge-survey', (el) => Object.keys(el.response?.answers ?? {}).length > 40);
      const status = await page.evaluate(() => new Promise((resolve) => {
        const el = document.querySelector('ge-survey');
        el.addEventListener('ge-survey-sent', (e) => resolve(e.detail.status), { once: true });
        el.submit();
      }));
      assert.equal(status, 'updated', 'the code reached its own response');
      assert.equal(query('responses', String(attack.e.id)).count, 1);
    } finally {
      await context.close();
    }
  });

  it('attack: the next person on a shared laptop looks at what the last member left: after logging out, the site’s storage on the device is empty', async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.goto(`${BASE}/wp-login.php`, { waitUntil: 'load' });
      await page.evaluate(() => {
        document.querySelector('#user_login').value = 'member2';
        document.querySelector('#user_pass').value = 'member2-pass';
      });
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
      await page.goto(`${BASE}/?page_id=${attack.a.answerPage}`, { waitUntil: 'load' });
      await waitInElement(page, 'ge-survey', (el) => !!el.shadowRoot.querySelector('fieldset.question input[type=radio]'));
      await page.evaluate(() => document.querySelector('ge-survey').shadowRoot.querySelector('fieldset.question input[type=radio]').click());
      await page.waitForFunction(() => localStorage.length > 0, { timeout: TIMEOUT });
      const logout = await page.$eval('#wp-admin-bar-logout a', (a) => a.href);
      await page.goto(logout, { waitUntil: 'load' });
      assert.match(page.url(), /loggedout=true/);
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing of member 2 is left in localStorage');
    } finally {
      await context.close();
    }
  });

  it('the editor keeps the tags for authors (without endpoint or nonce) and strips them for contributors', () => {
    const html = '<ge-survey groups="staff" endpoint="https://evil.example/" nonce="x"></ge-survey><socratic-wheel show-table></socratic-wheel>';
    const author = query('kses', 'author', html).html;
    assert.match(author, /<ge-survey groups="staff">/);
    assert.match(author, /<socratic-wheel show-table/);
    assert.ok(!author.includes('endpoint') && !author.includes('nonce'));
    const contributor = query('kses', 'contributor', html).html;
    assert.ok(!contributor.includes('<ge-survey'), contributor);
  });

  it('uninstalling removes the rounds, responses, plans, releases, codes, options, transients and capabilities', () => {
    assert.equal(query('deactivate').active, false);
    const left = query('uninstall');
    assert.equal(left.loaded, false, 'uninstall runs without the plugin loaded, as WordPress does it');
    assert.deepEqual(left.tables, []);
    assert.equal(left.rounds, 0);
    assert.equal(left.meta, 0);
    assert.equal(left.option, null);
    assert.deepEqual(left.caps, []);
    assert.equal(left.transients, 0, 'no transient of the plugin left');
  });

  it('WordPress logged no PHP warning, notice or error from the plugin', () => {
    const logFile = `${STATE}/debug.log`;
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    const ours = log.split('\n').filter((l) => l.includes('gender-in-practice'));
    assert.deepEqual(ours, []);
  });
});
