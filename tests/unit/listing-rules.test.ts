// The rules behind "listings that cannot lie", one module at a time: invisible characters,
// links, lookalike names, location clues, the one reading of YAML, phone classes.
import { describe, expect, it } from 'vitest';
import { describeCharacter, invisibleIn, markupIn, visible } from '../../src/lib/rules/text-safety.ts';
import { linkProblem } from '../../src/lib/rules/links.ts';
import { lookalikeKey, mixedScriptWord } from '../../src/lib/rules/lookalike.ts';
import { locationClues } from '../../src/lib/rules/location-clues.ts';
import { decodeListing, parseListingText } from '../../src/lib/listing/file.ts';
import { displayNumber, isFreeToCall, phoneProblem, readNumber } from '../../src/lib/rules/phone.ts';
import { validateListingText } from '../../src/lib/listing/validate.ts';
import { readFileSync } from 'node:fs';

describe('invisible and control characters', () => {
  it('finds bidi, zero-width and control characters, and line breaks only where they are not allowed', () => {
    expect(invisibleIn('0808 2000 \u202E742')).toBe('\u202E');
    expect(invisibleIn('The\u200BHavens')).toBe('\u200B');
    expect(invisibleIn('a\u0000b')).toBe('\u0000');
    expect(invisibleIn('one\ntwo')).toBe('\n');
    expect(invisibleIn('one\ntwo', { lineBreaks: true })).toBeNull();
    expect(invisibleIn('Café, 24/7 – “quoted”')).toBeNull();
    expect(describeCharacter('\u202E')).toBe('a right-to-left override (U+202E)');
  });

  it('shows them as codes when a value is printed', () => {
    expect(visible('ok\u001b[32m fake\r\n\u202E')).toBe('ok\\u001B[32m fake\\u000D\\u000A\\u202E');
  });

  it('does not take everyday words for event handlers', () => {
    expect(markupIn('Support online = yes, ongoing=1')).toBeNull();
    expect(markupIn("x' onmouseover='alert(1)")).toBe('onmouseover=');
  });
});

describe('links', () => {
  it("accepts a service's own https address", () => {
    expect(linkProblem('https://www.thehavens.org.uk/referrals/')).toBeNull();
  });

  it('refuses IP hosts, ports, lookalike and punycode domains, shorteners, markup and example addresses', () => {
    expect(linkProblem('https://3232235777/')).toMatch(/IP address \(192\.168\.1\.1\)/);
    expect(linkProblem('https://www.thehavens.org.uk:8443/')).toMatch(/port/);
    expect(linkProblem('https://www.thehаvens.org.uk/')).toMatch(/international domain name .*U\+0430/);
    expect(linkProblem('https://xn--thehvens-8ig.org.uk/')).toMatch(/punycode/);
    expect(linkProblem('https://tinyurl.com/abc')).toMatch(/link shortener \(tinyurl\.com\)/);
    expect(linkProblem('https://www.thehavens.org.uk/"><b>')).toMatch(/does not belong in a web address/);
    expect(linkProblem('https://help.example.org.uk/')).toMatch(/example address/);
    expect(linkProblem('https://help.example.org.uk/', { allowExamples: true })).toBeNull();
  });

  it('keeps a listed shortened source link, only as a source', () => {
    expect(linkProblem('https://is.gd/7Hc1wP', { source: true })).toBeNull();
    expect(linkProblem('https://is.gd/7Hc1wP')).toMatch(/link shortener/);
    expect(linkProblem('https://is.gd/other', { source: true })).toMatch(/link shortener/);
  });
});

describe('lookalike names', () => {
  it('gives lookalikes the same key, and different names different keys', () => {
    expect(lookalikeKey('The Ηavens')).toBe(lookalikeKey('The Havens'));
    expect(lookalikeKey('ChiIdline')).toBe(lookalikeKey('Childline'));
    expect(lookalikeKey('Sarnaritans')).toBe(lookalikeKey('Samaritans'));
    expect(lookalikeKey('The Havens')).not.toBe(lookalikeKey('The Haven Trust'));
  });

  it('finds a word that mixes alphabets, and allows a name in one alphabet or several words in different ones', () => {
    expect(mixedScriptWord('Rеfugе')).toEqual({ word: 'Rеfugе', scripts: ['Latin', 'Cyrillic'] });
    expect(mixedScriptWord('Ashiana (آشیانه)')).toBeNull();
    expect(mixedScriptWord('Ελληνικά')).toBeNull();
  });
});

