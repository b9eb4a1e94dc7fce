// The fixture site for the behaviour browser tests: the site built from the frozen listings in
// tests/fixtures/site-listings/ into dist-fixtures/ (tests/e2e/builds.ts says why).
//   npm run build:fixtures     build it, unless the last build had the same inputs
//   npm run preview:fixtures   the same, then serve it on FIXTURE_PORT (PORT + 1); Playwright's
//                              second web server runs this, so `npx playwright test` needs no
//                              extra command and a changed component is never tested stale.
// The shipped site (npm run build, dist/) is untouched.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FIXTURE_SITE, SHIPPED_SITE } from '../tests/e2e/builds.ts';

const serve = process.argv.includes('--serve');
const stamp = join(FIXTURE_SITE.outDir, '.build-inputs');

/** A digest of everything the build reads, except the live listings (which this build ignores). */
function inputsDigest(): string {
  const hash = createHash('sha256');
  const skip = resolve(SHIPPED_SITE.listingsDir);
  const add = (path: string) => {
    if (!existsSync(path) || resolve(path) === skip) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
      return;
    }
    hash
      .update(`${relative('.', path)}\0`)
      .update(readFileSync(path))
      .update('\0');
  };
  for (const path of ['src', 'public', 'seeds', 'content', FIXTURE_SITE.listingsDir, 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    add(path);
  // The build settings a deployment may change (src/config.ts).
  for (const name of ['SITE_URL', 'REPOSITORY_URL', 'MAINTAINERS_EMAIL']) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

const digest = inputsDigest();
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  console.error(`fixture site: ${FIXTURE_SITE.outDir}/ is up to date with its inputs`);
} else {
  rmSync(stamp, { force: true });
  const started = Date.now();
  const build = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', FIXTURE_SITE.outDir], {
    env: { ...process.env, LISTINGS_DIR: FIXTURE_SITE.listingsDir },
    encoding: 'utf8',
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    console.error(`${build.stdout}${build.stderr}\nfixture site: the build from ${FIXTURE_SITE.listingsDir}/ failed (above)`);
    process.exit(1);
  }
  writeFileSync(stamp, digest);
  const pages = build.stdout.match(/(\d+) page\(s\) built/)?.[1] ?? '?';
  console.error(
    `fixture site: ${pages} pages built from ${FIXTURE_SITE.listingsDir}/ into ${FIXTURE_SITE.outDir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (serve) {
  // --ignore-lock: Astro allows one tracked preview server per project (.astro/preview.json), and
  // the shipped site's server is that one; this one runs alongside it, on its own port.
  const preview = spawn('npm', ['run', '-s', 'preview', '--', '--outDir', FIXTURE_SITE.outDir, '--ignore-lock'], {
    env: { ...process.env, PORT: String(FIXTURE_SITE.port) },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
  preview.on('exit', (code) => process.exit(code ?? 1));
}
