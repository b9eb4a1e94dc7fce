// The built language pages (issue 17): every page declares its language and direction; each
// "Help in your language" page is wholly in its language apart from values marked as English,
// shows its translation status and the way to the English original, offers every main number
// as a call link, and loads no font. The language chooser is on every page.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../src/lib/i18n/translations.ts';
import { HELP_SECTIONS, languageChoices, stringOf } from '../../src/lib/i18n/help-page.ts';
import { telHref } from '../../src/lib/rules/phone.ts';
import { htmlPages, requireBuild, urlOf } from './built-site.ts';

beforeAll(requireBuild);

const parser = new new Window().DOMParser();
const { shared, source, translations, easyRead } = loadTranslations();
const translated = new Map(translations.map((c) => [`/${c.code}/`, c]));
const pages = (() => {
  try {
    return htmlPages().map(urlOf);
  } catch {
    return [];
  }
})();
const fileOf = (url: string) => `dist${url.endsWith('.html') ? url : `${url}index.html`}`;
const read = (url: string) => parser.parseFromString(readFileSync(fileOf(url), 'utf8'), 'text/html');
const doc = read;

describe('every built page', () => {
  it('includes a page for each of the 14 languages, the English original and Easy Read', () => {
    expect(translated.size).toBe(14);
    for (const url of [...translated.keys(), '/languages/', '/easy-read/']) expect(pages).toContain(url);
  });

  it.each(pages)('%s: <html lang> and dir are the page\'s language', (url) => {
    const html = read(url).documentElement;
    const c = translated.get(url);
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual(c ? [c.code, c.dir] : ['en-GB', 'ltr']);
  });

  it.each(pages)('%s: the language chooser lists every language in its own script, and no font is loaded', (url) => {
    const page = read(url);
    const links = [...page.querySelectorAll('.language-chooser__list a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(languageChoices(source, translations, easyRead).map((e) => e.href));
    const arabic = links.find((a) => a.getAttribute('href') === '/ar/');
    expect(arabic?.querySelector('bdi[lang="ar"][dir="rtl"]')?.textContent).toBe('العربية');
    expect(arabic?.textContent?.replace(/\s+/g, ' ').trim()).toBe('العربية (Arabic)');
    const html = readFileSync(fileOf(url), 'utf8');
    expect(html).not.toMatch(/@font-face|\.woff2?\b|\.ttf\b|fonts\.googleapis/);
  });
});

describe.each([...translated])('%s', (url, c) => {
  const page = () => doc(url);
  const text = (key: string) => stringOf(c, key);

  it('shows its translation status and links to the English original at the top', () => {
    const notice = page().querySelector('main .translation-notice');
    expect(notice?.getAttribute('data-translation-status')).toBe(c.status.state);
    if (c.status.state === 'draft') expect(notice?.textContent).toContain(text('ui.statusDraft'));
    const english = notice?.querySelector('a[href="/languages/"]');
    expect(english?.textContent).toContain(text('ui.readInEnglish'));
    // The notice comes before the page's heading.
    const main = page().querySelector('main');
    expect(main?.innerHTML.indexOf('translation-notice')).toBeLessThan(main?.innerHTML.indexOf('<h1') ?? 0);
  });

  it('has its title, headings and quick exit in the language', () => {
    const p = page();
    expect(p.querySelector('h1')?.textContent).toBe(text('page.title'));
    expect([...p.querySelectorAll('main h2')].map((h) => h.textContent)).toEqual(HELP_SECTIONS.map((s) => text(`page.${s.heading}`)));
    const exit = p.querySelector('[data-quick-exit-button]');
    expect(exit?.textContent).toBe(`${text('ui.quickExitHiddenPrefix')}${text('ui.quickExit')}`);
    expect(p.querySelector('[data-quick-exit]')?.getAttribute('data-loading')).toBe(text('ui.quickExitLoading'));
    expect(p.querySelector('.skip-link')?.textContent).toBe(text('ui.skipLink'));
    expect(p.querySelector('.language-chooser summary')?.textContent?.trim()).toBe(text('ui.languageChooserHeading'));
  });

  it('leaves no placeholder unfilled, and isolates every number left to right in English', () => {
    const main = page().querySelector('main');
    expect(main?.textContent).not.toMatch(/[{}]/);
    const numbers = [...Object.values(shared.phones).map((p) => p.number), ...Object.values(shared.codes)];
    const isolated = [...(main?.querySelectorAll('bdi[dir="ltr"][lang="en-GB"]') ?? [])].map((b) => b.textContent);
    for (const n of numbers) expect(isolated).toContain(n);
    // English names keep lang="en-GB" (read with an English voice).
    expect([...(main?.querySelectorAll('bdi[lang="en-GB"]') ?? [])].map((b) => b.textContent)).toContain(shared.names['havensName']);
  });

  it('offers each number the page gives as a large call button, labelled in the language', () => {
    const buttons = [...page().querySelectorAll('main a.call-button')];
    const calls = HELP_SECTIONS.flatMap((s) => s.items.flatMap((i) => i.call ?? []));
    expect(buttons.map((b) => b.getAttribute('href'))).toEqual(calls.map((k) => telHref(shared.phones[k]?.number ?? '')));
    for (const b of buttons) expect(b.querySelector('.call-button__action')?.textContent).toBe(text('ui.call'));
  });

  it('shows the interpreter phrase large, in English', () => {
    const phrase = page().querySelector('.interpreter-phrase[lang="en-GB"]');
    expect(phrase?.textContent).toBe(c.interpreterPhrase);
  });
});

describe('/easy-read/', () => {
  it('has one sentence a paragraph, key lines in bold, and call buttons', () => {
    const p = doc('/easy-read/');
    expect(p.querySelector('h1')?.textContent).toBe(easyRead.title);
    const bold = [...p.querySelectorAll('.easy-read p > strong')].map((s) => s.textContent);
    expect(bold).toContain('Call 999.');
    expect(p.querySelectorAll('.easy-read a.call-button').length).toBeGreaterThanOrEqual(6);
    expect(p.querySelector('main')?.textContent).toContain(easyRead.status.state === 'draft' ? easyRead.status.note : '');
  });

  it('is linked from the home page and from the chooser', () => {
    expect(read('/').querySelector('main a[href="/easy-read/"]')).not.toBeNull();
    expect(read('/').querySelector('.language-chooser a[href="/easy-read/"]')).not.toBeNull();
  });
});
