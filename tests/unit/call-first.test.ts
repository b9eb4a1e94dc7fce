// Call first (src/lib/domain/call-first.ts): which routes a page leads with as call buttons, and
// which 24-hour lines follow. On made-up leads and fixtures (the rule), then on the real listings
// and seeds/search-ranking.json (what the pages show).
import { describe, expect, it } from 'vitest';
import {
  ALL_DAY_SHOWN,
  MAX_LINES,
  callFirst,
  callLineOf,
  leadLineFor,
  leadServiceIds,
  leadsForHarm,
  shownInUrgentBox,
  urgentLine,
} from '../../src/lib/domain/call-first.ts';
import { crimeTypeRoots, type RankingLead } from '../../src/lib/reference/seeds.ts';
import type { ServiceEntry } from '../../src/lib/domain/services.ts';
import { loadListings } from '../../scripts/load-listings.ts';
import { variant } from './helpers.ts';

const always = { always: true as const };
const line = (id: string, number: string, change: Partial<ServiceEntry['data']> = {}, phoneHours?: ServiceEntry['data']['hours']) =>
  variant('example-minimal-listing', id, (d) => ({
    ...d,
    name: id,
    contact: { phones: [{ number, label: 'Line', ...(phoneHours ? { hours: phoneHours } : {}) }] },
    ...change,
  }));

// Only the listings in seeds/urgent-routes.json are urgent routes, so these use those file names.
const police = line('police-emergency-999', '999', { kind: 'emergency', hours: always });
const havens = line('the-havens', '020 3299 6900', {
  kind: 'sarc',
  area: { scope: 'london' },
  hours: always,
  crimeTypes: ['recent-sexual-assault'],
});
const daLine = line('da-line', '0808 157 0001', { hours: always });
const rapeLine = line('rape-line', '0808 157 0002', { crimeTypes: ['sexual-violence'] }, always);
const dayLine = line(
  'day-line',
  '020 7946 0003',
  { crimeTypes: ['forced-marriage'] },
  { sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] },
);
const noHours = line('no-hours-line', '0808 157 0004', { crimeTypes: ['honour-based-abuse'] });
const sameNumber = line('same-number-refuge', '0808 157 0001', { kind: 'refuge', hours: always });
const crisis = line('crisis-line', '0808 157 0005', { crimeTypes: ['sexual-violence'], hours: always });
const local = line('hackney-only', '020 7946 0006', { area: { scope: 'boroughs', boroughs: ['hackney'] }, hours: always });
const perpetrator = variant('example-perpetrator-programme', 'perp-247', (d) => ({ ...d, hours: always }));
const services = [police, havens, daLine, rapeLine, dayLine, noHours, sameNumber, crisis, local, perpetrator];

