// The search's language filter (src/lib/search/client/language.ts) and its options: a language
// chosen puts services that speak it first, then those with interpreters, never hides a service,
// and never moves 999 from the top when someone may be in danger. Tested on the tiers alone and
// through the real engine on the real listings.
import { describe, expect, it } from 'vitest';
import { realIndex, EVAL_NOW } from '../relevance/run.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { interpretingNeed, isDangerFirst, languageTier, preferLanguage } from '../../src/lib/search/client/language.ts';
import { filtersFromHash, filtersToHash } from '../../src/lib/search/client/share.ts';
import { EMPTY_FILTERS, type Filters, type SearchDoc } from '../../src/lib/search/client/types.ts';
import { languageOptions } from '../../src/lib/search/build/panel-props.ts';
import { languageLabel, ownLanguageName } from '../../src/lib/i18n/language-names.ts';
import { languages } from '../../src/lib/reference/seeds.ts';

type Doc = Pick<SearchDoc, 'id' | 'languages' | 'needs' | 'urgency' | 'kinds'>;
const doc = (id: string, patch: Partial<Doc> = {}): Doc => ({ id, languages: [], needs: [], urgency: 3, kinds: ['advocacy'], ...patch });
const calm = { urgent: false, recentSexualAssault: false };

describe('languageTier', () => {
  it('is 0 where staff speak the language, 1 with interpreters, 2 otherwise', () => {
    expect(languageTier(doc('a', { languages: ['Spanish', 'Portuguese'] }), 'Spanish')).toBe(0);
    expect(languageTier(doc('b', { needs: ['interpreters'] }), 'Spanish')).toBe(1);
    expect(languageTier(doc('c', { needs: ['bsl'] }), 'Spanish')).toBe(2);
    expect(languageTier(doc('d'), 'Spanish')).toBe(2);
  });

  it('counts BSL access, not spoken-language interpreters, for British Sign Language', () => {
    expect(interpretingNeed('British Sign Language')).toBe('bsl');
    expect(interpretingNeed('Polish')).toBe('interpreters');
    expect(languageTier(doc('a', { needs: ['bsl'] }), 'British Sign Language')).toBe(1);
    expect(languageTier(doc('b', { needs: ['interpreters'] }), 'British Sign Language')).toBe(2);
  });
});

describe('preferLanguage', () => {
  const results = [
    doc('plain-1'),
    doc('interp-1', { needs: ['interpreters'] }),
    doc('speaks', { languages: ['Polish'] }),
    doc('plain-2'),
    doc('interp-2', { needs: ['interpreters'] }),
  ];

  it("groups by tier and keeps the engine's order inside each group, hiding nothing", () => {
    expect(preferLanguage(results, 'Polish', calm).map((d) => d.id)).toEqual(['speaks', 'interp-1', 'interp-2', 'plain-1', 'plain-2']);
  });

  it('changes nothing without a language', () => {
    expect(preferLanguage(results, '', calm).map((d) => d.id)).toEqual(results.map((d) => d.id));
  });

  it('keeps 999 first when someone may be in danger, and the Havens after a recent assault', () => {
    const withRoutes = [doc('999', { urgency: 0 }), doc('havens', { urgency: 1, kinds: ['sarc'] }), ...results];
    expect(
      preferLanguage(withRoutes, 'Polish', { urgent: true, recentSexualAssault: false })
        .map((d) => d.id)
        .slice(0, 2),
    ).toEqual(['999', 'speaks']);
    expect(
      preferLanguage(withRoutes, 'Polish', { urgent: true, recentSexualAssault: true })
        .map((d) => d.id)
        .slice(0, 3),
    ).toEqual(['999', 'havens', 'speaks']);
    // Not in danger: 999 takes its place among the rest like any other service.
    expect(isDangerFirst(doc('999', { urgency: 0 }), calm)).toBe(false);
  });
});

describe('the language filter in the real search', () => {
  const index = realIndex();
  const searcher = createSearch(index, { ageGroups: index.ageGroups });
  const search = (patch: Partial<Filters>) => searcher.search({ ...EMPTY_FILTERS, ...patch }, EVAL_NOW);
  const tierOf = (d: SearchDoc, language: string) => languageTier(d, language);

  it('on its own, lists every service, those speaking the language first, then interpreters', () => {
    const all = search({ borough: 'hackney' }).results.length;
    const outcome = search({ borough: 'hackney', language: 'Spanish' });
    expect(outcome.results.length).toBe(all);
    const tiers = outcome.results.map((d) => tierOf(d, 'Spanish'));
    expect(tiers).toEqual([...tiers].sort());
    expect(tiers[0]).toBe(0);
    expect(tiers).toContain(1);
    const alone = search({ language: 'Polish' });
    expect(alone.browsing).toBe(false);
    expect(alone.results.length).toBe(index.docs.length - alone.notForYou.length);
    expect(alone.results.slice(0, 3).every((d) => d.needs.includes('interpreters'))).toBe(true);
  });

  it('keeps 999 first for someone in danger now', () => {
    const outcome = search({ text: 'he is hurting me right now', language: 'Spanish' });
    expect(outcome.parsed.urgent).toBe(true);
    expect(outcome.results[0]?.id).toBe('police-emergency-999');
    expect(outcome.results.findIndex((d) => tierOf(d, 'Spanish') === 0)).toBeGreaterThan(0);
  });

  it('goes into a shared link and comes back', () => {
    const filters: Filters = { ...EMPTY_FILTERS, text: 'he hits me', language: 'Bengali' };
    expect(filtersToHash(filters)).toBe('#q=he+hits+me&language=Bengali');
    expect(filtersFromHash(filtersToHash(filters))).toEqual(filters);
  });
});

describe("the filter's options", () => {
  const options = languageOptions();

  it('offer every language of seeds/languages.json but English, by English name, with its own name', () => {
    expect(options.map((o) => o.id)).toEqual(
      languages
        .filter((l) => l.code !== 'en')
        .map((l) => l.name)
        .sort((a, b) => a.localeCompare(b, 'en')),
    );
    const label = (id: string) => options.find((o) => o.id === id)?.label;
    expect(label('Polish')).toBe('Polish (Polski)');
    expect(label('Arabic')).toBe('Arabic (العربية)');
    expect(label('Punjabi')).toBe('Punjabi (ਪੰਜਾਬੀ)');
    expect(label('Greek')).toBe('Greek (Ελληνικά)');
    expect(label('Kurdish')).toBe('Kurdish (Kurdî)');
    expect(label('British Sign Language')).toBe('British Sign Language');
  });

  it("take the catalogue's name first, then CLDR's, capitalised where the script has capitals", () => {
    expect(ownLanguageName('pl', new Map([['pl', 'Polszczyzna']]))).toBe('Polszczyzna');
    expect(ownLanguageName('pl')).toBe('Polski');
    expect(ownLanguageName('ru')).toBe('Русский');
    expect(ownLanguageName('bsl')).toBeUndefined();
    expect(ownLanguageName('not a code')).toBeUndefined();
    expect(languageLabel('Igbo', 'Igbo')).toBe('Igbo');
  });
});
