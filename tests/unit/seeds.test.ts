import { describe, expect, it } from 'vitest';
import {
  boroughs,
  crimeTypeRoots,
  crimeTypes,
  groups,
  kindById,
  needs,
  rapeCrisisRegions,
  serviceKinds,
} from '../../src/lib/reference/seeds.ts';

describe('reference data', () => {
  it('has the 33 London authorities with ONS codes E09000001 to E09000033', () => {
    expect(boroughs).toHaveLength(33);
    expect(boroughs.map((b) => b.code)).toEqual(Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`));
    expect(new Set(boroughs.map((b) => b.slug)).size).toBe(33);
    for (const b of boroughs) expect(b.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('puts each borough in one of the four Rape Crisis regions, or null where no source confirms one', () => {
    const regionIds: (string | null)[] = [...rapeCrisisRegions.map((r) => r.id), null];
    for (const b of boroughs) expect(regionIds, b.name).toContain(b.rapeCrisisRegion);
    // The 2010 sources name the seven east London boroughs; they must not be lost.
    const east = boroughs.filter((b) => b.rapeCrisisRegion === 'east').map((b) => b.slug);
    expect(east).toEqual(['barking-and-dagenham', 'hackney', 'havering', 'newham', 'redbridge', 'tower-hamlets', 'waltham-forest']);
  });

  it('has the eleven forms of violence of the 2018 London strategy, with valid sub-types', () => {
    expect(crimeTypeRoots).toHaveLength(11);
    const ids = new Set(crimeTypes.map((c) => c.id));
    for (const c of crimeTypes) if (c.parent) expect(ids.has(c.parent), c.id).toBe(true);
  });

  it('has the service kinds the directory needs, with refuges confidential and perpetrator work apart', () => {
    for (const id of [
      'sarc',
      'rape-crisis-centre',
      'isva',
      'idva',
      'refuge',
      'helpline',
      'outreach',
      'counselling',
      'legal-advice',
      'housing',
      'court-support',
      'health',
      'children-young-people',
      'by-and-for',
      'perpetrator-programme',
    ])
      expect(kindById.has(id), id).toBe(true);
    expect(kindById.get('refuge')?.confidentialLocation).toBe(true);
    expect(kindById.get('perpetrator-programme')?.victimSupport).toBe(false);
  });

  it('defines every term in plain words', () => {
    for (const term of [...serviceKinds, ...crimeTypes, ...needs, ...groups, ...rapeCrisisRegions]) {
      expect(term.definition.length, term.id).toBeGreaterThan(20);
      expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
