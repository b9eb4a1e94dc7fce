// The judged test collection (queries.yaml) and the relevance measures, shared by
// `npm run eval:search` (scripts/eval-search.ts) and the baseline test (tests/unit/search-relevance.test.ts).
//
// Measures, per query, on the engine's ranked results:
//   success@3  every service judged "top 3" is in the first 3, at least one judged service is
//              there, and no "never" service is
//   success@5  every service judged "top 3" or "top 5" is in the first 5, and no "never" service is
//   RR         1 / the rank of the first judged service (0 if none is found); MRR is its mean
//   nDCG@5     graded: a "top 3" service gains 3, a "top 5" service 2, a "good" service (or another
//              member of an any-one-of group) 1; discounted by log2(rank + 1); divided by the
//              ideal ordering of the same gains
//   pass       every judgement holds: top 3, top 5, and nothing "never" in the first 10
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/search/client/types.ts';

/** A service slug, or a list of slugs any one of which satisfies the judgement. */
export type Item = string | string[];

export interface JudgedQuery {
  category: string;
  q: string;
  filters: Filters;
  top3: Item[];
  top5: Item[];
  good: string[];
  never: string[];
  about: string[];
  why?: string;
}

export interface Scores {
  success3: number;
  success5: number;
  rr: number;
  ndcg5: number;
  pass: number;
}

export interface Judgement extends Scores {
  query: JudgedQuery;
  ranking: string[];
  problems: string[];
}

export const COLLECTION = 'tests/relevance/queries.yaml';
export const BASELINE = 'tests/relevance/baseline.json';
export const MEASURES = ['success3', 'success5', 'rr', 'ndcg5', 'pass'] as const;
export const MEASURE_LABELS: Record<(typeof MEASURES)[number], string> = {
  success3: 'success@3',
  success5: 'success@5',
  rr: 'MRR',
  ndcg5: 'nDCG@5',
  pass: 'all judgements hold',
};

const FILTER_KEYS = new Set(Object.keys(EMPTY_FILTERS));

/** Reads the collection, refusing anything malformed with the query and the field at fault. */
export function loadCollection(file = COLLECTION): JudgedQuery[] {
  const doc = parse(readFileSync(file, 'utf8'), { merge: true }) as { categories?: Record<string, unknown[]> };
  if (!doc?.categories) throw new Error(`${file}: no "categories"`);
  const out: JudgedQuery[] = [];
  for (const [category, queries] of Object.entries(doc.categories)) {
    for (const raw of queries as Record<string, unknown>[]) {
      const where = `${file}, ${category}: "${String(raw['q'])}"`;
      // YAML reads a bare 999 as a number; what was typed is text either way.
      const q = typeof raw['q'] === 'number' ? String(raw['q']) : raw['q'];
      if (typeof q !== 'string' || !q.trim()) throw new Error(`${where}: q must be the words typed`);
      const filters = (raw['filters'] ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(filters)) if (!FILTER_KEYS.has(key)) throw new Error(`${where}: unknown filter "${key}"`);
      const items = (name: string): Item[] => {
        const v = raw[name] ?? [];
        if (!Array.isArray(v) || !v.every((i) => typeof i === 'string' || (Array.isArray(i) && i.every((s) => typeof s === 'string'))))
          throw new Error(`${where}: ${name} must be a list of slugs (or lists of slugs)`);
        return v;
      };
      const slugs = (name: string): string[] => {
        const v = items(name);
        if (v.some((i) => Array.isArray(i))) throw new Error(`${where}: ${name} must be a plain list of slugs`);
        return v as string[];
      };
      const query: JudgedQuery = {
        category,
        q,
        filters: { ...EMPTY_FILTERS, ...filters, text: q, needs: (filters['needs'] as string[] | undefined) ?? [] },
        top3: items('top3'),
        top5: items('top5'),
        good: slugs('good'),
        never: slugs('never'),
        about: slugs('about'),
      };
      if (typeof raw['why'] === 'string') query.why = raw['why'];
      if (query.top3.length + query.top5.length === 0) throw new Error(`${where}: judge at least one service in top3 or top5`);
      out.push(query);
    }
  }
  return out;
}

/** Every slug a judgement names, for checking they are real listings. */
export function slugsIn(query: JudgedQuery): string[] {
  return [...query.top3, ...query.top5].flat().concat(query.good, query.never);
}

