// The frozen listings the behaviour browser tests run on (tests/fixtures/site-listings/): they pass
// the listing checks on their own, every listing a seed names is among them (so the fixture site
// has its urgent routes and search leads). Nothing here compares them with the live listings: a
// provider's edit or removal must not fail a test of the code.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DERIVED_NEEDS } from '../../src/lib/domain/services.ts';
import { allErrors, formatProblem, validateDirectory } from '../../src/lib/listing/validate.ts';
import { checkSeedFiles, crossCheckSeeds } from '../../src/lib/reference/seed-checks.ts';
import { formatSeedProblem } from '../../src/lib/reference/seed-problems.ts';
import { FIXTURE_SITE } from '../e2e/builds.ts';

const dir = FIXTURE_SITE.listingsDir;
const result = validateDirectory(dir);
const slugs = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length));

describe('fixture listings', () => {
  it('pass the listing checks with no errors', () => {
    expect(slugs.length).toBeGreaterThan(20);
    expect(allErrors(result).map(formatProblem)).toEqual([]);
  });

  it('include every listing a seed names', () => {
    const seeds = checkSeedFiles('seeds');
    expect(seeds.problems).toEqual([]);
    const cross = crossCheckSeeds(seeds.seeds, {
      listingSlugs: slugs,
      derivedNeeds: DERIVED_NEEDS.map((n) => n.id),
      listingOrganisations: [],
    });
    // A new seed entry naming a listing that is not here: copy that listing in (see the folder's README).
    expect(cross.errors.map(formatSeedProblem)).toEqual([]);
  });
});
