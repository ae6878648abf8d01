// A round server for the browser tests (docs/PROTOCOL.md, protocol 2), kept in memory by the test
// runner. It is a test double, not the product: the WordPress plugin is the real server, tested end
// to end in wordpress/e2e. It applies the core's rules (dist/core: validateResponse, the releases'
// buildReleaseSnapshot, viewRelease and nextRelease, and the write routes' bodies with
// dist/core/protocol-bodies.js), as the plugin's PHP port does, and test/node/round-server.test.ts
// drives it with the same fixtures as the plugin's tests (test/fixtures/protocol/). Tests set it up
// through /__round/<id>/__control.
//
// Identity: the nonce is the member. A request without X-WP-Nonce is anonymous (401); a nonce
// starting with "fac" is a facilitator of every round; any other nonce is a member. With `codes`
// (control), a request carrying a valid X-GE-Code is that code's holder; with `accounts: false`, a
// member's nonce alone is not enough (401 ge-code-required).
import {
  buildReleaseSnapshot, defaultAssessment, nextRelease, releaseCellOf, responseFingerprint, validateResponse, viewRelease,
} from '../../dist/core/index.js';
import {
  bodyRefusal, formatProtocolMessage, validatePlanBody, validateStatusBody, validateTargetsBody,
} from '../../dist/core/protocol-bodies.js';
import { PROTOCOL_LIMITS } from '../../dist/core/protocol-data.js';

const PREFIX = '/__round/';
const LIMIT = PROTOCOL_LIMITS.maxBodyBytes;
const rounds = new Map();
/** Wrong codes per round and connection: `{ wrong, until }`. */
const attempts = new Map();

const isFacilitator = (member) => member.startsWith('fac');
const normaliseCode = (code) => String(code).replace(/[\s-]+/g, '').toUpperCase();
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function freshRound(id) {
  return {
    id, title: `Round ${id}`, status: 'open', groups: ['staff', 'management'], minGroupSize: 3,
    assessment: defaultAssessment, responses: new Map(), releases: [], targets: null, plan: null, revision: 0,
    failNext: [], log: [], delayMs: 0, codes: null, accounts: true, codeAttempts: 5, retryAfter: 60,
  };
}

function roundOf(id) {
  if (!rounds.has(id)) rounds.set(id, freshRound(id));
  return rounds.get(id);
}

function send(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(body);
}

function error(ctx, status, code, message, data = {}) {
  send(ctx, status, { code, message, data: { status, ...data } });
}

/** What PHP's trim() takes off: a body of only these is blank. */
const PHP_TRIMMED = ' \t\n\r\0\x0B';

/**
 * The request's body as the plugin reads it (GIP_Protocol::read_body): its size in bytes first
 * (`tooLarge`, with the size), then UTF-8 and JSON (`notJson`). A blank body (PHP's trim) is
 * `blank`, with no value: R/releases ignores it, the other routes refuse it as not JSON.
 */
async function readBody(ctx) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size <= LIMIT) chunks.push(chunk);
  }
  if (size > LIMIT) return { tooLarge: true, size };
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { notJson: true };
  }
  if ([...text].every((ch) => PHP_TRIMMED.includes(ch))) return { blank: true, value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { notJson: true };
  }
}

/** The 400 of a body that is too large or not JSON, in the request's language; true when it was answered. */
function refusedRead(ctx, body, locale) {
  if (body.tooLarge) error(ctx, 400, 'ge-too-large', formatProtocolMessage('ge-too-large', { size: body.size, max: LIMIT }, locale));
  else if (body.notJson) error(ctx, 400, 'ge-invalid-json', formatProtocolMessage('ge-invalid-json', {}, locale));
  else return false;
  return true;
}

function publicRound(r) {
  return { id: r.id, title: r.title, status: r.status, groups: r.groups, minGroupSize: r.minGroupSize };
}

// ------------------------------------------------------------------------------- releases (rule 2)

const fingerprints = (r) => Object.fromEntries([...r.responses].map(([member, v]) => [member, responseFingerprint(v.response)]));
const facilitators = (r) => new Set([...r.responses.keys()].filter(isFacilitator));

