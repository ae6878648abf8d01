// Host pages for the embed tests: each test builds a fresh same-origin page in an iframe that loads the CDN bundle
// exactly as a web admin would (a classic <script src>), so every page has its own custom element registry.

export const IIFE = '/dist/cdn/gender-in-practice.min.js';
export const ESM = '/dist/cdn/gender-in-practice.esm.min.js';

declare global {
  interface Window { GenderInPractice?: typeof import('../../../src/core/index.js') }
}

export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Errors the page saw (uncaught exceptions and rejections), recorded from the first script on. */
  errors: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

const frames: HTMLIFrameElement[] = [];

/** Every iframe opened by a test is removed after it, so pages never leak into each other. */
export function closePages(): void {
  for (const f of frames.splice(0)) f.remove();
}

/**
 * Opens a page in an iframe, `src` a URL or `html` a whole document (as `srcdoc`, same origin as the test),
 * and waits for its load event (classic scripts have run, custom elements are upgraded). The page's first
 * script (pages/record.js) records its errors and CSP violations from the start.
 */
export async function openPage(page: { html: string } | { src: string }, size = { width: 1000, height: 1400 }): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${size.width}px;height:${size.height}px;border:0;display:block`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  if ('html' in page) frame.srcdoc = page.html;
  else frame.src = page.src;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __pageErrors?: string[]; __violations?: string[] };
  if (!win.__pageErrors) {
    // A page of its own (the demo): record from now on.
    win.__pageErrors = [];
    win.addEventListener('error', (e) => win.__pageErrors!.push(String(e.error?.stack ?? e.message)));
    win.addEventListener('unhandledrejection', (e) => win.__pageErrors!.push(String(e.reason)));
  }
  return { frame, win, doc: win.document, errors: win.__pageErrors, violations: win.__violations ?? [] };
}

/** A whole HTML document: `head` extra, `body` content. */
export function pageHtml({ head = '', body = '', lang = 'en', dir = '' }: { head?: string; body?: string; lang?: string; dir?: string }): string {
  return `<!doctype html><html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8">
<script src="/test/browser/embed/pages/record.js"></script>${head}</head><body>${body}</body></html>`;
}

export const bundleTag = `<script src="${IIFE}"></script>`;

/** Waits (up to `ms`) until `test()` is truthy; returns its last value. */
export async function until<T>(test: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  let v = test();
  while (!v && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 20));
    v = test();
  }
  return v;
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Waits for every Lit element of the page (also inside shadow roots) to finish rendering. */
export async function settle(root: Document | ShadowRoot): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...root.querySelectorAll<Updatable>('ge-survey, socratic-wheel, action-plan-board')];
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot && !els.includes(host)) els.push(...host.shadowRoot.querySelectorAll<Updatable>('ge-survey, socratic-wheel, action-plan-board'));
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** A query inside an element's shadow root. */
export function inner<T extends Element = HTMLElement>(el: Element | null | undefined, selector: string): T | null {
  return (el?.shadowRoot?.querySelector<T>(selector)) ?? null;
}

export function innerAll<T extends Element = HTMLElement>(el: Element | null | undefined, selector: string): T[] {
  return [...(el?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}
