import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { toCard } from '../../src/lib/domain/card.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { parseQuery } from '../../src/lib/search/client/query.ts';
import { filtersFromHash, filtersToHash } from '../../src/lib/search/client/share.ts';
import { EMPTY_FILTERS, cardOf, type Filters } from '../../src/lib/search/client/types.ts';
import { ageGroups } from '../../src/lib/reference/seeds.ts';
import { fixture, variant } from './helpers.ts';

const police = variant('example-minimal-listing', 'police-emergency-999', (d) => ({
  ...d,
  name: 'Police emergency',
  kind: 'emergency',
  crimeTypes: ['domestic-abuse'],
  contact: { phones: [{ number: '999', label: '999' }] },
  hours: { always: true },
}));
const havens = variant('example-minimal-listing', 'the-havens', (d) => ({
  ...d,
  name: 'Havens',
  kind: 'sarc',
  crimeTypes: ['sexual-violence', 'recent-sexual-assault'],
  area: { scope: 'london' },
  hours: { always: true },
}));
const rcc = variant('example-minimal-listing', 'east-rcc', (d) => ({
  ...d,
  name: 'East Rape Crisis',
  kind: 'rape-crisis-centre',
  crimeTypes: ['sexual-violence', 'non-recent-sexual-abuse'],
  area: { scope: 'region', regions: ['east'] },
}));
const stalking = variant('example-minimal-listing', 'stalking-line', (d) => ({
  ...d,
  name: 'Stalking Advocacy',
  crimeTypes: ['stalking'],
  area: { scope: 'london' },
  hours: { sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }], bankHolidays: 'closed' },
}));
const forced = variant('example-minimal-listing', 'forced-marriage', (d) => ({
  ...d,
  name: 'Forced Marriage Line',
  alsoKnownAs: ['FMU'],
  crimeTypes: ['forced-marriage', 'honour-based-abuse'],
}));
const lambeth = variant('example-minimal-listing', 'lambeth-local', (d) => ({
  ...d,
  name: 'Lambeth Centre',
  kind: 'idva',
  area: { scope: 'boroughs', boroughs: ['lambeth'] },
}));
const southwark = variant('example-minimal-listing', 'southwark-local', (d) => ({
  ...d,
  name: 'Southwark Advocates',
  kind: 'idva',
  area: { scope: 'boroughs', boroughs: ['southwark'] },
}));
const youth = variant('example-minimal-listing', 'youth', (d) => ({
  ...d,
  name: 'Youth Service',
  kind: 'children-young-people',
  serves: { genders: ['women', 'men'], ageMin: 11, ageMax: 18 },
  area: { scope: 'london' },
}));
const services = [
  fixture('example-full-listing'), // Hackney + Islington IDVA; NRPF, interpreters; no police report
  fixture('example-minimal-listing'), // national helpline
  fixture('example-refuge-route'),
  fixture('example-perpetrator-programme'),
  police,
  havens,
  rcc,
  stalking,
  forced,
  lambeth,
  southwark,
  youth,
];
const index = buildSearchIndex(services, new Date('2026-11-23T12:00:00Z'));
const searcher = createSearch(index, { ageGroups });
const MONDAY_NOON = new Date('2026-11-23T12:00:00Z');
const run = (patch: Partial<Filters>, now = MONDAY_NOON) => searcher.search({ ...EMPTY_FILTERS, ...patch }, now);
const ids = (patch: Partial<Filters>, now?: Date) => run(patch, now).results.map((d) => d.id);

describe('the search index', () => {
  it('never contains perpetrator programmes', () => {
    expect(index.docs.map((d) => d.id)).not.toContain('example-perpetrator-programme');
    expect(index.docs).toHaveLength(services.length - 1);
  });

  it('carries the card (tap-to-call links from the card model) and derived needs', () => {
    const doc = index.docs.find((d) => d.id === 'example-full-listing');
    expect(doc && cardOf(doc)).toEqual(toCard(fixture('example-full-listing')));
    expect(doc?.card.phones[0]).toMatchObject({ number: '020 7946 0123', href: 'tel:+442079460123', label: 'Advice line', free: false });
    expect(doc?.needs).toEqual(expect.arrayContaining(['nrpf', 'no-police-report', 'self-referral', 'free-to-call']));
    expect(index.bankHolidays).toContain('2026-12-28');
  });
});

