import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { configs as lit } from 'eslint-plugin-lit';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'bench/node_modules/', 'bench/build/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Lit's templates: bindings in positions Lit cannot bind, invalid HTML, duplicate bindings, a property
  // changed in update(). The types inside templates are lit-analyzer's (npm run lint:lit).
  { ...lit['flat/recommended'], files: ['src/**/*.ts'] },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  // Elements are views: the round connection (src/round/) is an add-on that drives them, and none of
  // them may import it (a page with only a survey must not carry server code). Types are fine.
  {
    files: ['src/ge-survey/**', 'src/socratic-wheel/**', 'src/action-plan-board/**', 'src/ge-assessment-editor/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/round', '**/round/*', '**/round/**'],
          allowTypeImports: true,
          message: 'Elements are views: the round connection (src/round/) drives them from outside and is never imported by an element.',
        }],
      }],
    },
  },
);
