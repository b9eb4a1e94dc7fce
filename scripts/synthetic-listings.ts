// Synthetic listings for benchmarks only: plausible, valid against the real schema, and
// obviously fictional (names say "Example"). They are built into throwaway folders and never
// published. The real rules refuse Ofcom's drama numbers and example.org addresses, so the
// numbers are ordinary London numbers and the addresses sit under one made-up .org.uk domain.
// Deterministic: the same seed gives the same listings.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { boroughs, crimeTypes, needs, rapeCrisisRegions, serviceKinds } from '../src/lib/reference/seeds.ts';
import type { Service } from '../src/lib/listing/schema/index.ts';
import type { ServiceEntry } from '../src/lib/domain/services.ts';

/** Mulberry32: a tiny seeded PRNG, so runs are repeatable. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Safe',
  'Harbour',
  'Bridge',
  'Haven',
  'Light',
  'Compass',
  'Circle',
  'Rise',
  'Anchor',
  'Beacon',
  'Willow',
  'Oak',
  'River',
  'Hope',
  'Path',
  'Steps',
  'Voices',
  'Together',
  'Shelter',
  'Open Door',
];
const ROLES = [
  'Advice Line',
  'Advocacy Service',
  'Support Centre',
  'Outreach Project',
  'Counselling Service',
  'Drop-in',
  "Women's Project",
  "Young People's Service",
];
const victimKinds = serviceKinds.filter((k) => k.victimSupport !== false && !k.urgent).map((k) => k.id);

export function syntheticService(i: number, random: () => number): Service {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items))),
  ];
  const kind = pick(victimKinds);
  const scopeRoll = random();
  const area: Service['area'] =
    scopeRoll < 0.7
      ? {
          scope: 'boroughs',
          boroughs: some(
            boroughs.map((b) => b.slug),
            2,
          ),
        }
      : scopeRoll < 0.8
        ? { scope: 'region', regions: [pick(rapeCrisisRegions.map((r) => r.id))] }
        : scopeRoll < 0.93
          ? { scope: 'london' }
          : { scope: 'national' };
  const name = `Example ${pick(WORDS)} ${pick(ROLES)} ${i}`;
  const data: Service = {
    name,
    organisation: `Example ${pick(WORDS)} Trust`,
    kind,
    summary: `A fictional ${kind} service for benchmarks: support, advice and safety planning for people affected by abuse. Listing ${i}.`,
    description: 'Generated for benchmarks. Not a real service.',
    crimeTypes: some(
      crimeTypes.map((c) => c.id),
      4,
    ),
    serves: { genders: random() < 0.6 ? ['women'] : ['women', 'men', 'non-binary'], ...(random() < 0.3 ? { ageMin: 16 } : {}) },
    meets: some(
      needs.map((n) => n.id),
      4,
    ),
    area,
    access: {
      selfReferral: random() < 0.8,
      policeReportNeeded: false,
      howToRefer: 'Call the advice line or ask a professional to refer you.',
    },
    contact: {
      phones: [
        {
          number: `020 3${String(i % 10000)
            .padStart(3, '0')
            .slice(0, 3)} ${String(1000 + (i % 9000))}`,
          label: 'Advice line',
        },
      ],
      website: `https://www.synthetic-listings.org.uk/service-${i}`,
    },
    hours:
      random() < 0.2
        ? { always: true }
        : {
            sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: random() < 0.5 ? '17:00' : '20:00' }],
            bankHolidays: 'closed',
          },
    verification: {
      status: 'public-source',
      lastVerified: '2026-11-01',
      sources: [{ url: `https://www.synthetic-listings.org.uk/service-${i}`, checked: '2026-11-01' }],
    },
  };
  return data;
}

export function syntheticServices(count: number, seed = 42): ServiceEntry[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => ({ id: `example-service-${i}`, data: syntheticService(i, random) }));
}

/** Write synthetic listings as YAML files, to build the site from them. */
export function writeSyntheticListings(dir: string, count: number, seed = 42): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const s of syntheticServices(count, seed)) writeFileSync(join(dir, `${s.id}.yaml`), stringify(s.data));
}
