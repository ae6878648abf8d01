// Texts the wheel rewrites at every update, written by hand instead of a template per item: a new
// `series` array writes the table's cells whose text changed, and a spoke's badges and flag words
// where they are shown, and nothing else. Each directive owns the nodes it writes.
import { noChange } from 'lit';
import { Directive, directive, type ChildPart, type ElementPart } from 'lit/directive.js';


/** `head`: one row of `<th scope="col">`; `body`: rows of a `<th scope="row">` and `<td>`s; `list`: `<li>`s of one text each. */
export type TextRowsKind = 'head' | 'body' | 'list';

class TextRows extends Directive {
  /** Each row's element, its cells' text nodes, and what they say (compared here: reading a node's text costs a call into the DOM). */
  private rows: { node: Element; texts: Text[]; said: string[] }[] = [];

  render(_rows: readonly (readonly string[])[], _kind: TextRowsKind): unknown {
    return noChange;
  }

  /** On an element (`<tbody ${textRows(…)}>`), whose children it owns. */
  override update(part: ElementPart, [rows, kind]: [readonly (readonly string[])[], TextRowsKind]): unknown {
    const doc = part.element.ownerDocument;
    const make = (parent: Element, tag: string, scope?: string) => {
      const cell = parent.appendChild(doc.createElement(tag));
      if (scope) cell.setAttribute('scope', scope);
      return cell.appendChild(doc.createTextNode(''));
    };
    while (this.rows.length > rows.length) this.rows.pop()!.node.remove();
    rows.forEach((texts, r) => {
      let row = this.rows[r];
      if (!row) {
        const node = part.element.appendChild(doc.createElement(kind === 'list' ? 'li' : 'tr'));
        this.rows.push(row = { node, texts: kind === 'list' ? [node.appendChild(doc.createTextNode(''))] : [], said: [] });
      }
      while (row.texts.length > texts.length) row.texts.pop()!.parentElement!.remove();
      row.said.length = row.texts.length;
      while (row.texts.length < texts.length) {
        const first = row.texts.length === 0;
        row.texts.push(kind === 'head' ? make(row.node, 'th', 'col') : first ? make(row.node, 'th', 'row') : make(row.node, 'td'));
      }
      for (let i = 0; i < texts.length; i++) {
        if (row.said[i] !== texts[i]) row.texts[i].data = row.said[i] = texts[i];
      }
    });
    return noChange;
  }
}

/** The rows of a `<thead>` or `<tbody>`, or the items of a list, from their texts; only a text that changed is written. */
export const textRows = directive(TextRows);

/**
 * Short texts that change without their template: a spoke's badges (≠ ? ↓) and flag words follow the
 * figures at every update while its label stays. Each place that shows text `i` holds a text node the
 * directive made; `set()` writes the nodes whose text changed.
 */
export class TextSlots {
  private from?: readonly string[];
  private texts: string[] = [];
  private readonly nodes: Text[][] = [];

  /** The texts `format(value)` of `values` (an array kept while it says the same: nothing is done for it again). */
  set(values: readonly string[], format: (value: string) => string): void {
    if (values === this.from) return;
    this.from = values;
    values.forEach((value, i) => {
      const text = format(value);
      if (text !== this.texts[i]) for (const at of this.nodes) if (at[i]) at[i].data = text;
      this.texts[i] = text;
    });
    this.texts.length = values.length;
  }

  /** Text `i`, shown in place `place` (one node each). */
  slot(i: number, place = 0): unknown {
    return textSlot(this, i, place);
  }

  /** @internal */
  node(doc: Document, i: number, place: number): Text {
    const at = (this.nodes[place] ??= []);
    return (at[i] = doc.createTextNode(this.texts[i] ?? ''));
  }
}

class TextSlot extends Directive {
  private text?: Text;

  render(_slots: TextSlots, _i: number, _place: number): unknown {
    return noChange;
  }

  override update(part: ChildPart, [slots, i, place]: [TextSlots, number, number]): unknown {
    this.text ??= slots.node(part.parentNode.ownerDocument!, i, place);
    return this.text;
  }
}

const textSlot = directive(TextSlot);