function rule(r) {
  return nextRelease({ minGroupSize: r.minGroupSize, current: fingerprints(r), previous: r.releases.map((x) => x.fingerprints), ignore: facilitators(r) });
}

/** Makes a release when the rule allows it; answers `{ made, needed }`. */
function release(r) {
  const next = rule(r);
  if (!next.allowed) return { made: false, needed: next.needed };
  const members = [...r.responses];
  const snapshot = buildReleaseSnapshot(r.assessment, members.map(([, v]) => v.response), { groups: r.groups });
  // The cells of the facilitators' own responses: never counted towards k for a viewer (rule 4).
  const excluded = members.filter(([m]) => isFacilitator(m)).map(([, v]) => releaseCellOf(v.response, snapshot.groups));
  r.releases.push({ id: r.releases.length + 1, at: new Date().toISOString(), snapshot, fingerprints: fingerprints(r), excluded });
  return { made: true, needed: 0 };
}

function resultsBody(r) {
  const latest = r.releases.at(-1);
  const view = latest
    ? { id: latest.id, at: latest.at, ...viewRelease(latest.snapshot, { minGroupSize: r.minGroupSize, excluded: latest.excluded }) }
    : null;
  return {
    protocol: 2, round: publicRound(r), assessment: r.assessment, n: r.responses.size, releases: r.releases.length,
    release: view, next: rule(r), targets: r.targets,
  };
}

// ------------------------------------------------------------------------------------- the audience

/** Who sends the request: `{ member }`, or the error already answered (`null`). */
function identify(ctx, r, fr) {
  const typed = ctx.get('X-GE-Code');
  const nonce = ctx.get('X-WP-Nonce');
  if (typed && r.codes) {
    const key = `${r.id}|${ctx.ip}`;
    const a = attempts.get(key) ?? { wrong: 0, until: 0 };
    const wait = Math.ceil((a.until - Date.now()) / 1000);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      error(ctx, 429, 'ge-too-many-attempts', fr ? 'Trop de codes erronés. Réessayez plus tard.' : 'Too many wrong codes. Try again later.', { retryAfter: wait });
      return null;
    }
    const code = normaliseCode(typed);
    if (!r.codes.has(code)) {
      a.wrong += 1;
      if (a.wrong >= r.codeAttempts) Object.assign(a, { wrong: 0, until: Date.now() + r.retryAfter * 1000 });
      attempts.set(key, a);
      error(ctx, 403, 'ge-code-invalid', fr ? 'Ce code d’invitation n’est pas valide.' : 'This invitation code is not valid.');
      return null;
    }
    return { member: `code:${code}` };
  }
  if (!nonce || (r.codes && !r.accounts && !isFacilitator(nonce))) {
    if (r.codes) error(ctx, 401, 'ge-code-required', fr ? 'Ce tour demande un code d’invitation.' : 'This round needs an invitation code.');
    else error(ctx, 401, 'rest_not_logged_in', 'You are not currently logged in.');
    return null;
  }
  return { member: nonce };
}

// ------------------------------------------------------------------------------------- responses

const message = (fr, n) => (fr ? `La réponse a ${n} problème${n > 1 ? 's' : ''}.` : `The response has ${n} problem${n > 1 ? 's' : ''}.`);

/** The core's validation and the round's own rules (PROTOCOL.md): the errors, and the clean copy kept. */
function checkResponse(r, value, fr) {
  const result = validateResponse(r.assessment, value, { locale: fr ? 'fr' : 'en' });
  const errors = result.ok ? [] : result.errors.map(({ path, code, message: text }) => ({ path, code, message: text }));
  if (isObject(value)) {
    const group = isObject(value.respondent) ? value.respondent.group : undefined;
    if (typeof group === 'string' && group.trim() !== '' && !r.groups.includes(group.trim())) {
      errors.unshift({ path: 'respondent.group', code: 'group-not-in-round',
        message: fr ? `Le groupe « ${group.trim()} » n’est pas un groupe de ce tour.` : `The group “${group.trim()}” is not one of this round's.` });
    }
    const version = value.assessmentVersion;
    if (value.assessmentId === r.assessment.id && typeof version === 'string' && version.trim() !== '' && version !== r.assessment.version) {
      errors.push({ path: 'assessmentVersion', code: 'version-mismatch',
        message: fr ? `Cette réponse répond à la version ${version}, pas à la version ${r.assessment.version}.` : `This response answers version ${version}, not ${r.assessment.version}.` });
    }
  }
  if (errors.length) return { errors };
  const { assessmentId, assessmentVersion, answers, comments, respondent } = result.value;
  // The server keeps only the group and the time: never the respondent id.
  return { clean: { assessmentId, assessmentVersion, answers, ...(comments ? { comments } : {}), ...(respondent?.group ? { respondent: { group: respondent.group } } : {}) } };
}

