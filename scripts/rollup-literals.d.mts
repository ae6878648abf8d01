// Types of rollup-literals.mjs, for the tests written in TypeScript.
import type { Plugin } from 'rollup';

export function minifyCss(text: string): string;
export function unindent(text: string): string;
export function litLiterals(): Plugin;
