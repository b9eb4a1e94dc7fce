// Building blocks of the listing schema: plain text, web addresses, dates, phone numbers, choices
// from a list, lists without repeats. Each carries its message for a charity worker and, where
// JSON Schema can say it, the same rule for editors (draft07.ts).
import { z } from 'astro/zod';
import Fuse from 'fuse.js';
import { isRealDate, ISO_DATE } from '../../rules/dates.ts';
import { FREE_CLAIM, displayNumber, isFreeToCall, phoneProblem, phoneProblemMessage } from '../../rules/phone.ts';
import { describeCharacter, invisibleIn, markupIn, visible } from '../../rules/text-safety.ts';
import { linkProblem } from '../../rules/links.ts';
import { mixedScriptWord } from '../../rules/lookalike.ts';
import { DATE, ref } from './draft07.ts';
import { asDraft07, withDraft07 } from './meta.ts';

/** What the schema depends on besides the listing: the date, and whether example data is allowed. */
export interface SchemaContext {
  today: () => string;
  /** Test fixtures and the documentation's example may use Ofcom's drama numbers and example.org addresses. */
  allowExamples: boolean;
}

/** "must be text", except for a missing field, which the validator reports as "is missing". */
export const textError = (message: string) => (iss: { input?: unknown }) => (iss.input === undefined ? undefined : message);

/** A message about a character that cannot be seen (or that acts on the screen). */
function invisibleMessage(char: string): string {
  return `contains ${describeCharacter(char)}, which cannot be seen or changes how the text around it is shown: delete it and retype that part of the text`;
}

/**
 * Plain text: trimmed, not empty, no HTML or script, no invisible or control characters (a
 * line break only where lineBreaks is set). Rendered as text everywhere.
 */
export function plainText(max?: number, options: { lineBreaks?: boolean; name?: boolean } = {}) {
  let s = z
    .string({ error: textError('must be text') })
    .trim()
    .min(1, { error: 'is empty: write some text or remove the field' });
  if (max) s = s.max(max, { error: (iss) => `is ${String((iss.input as string).length)} characters long; keep it to ${max} or fewer` });
  const checked = s.superRefine((value, ctx) => {
    const invisible = invisibleIn(value, options);
    if (invisible) {
      ctx.addIssue({ code: 'custom', message: invisibleMessage(invisible) });
      return;
    }
    const formula = /^[=+\-@]/.exec(value);
    if (formula) {
      ctx.addIssue({
        code: 'custom',
        message: `starts with "${formula[0]}", which a spreadsheet reads as the start of a formula: start the text with a word`,
      });
      return;
    }
    const found = markupIn(value);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `contains "${visible(found)}", which looks like web code. Write plain text only (no <tags>, "javascript:" or on...= attributes)`,
      });
    const mixed = options.name ? mixedScriptWord(value) : null;
    if (mixed)
      ctx.addIssue({
        code: 'custom',
        message: `"${mixed.word}" mixes letters from different alphabets (${mixed.scripts.join(' and ')}), so it can pass for another name: type the word again in one alphabet`,
      });
  });
  return withDraft07(checked, ref(options.lineBreaks ? 'plainTextLines' : 'plainText'));
}

/** A calendar date. YAML loaders may hand us a Date object for an unquoted date; both are accepted. */
export function isoDate(today: () => string) {
  const date = z
    .union([z.string(), z.date()], { error: textError('must be a date written YYYY-MM-DD, for example 2026-11-23') })
    .transform((v, ctx) => {
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
      if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s))) {
        ctx.addIssue({ code: 'custom', message: `"${visible(s)}" is not a date: write it as YYYY-MM-DD, for example 2026-11-23` });
        return z.NEVER;
      }
      if (!isRealDate(s)) {
        ctx.addIssue({ code: 'custom', message: `${s} is not a real date (that month has fewer days): check the day and the month` });
        return z.NEVER;
      }
      if (s > today()) {
        ctx.addIssue({ code: 'custom', message: `${s} is in the future: write the date the check was actually done` });
        return z.NEVER;
      }
      return s;
    });
  return asDraft07(date, DATE);
}

/** One of a list of values, with a "did you mean" for a near miss. */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  const fuzzy = new Fuse([...values], { threshold: 0.3, ignoreLocation: true });
  return z.enum(values, {
    error: (iss) => {
      const input = String(iss.input);
      const guess = typeof iss.input === 'string' ? fuzzy.search(input)[0]?.item : undefined;
      return `"${input}" is not a known ${what}.${guess ? ` Did you mean "${guess}"?` : ''} Write one of: ${values.join(', ')}`;
    },
  });
}

/** A list in which the same value twice means nothing: the second is refused. */
export function uniqueList<T extends z.ZodType>(item: T) {
  const list = z.array(item).superRefine((values, ctx) => {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i)
        ctx.addIssue({ code: 'custom', path: [i], message: `"${visible(String(value))}" is already in this list: remove it here` });
    });
  });
  return withDraft07(list, { uniqueItems: true });
}

/** A web address: https only, to a named website (src/lib/rules/links.ts). */
export function httpsUrl(context: SchemaContext, kind: 'contact' | 'source' = 'contact') {
  const url = z
    .string({ error: textError('must be a web address in quotes') })
    .trim()
    .superRefine((value, ctx) => {
      const problem = linkProblem(value, { allowExamples: context.allowExamples, source: kind === 'source' });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
  return withDraft07(url, ref(kind === 'source' ? 'sourceLink' : 'link'));
}

/**
 * A phone number. As written it must be digits and spaces; what is kept (and shown everywhere) is
 * the text generated from the parsed digits, so nothing else can reach a page.
 */
export function phoneNumber(context: SchemaContext) {
  const number = z
    .string({ error: textError('must be written in quotes, exactly as the provider prints it, for example "0808 2000 247"') })
    .superRefine((value, ctx) => {
      const problem = phoneProblem(value, { allowExamples: context.allowExamples });
      if (problem) ctx.addIssue({ code: 'custom', message: phoneProblemMessage(`"${visible(value)}"`, problem) });
    })
    .overwrite((value) => displayNumber(value));
  return withDraft07(number, ref('phoneNumber'));
}

/** A number with a label; the label may not call the number free when its class says otherwise. */
export function labelledNumber<T extends z.ZodRawShape>(context: SchemaContext, shape: T) {
  return z
    .object(shape)
    .strict()
    .superRefine((entry, ctx) => {
      const { number, label } = entry as { number?: unknown; label?: unknown };
      if (typeof number !== 'string' || typeof label !== 'string' || phoneProblem(number, { allowExamples: context.allowExamples })) return;
      const claim = FREE_CLAIM.exec(label);
      if (claim && !isFreeToCall(number))
        ctx.addIssue({
          code: 'custom',
          path: ['label'],
          message: `says "${claim[0]}", but ${displayNumber(number)} is not free to call: remove "${claim[0]}". The site works out from the number whether it is free (0800, 0808 and 116 numbers are) and says so itself`,
        });
    });
}
