// The shortlist's pure part: changes, the tab's name (window.name) it lives in, what a page starts
// with (moving on and Back keep it; a reload empties it unless chosen), and the plain-text copy.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SHORTLIST,
  cleared,
  fromTabName,
  keptOnReload,
  leavesSite,
  newer,
  restore,
  toTabName,
  toggle,
  type ShortlistState,
} from '../../src/lib/browser/shortlist.ts';
import { CHECK_BEFORE_USE, shortlistText } from '../../src/lib/browser/shortlist-copy.ts';
import { toCard, toReferral } from '../../src/lib/domain/card.ts';
import { fixture } from './helpers.ts';

const two: ShortlistState = { ids: ['the-havens', 'galop-london'], version: 20, keepOnReload: false };

describe('changes', () => {
  it('adds, removes and clears, each change newer than the last', () => {
    const added = toggle(EMPTY_SHORTLIST, 'the-havens', 10);
    expect(added).toEqual({ ids: ['the-havens'], version: 10, keepOnReload: false });
    expect(toggle(added, 'the-havens', 5)).toEqual({ ids: [], version: 11, keepOnReload: false });
    expect(cleared(two, 30)).toEqual({ ids: [], version: 30, keepOnReload: false });
    expect(keptOnReload(two, true, 25)).toEqual({ ...two, keepOnReload: true, version: 25 });
    expect(newer(two, added)).toBe(two);
    expect(newer(added, two)).toBe(two);
  });
});

describe("the tab's name", () => {
  it('holds the list and reads it back', () => {
    expect(fromTabName(toTabName(two))).toEqual(two);
    expect(fromTabName(toTabName({ ...two, keepOnReload: true }))).toEqual({ ...two, keepOnReload: true });
  });

  it('is empty for an empty list, so nothing is left in the tab', () => {
    expect(toTabName(EMPTY_SHORTLIST)).toBe('');
    expect(toTabName(cleared(two, 30))).toBe('');
  });

  it('ignores a name the site did not write, or one changed by hand', () => {
    for (const name of [
      '',
      'lsf-shortlist',
      'some-window',
      'lsf-shortlist:1:{',
      'lsf-shortlist:1:null',
      'lsf-shortlist:1:{"ids":"x","version":1}',
      'lsf-shortlist:1:{"ids":["a"]}',
    ])
      expect(fromTabName(name), name).toBeNull();
    // Identities are file names: anything else (a path, markup) is refused.
    for (const id of ['../admin', '<img src=x>', 'The Havens', ''])
      expect(fromTabName(`lsf-shortlist:1:${JSON.stringify({ ids: [id], version: 1 })}`), id).toBeNull();
    const tooMany = Array.from({ length: 201 }, (_, i) => `s${i}`);
    expect(fromTabName(`lsf-shortlist:1:${JSON.stringify({ ids: tooMany, version: 1 })}`)).toBeNull();
    expect(fromTabName(`lsf-shortlist:1:${JSON.stringify({ ids: ['a', 'a'], version: 1 })}`)?.ids).toEqual(['a']);
  });
});

describe('what a page starts with', () => {
  const name = toTabName(two);
  it('keeps the list when moving between pages and on Back', () => {
    expect(restore(name, 'navigate')).toEqual(two);
    expect(restore(name, 'back_forward')).toEqual(two);
  });

  it('empties it on a reload, unless the user chose to keep it', () => {
    expect(restore(name, 'reload')).toEqual(EMPTY_SHORTLIST);
    expect(restore(toTabName({ ...two, keepOnReload: true }), 'reload')).toEqual({ ...two, keepOnReload: true });
  });

  it('starts empty in a fresh tab', () => {
    expect(restore('', 'navigate')).toEqual(EMPTY_SHORTLIST);
  });

  it('takes back the list this page put aside when the tab left the site, the newer if the name has one too', () => {
    expect(restore('', 'back_forward', name)).toEqual(two);
    expect(restore('another-site-set-this', 'back_forward', name)).toEqual(two);
    const later = toTabName({ ...two, ids: ['the-havens'], version: 40 });
    expect(restore(later, 'back_forward', name).version).toBe(40);
    expect(restore(name, 'back_forward', later).version).toBe(40);
    expect(restore('', 'reload', name)).toEqual(EMPTY_SHORTLIST);
  });
});

describe('which navigations leave the site', () => {
  const origin = 'https://support.example';
  it("another site's web address does; this site's pages and tel:, sms: and mailto: links do not", () => {
    expect(leavesSite('https://www.thehavens.org.uk/', origin)).toBe(true);
    expect(leavesSite('http://support.example/', origin)).toBe(true); // another origin
    expect(leavesSite('https://support.example/services/', origin)).toBe(false);
    expect(leavesSite('/shortlist/', origin)).toBe(false);
    for (const href of ['tel:+442032996900', 'sms:+447700900123', 'mailto:help@example.org', 'javascript:void(0)', '::'])
      expect(leavesSite(href, origin), href).toBe(false);
  });
});

describe('the plain-text copy', () => {
  const entries = ['example-full-listing', 'example-minimal-listing'].map((n) => ({
    card: toCard(fixture(n)),
    referral: toReferral(fixture(n)),
  }));

  it('is dated, says to check numbers, and gives each service once with its numbers from the card', () => {
    const text = shortlistText(entries, '23 November 2026', { name: 'London support finder' });
    expect(text.split('\n').slice(0, 2)).toEqual(['Shortlist from London support finder, 23 November 2026', CHECK_BEFORE_USE]);
    expect(text).toContain("1. Example Women's Advocacy Service");
    expect(text).toContain('   Phone: 020 7946 0123 (Advice line, Monday to Friday, 9am to 5pm)');
    expect(text).toContain('   Phone: 0808 157 0123 (Freephone)');
    expect(text).toContain('   Text: 020 7946 0124 (Text us)');
    expect(text).toContain('   Last checked 20 November 2026 (confirmed by the provider)');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // one human date format
    expect(text.match(/https:\/\/www\.example\.org\.uk\/\n/g)).toHaveLength(1); // the website, once
    expect(text).toContain('2. ');
    // No site address is made up when the deployment has none.
    expect(text).not.toContain('Details: ');
  });

  it("links each service's page when the site has an address", () => {
    const text = shortlistText(entries, '23 November 2026', { name: 'London support finder', url: 'https://support.example/' });
    expect(text).toContain('Shortlist from London support finder (https://support.example/), 23 November 2026');
    expect(text).toContain('   Details: https://support.example/services/example-full-listing/');
  });
});