const leads: RankingLead[] = [
  { crimeTypes: ['domestic-abuse'], services: ['da-line'], why: '' },
  { crimeTypes: ['sexual-violence'], services: ['rape-line'], why: '' },
  { crimeTypes: ['recent-sexual-assault'], services: ['the-havens', 'rape-line'], why: '' },
  { crimeTypes: ['harmful-practices'], services: ['no-hours-line', 'day-line'], why: '' },
  { crimeTypes: ['forced-marriage'], services: ['day-line'], why: '' },
  { kind: 'sarc', services: ['the-havens'], why: '' },
  { kind: 'helpline', services: ['da-line', 'rape-line'], why: '' },
  { topic: 'crisis', services: ['crisis-line'], why: '' },
];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('which routes a page leads with (the rule)', () => {
  it("takes a harm's own leads, and only the entries naming that harm alone", () => {
    expect(leadsForHarm('domestic-abuse', leads)).toEqual(['da-line']);
    expect(leadsForHarm('harmful-practices', leads)).toEqual(['no-hours-line', 'day-line']);
    expect(leadsForHarm('misogyny', leads)).toEqual([]);
  });

  it('puts an urgent route leading a sub-type first: the Havens on the rape and sexual violence page', () => {
    const isSarc = (id: string) => id === 'the-havens';
    expect(leadServiceIds({ crimeType: 'sexual-violence' }, leads, isSarc)).toEqual(['the-havens', 'rape-line']);
    expect(leadServiceIds({ crimeType: 'domestic-abuse' }, leads, isSarc)).toEqual(['da-line']);
  });

  it('leads a page about no one harm with the Havens and the first of the main 24-hour lines', () => {
    expect(leadServiceIds({}, leads)).toEqual(['the-havens', 'da-line']);
    expect(leadServiceIds({ borough: 'hackney' }, leads)).toEqual(['the-havens', 'da-line']);
  });

  it('gives home 999, then the Havens and the domestic abuse line, numbers from the listings', () => {
    const plan = callFirst(services, {}, leads);
    expect(plan.emergency).toMatchObject({ role: 'emergency', number: '999', allDay: true });
    expect(plan.lines.map((l) => [l.service.id, l.role, l.number, l.allDay])).toEqual([
      ['the-havens', 'sarc', '020 3299 6900', true],
      ['da-line', 'lead', '0808 157 0001', true],
    ]);
  });

  it('never shows more than MAX_LINES buttons after 999', () => {
    const many: RankingLead[] = [
      { crimeTypes: ['domestic-abuse'], services: ['da-line', 'rape-line', 'crisis-line', 'day-line'], why: '' },
    ];
    expect(callFirst(services, { crimeType: 'domestic-abuse' }, many).lines).toHaveLength(MAX_LINES);
  });

  it('gives a line that is not open day and night its hours (a quieter button), and no hours where the listing gives none', () => {
    const plan = callFirst(services, { crimeType: 'harmful-practices' }, leads);
    const [first, second] = plan.lines;
    expect(first).toMatchObject({ role: 'lead', number: '0808 157 0004', allDay: false });
    expect(first?.hours).toBeUndefined();
    expect(second).toMatchObject({ role: 'lead', allDay: false, hours: { sessions: [{ opens: '09:00', closes: '17:00' }] } });
  });

  it('dials a number answered day and night before a daytime one', () => {
    const twoNumbers = variant('example-minimal-listing', 'two-numbers', (d) => ({
      ...d,
      contact: {
        phones: [
          { number: '020 7946 0010', label: 'Office', hours: { sessions: [{ days: ['mon'], opens: '09:00', closes: '17:00' }] } },
          { number: '0808 157 0011', label: 'Helpline', hours: always },
        ],
      },
    }));
    expect(callLineOf(twoNumbers, 'lead')).toMatchObject({ number: '0808 157 0011', allDay: true });
    expect(
      callLineOf(
        variant('example-minimal-listing', 'no-phone', (d) => ({ ...d, contact: { website: 'https://www.example.org.uk/' } })),
        'lead',
      ),
    ).toBeUndefined();
  });

  it("lists other 24-hour lines: the harm's leads, the main lines, then other leads; none twice, no number twice, no button again, no perpetrator programme", () => {
    const home = callFirst(services, {}, leads);
    expect(ids(home.allDay)).toEqual(['rape-line', 'crisis-line', 'hackney-only']);
    expect(ids(home.allDay)).not.toContain('same-number-refuge'); // dials the domestic abuse line's number
    expect(ids(home.allDay)).not.toContain('perp-247');
    const sexualViolence = callFirst(services, { crimeType: 'sexual-violence' }, leads);
    expect(ids(sexualViolence.lines.map((l) => l.service))).toEqual(['the-havens', 'rape-line']);
    expect(ids(sexualViolence.allDay)).toEqual(['da-line', 'crisis-line', 'hackney-only']);
    expect(home.allDayCount).toBe(7); // 999, the Havens and every 24-hour victim service, as on /needs/open-24-7/
  });

  it('leaves out services that do not cover the borough', () => {
    expect(ids(callFirst(services, { borough: 'hackney' }, leads).allDay)).toContain('hackney-only');
    expect(ids(callFirst(services, { borough: 'camden' }, leads).allDay)).not.toContain('hackney-only');
  });

  it('names what the urgent box shows, so a page can list the rest elsewhere', () => {
    const plan = callFirst(services, {}, leads);
    expect([...shownInUrgentBox(plan)]).toEqual([
      'police-emergency-999',
      'the-havens',
      'da-line',
      ...ids(plan.allDay.slice(0, ALL_DAY_SHOWN)),
    ]);
  });

  it('finds the line for a gap and the urgent routes from the same data', () => {
    expect(leadLineFor(services, 'domestic-abuse', leads)?.number).toBe('0808 157 0001');
    expect(leadLineFor(services, 'misogyny', leads)).toBeUndefined();
    expect(urgentLine(services, 'sarc')?.service.id).toBe('the-havens');
    expect(urgentLine([daLine], 'emergency')).toBeUndefined();
  });
});

describe('what the pages show (the real listings and seeds/search-ranking.json)', () => {
  const real = loadListings();
  const plan = (page = {}) => callFirst(real, page);
  const buttons = (p: ReturnType<typeof callFirst>) => p.lines.map((l) => `${l.service.id} ${l.number}`);

  it('home and every borough: 999, the Havens, the National Domestic Abuse Helpline', () => {
    expect(plan().emergency?.number).toBe('999');
    expect(buttons(plan())).toEqual(['the-havens 020 3299 6900', 'national-domestic-abuse-helpline 0808 2000 247']);
    expect(buttons(plan({ borough: 'lambeth' }))).toEqual(buttons(plan()));
  });

  it('domestic abuse: the National Domestic Abuse Helpline; rape and sexual violence: the Havens, then the Rape Crisis 24/7 line', () => {
    expect(buttons(plan({ crimeType: 'domestic-abuse' }))).toEqual(['national-domestic-abuse-helpline 0808 2000 247']);
    expect(buttons(plan({ crimeType: 'sexual-violence' }))).toEqual([
      'the-havens 020 3299 6900',
      'rape-crisis-247-support-line 0808 500 2222',
    ]);
  });

  it('harmful practices: Karma Nirvana and the Forced Marriage Unit, as daytime buttons (neither is listed as 24-hour)', () => {
    const p = plan({ crimeType: 'harmful-practices' });
    expect(p.lines.map((l) => [l.service.id, l.allDay])).toEqual([
      ['karma-nirvana-helpline', false],
      ['forced-marriage-unit', false],
    ]);
  });

  it('every "what happened" page has 999 and lists the National Domestic Abuse Helpline number once at most', () => {
    for (const root of crimeTypeRoots) {
      const p = plan({ crimeType: root.id });
      expect(p.emergency?.number, root.id).toBe('999');
      const numbers = [...p.lines.map((l) => l.number), ...p.allDay.map((s) => s.data.contact.phones?.[0]?.number)].filter(
        (n) => n === '0808 2000 247',
      );
      expect(numbers.length, root.id).toBeLessThanOrEqual(1);
    }
  });
});
