// One walk over the listing schema yields every field with its path and documentation (meta.ts):
// the field reference (docs/listing-fields.md), the JSON Schema's descriptions and the
// "For example: ..." hints in validation messages all come from it, so they cannot disagree.
import { z } from 'astro/zod';
import type { FieldDoc } from './meta.ts';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })._zod?.def;

/** The schema and the wrappers around it, outermost first: optional, nullable, default, and the input side of a pipe. */
function layers(schema: z.ZodType): z.ZodType[] {
  const out = [schema];
  for (let def = defOf(schema); def && out.length < 10; def = defOf(out.at(-1))) {
    const inner =
      def.type === 'optional' || def.type === 'nullable' || def.type === 'default'
        ? def['innerType']
        : def.type === 'pipe'
          ? def['in']
          : undefined;
    if (!inner) break;
    out.push(inner as z.ZodType);
  }
  return out;
}

const unwrap = (schema: z.ZodType): z.ZodType => layers(schema).at(-1) as z.ZodType;

/** The field documentation on a schema or any wrapper inside it. */
export function docOf(schema: z.ZodType): FieldDoc | undefined {
  for (const layer of layers(schema)) {
    const doc = z.globalRegistry.get(layer)?.['doc'] as FieldDoc | undefined;
    if (doc) return doc;
  }
  return undefined;
}

/** The fields of a group (an object schema), or undefined for anything else. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrap(schema));
  return def?.type === 'object' ? (def['shape'] as Record<string, z.ZodType>) : undefined;
}

function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  return def?.type === 'array' ? (def['element'] as z.ZodType) : undefined;
}

/** A field's path with list items written `[]`: contact.phones[].number. */
function docKey(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? '[]' : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

export interface Field {
  /** contact.phones[].number */
  path: string;
  schema: z.ZodType;
  doc: FieldDoc | undefined;
  /** A value rather than a group of fields (or a list of groups). */
  leaf: boolean;
  /** This group has the same fields as the one at this path (contact.phones[].hours is like hours). */
  sameAs?: string;
  /** Set inside such a group: the path of the group that repeats another. */
  within?: string;
}

/** The group of fields inside a field (itself, or its list's items), if any. */
function groupIn(schema: z.ZodType): z.ZodType | undefined {
  if (shapeOf(schema)) return unwrap(schema);
  const element = elementOf(schema);
  return element && shapeOf(element) ? unwrap(element) : undefined;
}

function* walk(schema: z.ZodType, prefix: string): Generator<{ path: string; schema: z.ZodType; group?: z.ZodType; inner: string }> {
  for (const [key, field] of Object.entries(shapeOf(schema) ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const group = groupIn(field);
    const inner = group && !shapeOf(field) ? `${path}[]` : path;
    yield group ? { path, schema: field, group, inner } : { path, schema: field, inner };
    if (group) yield* walk(group, inner);
  }
}

const walked = new WeakMap<z.ZodType, Field[]>();

/** Every field of a schema, in the order a listing is written, with its documentation. */
export function fieldsOf(schema: z.ZodType): Field[] {
  const cached = walked.get(schema);
  if (cached) return cached;
  // A group used in two places (hours) is documented where its path is shortest.
  const home = new Map<z.ZodType, string>();
  for (const { group, path } of walk(schema, ''))
    if (group && (!home.has(group) || path.split('.').length < (home.get(group) as string).split('.').length)) home.set(group, path);
  const fields: Field[] = [];
  let within: { prefix: string; path: string } | undefined;
  for (const { path, schema: field, group, inner } of walk(schema, '')) {
    if (within && !path.startsWith(within.prefix)) within = undefined;
    const sameAs = group && home.get(group) !== path ? home.get(group) : undefined;
    fields.push({
      path,
      schema: field,
      doc: docOf(field),
      leaf: !group,
      ...(sameAs ? { sameAs } : {}),
      ...(within ? { within: within.path } : {}),
    });
    if (sameAs && !within) within = { prefix: `${inner}.`, path };
  }
  walked.set(schema, fields);
  return fields;
}

/** The documentation of the field at a path (list positions may be numbers). */
export function docAt(schema: z.ZodType, path: readonly PropertyKey[]): FieldDoc | undefined {
  const key = docKey(path);
  return fieldsOf(schema).find((f) => f.path === key)?.doc;
}

/** The names of the fields in the group at a path, for "did you mean" on a misspelt field. */
export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!node) return [];
    node = typeof key === 'number' ? elementOf(node) : shapeOf(node)?.[String(key)];
  }
  return Object.keys((node && shapeOf(node)) ?? {});
}
