// The all-in-one classic script carries the round add-on: `endpoint` works with it alone. (Each element's
// connection is a side-effect module of src/round/: package.json#sideEffects must keep it, or bundlers drop it.)
import { expect } from '@open-wc/testing';
import { R, newRound, responses, seed, until } from './socratic-wheel-helpers.js';

describe('CDN bundle: the round add-on', () => {
  it('a <socratic-wheel endpoint> of the classic script reaches the round server and draws its release', async () => {
    await new Promise((resolve, reject) => {
      const s = Object.assign(document.createElement('script'), { src: '/dist/cdn/gender-in-practice.min.js', onload: resolve, onerror: reject });
      document.head.append(s);
    });
    const round = newRound('cdn');
    await seed(round, { responses: responses(3), release: true });
    const wheel = document.createElement('socratic-wheel') as HTMLElement & { resultsState: string; updateComplete: Promise<unknown> };
    wheel.setAttribute('endpoint', R(round));
    wheel.setAttribute('nonce', 'fac-1');
    document.body.append(wheel);
    try {
      await until(() => wheel.resultsState === 'ready', `the results (now ${wheel.resultsState})`);
      await wheel.updateComplete;
      expect(wheel.shadowRoot!.querySelector('[data-series="current"]')).to.not.equal(null);
    } finally {
      wheel.remove();
    }
  });
});