/** 1-based rank of the best-placed member of an item, or Infinity. */
function rankOf(item: Item, ranking: string[]): number {
  const members = Array.isArray(item) ? item : [item];
  let best = Infinity;
  for (const m of members) {
    const i = ranking.indexOf(m);
    if (i >= 0 && i + 1 < best) best = i + 1;
  }
  return best;
}

const label = (item: Item) => (Array.isArray(item) ? `one of [${item.join(', ')}]` : item);

export function judge(query: JudgedQuery, ranking: string[]): Judgement {
  const required = [...query.top3, ...query.top5];
  const ranks3 = query.top3.map((i) => rankOf(i, ranking));
  const ranks5 = query.top5.map((i) => rankOf(i, ranking));
  const requiredRanks = [...ranks3, ...ranks5];
  const neverRanks = query.never.map((s) => rankOf(s, ranking));
  const firstRequired = Math.min(...requiredRanks);

  const success3 = ranks3.every((r) => r <= 3) && firstRequired <= 3 && neverRanks.every((r) => r > 3);
  const success5 = requiredRanks.every((r) => r <= 5) && neverRanks.every((r) => r > 5);

  const problems: string[] = [];
  query.top3.forEach((item, i) => {
    if ((ranks3[i] as number) > 3) problems.push(`${label(item)} should be in the top 3 (is ${fmtRank(ranks3[i] as number)})`);
  });
  query.top5.forEach((item, i) => {
    if ((ranks5[i] as number) > 5) problems.push(`${label(item)} should be in the top 5 (is ${fmtRank(ranks5[i] as number)})`);
  });
  query.never.forEach((slug, i) => {
    if ((neverRanks[i] as number) <= 10) problems.push(`${slug} should not be in the top 10 (is ${neverRanks[i]})`);
  });

  // Graded gains for nDCG@5. A slug keeps its highest gain.
  const gain = new Map<string, number>();
  const give = (slug: string, g: number) => gain.set(slug, Math.max(gain.get(slug) ?? 0, g));
  const ideal: number[] = [];
  const credit = (item: Item, g: number) => {
    if (!Array.isArray(item)) {
      give(item, g);
      ideal.push(g);
      return;
    }
    // The best-placed member earns the item's gain; the others are still right answers.
    const ranked = [...item].sort((a, b) => rankOf(a, ranking) - rankOf(b, ranking));
    ranked.forEach((slug, i) => give(slug, i === 0 ? g : 1));
    ideal.push(g, ...item.slice(1).map(() => 1));
  };
  query.top3.forEach((i) => credit(i, 3));
  query.top5.forEach((i) => credit(i, 2));
  for (const slug of query.good)
    if (!gain.has(slug)) {
      give(slug, 1);
      ideal.push(1);
    }
  const dcg = (gains: number[]) => gains.slice(0, 5).reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  const actual = dcg(ranking.slice(0, 5).map((slug) => gain.get(slug) ?? 0));
  const best = dcg(ideal.sort((a, b) => b - a));

  return {
    query,
    ranking,
    problems,
    success3: success3 ? 1 : 0,
    success5: success5 ? 1 : 0,
    rr: Number.isFinite(firstRequired) ? 1 / firstRequired : 0,
    ndcg5: best > 0 ? actual / best : 0,
    pass: problems.length === 0 && required.length > 0 ? 1 : 0,
  };
}

function fmtRank(rank: number): string {
  return Number.isFinite(rank) ? String(rank) : 'not found';
}

export function mean(judgements: Judgement[]): Scores {
  const n = judgements.length || 1;
  const sum = (k: keyof Scores) => judgements.reduce((s, j) => s + j[k], 0) / n;
  return { success3: sum('success3'), success5: sum('success5'), rr: sum('rr'), ndcg5: sum('ndcg5'), pass: sum('pass') };
}

export interface Report {
  queries: number;
  overall: Scores;
  categories: Record<string, Scores & { queries: number }>;
}

export function report(judgements: Judgement[]): Report {
  const categories: Report['categories'] = {};
  for (const category of [...new Set(judgements.map((j) => j.query.category))]) {
    const inCategory = judgements.filter((j) => j.query.category === category);
    categories[category] = { queries: inCategory.length, ...mean(inCategory) };
  }
  return { queries: judgements.length, overall: mean(judgements), categories };
}

/** Figures rounded as they are stored in the baseline (3 decimals, rounded down so equal runs never fail). */
export function rounded(scores: Scores): Scores {
  const r = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;
  return { success3: r(scores.success3), success5: r(scores.success5), rr: r(scores.rr), ndcg5: r(scores.ndcg5), pass: r(scores.pass) };
}
