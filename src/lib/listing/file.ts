// One reading of a listing file, used by `npm run validate`, the build's content loader
// (src/content.config.ts), new-listing and the pull-request summary, so no two of them can
// see different data in the same file. Listings are plain YAML 1.2 (the `yaml` package, core
// schema): no tags, directives, anchors or aliases, at most a few levels deep, UTF-8 text of
// at most 64 KB. Anything else gets one plain line naming the file, never a stack trace.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { describeCharacter, hasInvisible, visible } from '../rules/text-safety.ts';

/** The largest listing today is about 6 KB; ten times that is plenty. */
export const MAX_LISTING_BYTES = 64 * 1024;
/** The longest listing today has 72 lines. More lines than this only slow the parser down. */
export const MAX_LINES = 1000;
/** contact.phones[].hours.sessions[].days[] is the deepest real field: 6 levels. */
export const MAX_DEPTH = 10;

export interface FileProblem {
  line?: number;
  message: string;
}

export interface ReadListing {
  /** The listing's fields as plain data, or undefined when the file cannot be read. */
  data?: Record<string, unknown>;
  problems: FileProblem[];
  doc?: Document;
  counter: LineCounter;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The offset of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    if (need === 2 && ((b === 0xe0 && (bytes[i + 1] as number) < 0xa0) || (b === 0xed && (bytes[i + 1] as number) > 0x9f))) return i;
    if (need === 3 && ((b === 0xf0 && (bytes[i + 1] as number) < 0x90) || (b === 0xf4 && (bytes[i + 1] as number) > 0x8f))) return i;
    i += need + 1;
  }
  return -1;
}

/** Bytes to text: UTF-8 only (a byte-order mark is fine); UTF-16 and Windows-1252 get a plain message. */
export function decodeListing(bytes: Uint8Array): { text: string } | FileProblem {
  if (bytes.length > MAX_LISTING_BYTES)
    return {
      message: `the file is ${Math.ceil(bytes.length / 1024)} KB; a listing is at most ${MAX_LISTING_BYTES / 1024} KB. Shorten the text (a description is at most 3000 characters)`,
    };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      message: 'the file is saved as UTF-16 (Unicode) text: save it again as UTF-8 (in most editors: "Save with encoding", then UTF-8)',
    };
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    return {
      line,
      message: `the file is not saved as UTF-8 text (byte 0x${(bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0')} cannot be read; Windows-1252 curly quotes often cause this): save it again as UTF-8 and check the quotes and apostrophes on this line`,
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes); // drops a byte-order mark
  return { text };
}

/**
 * Line endings: LF and CRLF are read as they are; a file that uses carriage returns alone
 * (old Mac files) is read with them as line breaks, as YAML 1.2 says. A carriage return alone
 * inside a file that otherwise uses line feeds is refused: programs disagree about it (one
 * reads a comment where another reads a field), so it could hide a field from the checks.
 */
export function normaliseLineEndings(text: string): { text: string } | FileProblem {
  const loneCr = /\r(?!\n)/.exec(text);
  if (!loneCr) return { text: text.replace(/\r\n/g, '\n') };
  if (!/\n/.test(text)) return { text: text.replace(/\r/g, '\n') };
  return {
    line: lineAt(text, loneCr.index),
    message:
      'this line has a carriage return on its own (a line break from an old Mac file) in a file that otherwise uses ordinary line breaks: different programs read it differently. Save the file with one kind of line break (LF)',
  };
}

