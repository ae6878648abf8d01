// Rollup plugin for the CDN bundles: Lit's literals without what the browser ignores. css``: no comments, indentation
// or line breaks (about 1 kB gzip over the three elements' styles); nothing is touched inside a CSS string or url().
// html`` and svg``: no indentation after a line break (the line break stays: a run of white space still renders as
// one, and `pre-line` drops the indentation itself; no template holds `pre` text or a textarea's content). Only the
// static text of the literals: interpolations are left alone. Every literal part keeps as many newlines as it had,
// so every line after it is where it was and the source maps stay right (`map: null`: no code changed lines).

/**
 * Comments out, white space cut to one space, none around `{ } ; ,` nor after a declaration's colon, `0.5` as `.5`;
 * strings and url() as they are.
 */
function squeeze(text) {
  let out = '';
  for (const [token] of text.matchAll(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|url\([^)]*\)|\/\*[\s\S]*?\*\/|[^'"/u]+|[\s\S]/g)) {
    out += /^['"]|^url\(/.test(token) ? token : token.startsWith('/*') ? ' ' : token;
  }
  // Then squeeze what lies between strings and url()s, which stay as written.
  return out.split(/('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|url\([^)]*\))/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1')
      // `color: red;` (a colon then a space, then no `{` before the declaration ends: never a selector, never `@media (…) {`).
      .replace(/([\w-]): (?=[^;{}]*[;}])/g, '$1:')
      // `0.5em` is `.5em`.
      .replace(/(^|[\s:(,/])0\.(\d)/g, '$1.$2'))).join('');
}

/** `text`, the static part of a css`` literal, squeezed, with its newlines kept together where its last one was. */
export function minifyCss(text) {
  const last = text.lastIndexOf('\n');
  if (last < 0) return squeeze(text);
  return squeeze(text.slice(0, last)) + '\n'.repeat(text.split('\n').length - 1) + squeeze(text.slice(last + 1));
}

/** `text`, the static part of an html`` or svg`` literal, without indentation after its line breaks. */
export function unindent(text) {
  return text.replace(/\n[ \t]+/g, '\n');
}

const SQUEEZE = { css: minifyCss, html: unindent, svg: unindent };

export function litLiterals() {
  return {
    name: 'lit-literals',
    transform(code) {
      if (!/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && Object.hasOwn(SQUEEZE, node.tag.name)) {
          for (const q of node.quasi.quasis) edits.push([q.start, q.end, SQUEEZE[node.tag.name]]);
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, squeeze] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + squeeze(out.slice(start, end)) + out.slice(end);
      return { code: out, map: null };
    },
  };
}
