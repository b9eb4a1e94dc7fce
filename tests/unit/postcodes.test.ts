import { describe, expect, it } from 'vitest';
import { districtOf, lookupDistrict } from '../../src/lib/reference/postcode-lookup.ts';
import { boroughsForDistrict, districtTable, districtsInBorough } from '../../src/lib/reference/postcodes.ts';

describe('reading postcodes', () => {
  it('takes the district from a full postcode, in any case or spacing', () => {
    expect(districtOf('E8 1AA')).toBe('E8');
    expect(districtOf('e81aa')).toBe('E8');
    expect(districtOf('  sw1a 2aa ')).toBe('SW1A');
  });

  it('accepts a district typed on its own', () => {
    expect(districtOf('SE5')).toBe('SE5');
    expect(districtOf('se 5')).toBe('SE5');
    expect(districtOf('EC1A')).toBe('EC1A');
  });

  it('rejects words that are not postcodes', () => {
    expect(districtOf('hackney')).toBeNull();
    expect(districtOf('he hits me')).toBeNull();
    expect(districtOf('')).toBeNull();
  });
});

describe('district to borough', () => {
  const table = districtTable();

  it('gives every borough a district spans, most residents first', () => {
    expect(boroughsForDistrict('SE5').map((b) => b.slug)).toEqual(['southwark', 'lambeth']);
    expect(lookupDistrict(table, 'SE5 9RS')).toEqual({ district: 'SE5', boroughs: ['southwark', 'lambeth'] });
    expect(lookupDistrict(table, 'E8 1AA')).toEqual({ district: 'E8', boroughs: ['hackney'] });
  });

  it('handles outer London areas outside the London post town', () => {
    expect(lookupDistrict(table, 'CR0')?.boroughs[0]).toBe('croydon');
    expect(lookupDistrict(table, 'TN16')?.boroughs).toContain('bromley');
  });

  it('returns no borough for a real district outside London', () => {
    expect(lookupDistrict(table, 'M1 1AA')).toEqual({ district: 'M1', boroughs: [] });
  });

  it('lists the districts of every borough', () => {
    expect(districtsInBorough('hackney')).toContain('E8');
    expect(Object.keys(table)).toHaveLength(287);
  });
});