describe('reading everyday words', () => {
  const parse = (text: string) => parseQuery(text, index);

  it.each([
    ['he hits me', 'domestic-abuse'],
    ['my ex keeps following me', 'stalking'],
    ['they want me to marry', 'forced-marriage'],
    ['cut', 'fgm'],
    ['revenge porn', 'intimate-image-sharing'],
    ['stalkng', 'stalking'],
    ['harrasment on the bus', 'sexual-harassment'],
    ['foced marriage', 'forced-marriage'],
    ['trafficed', 'trafficking'],
    ['abused when i was a child', 'childhood-sexual-abuse'],
  ])('"%s" means %s', (text, crime) => {
    expect(parse(text).crimeTypes).toContain(crime);
  });

  it('reads a recent rape as urgent, misspelt or not', () => {
    for (const text of ['raped last night', 'I was rapped yesterday', 'sexually assaulted this morning']) {
      const p = parse(text);
      expect(p.urgent, text).toBe(true);
      expect(p.recentSexualAssault, text).toBe(true);
      expect(p.crimeTypes, text).toContain('recent-sexual-assault');
    }
    expect(parse('raped years ago').urgent).toBe(false);
  });

  it('reads danger as urgent without a crime type', () => {
    const p = parse('he is going to kill me');
    expect(p.urgent).toBe(true);
    expect(p.recentSexualAssault).toBe(false);
  });

  it('finds places in the words: postcodes, districts and borough names', () => {
    expect(parse('help in E8 1AA').district).toEqual({ district: 'E8', boroughs: ['hackney'] });
    expect(parse('se5').district).toEqual({ district: 'SE5', boroughs: ['southwark', 'lambeth'] });
    expect(parse('domestic abuse in hackny').boroughs).toEqual(['hackney']);
    expect(parse('kensington').boroughs).toEqual(['kensington-and-chelsea']);
    expect(parse('tower hamlets').boroughs).toEqual(['tower-hamlets']);
  });

  it('says what it understood as categories, never as a misspelt word', () => {
    expect(parse('raped last night').understood).toEqual(['Recent rape or sexual assault']);
    expect(parse('lambeth raped').understood).toEqual(['Lambeth', 'Rape and sexual violence']);
    expect(parse('rapped').understood).toEqual(['Rape and sexual violence']);
  });

  it('never reads a word it knows as a different word', () => {
    const polish = parse('polish');
    expect(polish.languages).toEqual(['Polish']);
    expect(polish.needs).toContain('interpreters');
    expect(polish.topics).not.toContain('police');
    expect(parse('police').topics).toEqual(['police']);
    expect(parse('polski').languages).toEqual(['Polish']);
  });

  it('does not read a harm inside a longer harm phrase on its own', () => {
    expect(parse('child sexual abuse').crimeTypes).toEqual(['childhood-sexual-abuse']);
    expect(parse('forced to sell sex').crimeTypes).not.toContain('sexual-violence');
  });

  it('leaves names it does not understand to the text search', () => {
    expect(parse('galop').leftover).toEqual(['galop']);
    expect(parse('he hits me').leftover).toEqual([]);
  });
});

describe('filters combine', () => {
  it('a borough keeps its own, its region, London-wide and national services, nearest first', () => {
    const order = ids({ borough: 'hackney' });
    expect([...order].sort()).toEqual([
      'east-rcc',
      'example-full-listing',
      'example-minimal-listing',
      'example-refuge-route',
      'forced-marriage',
      'police-emergency-999',
      'stalking-line',
      'the-havens',
      'youth',
    ]);
    // The borough's Rape Crisis region's service leads. The Hackney service is for Black and
    // minoritised women, a group nobody named, so it does not lead.
    expect(order[0]).toBe('east-rcc');
    expect(order.indexOf('example-full-listing')).toBeGreaterThan(order.indexOf('example-minimal-listing'));
    expect(order).not.toContain('lambeth-local');
    expect(order.indexOf('the-havens')).toBeLessThan(order.indexOf('example-minimal-listing'));
  });

  it('a postcode spanning two boroughs keeps the services of both, and says so', () => {
    const outcome = run({ place: 'SE5 9RS' });
    expect(outcome.place).toMatchObject({ district: 'SE5', boroughs: ['southwark', 'lambeth'] });
    expect(
      outcome.results
        .slice(0, 2)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['lambeth-local', 'southwark-local']);
  });

  it('a postcode outside London falls back to London-wide services and says so', () => {
    const outcome = run({ place: 'M1 1AA' });
    expect(outcome.place?.outsideLondon).toBe(true);
    expect(outcome.results.map((d) => d.id)).toContain('the-havens');
  });

  it('a crime type keeps services for it, its sub-types and its parent', () => {
    expect(ids({ crimeType: 'harmful-practices' })).toEqual(['forced-marriage']);
    const sexual = ids({ crimeType: 'recent-sexual-assault' });
    expect(sexual).toEqual(expect.arrayContaining(['the-havens', 'east-rcc']));
    expect(sexual).not.toContain('stalking-line');
  });

  it('needs must all be met', () => {
    expect(ids({ needs: ['nrpf'] })).toEqual(['example-full-listing']);
    expect(ids({ needs: ['nrpf', 'bsl'] })).toEqual([]);
  });

  it('kind and age narrow the list', () => {
    expect(ids({ kind: 'sarc' })).toEqual(['the-havens']);
    expect(ids({ ageGroup: 'under-13' })).toEqual(expect.arrayContaining(['youth']));
    expect(ids({ ageGroup: 'under-13' })).not.toContain('example-full-listing'); // 16+
  });

  it('"open now" uses London time and bank holidays', () => {
    expect(ids({ openNow: true, crimeType: 'stalking' })).toEqual(['stalking-line', 'example-full-listing']);
    expect(ids({ openNow: true, crimeType: 'stalking' }, new Date('2026-11-23T18:30:00Z'))).toEqual([]);
    expect(ids({ openNow: true, crimeType: 'stalking' }, new Date('2026-12-28T12:00:00Z'))).toEqual([]); // bank holiday
  });

  it('free text finds a service by name, with typos', () => {
    expect(ids({ text: 'havnes' })[0]).toBe('the-havens');
    expect(ids({ text: 'FMU' })[0]).toBe('forced-marriage');
  });
});

