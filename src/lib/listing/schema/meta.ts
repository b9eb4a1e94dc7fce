// What the schema says about itself, as zod metadata (`.meta()`) beside each field: its
// documentation (meaning, what to write, an example) and, where JSON Schema can express a rule
// that zod cannot write itself, the draft-07 keywords for it. walk.ts reads both back.
import { z } from 'astro/zod';

export interface FieldDoc {
  /** What the field means, in a sentence. */
  meaning: string;
  /** What to write, in words a charity worker understands. */
  format: string;
  /** A realistic example, as it would appear in YAML. */
  example: string;
}

/** JSON Schema (draft-07) keywords for a rule zod cannot write there itself (see ../json-schema.ts). */
export type Draft07 = Record<string, unknown>;

/** Documents a field. (Under one key: `format` and `examples` are JSON Schema keywords of their own.) */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta({ doc });
}

/** Merge draft-07 keywords: lists of subschemas are joined; a keyword already set is kept and the new one added under allOf. */
export function mergeKeywords(target: Draft07, keywords: Draft07): void {
  for (const [key, value] of Object.entries(keywords)) {
    const current = target[key];
    if (current === undefined) target[key] = value;
    else if (key === 'allOf' || key === 'anyOf') {
      const seen = new Set((current as unknown[]).map((v) => JSON.stringify(v)));
      target[key] = [...(current as unknown[]), ...(value as unknown[]).filter((v) => !seen.has(JSON.stringify(v)))];
    } else if (JSON.stringify(current) !== JSON.stringify(value)) mergeKeywords(target, { allOf: [{ [key]: value }] });
  }
}

/** "The field is there", in a form strict JSON Schema checkers accept (a required field must be a known property). */
export const present = (field: string): Draft07 => ({ properties: { [field]: true }, required: [field] });

/** Adds draft-07 keywords to what zod writes for this schema. */
export function withDraft07<T extends z.ZodType>(schema: T, keywords: Draft07): T {
  const draft07 = { ...((z.globalRegistry.get(schema)?.['draft07'] as Draft07 | undefined) ?? {}) };
  mergeKeywords(draft07, keywords);
  return schema.meta({ draft07 });
}

/** Replaces what zod writes for this schema (for a value it cannot describe, such as a date it transforms). */
export function asDraft07<T extends z.ZodType>(schema: T, jsonSchema: Draft07): T {
  return schema.meta({ draft07Replace: jsonSchema });
}
