// custom-elements.json (from `npm run analyze`) carries each element's public API of API.md: tag, attributes,
// properties, methods, events, CSS parts and CSS custom properties, so editors, Storybook and framework tooling see it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const manifestPath = join(root, 'custom-elements.json');

interface Named { name: string; description?: string; static?: boolean; privacy?: string; kind?: string }
interface Declaration extends Named {
  tagName?: string; customElement?: boolean; summary?: string;
  attributes?: Named[]; members?: Named[]; events?: Named[]; cssParts?: Named[]; cssProperties?: Named[]; slots?: Named[];
}
interface Manifest { schemaVersion: string; modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration?: { name: string } }[] }[] }

/** The public contract of API.md (plus `lang`, which every element takes), per tag. */
const api: Record<string, { folder: string; attributes: string[]; properties: string[]; methods: string[]; events: string[] }> = {
  'ge-survey': {
    folder: 'ge-survey',
    attributes: ['src', 'storage-key', 'groups', 'readonly', 'name', 'lang'],
    properties: ['assessment', 'response'],
    methods: ['submit'],
    events: ['ge-survey-change', 'ge-survey-submit', 'ge-error'],
  },
  'socratic-wheel': {
    folder: 'socratic-wheel',
    attributes: ['max', 'source', 'editable', 'lang'],
    properties: ['dimensions', 'series', 'responses', 'assessment', 'priorities'],
    methods: ['toSVG', 'toPNG'],
    events: ['ge-wheel-change', 'ge-dimension-select', 'ge-priorities-change', 'ge-error'],
  },
  'action-plan-board': {
    folder: 'action-plan-board',
    attributes: ['source', 'budget-days', 'storage-key', 'lang'],
    properties: ['actions', 'assessment', 'priorities'],
    methods: ['toCSV', 'toJSON'],
    events: ['ge-plan-change', 'ge-error'],
  },
};

function readManifest(): Manifest {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run analyze` (cem analyze) before the unit tests');
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

const names = (xs: Named[] | undefined) => (xs ?? []).map((x) => x.name);
const missing = (want: string[], have: string[]) => want.filter((w) => !have.includes(w));

/** Every source file of an element's folder, concatenated (templates and styles). */
function sources(folder: string): string {
  const dir = join(root, 'src', folder);
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

test('package.json#customElements points at custom-elements.json, which is shipped', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { customElements?: string; files?: string[] };
  assert.equal(pkg.customElements?.replace(/^\.\//, ''), 'custom-elements.json');
  assert.ok(pkg.files?.some((f) => f.replace(/^\.\//, '') === 'custom-elements.json'), 'package.json#files does not ship custom-elements.json');
});

test('the manifest is a Custom Elements Manifest', () => {
  const m = readManifest();
  assert.match(m.schemaVersion, /^\d+\.\d+/);
  assert.ok(Array.isArray(m.modules) && m.modules.length > 0);
});

for (const [tag, want] of Object.entries(api)) {
  test(`<${tag}>: declared under its tag name, with a summary`, () => {
    const d = declarationOf(readManifest(), tag);
    assert.ok(d, `no declaration with tagName "${tag}": the analyzer cannot see define() through the helper; add \`@tagname ${tag}\` to the class JSDoc`);
    assert.equal(d.customElement, true);
    assert.ok(d.summary, `${tag} has no @summary`);
  });

  test(`<${tag}>: the attributes, properties and methods of API.md`, () => {
    const d = declarationOf(readManifest(), tag);
    assert.ok(d, `no declaration for ${tag}`);
    const members = (d.members ?? []).filter((x) => !x.static && x.privacy !== 'private' && x.privacy !== 'protected');
    assert.deepEqual(missing(want.attributes, names(d.attributes)), [], `${tag}: attributes missing from the manifest`);
    assert.deepEqual(missing(want.properties, names(members.filter((x) => x.kind === 'field'))), [], `${tag}: properties missing`);
    assert.deepEqual(missing(want.methods, names(members.filter((x) => x.kind === 'method'))), [], `${tag}: methods missing`);
    const undocumented = [...(d.attributes ?? []), ...members].filter((x) => !x.description && want.attributes.concat(want.properties, want.methods).includes(x.name));
    assert.deepEqual(undocumented.map((x) => x.name), [], `${tag}: public API without a description`);
  });

  test(`<${tag}>: its events, each described`, () => {
    const d = declarationOf(readManifest(), tag);
    assert.ok(d, `no declaration for ${tag}`);
    assert.deepEqual(missing(want.events, names(d.events)), [], `${tag}: events missing (write @fires by hand: the analyzer cannot see emit())`);
    assert.deepEqual((d.events ?? []).filter((e) => !e.description).map((e) => e.name), [], `${tag}: events without a description`);
  });

  test(`<${tag}>: every CSS part in its templates is documented`, () => {
    const d = declarationOf(readManifest(), tag);
    assert.ok(d, `no declaration for ${tag}`);
    const used = [...new Set([...sources(want.folder).matchAll(/\bpart=(?:"([\w -]+)"|\$\{[^}]*?'([\w-]+)'\s*:\s*'([\w-]+)'\s*\})/g)]
      .flatMap((m) => [m[1], m[2], m[3]].filter(Boolean).flatMap((p) => p.split(/\s+/))))];
    assert.ok(used.length > 0, `${tag}: no part="…" in its templates`);
    assert.deepEqual(missing(used, names(d.cssParts)), [], `${tag}: parts used but not in the manifest (one @csspart per line)`);
  });

  test(`<${tag}>: every --ge-* custom property its styles read is documented`, () => {
    const d = declarationOf(readManifest(), tag);
    assert.ok(d, `no declaration for ${tag}`);
    const documented = d.cssProperties ?? [];
    assert.ok(documented.length > 0, `${tag}: no CSS custom properties in the manifest`);
    const used = [...new Set([...sources(want.folder).matchAll(/var\((--ge-[\w-]+)/g)].map((m) => m[1]))];
    // A family documented once (`--ge-series-1`, "also --ge-series-2 … -6") counts for its members.
    const covered = (name: string) => documented.some((p) => p.name === name || (p.description ?? '').includes(name)
      || (/-\d+$/.test(name) && p.name.replace(/\d+$/, '') === name.replace(/\d+$/, '')));
    assert.deepEqual(used.filter((u) => !covered(u)), [], `${tag}: custom properties used but not in the manifest (one @cssprop per line)`);
  });
}
