// The page side of the bench (classic script: defines `window.Bench`). A page calls `Bench.run({...})`
// once; the figures it reports land in `window.__bench`, which run.mjs reads. All times are
// performance.now() in ms, i.e. measured from navigation start (performance.timeOrigin).
(function () {
  'use strict';

  /** Resolves once the next frame has been produced: rAF runs just before paint, a task posted from it runs after. */
  function painted() {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }

  /** Forces style and layout now (no frame wait), so DOM work left pending is paid inside the measurement. */
  function layout() {
    void document.body.offsetHeight;
  }

  /** Counts the matches of `selector` under `root`, through open shadow roots (for custom elements). */
  function deepCount(root, selector) {
    if (root.shadowRoot) return deepCount(root.shadowRoot, selector) + inside(root);
    return inside(root);
    function inside(r) {
      let n = r.querySelectorAll(selector).length;
      for (const el of r.querySelectorAll('*')) if (el.shadowRoot) n += deepCount(el.shadowRoot, selector);
      return n;
    }
  }

  /** Waits, checking once per frame, until `pred()` is true; rejects after `timeoutMs`. */
  async function until(pred, what, timeoutMs) {
    const end = performance.now() + (timeoutMs || 15000);
    while (!pred()) {
      if (performance.now() > end) throw new Error('timed out waiting for ' + (what || 'the page to be ready'));
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  const harnessed = new URLSearchParams(location.search).has('harness');

  /** Tells run.mjs (which waits on `window.__benchWaiters`, no polling in the page) that the phase changed. */
  function phase(p) {
    window.__benchPhase = p;
    const waiters = window.__benchWaiters || [];
    window.__benchWaiters = [];
    for (const w of waiters) w(p);
  }

  /**
   * Runs one page's workload.
   * - `render()`: the first render (sync or async). `ready()`, optional: true once the content is all there
   *   (for renderers that finish later than `render()` returns); checked right away, then once a frame.
   * - `loop`, optional: `{ name: 'updates' | 'moves', count, step(i) }`, run back to back, no frame waits
   *   (an async step is awaited: microtasks only), then one forced layout.
   * - `check()`, optional: a short string describing what is on screen (a sanity figure for the report).
   * Reports `{ firstRender, renderWork, [loop.name], check }`.
   */
  async function run(spec) {
    const out = {};
    try {
      const t0 = performance.now();
      await spec.render();
      if (spec.ready && !spec.ready()) await until(spec.ready, 'ready()');
      layout();
      out.renderWork = performance.now() - t0;
      await painted();
      out.firstRender = performance.now();
      if (harnessed) {
        // Let run.mjs take the heap figure after render, before the loop adds garbage.
        await new Promise((resolve) => { window.__benchContinue = resolve; phase('rendered'); });
      }
      if (spec.loop) {
        const { name, count, step } = spec.loop;
        const t1 = performance.now();
        for (let i = 0; i < count; i++) {
          const r = step(i);
          if (r && typeof r.then === 'function') await r;
        }
        layout();
        out[name] = performance.now() - t1;
        await painted();
      }
      if (spec.check) out.check = String(spec.check());
      out.done = true;
    } catch (e) {
      out.error = String((e && e.stack) || e);
    }
    window.__bench = out;
    phase('done');
    if (!harnessed) console.log('bench:', JSON.stringify(out));
    return out;
  }

  window.Bench = { run, painted, layout, until, deepCount };
})();
