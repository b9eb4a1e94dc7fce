// The interface wording of a page, by its language: English from src/ui/strings.ts, every other
// language from the `ui` block of its catalogue (content/translations/<code>.yaml). Base.astro,
// the quick exit and the language chooser take their words from here, so a page in Polish has
// no English chrome except links to pages that are themselves in English (marked lang="en-GB").
// Build time only.
import { SOURCE_CODE, fillPlaceholders, loadTranslations, type TranslationSet } from '../lib/i18n/translations.ts';
import { QUICK_EXIT_SECTION, htmlLang, languageChoices, stringOf, type LanguageChoice } from '../lib/i18n/help-page.ts';
import { languageText, layoutText, quickExitText } from './strings.ts';

/** The quick exit's words, in the page's language (the script reads them from the page). */
export interface QuickExitWording {
  label: string;
  /** Read by screen readers before the label; ends with a space. */
  hiddenPrefix: string;
  help: string;
  /** Where "What does this do?" leads. */
  helpHref: string;
  /** Beside the help link: Back can still reach the page before. English only until a catalogue has it. */
  backHint?: string;
  /** The page's title and the cover shown while leaving. */
  loading: string;
  /** The status after a Shift press, for presses left (1 or 2). */
  pressesLeft: (n: number) => string;
  /** The status when the count lapses. */
  cancelled: string;
}

export interface PageLanguage {
  /** The catalogue code ("en", "pl", "ar"). */
  code: string;
  /** For <html lang>: "en-GB", "pl", "ar". */
  lang: string;
  dir: 'ltr' | 'rtl';
  skipLink: string;
  /** The accessible name of the main navigation. */
  navLabel: string;
  footerNote: string;
  chooserHeading: string;
  quickExit: QuickExitWording;
}

let cached: TranslationSet | undefined;

/** The catalogues, read once per build. A catalogue with a problem stops the build, naming it. */
export function translationSet(): TranslationSet {
  if (!cached) {
    const set = loadTranslations();
    if (set.problems.length > 0) throw new Error(`The translations in content/translations/ have problems:\n${set.problems.join('\n')}`);
    cached = set;
  }
  return cached;
}

const ENGLISH: PageLanguage = {
  code: SOURCE_CODE,
  lang: htmlLang(SOURCE_CODE),
  dir: 'ltr',
  skipLink: layoutText.skipLink,
  navLabel: layoutText.navLabel,
  footerNote: layoutText.footerNote,
  chooserHeading: languageText.chooser,
  quickExit: {
    label: quickExitText.label,
    hiddenPrefix: quickExitText.hiddenPrefix,
    help: quickExitText.help,
    helpHref: '/staying-safe-online/#quick-exit',
    backHint: quickExitText.backHint,
    loading: quickExitText.loading,
    pressesLeft: quickExitText.pressesLeft,
    cancelled: quickExitText.expired,
  },
};

/** The wording of a page in this language ("en" for every English page, Easy Read included). */
export function pageLanguage(code: string = SOURCE_CODE): PageLanguage {
  if (code === SOURCE_CODE) return ENGLISH;
  const catalogue = translationSet().translations.find((c) => c.code === code);
  if (!catalogue) throw new Error(`No catalogue content/translations/${code}.yaml`);
  const ui = (key: string) => stringOf(catalogue, `ui.${key}`);
  return {
    code,
    lang: htmlLang(code),
    dir: catalogue.dir,
    skipLink: ui('skipLink'),
    navLabel: ui('navLabel'),
    footerNote: ui('footerNote'),
    chooserHeading: ui('languageChooserHeading'),
    quickExit: {
      label: ui('quickExit'),
      hiddenPrefix: ui('quickExitHiddenPrefix'),
      help: ui('quickExitHelp'),
      // The language page explains the quick exit itself, in its own section.
      helpHref: `#${QUICK_EXIT_SECTION}`,
      loading: ui('quickExitLoading'),
      pressesLeft: (n) => fillPlaceholders(ui('quickExitPressesLeft'), { count: String(n) }),
      cancelled: ui('quickExitCancelled'),
    },
  };
}

/** The language chooser's entries (English, Easy Read, then each translation). */
export function choices(): LanguageChoice[] {
  const { source, translations, easyRead } = translationSet();
  return languageChoices(source, translations, easyRead);
}
