// Idempotent registration: loading any entry twice on a page (two plugins, a script tag twice) defines nothing twice.

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
