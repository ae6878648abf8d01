// `npm run analyze`: custom-elements.json from the elements' classes and their JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/core/**', 'src/internal/**', 'src/react/**', 'src/**/*.styles.ts', 'src/**/messages.ts'],
  outdir: '.',
  litelement: true,
};
