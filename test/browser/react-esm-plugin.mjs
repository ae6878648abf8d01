// A web-test-runner plugin that serves React (CommonJS only) to the browser as ES modules: React, react-dom and
// react-dom/client are bundled once by esbuild into one module (so there is one copy of React), and each bare
// import is answered by a small shim that re-exports its names. Tests only; users' bundlers handle React themselves.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const BUNDLE = '/__react/bundle.js';
const shims = { react: '/__react/react.js', 'react-dom': '/__react/react-dom.js', 'react-dom/client': '/__react/react-dom-client.js' };

async function build() {
  const contents = `import react from 'react'; import dom from 'react-dom'; import client from 'react-dom/client';
    export const modules = { react, 'react-dom': dom, 'react-dom/client': client };`;
  const result = await esbuild.build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'react-bundle.js' },
    bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

export function reactEsm() {
  let bundle;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return shims[source];
    },
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= build();
        return { body: await bundle, type: 'js' };
      }
      const name = Object.keys(shims).find((n) => shims[n] === context.path);
      if (!name) return undefined;
      // Names read in a separate Node process: requiring React here would write to the runner's patched console.
      const keys = JSON.parse(execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`]).toString());
      const names = keys.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return {
        body: `import { modules } from '${BUNDLE}';\nconst m = modules['${name}'];\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        type: 'js',
      };
    },
  };
}
