// npm run eval:search: how well the search ranks the right help, measured on the judged test
// collection (tests/relevance/queries.yaml) with the real listings, index and engine.
// Prints success@3, success@5, MRR and nDCG@5 overall and per category, then every query
// where a judgement does not hold, with its top 5.
//
//   npm run eval:search                      print the figures
//   npm run eval:search -- --write-baseline  also store them as the floor the unit test guards
//   npm run eval:search -- --json FILE       also write the figures and rankings as JSON
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { BASELINE, MEASURES, MEASURE_LABELS, report, rounded, slugsIn, type Report, type Scores } from '../tests/relevance/collection.ts';
import { realIndex, runCollection } from '../tests/relevance/run.ts';

const args = process.argv.slice(2);
const index = realIndex();
const judgements = runCollection(index);
const figures = report(judgements);
const known = new Set(index.docs.map((d) => d.id));
const nameOf = new Map(index.docs.map((d) => [d.id, d.name]));

const pct = (x: number) => x.toFixed(3);
const row = (name: string, n: number, s: Scores) =>
  `${name.padEnd(22)} ${String(n).padStart(4)}  ${MEASURES.map((m) => pct(s[m]).padStart(m === 'pass' ? 8 : 10)).join('')}`;
const header = `${'category'.padEnd(22)} ${'n'.padStart(4)}  ${MEASURES.map((m) => MEASURE_LABELS[m].replace('all judgements hold', 'pass').padStart(m === 'pass' ? 8 : 10)).join('')}`;

console.log(`Search relevance on ${figures.queries} judged queries (${index.docs.length} services in the index)\n`);
console.log(header);
console.log(row('overall', figures.queries, figures.overall));
for (const [category, s] of Object.entries(figures.categories)) console.log(row(`  ${category}`, s.queries, s));

const unknown = [...new Set(judgements.flatMap((j) => slugsIn(j.query)))].filter((s) => !known.has(s));
if (unknown.length) console.log(`\nJudgements name services that are not in the index: ${unknown.join(', ')}`);

const failing = judgements.filter((j) => !j.pass);
console.log(`\n${failing.length} of ${judgements.length} queries where a judgement does not hold:`);
for (const j of failing) {
  const f = j.query.filters;
  const extra = [
    f.borough && `borough ${f.borough}`,
    f.place && `postcode ${f.place}`,
    f.crimeType && `what ${f.crimeType}`,
    f.kind && `kind ${f.kind}`,
    f.ageGroup && `age ${f.ageGroup}`,
    f.needs.length && `needs ${f.needs.join('+')}`,
  ]
    .filter(Boolean)
    .join(', ');
  console.log(`\n- [${j.query.category}] "${j.query.q}"${extra ? ` (${extra})` : ''}`);
  for (const p of j.problems) console.log(`    ${p}`);
  console.log(
    `    top 5: ${
      j.ranking
        .slice(0, 5)
        .map((id, i) => `${i + 1}. ${nameOf.get(id) ?? id}`)
        .join('; ') || '(no results)'
    }`,
  );
  if (j.query.why) console.log(`    judged: ${j.query.why}`);
}

if (existsSync(BASELINE)) {
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Report;
  const drops = MEASURES.filter((m) => rounded(figures.overall)[m] < baseline.overall[m]);
  console.log(
    drops.length
      ? `\nBelow the baseline (${BASELINE}): ${drops.map((m) => MEASURE_LABELS[m]).join(', ')}`
      : `\nAt or above the baseline in ${BASELINE}.`,
  );
}

if (args.includes('--write-baseline')) {
  const stored: Report = {
    queries: figures.queries,
    overall: rounded(figures.overall),
    categories: Object.fromEntries(Object.entries(figures.categories).map(([c, s]) => [c, { queries: s.queries, ...rounded(s) }])),
  };
  writeFileSync(BASELINE, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`Baseline written to ${BASELINE}.`);
}
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) {
  writeFileSync(
    args[jsonAt + 1] as string,
    JSON.stringify(
      {
        figures,
        rankings: judgements.map((j) => ({
          category: j.query.category,
          q: j.query.q,
          top10: j.ranking.slice(0, 10),
          problems: j.problems,
        })),
      },
      null,
      2,
    ),
  );
}
