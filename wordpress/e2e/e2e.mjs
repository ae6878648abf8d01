// A whole assessment round on a real WordPress (started by wp-up.sh), driven in headless Chromium:
// a facilitator creates the round in the admin, three members answer (one submission fails and is
// sent again), the facilitator sees the aggregate, sets a target and keeps the plan, a member gets
// 403 from the results, bad input gets 400, and the round closes.
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

/** The REST nonce the page's element was given. */
function nonceOf(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel)?.getAttribute('nonce') ?? '', selector);
}

const round = { id: 0, answerPage: 0, resultsPage: 0 };

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

  it('the plugin is active and its script is served from the site itself', async () => {
    const res = await fetch(`${BASE}/wp-content/plugins/gender-in-practice/assets/gender-in-practice.min.js`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /customElements/);
  });

  it('a facilitator creates a round in the admin; the default assessment is filled in; the pages are created', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/wp-admin/post-new.php?post_type=ge_round`, { waitUntil: 'load' });
    const prefilled = await page.$eval('#gip-assessment', (t) => JSON.parse(t.value));
    assert.ok(prefilled.dimensions.length >= 8, 'the default assessment is filled in');
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
    assert.equal((html.match(/gender-in-practice\.min\.js/g) ?? []).length, 1, 'the script once');
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
      assert.ok((await facilitator.content()).includes('Réglages du tour'), 'the plugin’s admin strings in French');
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

  it('the facilitator sees the aggregate wheel; small groups are hidden on the server', async () => {
    const { page, errors } = await session('facilitator');
    await page.goto(`${BASE}/?page_id=${round.resultsPage}`, { waitUntil: 'load' });
    const html = await page.content();
    assert.equal((html.match(/gender-in-practice\.min\.js/g) ?? []).length, 1, 'one script for two shortcodes');
    await waitInElement(page, 'socratic-wheel', (el) => el.resultsState === 'ready');
    const text = await shadowText(page, 'socratic-wheel');
    assert.match(text, /\b3\b/, 'the wheel says how many responded');
    const nonce = await nonceOf(page, 'socratic-wheel');
    const results = await restFrom(page, `rounds/${round.id}/results`, { nonce });
    assert.equal(results.status, 200);
    assert.equal(results.json.n, 3);
    assert.equal(results.json.responses.length, 3);
    // staff 2 and management 1, k = 3: both groups are hidden, their labels removed.
    assert.deepEqual(results.json.groups.map((g) => g.n), [null, null]);
    for (const r of results.json.responses) {
      assert.equal(r.respondent?.group, undefined);
      assert.equal(r.respondent?.id, undefined);
      assert.equal(r.submittedAt, undefined);
    }
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

  it('the facilitator closes the round; members can no longer answer, and see their answers read-only', async () => {
    const { page } = await session('facilitator');
    await page.goto(`${BASE}/wp-admin/post.php?post=${round.id}&action=edit`, { waitUntil: 'load' });
    await page.click('input[name=gip_status][value=closed]');
    await submitAndWait(page, '#publish');
    assert.equal(query('round', String(round.id)).meta._gip_status, 'closed');
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

  it('the editor keeps the tags for authors (without endpoint or nonce) and strips them for contributors', () => {
    const html = '<ge-survey groups="staff" endpoint="https://evil.example/" nonce="x"></ge-survey><socratic-wheel show-table></socratic-wheel>';
    const author = query('kses', 'author', html).html;
    assert.match(author, /<ge-survey groups="staff">/);
    assert.match(author, /<socratic-wheel show-table/);
    assert.ok(!author.includes('endpoint') && !author.includes('nonce'));
    const contributor = query('kses', 'contributor', html).html;
    assert.ok(!contributor.includes('<ge-survey'), contributor);
  });

  it('uninstalling removes the rounds, responses, plans, options and capabilities', () => {
    assert.equal(query('deactivate').active, false);
    const left = query('uninstall');
    assert.equal(left.loaded, false, 'uninstall runs without the plugin loaded, as WordPress does it');
    assert.deepEqual(left.tables, []);
    assert.equal(left.rounds, 0);
    assert.equal(left.meta, 0);
    assert.equal(left.option, null);
    assert.deepEqual(left.caps, []);
  });

  it('WordPress logged no PHP warning, notice or error from the plugin', () => {
    const logFile = `${STATE}/debug.log`;
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    const ours = log.split('\n').filter((l) => l.includes('gender-in-practice'));
    assert.deepEqual(ours, []);
  });
});