// ------------------------------------------------------------------------------------- control

async function control(ctx, r, id) {
  if (ctx.method === 'GET') {
    send(ctx, 200, {
      round: publicRound(r), log: r.log, targets: r.targets, plan: r.plan, revision: r.revision,
      responses: [...r.responses.entries()].map(([member, v]) => ({ member, ...v })),
      releases: r.releases.map((x) => ({ id: x.id, at: x.at, n: x.snapshot.n })),
    });
    return;
  }
  const { value = {} } = await readBody(ctx);
  let round = r;
  if (value.reset) {
    round = freshRound(id);
    rounds.set(id, round);
    for (const key of attempts.keys()) if (key.startsWith(`${id}|`)) attempts.delete(key);
  }
  for (const key of ['status', 'groups', 'minGroupSize', 'assessment', 'targets', 'title', 'delayMs', 'accounts', 'codeAttempts', 'retryAfter']) {
    if (key in value) round[key] = value[key];
  }
  if ('codes' in value) round.codes = Array.isArray(value.codes) ? new Set(value.codes.map(normaliseCode)) : null;
  if ('plan' in value) { round.plan = value.plan; round.revision += 1; }
  if (Array.isArray(value.failNext)) round.failNext.push(...value.failNext);
  if (Array.isArray(value.responses)) {
    // Seeded as members seed-0, seed-1…: seeding again changes those members' responses.
    value.responses.forEach((response, i) => round.responses.set(`seed-${i}`, { response, submittedAt: new Date().toISOString() }));
  }
  const made = value.release ? release(round) : undefined;
  send(ctx, 200, { ok: true, ...(made ? { release: made } : {}) });
}

// ------------------------------------------------------------------------------------- routes

