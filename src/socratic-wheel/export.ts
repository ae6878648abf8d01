// A standalone picture of the wheel: SVG with inline styles, fonts named, title, description and legend; PNG at 2×.
import { VIEW } from './geometry.js';

/** The presentation properties copied from the computed style onto each exported element. */
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order',
] as const;
const NS = 'http://www.w3.org/2000/svg';
const HEAD = 44;
const ROW = 20;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export interface ExportLegendEntry { name: string; kind: string; slot: number }

/**
 * The SVG as drawn, made standalone: every element's computed presentation inlined (so colours
 * from custom properties survive), interaction-only elements dropped, full labels rather than
 * spoke numbers, a title above and a legend below, and a white background.
 */
export function standaloneSvg(source: SVGSVGElement, title: string, description: string, legend: ExportLegendEntry[], root: ParentNode): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  const seen = new Map<Element, Record<string, string>>();
  originals.forEach((el, i) => {
    const copy = copies[i];
    const cls = el.getAttribute('class') ?? '';
    if (/\b(hit|hover|label-num)\b/.test(cls)) return void drop.push(copy);
    const cs = getComputedStyle(el);
    if (cs.display === 'none' && !/\blabel-text\b/.test(cls)) return void drop.push(copy);
    // Only what differs from the parent (every property here but opacity is inherited in SVG): a small file.
    const parent = el.parentElement ? seen.get(el.parentElement) : undefined;
    const values: Record<string, string> = {};
    const own: string[] = [];
    for (const p of PROPS) {
      const v = (values[p] = cs.getPropertyValue(p));
      const inherited = parent ? parent[p] : undefined;
      if (p === 'opacity' ? v !== '1' : v !== inherited) own.push(`${p}:${v}`);
    }
    seen.set(el, values);
    if (own.length) copy.setAttribute('style', own.join(';'));
    else copy.removeAttribute('style');
    for (const a of ['class', 'part', 'aria-hidden', 'focusable', 'data-index', 'data-series']) copy.removeAttribute(a);
  });
  drop.forEach((el) => el.remove());

  const font = getComputedStyle(source).fontFamily; // the wheel's own root sets it (the host's may be the page's)
  const color = (slot: number) => getComputedStyle(root instanceof ShadowRoot ? root.host : source).getPropertyValue(`--ge-series-${slot}`).trim() || '#000';
  const height = HEAD + VIEW + 10 + legend.length * ROW;
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('viewBox', `0 ${-HEAD} ${VIEW} ${height}`);
  clone.setAttribute('width', String(VIEW));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', font);
  clone.setAttribute('role', 'img');
  const rows = legend.map((e, i) => {
    const y = VIEW + 10 + i * ROW + 10;
    const dash = e.kind === 'target' ? ' stroke-dasharray="9 5"' : e.kind === 'group' ? ' stroke-dasharray="2 4" stroke-linecap="round"' : '';
    const op = e.kind === 'baseline' ? ' stroke-opacity="0.55"' : '';
    return `<line x1="200" y1="${y - 4}" x2="236" y2="${y - 4}" stroke="${escape(color(e.slot))}" stroke-width="2.5"${dash}${op}/>`
      + `<text x="244" y="${y}" font-size="13" fill="#1f2933">${escape(e.name)}</text>`;
  }).join('');
  const head = `<title>${escape(title)}</title><desc>${escape(description)}</desc>`
    + `<rect x="0" y="${-HEAD}" width="${VIEW}" height="${height}" fill="#fff"/>`
    + `<text x="${VIEW / 2}" y="${-HEAD + 28}" text-anchor="middle" font-size="20" font-weight="600" fill="#1f2933">${escape(title)}</text>`;
  const xml = new XMLSerializer().serializeToString(clone).replace(/<!--[\s\S]*?-->/g, '');
  // Title first (what a reader announces), then the picture, then the legend. Function replacements:
  // a title or label holding `$&`, `$'` or `` $` `` must come out as written, not as a replacement pattern.
  return xml.replace(/^(<svg[^>]*>)/, (open) => `${open}${head}`).replace(/<\/svg>$/, () => `${rows}</svg>`);
}

/** A PNG of a standalone SVG at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const w = Number(/width="([\d.]+)"/.exec(svgText)?.[1] ?? VIEW);
  const h = Number(/height="([\d.]+)"/.exec(svgText)?.[1] ?? VIEW);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