describe('ranking', () => {
  it('puts the Havens first for a recent rape, then 999', () => {
    const order = ids({ text: 'raped last night' });
    expect(order.slice(0, 2)).toEqual(['the-havens', 'police-emergency-999']);
  });

  it('puts 999 first when someone is in danger', () => {
    expect(ids({ text: 'he is going to kill me' })[0]).toBe('police-emergency-999');
  });

  it('puts the services for exactly what happened before related ones', () => {
    const order = ids({ text: 'my ex keeps following me' });
    expect(order.indexOf('stalking-line')).toBeLessThan(order.indexOf('example-full-listing'));
  });

  it('returns every matching service once, and orders equals by name', () => {
    const all = run({}).results;
    expect(all.map((d) => d.id).sort()).toEqual(index.docs.map((d) => d.id).sort());
    const londonWide = all.filter((d) => d.scope === 'london').map((d) => d.name);
    expect(londonWide.length).toBeGreaterThan(2);
    expect(londonWide).toEqual([...londonWide].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(all[0]?.scope).toBe('london'); // with no place chosen, London-wide services lead
  });
});

describe('an empty result never leaves someone with nothing', () => {
  it('offers urgent routes and 24-hour lines, and says which filter to drop', () => {
    const outcome = run({ needs: ['bsl'], borough: 'camden' });
    expect(outcome.results).toEqual([]);
    // 999 (emergency), the Havens (urgent care) and the lines open day and night, nothing else.
    expect(outcome.fallback.map((d) => d.id)).toEqual(['police-emergency-999', 'the-havens', 'example-refuge-route']);
    // No service offers BSL anywhere, so only dropping the need helps.
    expect(outcome.widen).toEqual([{ filter: 'needs', count: expect.any(Number) }]);
    const nrpf = run({ needs: ['nrpf'], borough: 'camden' });
    expect(nrpf.widen).toEqual([
      { filter: 'borough', count: 1 },
      { filter: 'needs', count: expect.any(Number) },
    ]);
  });
});

describe('a weak match says so and shows the safety net', () => {
  it('words with no meaning find nothing, never a lone unrelated service', () => {
    for (const text of ['xqzvw', 'help me please', 'hello']) {
      const outcome = run({ text });
      expect(outcome.results, text).toEqual([]);
      expect(outcome.weak, text).toBe('nothing');
      expect(
        outcome.fallback.map((d) => d.id),
        text,
      ).toEqual(expect.arrayContaining(['police-emergency-999', 'the-havens']));
    }
  });

  it('the first letters of a word are not a search yet', () => {
    for (const text of ['h', 'he', 'he h']) expect(run({ text }).browsing, text).toBe(true);
    expect(run({ text: 'help' }).browsing).toBe(false);
    expect(run({ text: 'dv' }).browsing).toBe(false); // understood
  });

  it('a close spelling of a name is shown as unsure, with the safety net', () => {
    const outcome = run({ text: 'stalkng advocasy line' });
    expect(outcome.parsed.crimeTypes).toContain('stalking'); // understood despite typos
    const fuzzy = run({ text: 'exampel' });
    expect(fuzzy.weak).toBe('fuzzy');
    expect(fuzzy.fallback.length).toBeGreaterThan(0);
  });

  it('fewer than three matches bring the safety net, and the count is the matches only', () => {
    const outcome = run({ text: 'havens' });
    expect(outcome.results.map((d) => d.id)).toEqual(['the-havens']);
    expect(outcome.weak).toBe('few');
    expect(outcome.fallback.map((d) => d.id)).toContain('police-emergency-999');
    expect(run({ text: 'domestic abuse' }).weak).toBeNull();
  });
});

describe('who a service is for', () => {
  it('sets apart services that do not serve a man who says so', () => {
    const outcome = run({ text: "I'm a man and he follows me" });
    expect(outcome.parsed.gender).toBe('men');
    expect(outcome.results.map((d) => d.id)).not.toContain('example-full-listing'); // women only
    expect(outcome.notForYou).toEqual([{ doc: expect.objectContaining({ id: 'example-full-listing' }), reason: 'gender' }]);
    expect(outcome.results.map((d) => d.id)).toContain('stalking-line');
  });

  it("reads the person's own age, not someone else's", () => {
    const adult = run({ text: 'im 40 and was abused' });
    expect(adult.parsed.age).toBe(40);
    expect(adult.notForYou.map((n) => [n.doc.id, n.reason])).toContainEqual(['youth', 'age']);
    const young = run({ text: "I'm 15" });
    expect(young.parsed.groups).toContain('young-people');
    expect(young.results[0]?.id).toBe('youth');
    const stalked = run({ text: "I'm 15 and being stalked" });
    expect(stalked.notForYou).toContainEqual({ doc: expect.objectContaining({ id: 'example-full-listing' }), reason: 'age' }); // 16 and over
    expect(parseQuery('my 15 year old son is violent to me', index).age).toBeNull();
  });

  it('puts general services before services for a group, unless the words name the group', () => {
    const general = ids({ text: 'domestic abuse', borough: 'hackney' });
    expect(general.indexOf('example-minimal-listing')).toBeLessThan(general.indexOf('example-full-listing'));
    const named = ids({ text: 'black woman domestic abuse', borough: 'hackney' });
    expect(named[0]).toBe('example-full-listing');
  });
});

describe('lead services come from data, not from the engine', () => {
  it("a general query about a harm puts its lead service first, then the place's own", () => {
    const withLead = {
      ...index,
      ranking: { ...index.ranking, leads: [{ crimeTypes: ['domestic-abuse'], services: ['example-minimal-listing'] }] },
    };
    const order = createSearch(withLead, { ageGroups })
      .search({ ...EMPTY_FILTERS, text: 'he hits me', borough: 'lambeth' })
      .results.map((d) => d.id);
    expect(order.slice(0, 2)).toEqual(['example-minimal-listing', 'lambeth-local']);
    const without = createSearch({ ...index, ranking: { ...index.ranking, leads: [] } }, { ageGroups }).search({
      ...EMPTY_FILTERS,
      text: 'he hits me',
      borough: 'lambeth',
    });
    expect(without.results[0]?.id).toBe('lambeth-local');
  });
});

describe('sharing a search', () => {
  it('round-trips through the #fragment and ignores fragments that hold no search', () => {
    const filters: Filters = { ...EMPTY_FILTERS, text: 'he hits me', borough: 'hackney', needs: ['nrpf', 'bsl'], openNow: true };
    const hash = filtersToHash(filters);
    expect(hash).toBe('#q=he+hits+me&borough=hackney&need=nrpf&need=bsl&open=1');
    expect(filtersFromHash(hash)).toEqual(filters);
    expect(filtersFromHash('#main')).toBeNull();
    expect(filtersToHash(EMPTY_FILTERS)).toBe('');
  });
});

describe('context words', () => {
  it('"my ex" means domestic abuse only when nothing more specific is said', () => {
    expect(parseQuery('my ex', index).crimeTypes).toEqual(['domestic-abuse']);
    expect(parseQuery('my ex keeps following me', index).crimeTypes).toEqual(['stalking']);
    expect(parseQuery('my ex keeps following me', index).leftover).toEqual([]);
  });

  it('puts a specialist service before a general one for the same crime type', () => {
    const general = variant('example-minimal-listing', 'general', (d) => ({
      ...d,
      name: 'A General Service',
      crimeTypes: ['domestic-abuse', 'stalking', 'forced-marriage'],
      area: { scope: 'london' },
    }));
    const idx = buildSearchIndex([general, stalking], new Date('2026-11-23T12:00:00Z'));
    const order = createSearch(idx, { ageGroups })
      .search({ ...EMPTY_FILTERS, text: 'stalker' })
      .results.map((d) => d.id);
    expect(order).toEqual(['stalking-line', 'general']);
  });
});

describe('typing a service name', () => {
  it('puts that service first even when its name is made of understood words', () => {
    expect(ids({ text: 'forced marriage line' })[0]).toBe('forced-marriage');
    expect(ids({ text: 'Stalking Advocacy' })[0]).toBe('stalking-line');
  });
});
