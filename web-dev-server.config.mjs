// `npm start`: serves the demo (TypeScript sources compiled on the fly) at http://localhost:8000/demo/.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  port: 8000,
  open: '/demo/',
  watch: true,
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