/** Nodes of the document, without recursion (a hostile file may nest thousands deep). */
function* nodesOf(doc: Document): Generator<{ node: Node; depth: number; key?: Node }> {
  const stack: { node: unknown; depth: number; key?: Node }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth, key } = stack.pop() as { node: unknown; depth: number; key?: Node };
    if (!isNode(node)) continue;
    yield key ? { node, depth, key } : { node, depth };
    if (isCollection(node))
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) {
          if (isNode(item.value)) stack.push({ node: item.value, depth: depth + 1, ...(isNode(item.key) ? { key: item.key } : {}) });
          if (isNode(item.key)) stack.push({ node: item.key, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
  }
}

/** Read and check the YAML of one listing (text already decoded). */
export function parseListingText(source: string): ReadListing {
  const counter = new LineCounter();
  const fail = (problem: FileProblem): ReadListing => ({ problems: [problem], counter });

  const endings = normaliseLineEndings(source.replace(/^\uFEFF/, ''));
  if ('message' in endings) return fail(endings);
  const text = endings.text;
  const separator = /[\u0085\u2028\u2029]/.exec(text);
  if (separator)
    return fail({
      line: lineAt(text, separator.index),
      message: `this line contains ${describeCharacter(separator[0])}, which some programs read as a line break and others do not: delete it`,
    });
  const lineCount = text.split('\n').length;
  if (lineCount > MAX_LINES)
    return fail({
      message: `the file has ${lineCount} lines; a listing has at most ${MAX_LINES}. Check that nothing was pasted in by mistake`,
    });
  const directive = /^%\S*/m.exec(text);
  if (directive)
    return fail({
      line: lineAt(text, directive.index),
      message: `"${visible(directive[0])}" is a YAML directive: listings are plain YAML 1.2 without directives, so delete this line (and a "---" line after it)`,
    });

  // uniqueKeys is checked below in one pass: the parser's own check compares every pair of keys,
  // which takes seconds for a file of a few thousand fields.
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter: counter,
  });
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION'))
    return fail({ message: `the file nests fields more than ${MAX_DEPTH} levels deep, which no listing needs: check the indentation` });
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    const reason = syntaxError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'the YAML cannot be read';
    return fail({
      line: counter.linePos(syntaxError.pos[0]).line,
      message: `the file is not valid YAML (${visible(reason)}). Check the indentation, colons and quotes on or near this line`,
    });
  }

  const lineOf = (node: Node) => (node.range ? counter.linePos(node.range[0]).line : undefined);
  const valueSpans: [number, number][] = [];
  for (const { node, depth } of nodesOf(doc)) {
    const at = lineOf(node);
    const where = at === undefined ? {} : { line: at };
    if (depth > MAX_DEPTH)
      return fail({
        ...where,
        message: `the file nests fields more than ${MAX_DEPTH} levels deep, which no listing needs: check the indentation`,
      });
    if (isAlias(node) || node.anchor)
      return fail({
        ...where,
        message: `uses a YAML anchor or alias (${isAlias(node) ? `*${visible(node.source)}` : `&${visible(node.anchor ?? '')}`}), which listings do not use: write the value out in full`,
      });
    if (node.tag)
      return fail({
        ...where,
        message: `uses a YAML tag (${visible(node.tag.replace(/^tag:yaml\.org,2002:/, '!!'))}), which listings do not use: delete the tag and write the value as plain text`,
      });
    if (isScalar(node) && node.range) valueSpans.push([node.range[0], node.range[1]]);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
        if (keys.has(key)) {
          const keyLine = isNode(pair.key) ? lineOf(pair.key) : at;
          return fail({
            ...(keyLine === undefined ? {} : { line: keyLine }),
            message: `"${visible(key)}" is written twice in the same group of fields: keep one and delete the other`,
          });
        }
        keys.add(key);
      }
    }
  }
  const [warning] = doc.warnings;
  if (warning)
    return fail({
      line: counter.linePos(warning.pos[0]).line,
      message: `the file uses a YAML feature listings do not use (${visible(warning.message.split('\n')[0] ?? '')}): write plain fields only`,
    });

  // Invisible characters inside a field are reported by the schema, with the field's name;
  // anywhere else (a comment, between fields) they are reported here, with the line.
  if (hasInvisible(text.replace(/[\n\t]/g, ' '))) {
    for (const m of text.matchAll(/[\p{Cc}\p{Cf}\p{Co}\p{Default_Ignorable_Code_Point}]/gu)) {
      if (m[0] === '\n' || m[0] === '\t') continue;
      if (valueSpans.some(([a, b]) => m.index >= a && m.index < b)) continue;
      return fail({
        line: lineAt(text, m.index),
        message: `this line contains ${describeCharacter(m[0])} outside any field (for example in a comment): delete it`,
      });
    }
  }

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents))
    return { problems: [{ message: 'the file must be a set of fields such as "name: ...", one per line' }], doc, counter };
  return { data: data as Record<string, unknown>, problems: [], doc, counter };
}

/** Read one listing from its bytes: decode, then parse. */
export function readListingBytes(bytes: Uint8Array): ReadListing {
  const decoded = decodeListing(bytes);
  if ('message' in decoded) return { problems: [decoded], counter: new LineCounter() };
  return parseListingText(decoded.text);
}