async function route(ctx, r, segment, fr) {
  const nonce = ctx.get('X-WP-Nonce');
  const audience = segment === '' || segment === 'response';
  if (audience) {
    const who = identify(ctx, r, fr);
    if (!who) return undefined;
    if (segment === '' && ctx.method === 'GET') {
      return send(ctx, 200, { protocol: 2, round: publicRound(r), assessment: r.assessment, mine: r.responses.get(who.member) ?? null });
    }
    if (segment === 'response' && ctx.method === 'PUT') {
      const body = await readBody(ctx);
      if (body.tooLarge) return error(ctx, 400, 'ge-too-large', fr ? 'La réponse est trop volumineuse.' : 'The response is too large.');
      if (body.notJson) return error(ctx, 400, 'ge-invalid-json', fr ? 'Le corps n’est pas du JSON.' : 'The body is not JSON.');
      if (r.status !== 'open') return error(ctx, 409, 'ge-round-closed', fr ? 'Ce tour est fermé.' : 'This round is closed.');
      const { errors, clean } = checkResponse(r, body.value, fr);
      if (errors) return error(ctx, 400, 'ge-invalid-response', message(fr, errors.length), { errors });
      const existed = r.responses.has(who.member);
      const submittedAt = new Date().toISOString();
      r.responses.set(who.member, { response: clean, submittedAt });
      return send(ctx, 200, { status: existed ? 'updated' : 'created', submittedAt });
    }
    return error(ctx, 404, 'rest_no_route', 'No route.');
  }
  if (!nonce) return error(ctx, 401, 'rest_not_logged_in', 'You are not currently logged in.');
  // Write routes take PUT and POST, as the plugin's do. Their body is read first: one that is too
  // large or not JSON is a 400 before the permission (GIP_Rest::pre_dispatch); a blank one goes on.
  const write = ctx.method === 'PUT' || ctx.method === 'POST';
  const locale = fr ? 'fr' : 'en';
  const body = write && ['releases', 'targets', 'plan', 'status'].includes(segment) ? await readBody(ctx) : null;
  if (body && refusedRead(ctx, body, locale)) return undefined;
  if (!isFacilitator(nonce)) return error(ctx, 403, 'ge-forbidden', fr ? 'Réservé aux personnes qui animent ce tour.' : 'Only the facilitators of this round can do this.');
  if (segment === 'results' && ctx.method === 'GET') return send(ctx, 200, resultsBody(r));
  if (segment === 'releases' && body) {
    // The body (`{}`) is read and ignored.
    const made = release(r);
    if (!made.made) {
      return error(ctx, 409, 'ge-release-too-soon',
        fr ? `Une nouvelle publication demande encore ${made.needed} réponse(s).` : `A new release needs ${made.needed} more response(s).`, { needed: made.needed });
    }
    return send(ctx, 201, resultsBody(r));
  }
  // The other write routes need a body: a blank one is not JSON (read_body), after the permission.
  if (body?.blank) return error(ctx, 400, 'ge-invalid-json', formatProtocolMessage('ge-invalid-json', {}, locale));
  if (segment === 'targets' && body) {
    const checked = validateTargetsBody(body.value, r.assessment.dimensions.map((d) => d.id), { locale });
    if (!checked.ok) return send(ctx, 400, bodyRefusal('targets', checked.errors, { locale }));
    r.targets = checked.value;
    return send(ctx, 200, { targets: r.targets });
  }
  if (segment === 'plan' && ctx.method === 'GET') return send(ctx, 200, { plan: r.plan, revision: r.revision });
  if (segment === 'plan' && body) {
    const checked = validatePlanBody(body.value, { locale });
    if (!checked.ok) return send(ctx, 400, bodyRefusal('plan', checked.errors, { locale }));
    if (checked.value.revision !== r.revision) {
      return error(ctx, 409, 'ge-plan-conflict', fr ? 'Le plan a changé entre-temps.' : 'The plan changed meanwhile.',
        { plan: r.plan, revision: r.revision });
    }
    r.plan = checked.value.plan;
    r.revision += 1;
    return send(ctx, 200, { revision: r.revision });
  }
  if (segment === 'status' && body) {
    const checked = validateStatusBody(body.value, { locale });
    if (!checked.ok) return send(ctx, 400, bodyRefusal('status', checked.errors, { locale }));
    const closing = r.status === 'open' && checked.value === 'closed';
    r.status = checked.value;
    // Closing makes a final release when the rule allows it; otherwise the last one stands.
    return send(ctx, 200, { status: r.status, release: closing ? release(r) : { made: false, needed: rule(r).needed } });
  }
  return error(ctx, 404, 'rest_no_route', 'No route.');
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export function roundServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [id, segment = '', extra] = ctx.path.slice(PREFIX.length).split('/');
    const r = roundOf(id);
    if (segment === '__control') return control(ctx, r, id);
    if (extra !== undefined) return error(ctx, 404, 'rest_no_route', 'No route.');
    r.log.push({ method: ctx.method, segment, nonce: ctx.get('X-WP-Nonce'), code: ctx.get('X-GE-Code'), lang: ctx.get('Accept-Language'), at: Date.now() });
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    const failIndex = r.failNext.findIndex((f) => f.segment === segment && (!f.method || f.method === ctx.method));
    if (failIndex >= 0) {
      // A status only: to cut the connection, tests make fetch reject (round-helpers.ts), since
      // Chrome silently retries a request whose socket the server closed.
      const [f] = r.failNext.splice(failIndex, 1);
      if (f.retryAfter !== undefined) ctx.set('Retry-After', String(f.retryAfter));
      return error(ctx, f.status, f.code ?? `http-${f.status}`, f.message ?? 'Simulated failure.', f.data ?? {});
    }
    return route(ctx, r, segment, ctx.get('Accept-Language').startsWith('fr'));
  };
}
