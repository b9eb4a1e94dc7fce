// A crime type's family: one rule (src/lib/domain/crime-types.ts) for the pages and the search.
import { describe, expect, it } from 'vitest';
import { crimeFamilies } from '../../src/lib/domain/crime-types.ts';
import { helpsWith } from '../../src/lib/domain/services.ts';
import { crimeTypes } from '../../src/lib/reference/seeds.ts';
import { variant } from './helpers.ts';
import { pagesAndSearch } from './pages-and-search.ts';

describe("a crime type's family", () => {
  const family = crimeFamilies([
    { id: 'harmful-practices' },
    { id: 'fgm', parent: 'harmful-practices' },
    { id: 'forced-marriage', parent: 'harmful-practices' },
    { id: 'stalking' },
  ]);

  it('is the type, its sub-types and its parent, never a sibling', () => {
    expect(family('harmful-practices')).toEqual(['harmful-practices', 'fgm', 'forced-marriage']);
    expect(family('forced-marriage')).toEqual(['forced-marriage', 'harmful-practices']);
    expect(family('stalking')).toEqual(['stalking']);
    expect(family('fgm')).not.toContain('forced-marriage');
  });

  it('decides which services help: a general service helps with the specific, a specialist with its parent harm', () => {
    const fgmClinic = variant('example-minimal-listing', 'fgm', (d) => ({ ...d, crimeTypes: ['fgm'] }));
    const general = variant('example-minimal-listing', 'general', (d) => ({ ...d, crimeTypes: ['harmful-practices'] }));
    expect(helpsWith(fgmClinic, 'harmful-practices')).toBe(true);
    expect(helpsWith(fgmClinic, 'forced-marriage')).toBe(false);
    expect(helpsWith(general, 'forced-marriage')).toBe(true);
  });
});

describe('pages and search agree on which services help with each crime type (real listings)', () => {
  const { pages, search } = pagesAndSearch();

  it.each(crimeTypes.map((c) => c.id))('%s', (id) => {
    expect(search({ crimeType: id })).toEqual(pages((s) => helpsWith(s, id)));
  });
});
