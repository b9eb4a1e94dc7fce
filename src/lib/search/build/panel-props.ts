// The option lists the search panel shows, built from seeds/ at build time. Shared by every
// page that carries the panel (search and map), so their filters are the same.
import { NEEDS } from '../../domain/services.ts';
import { ageGroups, boroughs, crimeTypes, crimeTypeRoots, languages, serviceKinds } from '../../reference/seeds.ts';
import { languageLabel, ownLanguageName } from '../../i18n/language-names.ts';
import { SOURCE_CODE, loadTranslations } from '../../i18n/translations.ts';

/**
 * The language filter's options: every language in seeds/languages.json but English, by English
 * name, each shown in English and in its own script ("Polish (Polski)"). The value is the English
 * name, as listings write it.
 */
export function languageOptions(
  catalogueNames: ReadonlyMap<string, string> = new Map(loadTranslations().translations.map((c) => [c.code, c.name])),
) {
  return languages
    .filter((l) => l.code !== SOURCE_CODE)
    .map((l) => ({ id: l.name, label: languageLabel(l.name, ownLanguageName(l.code, catalogueNames)) }))
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

export function searchPanelProps() {
  return {
    boroughs: boroughs.map((b) => ({ id: b.slug, label: b.name })),
    crimeTypes: crimeTypeRoots.flatMap((root) => [
      { id: root.id, label: root.label },
      ...crimeTypes.filter((c) => c.parent === root.id).map((c) => ({ id: c.id, label: `${root.label}: ${c.label}` })),
    ]),
    kinds: serviceKinds.filter((k) => k.victimSupport !== false).map((k) => ({ id: k.id, label: k.label })),
    needs: NEEDS.filter((n) => n.filter).map(({ id, label }) => ({ id, label })),
    ageGroups: ageGroups.map(({ id, label, min, max }) => ({ id, label, min, max })),
    languages: languageOptions(),
  };
}
