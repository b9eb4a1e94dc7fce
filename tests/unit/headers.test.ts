// public/_headers: the security headers a host that reads the file (Netlify, Cloudflare Pages)
// sends with every response. Hosts that do not read it must be configured the same way (README).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function headersFor(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current: string | null = null;
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) current = line.trim();
    else if (current === path) {
      const [name, ...value] = line.trim().split(':');
      out[(name ?? '').toLowerCase()] = value.join(':').trim();
    }
  }
  return out;
}

describe('public/_headers', () => {
  const h = headersFor('/*');

  it("forbids framing, sniffing, referrers and other sites' handles on the window or files", () => {
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('keeps the connection on https for two years, looks up no extra hosts and stores nothing on the device', () => {
    expect(h['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
    expect(h['x-dns-prefetch-control']).toBe('off');
    expect(h['cache-control']).toBe('no-store');
  });

  it('denies powerful features, without the obsolete interest-cohort', () => {
    expect(h['permissions-policy']).toContain('geolocation=()');
    expect(h['permissions-policy']).toContain('browsing-topics=()');
    expect(h['permissions-policy']).not.toContain('interest-cohort');
  });
});
