// Which needs exist and which are search filters: one list (NEEDS in src/lib/domain/services.ts).
import { describe, expect, it } from 'vitest';
import { DERIVED_NEEDS, NEEDS } from '../../src/lib/domain/services.ts';
import { needs } from '../../src/lib/reference/seeds.ts';
import { searchPanelProps } from '../../src/lib/search/build/panel-props.ts';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';

describe('the needs', () => {
  it('are the derived needs, then seeds/needs.json, each once', () => {
    expect(NEEDS.map((n) => n.id)).toEqual([...DERIVED_NEEDS.map((n) => n.id), ...needs.map((n) => n.id)]);
    expect(new Set(NEEDS.map((n) => n.id)).size).toBe(NEEDS.length);
    expect(NEEDS.filter((n) => n.derived).map((n) => n.id)).toEqual(DERIVED_NEEDS.map((n) => n.id));
  });

  it('are all search filters except "open 24 hours", which the "Open now" box answers', () => {
    expect(NEEDS.filter((n) => !n.filter).map((n) => n.id)).toEqual(['open-24-7']);
    expect(searchPanelProps().needs).toEqual(NEEDS.filter((n) => n.filter).map(({ id, label }) => ({ id, label })));
  });

  it('all have a label in the search index, the same as on their pages', () => {
    const labels = buildSearchIndex([]).labels.needs;
    expect(labels).toEqual(Object.fromEntries(NEEDS.map((n) => [n.id, n.label])));
  });
});