describe('location clues', () => {
  it('finds postcodes with or without the space, districts, streets, coordinates and what3words', () => {
    const kinds = (t: string) => locationClues(t).map((c) => `${c.kind}: ${c.text}`);
    expect(kinds('Our refuge is at 12 Acacia Road, London E8 1AA')).toEqual(['postcode: E8 1AA', 'street address: 12 Acacia Road']);
    expect(kinds('near E81AA')).toEqual(['postcode: E81AA']);
    expect(kinds('somewhere in SE5')).toEqual(['postcode district: SE5']);
    expect(kinds('Flat 3, 14-16 Mare Street')).toEqual(['street address: 14-16 Mare Street']);
    expect(kinds('at 51.5456, -0.0553')).toEqual(['coordinates: 51.5456, -0.0553']);
    expect(kinds('door at ///index.home.raft')).toEqual(['what3words address: ///index.home.raft']);
  });

  it('leaves ordinary refuge text alone', () => {
    expect(locationClues('Call 0808 2000 247, day or night, 24 hours, 7 days a week. Refuge addresses are secret.')).toEqual([]);
  });

  it('a public listing that names a refuge and an address gets a warning for reviewers', () => {
    const minimal = readFileSync('tests/fixtures/services/valid/example-minimal-listing.yaml', 'utf8');
    const text = minimal.replace(
      'summary: A helpline for anyone affected by domestic abuse.',
      'summary: A helpline; our refuge is at 12 Acacia Road.',
    );
    const result = validateListingText('x.yaml', 'x', text, { today: '2026-11-23', allowExamples: true });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'summary: mentions a refuge or safe house and what looks like a street address ("12 Acacia Road"): if this is where a refuge or safe house is, remove it and set confidentialLocation: true',
    ]);
  });
});

describe('one reading of YAML', () => {
  it('reads UTF-8 (with or without a byte-order mark) and refuses UTF-16 and Windows-1252 with a plain message', () => {
    expect(decodeListing(new TextEncoder().encode('\uFEFFname: x\n'))).toEqual({ text: 'name: x\n' });
    expect(decodeListing(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toMatchObject({ message: expect.stringMatching(/UTF-16/) });
    expect(decodeListing(new Uint8Array([0x6e, 0x0a, 0x4b, 0x92, 0x73]))).toMatchObject({
      line: 2,
      message: expect.stringMatching(/not saved as UTF-8 text \(byte 0x92/),
    });
  });

  it('reads CR-only files, and refuses a lone CR among ordinary line breaks', () => {
    expect(parseListingText('name: a\rkind: b\r').data).toEqual({ name: 'a', kind: 'b' });
    expect(parseListingText('name: a\r\nkind: b\r\n').data).toEqual({ name: 'a', kind: 'b' });
    expect(parseListingText('name: a # c\rkind: b\nx: 1\n').problems).toEqual([
      { line: 1, message: expect.stringMatching(/carriage return on its own/) },
    ]);
  });

  it('refuses directives, tags, anchors, aliases, duplicate keys and invisible characters outside fields', () => {
    const first = (t: string) => parseListingText(t).problems[0]?.message ?? '';
    expect(first('%YAML 1.1\n---\na: yes\n')).toMatch(/YAML directive/);
    expect(first('a: !!str x\n')).toMatch(/YAML tag \(!!str\)/);
    expect(first('a: &x 1\nb: *x\n')).toMatch(/anchor or alias \(&x\)/);
    expect(first('a: 1\na: 2\n')).toMatch(/"a" is written twice/);
    expect(first('a: 1 # \u202Eevil\n')).toMatch(/right-to-left override \(U\+202E\) outside any field/);
    expect(parseListingText('a: "x\u202Ey"\n').problems).toEqual([]); // inside a field: the schema names the field
  });
});

describe('phone numbers', () => {
  it('shows the digits it dials, grouped as the provider groups them', () => {
    expect(displayNumber('0808 2000 247')).toBe('0808 2000 247');
    expect(displayNumber('+44 20 3299 6900')).toBe('020 3299 6900');
    expect(displayNumber('0808\u00A02000\u00A0247')).toBe('0808 2000 247');
    expect(displayNumber('0808 2000 \u202E742\u202C')).toBe('0808 2000 742'); // never printed raw
  });

  it('knows the classes a listing may not use, and why', () => {
    const kind = (n: string) => {
      const p = phoneProblem(n);
      return p?.kind === 'refused-class' ? p.numberClass : (p?.kind ?? null);
    };
    expect(
      [
        '0909 879 0000',
        '0871 222 3333',
        '0845 123 4567',
        '070 1234 5678',
        '055 1234 5678',
        '+33 1 23 45 67 89',
        '020 7946 0123',
        '07624 123456',
      ].map(kind),
    ).toEqual(['premium', 'service-charge', 'service-charge', 'personal', 'corporate', 'foreign', 'drama', null]);
  });

  it('works out free to call from the class: freephone, 116, 999, and Relay UK before a free number', () => {
    expect(['0800 1111', '116 000', '999', '18001 0808 2000 247', '020 3299 6900', '101', '07860 077 333'].map(isFreeToCall)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect('number' in readNumber('18002 020 3299 6900')).toBe(true);
  });

  it('refuses a label that calls a charged number free', () => {
    const minimal = readFileSync('tests/fixtures/services/valid/example-minimal-listing.yaml', 'utf8')
      .replace('"0808 157 0999"', '"020 3299 6900"')
      .replace('label: Helpline', 'label: Helpline, free');
    expect(
      validateListingText('x.yaml', 'x', minimal, { today: '2026-11-23', allowExamples: true }).errors.map(
        (e) => `${e.field}: ${e.message}`,
      ),
    ).toEqual([
      'contact.phones[0].label: says "free", but 020 3299 6900 is not free to call: remove "free". The site works out from the number whether it is free (0800, 0808 and 116 numbers are) and says so itself',
    ]);
  });
});
