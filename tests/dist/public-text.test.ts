// Public pages are for the public: no maintainers' research notes, to-dos or "we have not yet"
// wording reaches any page or open data file. Research notes live in docs/research/ and in the
// never-published verification.note field.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, walk } from './built-site.ts';
import { loadTranslations } from '../../src/lib/i18n/translations.ts';
import { stringOf } from '../../src/lib/i18n/help-page.ts';
import { languageText } from '../../src/ui/strings.ts';

beforeAll(requireBuild);

/** Internal wording, each with why it must not be public. */
const INTERNAL: [RegExp, string][] = [
  [/\b[A-Z]{3,}(?: [A-Z]{3,}){2,}\b/, 'a note written in capitals (for example "PHONE NUMBER LEFT OUT")'],
  [/\bleft out\b/i, 'says what the listing left out'],
  [/\bre-?check(ed|ing)?\b/i, 'a to-do for maintainers (recheck)'],
  [/\bbefore release\b/i, 'a to-do for maintainers'],
  [/\bTODO\b|\bFIXME\b|\bTBC\b/, 'a to-do marker'],
  [/\(to check\)|\bstill to (check|confirm)\b/i, 'a to-do for maintainers ("to check")'],
  [/\bnot yet (checked|confirmed|verified|listed)\b/i, 'says what the site has not done'],
  [/\bwe have not yet\b/i, 'says what the site has not done'],
  [/\bwe could not (confirm|verify|read|find a|find any|find the)\b|\bcould not be (confirmed|verified|read|found)\b/i, 'says what the research could not do'],
  [/\b(pages?|copy|excerpt) (that )?we (could )?read\b/i, 'refers to the research process'],
  [/\bstored (copy|page|excerpt)\b/i, 'refers to the research process'],
  [/\ba person must\b|\bmaintainers? should\b/i, 'an instruction to maintainers'],
  [/\bsources (conflict|disagree)\b|\bpages disagree\b/i, 'a research conflict (belongs in docs/research/)'],
];

/**
 * A translation's status is reader wording the pages must show (issue 17: "draft translation, not
 * yet checked by a fluent speaker"), not a maintainers' note: the exact sentences from the data
 * and the English interface are taken out before the checks, and nothing else is.
 */
const { source, easyRead } = loadTranslations();
const TRANSLATION_STATUS = [
  stringOf(source, 'ui.statusDraft'),
  languageText.status.draftHeading,
  ...(easyRead.status.state === 'draft' ? [easyRead.status.note, easyRead.status.note.replace(/\.$/, '')] : []),
];
const withoutStatus = (text: string) => TRANSLATION_STATUS.reduce((t, sentence) => t.split(sentence).join(' '), text);

/** Visible text of an HTML page (scripts, styles and tags removed; entities for quotes decoded). */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const files = (() => {
  try {
    // dist/schema/ is the field documentation for editors, written for providers and maintainers.
    return walk().filter((f) => /\.(html|json|csv)$/.test(f) && !f.startsWith('dist/schema/'));
  } catch {
    return [];
  }
})();

describe('no internal text on public pages or in the open data', () => {
  it('found the built pages and data files', () => {
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith('dist/open-data/'))).toBe(true);
  });

  it.each(files)('%s', (file) => {
    const raw = readFileSync(file, 'utf8');
    const text = file.endsWith('.html') ? withoutStatus(visibleText(raw)) : raw;
    const found = INTERNAL.flatMap(([pattern, why]) => {
      const m = pattern.exec(text);
      return m ? [`"${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60).trim()}": ${why}`] : [];
    });
    expect(found).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it.each([
    'PHONE NUMBER LEFT OUT. The provider page did not show it.',
    'so the numbers should be rechecked there',
    'Recheck the number live before release.',
    'We have not yet checked Brent council\'s own local service',
    'We could not confirm the current list.',
    'The stored copy stops before the contact details.',
    'the current https address was not read (to check)',
  ])('catch internal wording: %s', (sample) => {
    expect(INTERNAL.some(([pattern]) => pattern.test(sample))).toBe(true);
  });

  it('allow only the exact translation status sentences', () => {
    expect(withoutStatus('Draft translation, not yet checked by a fluent speaker.')).not.toMatch(/not yet/);
    expect(INTERNAL.some(([pattern]) => pattern.test(withoutStatus('This listing is not yet checked.')))).toBe(true);
  });

  it.each(['Call to confirm opening hours.', 'Check with the service before you rely on them.', 'The NHS and the police work together.'])('let reader wording through: %s', (sample) => {
    expect(INTERNAL.some(([pattern]) => pattern.test(sample))).toBe(false);
  });
});
