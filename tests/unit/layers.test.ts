// What the browser runs stays browser code. The lint rule (eslint.config.mjs) sees each file's own
// imports; this test follows every import from the browser entry points, so a build-only module
// reached through another file fails too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The code that ships to browsers: the islands, the page scripts and the pure logic they use. */
const ENTRY_DIRS = ['src/ui/islands', 'src/ui/scripts', 'src/lib/search/client', 'src/lib/browser'];
/** Modules that only the build may run (they read seeds/, files, or large libraries). */
const BUILD_ONLY = [/^seeds\//, /^src\/lib\/listing\//, /^src\/lib\/reference\/seeds\.ts$/, /^src\/lib\/search\/build\//];
const BUILD_ONLY_PACKAGES = new Set(['libphonenumber-js', 'date-holidays', 'yaml', ...builtinModules]);

/** The modules a file imports at run time (type-only imports and exports are erased). */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const statement = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
  for (const m of source.matchAll(statement)) if (!m[1]) found.push(m[2] as string);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1] as string);
  return found;
}

const packageOf = (specifier: string) => {
  const bare = specifier.replace(/^node:/, '');
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
};

/** Every module reached from the entry points, with the chain that reached it. */
function reach(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue: [string, string[]][] = ENTRY_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f): [string, string[]] => [join(dir, f), []]),
  );
  while (queue.length) {
    const [file, chain] = queue.shift() as [string, string[]];
    if (seen.has(file)) continue;
    seen.set(file, chain);
    if (!file.startsWith('src/')) continue;
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = normalize(join(dirname(file), specifier));
        if (/\.(ts|tsx|js|json)$/.test(target) && existsSync(target)) queue.push([target, [...chain, file]]);
      } else if (specifier.startsWith('node:') || BUILD_ONLY_PACKAGES.has(packageOf(specifier))) {
        seen.set(`package ${packageOf(specifier)}`, [...chain, file]);
      }
    }
  }
  return seen;
}

describe('the browser code', () => {
  it('reads only erased type imports from the layers it must not run', () => {
    expect(
      runtimeImports(
        "import type { A } from './a.ts';\nimport { b, type C } from './b.ts';\nexport { d } from './d.ts';\nexport type { E } from './e.ts';\nimport 'x.css';",
      ),
    ).toEqual(['./b.ts', './d.ts', 'x.css']);
  });

  it('never reaches seeds/, the listing layer, seeds.ts, the search build, Node built-ins, libphonenumber-js, date-holidays or yaml', () => {
    const reached = reach();
    expect(reached.size).toBeGreaterThan(10);
    const bad = [...reached]
      .filter(([module]) => module.startsWith('package ') || BUILD_ONLY.some((re) => re.test(relative('.', module))))
      .map(([module, chain]) => `${module} (via ${chain.join(' -> ')})`);
    expect(bad).toEqual([]);
  });
});
