// Helpers for tests over dist/ (see scripts/dist-files.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../scripts/dist-files.ts';

export * from '../../scripts/dist-files.ts';

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
}
