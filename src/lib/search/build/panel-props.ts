// The option lists the search panel shows, built from seeds/ at build time. Shared by every
// page that carries the panel (search and map), so their filters are the same.
import { NEEDS } from '../../domain/services.ts';
import { ageGroups, boroughs, crimeTypes, crimeTypeRoots, serviceKinds } from '../../reference/seeds.ts';

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
  };
}
