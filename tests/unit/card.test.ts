// The card model (src/lib/domain/card.ts): the one place that decides what a service card shows,
// so every renderer (pages, search results, the map, the shortlist, its copy) says the same.
import { describe, expect, it } from 'vitest';
import { hoursLines, readerCaveat, toCard, toPhone, toReferral } from '../../src/lib/domain/card.ts';
import { cardWords } from '../../src/lib/domain/card-wording.ts';
import { formatDate, todayInLondon } from '../../src/lib/rules/dates.ts';
import { fixture, variant } from './helpers.ts';

describe('toCard', () => {
  const card = toCard(fixture('example-full-listing'));

  it('gives every fact a card shows, worked out once', () => {
    expect(card).toEqual({
      id: 'example-full-listing',
      href: '/services/example-full-listing/',
      name: "Example Women's Advocacy Service",
      kind: 'Domestic abuse advocate (IDVA)',
      organisation: 'Example Charity',
      summary: 'Advocates who help you plan for safety and deal with police, housing and courts. For women in Hackney and Islington.',
      whoFor: 'Women, aged 16 to 120',
      tags: [
        { id: 'no-police-report', label: 'No police report needed' },
        { id: 'self-referral', label: 'You can contact them yourself' },
      ],
      phones: [
        {
          kind: 'call',
          label: 'Advice line',
          number: '020 7946 0123',
          href: 'tel:+442079460123',
          free: false,
          sayFree: false,
          hours: 'Monday to Friday, 9am to 5pm',
        },
        // "Freephone" already says it is free: the card does not say it twice.
        { kind: 'call', label: 'Freephone', number: '0808 157 0123', href: 'tel:+448081570123', free: true, sayFree: false },
        { kind: 'text', label: 'Text us', number: '020 7946 0124', href: 'sms:+442079460124', free: false, sayFree: false },
      ],
      website: 'https://www.example.org.uk/',
      hours: ['Monday to Friday, 9am to 5pm', 'Saturday, 10pm to 2am', 'Closed on bank holidays'],
      lastChecked: { iso: '2026-11-20', date: '20 November 2026', how: 'confirmed by the provider' },
      victim: true,
    });
  });

  it('is plain data: it survives the trip through JSON (the search index, the card files) unchanged', () => {
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('gives at most two numbers to call, then the first number to text', () => {
    const many = toCard(
      variant('example-full-listing', 'many', (d) => ({
        ...d,
        contact: {
          ...d.contact,
          phones: ['020 7946 0001', '020 7946 0002', '020 7946 0003'].map((number, i) => ({ number, label: `Line ${i + 1}` })),
        },
      })),
    );
    expect(many.phones.map((p) => `${p.kind} ${p.label}`)).toEqual(['call Line 1', 'call Line 2', 'text Text us']);
  });

  it('says the tags a referrer looks for, police-based as a warning', () => {
    const police = toCard(
      variant('example-full-listing', 'police', (d) => ({
        ...d,
        access: { ...d.access, policeBased: true, selfReferral: false, policeReportNeeded: true },
      })),
    );
    expect(police.tags).toEqual([{ id: 'police-based', label: 'Run by or based with the police', warn: true }]);
  });

  it('marks a perpetrator programme as not a victim service', () => {
    expect(toCard(fixture('example-perpetrator-programme')).victim).toBe(false);
  });

  it("gives the reader caveat: the listing's own, or plain words for older sources; never the maintainers' note", () => {
    expect(card.caveat).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain('Nothing left out'); // verification.note
    const older = variant('example-full-listing', 'older', (d) => ({ ...d, verification: { ...d.verification, status: 'public-source' } }));
    expect(toCard(older).caveat).toBe(cardWords.olderSourcesCaveat);
    expect(toCard(older).lastChecked.how).toBe('from older or indirect sources');
    const own = variant('example-full-listing', 'own', (d) => ({
      ...d,
      verification: { ...d.verification, status: 'public-source', caveat: 'Call before you go.' },
    }));
    expect(readerCaveat(own.data)).toBe('Call before you go.');
  });

  it('publishes only an https website', () => {
    const http = variant('example-full-listing', 'http', (d) => ({ ...d, contact: { ...d.contact, website: 'javascript:alert(1)' } }));
    expect(toCard(http).website).toBeUndefined();
  });
});

describe('one rule for hours', () => {
  const withHours = (change: Parameters<typeof variant>[2]) => hoursLines(variant('example-full-listing', 'h', change).data);

  it('says 24 hours one way everywhere', () => {
    expect(withHours((d) => ({ ...d, hours: { always: true } }))).toEqual(['Open 24 hours a day, every day']);
  });

  it('says when only a phone line is open day and night', () => {
    const lines = withHours((d) => {
      const { hours: _none, ...rest } = d;
      return { ...rest, contact: { ...d.contact, phones: [{ number: '0808 157 0123', label: 'Helpline', hours: { always: true } }] } };
    });
    expect(lines).toEqual([cardWords.phoneAllDay]);
  });

  it('says "not published" rather than nothing', () => {
    const lines = withHours((d) => {
      const { hours: _none, ...rest } = d;
      return { ...rest, contact: { ...d.contact, phones: [{ number: '0808 157 0123', label: 'Helpline' }] } };
    });
    expect(lines).toEqual(['Opening hours not published: check with the service.']);
  });
});

describe('toPhone: one tel: form, "free" and hours from the number and its line', () => {
  it('dials E.164 for ordinary numbers and the bare digits for short codes', () => {
    expect(toPhone('020 3299 6900').href).toBe('tel:+442032996900');
    expect(toPhone('999').href).toBe('tel:999');
    expect(toPhone('116 123').href).toBe('tel:116123');
    expect(toPhone('07700 900123', 'Text', 'text').href).toBe('sms:+447700900123');
  });

  it('says "free" from the number\'s class, once', () => {
    expect(toPhone('0808 2000 247', 'Helpline')).toMatchObject({ free: true, sayFree: true });
    expect(toPhone('0808 2000 247', 'Helpline, free')).toMatchObject({ free: true, sayFree: false });
    expect(toPhone('020 3299 6900', 'Advice')).toMatchObject({ free: false, sayFree: false });
  });

  it('says a line is open 24 hours unless its label already does', () => {
    expect(toPhone('0808 2000 247', 'Helpline', 'call', { always: true }).hours).toBe('24 hours');
    expect(toPhone('0808 2000 247', '24-hour helpline', 'call', { always: true }).hours).toBeUndefined();
    expect(toPhone('0808 2000 247', 'Helpline').hours).toBeUndefined();
  });
});

describe('toReferral', () => {
  it('gives how to refer and the referral form', () => {
    expect(toReferral(fixture('example-full-listing'))).toEqual({
      howToRefer: 'Call us, or professionals use the referral form.',
      referralForm: 'https://www.example.org.uk/refer',
    });
    expect(toReferral(fixture('example-minimal-listing'))).toEqual({});
  });
});

describe('one date format', () => {
  it('"23 November 2026", and today in London', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
    expect(formatDate('2027-01-05')).toBe('5 January 2027');
    // 23:30 UTC on 31 March 2027 is already 1 April in London (summer time).
    expect(todayInLondon(new Date('2027-03-31T23:30:00Z'))).toBe('2027-04-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
