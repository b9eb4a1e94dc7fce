// Text helpers for search: normalising, tokenising and typo-tolerant word matching.

/** Letters that do not decompose under NFKD, folded to what people type on an English keyboard. */
const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };

/**
 * Lower case, accents off Latin letters ("español" -> "espanol"), apostrophes dropped ("I'm" ->
 * "im", "women's" -> "womens"), other punctuation to spaces. Letters of every script are kept,
 * so "বাংলা", "عربي" and "中文" are words too.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łđøßæœıħþ]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}\p{M} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** Words that carry no meaning for finding a service. */
export const STOPWORDS = new Set(
  'a an and are am as at be been but by can could did do does for from get got had has have he her him his how i im in is it its keeps keep me my need of on or our please she so some someone that the their them there they this to too up us want was we what when where who will with would you your help support service services advice info information find london uk near nearby local area every day just very really about after charity organisation organization project'.split(
    ' ',
  ),
);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a word of this length may have and still match: none for short words. */
export function typoAllowance(word: string): number {
  if (word.length <= 4) return 0;
  if (word.length <= 7) return 1;
  return 2;
}

/** Does a typed word match a vocabulary word, allowing for typos? */
export function wordMatches(typed: string, word: string): boolean {
  if (typed === word) return true;
  const allowance = Math.min(typoAllowance(word), typoAllowance(typed));
  return allowance > 0 && editDistance(typed, word, allowance) <= allowance;
}
