// The evidence rule a listing met is recorded and checked: which rule (status), the day the contact
// details were compared with a source (lastVerified), a short reader caveat, and a maintainers' note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateListingText } from '../../src/lib/listing/validate.ts';

const minimal = readFileSync('tests/fixtures/services/valid/example-minimal-listing.yaml', 'utf8');
const withVerification = (block: string) => minimal.slice(0, minimal.indexOf('verification:')) + block;
const check = (block: string) => validateListingText('x.yaml', 'x', withVerification(block), { today: '2026-12-01', allowExamples: true });
const messages = (block: string) => check(block).errors.map((e) => `${e.field}: ${e.message}`);

const sources = `  sources:
    - url: https://www.example.org.uk/helpline
      checked: 2026-11-23
    - url: https://www.nhs.uk/example
      checked: 2026-12-01
`;

describe('verification', () => {
  it.each(['provider-confirmed', 'provider-site', 'two-sources', 'public-source'])('accepts status %s', (status) => {
    expect(messages(`verification:\n  status: ${status}\n  lastVerified: 2026-12-01\n${sources}`)).toEqual([]);
  });

  it('refuses an unknown status and lists the four rules', () => {
    expect(messages(`verification:\n  status: checked\n  lastVerified: 2026-12-01\n${sources}`).join('\n')).toMatch(
      /verification\.status: "checked" is not a known status.*provider-confirmed, provider-site, two-sources or public-source/,
    );
  });

  it('two-sources needs sources on two different websites', () => {
    const one = `  sources:\n    - url: https://www.nhs.uk/a\n      checked: 2026-12-01\n    - url: https://nhs.uk/b\n      checked: 2026-12-01\n`;
    expect(messages(`verification:\n  status: two-sources\n  lastVerified: 2026-12-01\n${one}`)).toEqual([
      'verification.status: two-sources needs at least two source pages on different websites: add the second source, or write public-source',
    ]);
  });

  it('lastVerified is the day the contact details were compared with a source: any source date, never another day', () => {
    expect(messages(`verification:\n  status: provider-site\n  lastVerified: 2026-11-23\n${sources}`)).toEqual([]);
    expect(messages(`verification:\n  status: provider-site\n  lastVerified: 2026-11-30\n${sources}`)).toEqual([
      'verification.lastVerified: 2026-11-30 is not the date any source was checked (2026-11-23, 2026-12-01): set lastVerified to the day you compared the contact details with a source',
    ]);
  });

  it("a reader caveat is one short sentence; the maintainers' note may be longer", () => {
    const caveat = (text: string) => `verification:\n  status: public-source\n  lastVerified: 2026-12-01\n${sources}  caveat: ${text}\n`;
    expect(messages(caveat('Call to confirm opening hours.'))).toEqual([]);
    expect(messages(caveat('x'.repeat(161)))[0]).toMatch(/^verification\.caveat: is 161 characters long; keep it to 160 or fewer/);
    expect(messages(`verification:\n  status: public-source\n  lastVerified: 2026-12-01\n${sources}  note: ${'y'.repeat(1000)}\n`)).toEqual(
      [],
    );
  });
});
