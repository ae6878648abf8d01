// Inline positions without an inline style attribute: a strict Content-Security-Policy (style-src without
// 'unsafe-inline') refuses `style="…"`, and Lit's styleMap writes that attribute on first render. This element
// directive sets every property through CSSOM (element.style.setProperty), which the policy allows.
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  /** What was set, so that only what changed is set again (an element redrawn in place keeps its position). */
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps goes on an element: <div ${cssProps({ … })}>');
  }

  render(_props: CssProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      if (this.previous.get(name) !== value) style.setProperty(name, value);
      next.set(name, value);
    }
    for (const name of this.previous.keys()) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** Sets CSS properties (custom properties too) on the element through CSSOM: allowed under a strict CSP, unlike `style="…"`. */
export const cssProps = directive(CssPropsDirective);
