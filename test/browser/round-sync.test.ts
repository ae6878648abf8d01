// The machinery the server modes share (src/round/sync.ts): storage keys, the retry timer with its
// backoff and its "the connection may be back" listeners (one request at a time: test/node/round-sync.test.ts).
import { expect } from '@open-wc/testing';
import { Retry, backoff, routeKey } from '../../src/round/sync.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The waits `setTimeout` was asked for while `body` ran. */
function waitsAsked(body: () => void): number[] {
  const asked: number[] = [];
  const original = window.setTimeout;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    asked.push(ms ?? 0);
    return original(fn, ms, ...rest);
  }) as typeof window.setTimeout;
  try {
    body();
  } finally {
    window.setTimeout = original;
  }
  return asked;
}

describe('routeKey', () => {
  it('names the route of the segment under the endpoint', () => {
    expect(routeKey('plan', 'https://rounds.test/r/7', 'plan')).to.equal('gender-in-practice/plan:https://rounds.test/r/7/plan');
    expect(routeKey('survey-round', 'https://rounds.test/r/7')).to.equal('gender-in-practice/survey-round:https://rounds.test/r/7');
    expect(routeKey('t', 'https://rounds.test/?rest_route=/gip/v1/rounds/7', 'targets'))
      .to.equal(`gender-in-practice/t:https://rounds.test/?rest_route=${encodeURIComponent('/gip/v1/rounds/7/targets')}`);
  });

  it('falls back on the text when the endpoint is not a URL', () => {
    expect(routeKey('plan', 'http://[bad', 'plan')).to.equal('gender-in-practice/plan:http://[bad');
    expect(routeKey('x', 'http://[bad', 'response', 'http://[bad/response')).to.equal('gender-in-practice/x:http://[bad/response');
  });
});

describe('Retry', () => {
  let retry: Retry | undefined;
  afterEach(() => retry?.stop());

  it('waits longer after each attempt, doubling up to the most, and starts over after reset()', async () => {
    let runs = 0;
    const attempts: number[] = [];
    retry = new Retry(() => { runs += 1; }, {
      delay: (attempt) => {
        attempts.push(attempt);
        return backoff(attempt, { first: 10, most: 40 });
      },
    });
    const r = retry;
    expect(waitsAsked(() => { r.schedule(); r.schedule(); r.schedule(); r.schedule(); })).to.deep.equal([10, 20, 40, 40]);
    expect(attempts).to.deep.equal([1, 2, 3, 4]);
    expect(r.attempt).to.equal(4);
    await sleep(80);
    expect(runs, 'each schedule() replaces the wait before it').to.equal(1);
    r.reset();
    expect(r.attempt).to.equal(0);
    expect(waitsAsked(() => r.schedule())).to.deep.equal([10]);
    r.cancel();
    expect(r.attempt, 'cancel() keeps the backoff where it was').to.equal(1);
    expect(waitsAsked(() => r.schedule())).to.deep.equal([20]);
  });

  it('runs at the end of the wait, not before; a wait given replaces the backoff without counting', async () => {
    let runs = 0;
    retry = new Retry(() => { runs += 1; }, { delay: () => 60 });
    retry.schedule(5);
    expect(retry.attempt).to.equal(0);
    expect(runs).to.equal(0);
    await sleep(40);
    expect(runs).to.equal(1);
    retry.schedule();
    await sleep(20);
    expect(runs, 'still waiting').to.equal(1);
    await sleep(80);
    expect(runs).to.equal(2);
  });

  it('retries at once when the connection returns', async () => {
    let runs = 0;
    const r: Retry = new Retry(() => { runs += 1; }, { delay: () => 60_000, wake: () => r.now() });
    retry = r;
    r.listen();
    r.schedule();
    window.dispatchEvent(new Event('online'));
    expect(runs).to.equal(1);
    r.schedule(30);
    r.now();
    expect(runs).to.equal(2);
    await sleep(60);
    expect(runs, 'now() cancels the wait').to.equal(2);
  });

  it('wakes when the page is shown again, only with `visible` and only when visible', () => {
    let withVisible = 0;
    let without = 0;
    const a = new Retry(() => undefined, { delay: () => 0, wake: () => { withVisible += 1; }, visible: true });
    const b = new Retry(() => undefined, { delay: () => 0, wake: () => { without += 1; } });
    a.listen();
    b.listen();
    const state = (value: DocumentVisibilityState) => Object.defineProperty(document, 'visibilityState', { value, configurable: true });
    try {
      state('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(withVisible).to.equal(0);
      state('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(withVisible).to.equal(1);
      expect(without).to.equal(0);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      a.stop();
      b.stop();
    }
  });

  it('stop() removes the listeners and the timer', async () => {
    let runs = 0;
    let wakes = 0;
    retry = new Retry(() => { runs += 1; }, { delay: () => 10, wake: () => { wakes += 1; }, visible: true });
    retry.listen();
    retry.schedule();
    window.dispatchEvent(new Event('online'));
    expect(wakes, 'listening before stop()').to.equal(1);
    retry.stop();
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(50);
    expect(wakes).to.equal(1);
    expect(runs).to.equal(0);
  });
});
