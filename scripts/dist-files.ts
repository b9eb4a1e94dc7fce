// Reading the built site in dist/: its pages, their sizes and the scripts each loads.
// Shared by the budget tests (tests/dist/) and the benchmark (npm run bench).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';

export function walk(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out.sort();
}

export function htmlPages(): string[] {
  return walk().filter((f) => f.endsWith('.html'));
}

/** "dist/boroughs/hackney/index.html" -> "/boroughs/hackney/" */
export function urlOf(file: string): string {
  return `/${file.slice(DIST.length + 1)}`.replace(/index\.html$/, '');
}

export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Scripts a page loads: module scripts by src, plus island component and renderer URLs and their imports. */
export function scriptsOf(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1] as string);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(m[1] as string);
  // Follow static imports inside our own chunks (Vite emits import "./x.js" and from "./x.js").
  const queue = [...urls];
  while (queue.length) {
    const url = queue.pop() as string;
    const file = join(DIST, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) {
      const dep = url.replace(/[^/]+$/, m[1] as string);
      if (!urls.has(dep)) {
        urls.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...urls];
}

export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
}

/** Bytes of JavaScript a page loads: external files plus inline scripts, raw and gzip. */
export function pageJs(html: string): { files: string[]; raw: number; gzip: number } {
  const files = scriptsOf(html);
  const parts = [...files.map((f) => readFileSync(join(DIST, f))), ...inlineScripts(html).map((s) => Buffer.from(s))];
  return { files, raw: parts.reduce((n, b) => n + b.length, 0), gzip: parts.reduce((n, b) => n + gzipSize(b), 0) };
}
