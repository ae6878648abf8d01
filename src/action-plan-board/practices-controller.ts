// The practice library the suggestions are drawn from (66 practices in both languages: about a
// quarter of the board's bytes), loaded apart from the board's first render. In an ES module build
// (the package through a bundler, dist/cdn/esm/) it is a chunk of its own, fetched once a board is on
// the page; a classic script (dist/cdn/*.min.js) carries it inline, so that a folder of scripts
// works offline, even from file://. A failed load leaves the suggestions empty and is tried again
// when a board connects.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Practice } from '../core/types.js';

let library: readonly Practice[] | undefined;
let loading: Promise<void> | undefined;

function load(): Promise<void> {
  return loading ??= import('../core/practices.js').then(
    (m) => { library = m.practices; },
    () => { loading = undefined; },
  );
}

export class PracticesController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The library once loaded; until then the board offers no suggestion. */
  get library(): readonly Practice[] | undefined {
    return library;
  }

  hostConnected(): void {
    if (!library) void load().then(() => library && this.host.requestUpdate());
  }

  /** Settles once a load under way is over (at once when loaded), so that `updateComplete` includes the suggestions. */
  settled(): Promise<void> {
    return library ? Promise.resolve() : load();
  }
}
