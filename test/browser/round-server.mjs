// A round server for the browser tests (docs/PROTOCOL.md), kept in memory by the test runner.
// It is a test double, not the product: the WordPress plugin is the real server, tested end to
// end in wordpress/e2e. Tests drive it through /__round/<id>/__control.
//
// Identity: the nonce is the member. A request without X-WP-Nonce is anonymous (401); a nonce
// starting with "fac" is a facilitator; any other nonce is a member without the capability.
import { defaultAssessment } from '../../dist/core/index.js';

const PREFIX = '/__round/';
const LIMIT = 256 * 1024;
const rounds = new Map();

function freshRound(id) {
  return {
    id, title: `Round ${id}`, status: 'open', groups: ['staff', 'management'], minGroupSize: 3,
    assessment: defaultAssessment, responses: new Map(), targets: null, plan: null, revision: 0,
    failNext: [], log: [], delayMs: 0,
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

async function readBody(ctx) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > LIMIT) return { tooLarge: true };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { notJson: true };
  }
}

function publicRound(r) {
  return { id: r.id, title: r.title, status: r.status, groups: r.groups, minGroupSize: r.minGroupSize };
}

async function control(ctx, r, id) {
  if (ctx.method === 'GET') {
    send(ctx, 200, {
      round: publicRound(r), log: r.log, targets: r.targets, plan: r.plan, revision: r.revision,
      responses: [...r.responses.entries()].map(([member, v]) => ({ member, ...v })),
    });
    return;
  }
  const { value = {} } = await readBody(ctx);
  let round = r;
  if (value.reset) {
    round = freshRound(id);
    rounds.set(id, round);
  }
  for (const key of ['status', 'groups', 'minGroupSize', 'assessment', 'targets', 'title', 'delayMs']) {
    if (key in value) round[key] = value[key];
  }
  if ('plan' in value) { round.plan = value.plan; round.revision += 1; }
  if (Array.isArray(value.failNext)) round.failNext.push(...value.failNext);
  if (Array.isArray(value.responses)) {
    value.responses.forEach((response, i) => round.responses.set(`seed-${i}`, { response, submittedAt: new Date().toISOString() }));
  }
  send(ctx, 200, { ok: true });
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export function roundServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [id, segment = '', extra] = ctx.path.slice(PREFIX.length).split('/');
    const r = roundOf(id);
    if (segment === '__control') return control(ctx, r, id);
    if (extra !== undefined) return error(ctx, 404, 'rest_no_route', 'No route.');
    const nonce = ctx.get('X-WP-Nonce');
    r.log.push({ method: ctx.method, segment, nonce, lang: ctx.get('Accept-Language'), at: Date.now() });
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    const failIndex = r.failNext.findIndex((f) => f.segment === segment && (!f.method || f.method === ctx.method));
    if (failIndex >= 0) {
      // A status only: to cut the connection, tests make fetch reject (round-helpers.ts), since
      // Chrome silently retries a request whose socket the server closed.
      const [f] = r.failNext.splice(failIndex, 1);
      return error(ctx, f.status, f.code ?? `http-${f.status}`, f.message ?? 'Simulated failure.');
    }
    if (!nonce) return error(ctx, 401, 'rest_not_logged_in', 'You are not currently logged in.');
    const facilitator = nonce.startsWith('fac');
    const fr = ctx.get('Accept-Language').startsWith('fr');

    if (segment === '' && ctx.method === 'GET') {
      const mine = r.responses.get(nonce) ?? null;
      return send(ctx, 200, { protocol: 1, round: publicRound(r), assessment: r.assessment, mine });
    }
    if (segment === 'response' && ctx.method === 'PUT') {
      const body = await readBody(ctx);
      if (body.tooLarge) return error(ctx, 400, 'ge-too-large', fr ? 'La réponse est trop volumineuse.' : 'The response is too large.');
      if (body.notJson) return error(ctx, 400, 'ge-invalid-json', fr ? 'Le corps n’est pas du JSON.' : 'The body is not JSON.');
      if (r.status !== 'open') return error(ctx, 409, 'ge-round-closed', fr ? 'Ce tour est fermé.' : 'This round is closed.');
      const response = body.value;
      if (!response || typeof response !== 'object' || typeof response.answers !== 'object') {
        return error(ctx, 400, 'ge-invalid-response', fr ? 'La réponse a 1 problème.' : 'The response has 1 problem.',
          { errors: [{ path: 'answers', code: 'missing-field', message: 'answers is missing.' }] });
      }
      const clean = { ...response };
      if (clean.respondent) clean.respondent = { group: clean.respondent.group };
      const existed = r.responses.has(nonce);
      const submittedAt = new Date().toISOString();
      r.responses.set(nonce, { response: clean, submittedAt });
      return send(ctx, 200, { status: existed ? 'updated' : 'created', submittedAt });
    }
    if (!facilitator) return error(ctx, 403, 'ge-forbidden', fr ? 'Réservé aux animatrices et animateurs.' : 'Facilitators only.');
    if (segment === 'results' && ctx.method === 'GET') {
      const responses = [...r.responses.values()].map((v) => v.response);
      const enough = responses.length >= r.minGroupSize;
      return send(ctx, 200, {
        protocol: 1, round: publicRound(r), assessment: r.assessment, n: responses.length,
        groups: r.groups.map((g) => ({ id: g, n: responses.filter((x) => x.respondent?.group === g).length })),
        responses: enough ? responses : [], targets: r.targets,
      });
    }
    if (segment === 'targets' && ctx.method === 'PUT') {
      const body = await readBody(ctx);
      if (body.notJson || !body.value || typeof body.value.values !== 'object') {
        return error(ctx, 400, 'ge-invalid-targets', 'Bad targets.');
      }
      r.targets = body.value.values;
      return send(ctx, 200, { targets: r.targets });
    }
    if (segment === 'plan' && ctx.method === 'GET') return send(ctx, 200, { plan: r.plan, revision: r.revision });
    if (segment === 'plan' && ctx.method === 'PUT') {
      const body = await readBody(ctx);
      if (body.notJson || !body.value || typeof body.value.plan !== 'object') return error(ctx, 400, 'ge-invalid-plan', 'Bad plan.');
      if (body.value.revision !== r.revision) {
        return error(ctx, 409, 'ge-plan-conflict', fr ? 'Le plan a changé entre-temps.' : 'The plan changed meanwhile.',
          { plan: r.plan, revision: r.revision });
      }
      r.plan = body.value.plan;
      r.revision += 1;
      return send(ctx, 200, { revision: r.revision });
    }
    if (segment === 'status' && ctx.method === 'PUT') {
      const body = await readBody(ctx);
      if (!body.value || !['open', 'closed'].includes(body.value.status)) return error(ctx, 400, 'ge-invalid-status', 'Bad status.');
      r.status = body.value.status;
      return send(ctx, 200, { status: r.status });
    }
    return error(ctx, 404, 'rest_no_route', 'No route.');
  };
}
