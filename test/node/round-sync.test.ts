// One request at a time (Serial in src/round/sync.ts), as the round connections use it: a load or a
// resend joins the one on its way; a newer submission, targets or plan is sent once after it. And the
// one backoff of every connection's retries.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Serial, backoff, retryDelays } from '../../src/round/sync.js';

/** A task whose runs end when the test says, counting them. */
function deferred() {
  const ends: Array<() => void> = [];
  const serial = new Serial(() => new Promise<void>((r) => { ends.push(r); }));
  const tick = () => new Promise((r) => setImmediate(r));
  return { serial, ends, tick };
}

describe('Serial', () => {
  it('runs at once when idle, and once after the run on its way for every call made meanwhile', async () => {
    const { serial, ends, tick } = deferred();
    const first = serial.call();
    assert.equal(ends.length, 1);
    assert.equal(serial.busy, true);
    const second = serial.call();
    const third = serial.call();
    assert.equal(second, third, 'the calls made during a run share the run after it');
    assert.notEqual(second, first);
    assert.equal(ends.length, 1, 'never two at once');
    let done = false;
    void second.then(() => { done = true; });
    ends[0]!();
    await first;
    await tick();
    assert.equal(ends.length, 2, 'the run after starts when the first ends');
    assert.equal(done, false, 'a caller waits for the run that covers it');
    ends[1]!();
    await second;
    assert.equal(serial.busy, false);
    assert.equal(ends.length, 2, 'nothing more was asked');
  });

  it('join() shares the run on its way, or the one to come, and starts one when idle', async () => {
    const { serial, ends } = deferred();
    const first = serial.join();
    assert.equal(serial.join(), first);
    assert.equal(ends.length, 1);
    const next = serial.call();
    assert.equal(serial.join(), next, 'a run is to come: it answers');
    ends[0]!();
    await first;
    await new Promise((r) => setImmediate(r));
    ends[1]!();
    await next;
    assert.equal(ends.length, 2);
    void serial.join();
    assert.equal(ends.length, 3);
  });

  it('drop() forgets the run on its way and the one to come: the next call starts at once, and the dropped run starts nothing', async () => {
    const { serial, ends, tick } = deferred();
    const first = serial.call();
    const queued = serial.call();
    serial.drop();
    await queued; // its callers are let go
    assert.equal(serial.busy, false);
    const second = serial.call();
    assert.equal(ends.length, 2);
    ends[0]!();
    await first;
    await tick();
    assert.equal(ends.length, 2, 'the dropped run ending starts nothing');
    assert.equal(serial.join(), second, 'and leaves the new one alone');
    ends[1]!();
    await second;
    assert.equal(serial.busy, false);
  });

  it('a run that fails lets the next one run', async () => {
    let runs = 0;
    let fail = true;
    const serial = new Serial(async () => {
      runs += 1;
      await new Promise((r) => setImmediate(r));
      if (fail) {
        fail = false;
        throw new Error('no');
      }
    });
    const first = serial.call();
    const second = serial.call();
    await assert.rejects(first);
    await second;
    assert.equal(runs, 2);
  });
});

describe('backoff', () => {
  it('waits 5 s, doubling, up to 5 min, for every connection', () => {
    assert.deepEqual(retryDelays, { first: 5000, most: 300_000 });
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map((n) => backoff(n)), [5000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000]);
    assert.equal(backoff(100), 300_000);
    assert.equal(backoff(1e9), 300_000, 'no overflow');
  });

  it('reads a first try, or a count that is not one, as the first wait', () => {
    for (const attempt of [0, -3, 0.5, Number.NaN]) assert.equal(backoff(attempt), 5000, String(attempt));
    assert.equal(backoff(2.9), 10_000);
  });

  it('takes other delays, and the shared ones as they are at each wait', () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => backoff(n, { first: 10, most: 30 })), [10, 20, 30, 30]);
    const kept = { ...retryDelays };
    try {
      Object.assign(retryDelays, { first: 60, most: 200 });
      assert.deepEqual([1, 2, 3, 4].map((n) => backoff(n)), [60, 120, 200, 200]);
    } finally {
      Object.assign(retryDelays, kept);
    }
  });
});
