import { describe, expect, it } from 'vitest';
import {
  hasConfidentialLocation,
  helpsWith,
  isUrgent,
  meetsNeed,
  publicLocations,
  servicesForBorough,
  tierFor,
  urgencyRank,
  urgentRouteOf,
  victimServices,
} from '../../src/lib/domain/services.ts';
import { fixture, variant } from './helpers.ts';

const full = fixture('example-full-listing'); // Hackney and Islington
const helpline = fixture('example-minimal-listing'); // national
const refuge = fixture('example-refuge-route'); // London-wide, 24/7
const perpetrator = fixture('example-perpetrator-programme'); // east region
const eastRcc = variant('example-minimal-listing', 'east-rcc', (d) => ({
  ...d,
  name: 'East RCC',
  kind: 'rape-crisis-centre',
  area: { scope: 'region', regions: ['east'] },
}));
// Only the listings in seeds/urgent-routes.json are urgent routes, so these use those file names.
const sarc = variant('example-minimal-listing', 'the-havens', (d) => ({ ...d, name: 'SARC', kind: 'sarc', area: { scope: 'london' } }));
const police = variant('example-minimal-listing', 'police-emergency-999', (d) => ({
  ...d,
  name: 'Police',
  kind: 'emergency',
  contact: { phones: [{ number: '999', label: 'Emergency' }] },
}));
const all = [full, helpline, refuge, perpetrator, eastRcc, sarc, police];

describe('which services cover a borough', () => {
  it('places each service in the nearest tier that covers the borough', () => {
    expect(tierFor(full, 'hackney')).toBe('local');
    expect(tierFor(full, 'camden')).toBeNull();
    expect(tierFor(eastRcc, 'hackney')).toBe('region');
    expect(tierFor(eastRcc, 'lambeth')).toBeNull();
    expect(tierFor(refuge, 'lambeth')).toBe('london');
    expect(tierFor(helpline, 'lambeth')).toBe('national');
  });

  it('gives a borough its own services and all that cover it, urgent first, without perpetrator programmes', () => {
    const found = servicesForBorough(all, 'hackney');
    expect(found.urgent.map((s) => s.id)).toEqual(['police-emergency-999', 'the-havens', 'example-refuge-route']);
    expect(found.byTier.local.map((s) => s.id)).toEqual(['example-full-listing']);
    expect(found.byTier.region.map((s) => s.id)).toEqual(['east-rcc']);
    expect(found.byTier.national.map((s) => s.id)).toEqual(['example-minimal-listing']);
    const everything = [...found.urgent, ...Object.values(found.byTier).flat()];
    expect(everything.map((s) => s.id)).not.toContain('example-perpetrator-programme');
  });

  it('leaves a borough with no local service with an empty local tier (shown as an honest gap)', () => {
    expect(servicesForBorough(all, 'camden').byTier.local).toEqual([]);
  });
});

describe('urgency and victim support', () => {
  it('ranks 999 first, then the sexual assault referral centre, then 24/7 lines', () => {
    expect([police, sarc, refuge, full].map(urgencyRank)).toEqual([0, 1, 2, 3]);
    expect(isUrgent(full)).toBe(false);
  });

  it('lets only the listings in seeds/urgent-routes.json be urgent routes, whatever their kind says', () => {
    const impostor = variant('example-minimal-listing', 'london-emergency-support-line', (d) => ({ ...d, kind: 'emergency' }));
    const otherSarc = variant('example-minimal-listing', 'the-havens-24-hour-line', (d) => ({ ...d, kind: 'sarc' }));
    expect([impostor, otherSarc].map(urgentRouteOf)).toEqual([null, null]);
    expect([impostor, otherSarc].map(urgencyRank)).toEqual([3, 3]);
    // The allowed ids with another kind are not urgent routes either.
    expect(urgentRouteOf(variant('example-minimal-listing', 'the-havens', (d) => ({ ...d, kind: 'emergency' })))).toBeNull();
    expect([police, sarc].map(urgentRouteOf)).toEqual(['emergency', 'sarc']);
  });

  it('keeps perpetrator programmes out of victim lists', () => {
    expect(victimServices(all)).not.toContain(perpetrator);
    expect(isUrgent(perpetrator)).toBe(false);
  });
});

describe('crime types and needs', () => {
  it('matches a parent crime type to services listed under its sub-types', () => {
    const fgm = variant('example-minimal-listing', 'fgm', (d) => ({ ...d, crimeTypes: ['fgm'] }));
    expect(helpsWith(fgm, 'harmful-practices')).toBe(true);
    expect(helpsWith(fgm, 'fgm')).toBe(true);
    expect(helpsWith(fgm, 'forced-marriage')).toBe(false);
  });

  it('derives "no police report", "self-referral", "free to call" and "24 hours" from the listing', () => {
    expect(meetsNeed(full, 'no-police-report')).toBe(true);
    expect(meetsNeed(helpline, 'no-police-report')).toBe(false); // not stated is not "not needed"
    expect(meetsNeed(full, 'self-referral')).toBe(true);
    expect(meetsNeed(full, 'free-to-call')).toBe(true);
    expect(meetsNeed(refuge, 'open-24-7')).toBe(true);
    expect(meetsNeed(full, 'nrpf')).toBe(true);
    expect(meetsNeed(full, 'bsl')).toBe(false);
  });
});

describe('confidential locations', () => {
  it('never yields a location for a refuge, even if data slipped through', () => {
    const leaky = variant('example-refuge-route', 'leaky', (d) => ({ ...d, locations: [{ name: 'x', address: 'y', postcode: 'E8 1AA' }] }));
    expect(publicLocations(leaky)).toEqual([]);
    expect(publicLocations(full)).toHaveLength(1);
  });

  it('treats a listing as confidential when it says so or when any of its kinds is a refuge-like kind', () => {
    const safeHouseAsOtherKind = variant('example-full-listing', 'other-kind', (d) => ({ ...d, otherKinds: ['refuge'] }));
    const saysSo = variant('example-full-listing', 'says-so', (d) => ({ ...d, confidentialLocation: true }));
    expect(hasConfidentialLocation(refuge)).toBe(true);
    expect(hasConfidentialLocation(safeHouseAsOtherKind)).toBe(true);
    expect(hasConfidentialLocation(saysSo)).toBe(true);
    expect(hasConfidentialLocation(full)).toBe(false);
    expect(publicLocations(safeHouseAsOtherKind)).toEqual([]);
  });
});
