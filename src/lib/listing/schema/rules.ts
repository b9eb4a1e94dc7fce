// Rules that join several fields: a confidential location is never published, in any field; the
// verification date is one of the sources' check dates; two-sources means two websites. Each sits
// beside its JSON Schema twin where draft-07 can say it (which is only ever part of the rule).
import type { z } from 'astro/zod';
import { isConfidentialKind, serviceKinds } from '../../reference/seeds.ts';
import { locationClues, SAFE_HOUSE_WORDS } from '../../rules/location-clues.ts';
import { visible } from '../../rules/text-safety.ts';
import { present, type Draft07 } from './meta.ts';

type Context = z.core.$RefinementCtx;

/** Every string in a listing with its path, except web and email addresses. */
export function textLeaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') {
    const key = path.at(-1);
    const isAddress =
      key === 'url' ||
      key === 'website' ||
      key === 'webChat' ||
      key === 'referralForm' ||
      key === 'callbackForm' ||
      key === 'complaintsUrl' ||
      (key === 'address' && path.includes('email'));
    return isAddress ? [] : [{ path, text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textLeaves(v, [...path, k]));
  return [];
}

/**
 * A refuge's address must never be published. Runs even when other fields are wrong (when: always,
 * in index.ts), because this is the one mistake that must never wait for the next fix-and-retry round.
 */
export function checkConfidentialLocation(listing: unknown, ctx: Context): void {
  const raw = listing as Record<string, unknown>;
  const kinds = [raw['kind'], ...(Array.isArray(raw['otherKinds']) ? (raw['otherKinds'] as unknown[]) : [])].filter(
    (k): k is string => typeof k === 'string',
  );
  const confidentialKind = kinds.find(isConfidentialKind);
  if (confidentialKind && raw['confidentialLocation'] === false)
    ctx.addIssue({
      code: 'custom',
      path: ['confidentialLocation'],
      message: `a ${confidentialKind} listing always has a confidential location: remove this line or write true`,
    });
  const confidential = Boolean(confidentialKind) || raw['confidentialLocation'] === true;
  if (confidential && raw['locations'] !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['locations'],
      message: `this ${confidentialKind ? `${confidentialKind} ` : ''}listing has a confidential location, so it must not have an address, postcode or coordinates. Remove "locations" and give only the way in (phone or referral)`,
    });
  if (confidential) {
    // Every piece of text, wherever it is: a refuge's address must not be published in a
    // description, a note or a source's "covers" either.
    for (const { path, text } of textLeaves(raw).filter((leaf) => leaf.path[0] !== 'locations')) {
      const [clue] = locationClues(text);
      if (clue)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `this listing's location is confidential (${confidentialKind ?? 'confidentialLocation: true'}), but this text has what looks like a ${clue.kind} ("${visible(clue.text)}"). Remove it: the address of a refuge or safe house must never be published, in any field. Give only the way in (phone or referral)`,
        });
    }
  } else if (Array.isArray(raw['locations'])) {
    // A "public" location that is really a safe house.
    const selfDescription = ['name', 'summary'].map((k) => raw[k]).concat(Array.isArray(raw['alsoKnownAs']) ? raw['alsoKnownAs'] : []);
    const safeHouseSelf = selfDescription.some((t) => typeof t === 'string' && /\bsafe[ -]?houses?\b|\bsafe accommodation\b/i.test(t));
    raw['locations'].forEach((loc: unknown, i: number) => {
      const texts = loc && typeof loc === 'object' ? ['name', 'address', 'note'].map((k) => (loc as Record<string, unknown>)[k]) : [];
      if (safeHouseSelf || texts.some((t) => typeof t === 'string' && SAFE_HOUSE_WORDS.test(t)))
        ctx.addIssue({
          code: 'custom',
          path: ['locations', i],
          message:
            'this location is described as a refuge or safe house, whose address must never be published: remove "locations" and set confidentialLocation: true',
        });
    });
  }
}

const confidentialKinds = serviceKinds.filter((k) => k.confidentialLocation).map((k) => k.id);

/**
 * For editors: a listing marked confidential, or of a confidential kind (a refuge), has no
 * locations, and a refuge is never marked confidentialLocation: false. (Addresses written into
 * other text, and safe houses described as public places, only the validator can find.)
 */
export const CONFIDENTIAL_DRAFT07: Draft07 = {
  allOf: [
    {
      if: {
        anyOf: [
          { properties: { confidentialLocation: { const: true } }, required: ['confidentialLocation'] },
          { properties: { kind: { enum: confidentialKinds } }, required: ['kind'] },
          { properties: { otherKinds: { type: 'array', contains: { enum: confidentialKinds } } }, required: ['otherKinds'] },
        ],
      },
      then: { not: present('locations'), properties: { confidentialLocation: { const: true } } },
    },
  ],
};

/** The verification fields together: the date is a source's check date; two-sources means two websites. */
export function checkVerification(
  v: { status: string; lastVerified: string; sources: { url: string; checked: string }[] },
  ctx: Context,
): void {
  // lastVerified is the day the contact details were compared with a source, so it is one of
  // the sources' check dates (not necessarily the newest: a later check may cover other facts).
  const dates = [...new Set(v.sources.map((src) => src.checked))].sort();
  if (dates.length > 0 && !dates.includes(v.lastVerified))
    ctx.addIssue({
      code: 'custom',
      path: ['lastVerified'],
      message: `${v.lastVerified} is not the date any source was checked (${dates.join(', ')}): set lastVerified to the day you compared the contact details with a source`,
    });
  const hosts = new Set(v.sources.map((src) => (URL.canParse(src.url) ? new URL(src.url).hostname.replace(/^www\./, '') : src.url)));
  if (v.status === 'two-sources' && hosts.size < 2)
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'two-sources needs at least two source pages on different websites: add the second source, or write public-source',
    });
}

/** For editors: two-sources needs at least two sources (that they are on two websites, and the date, only the validator checks). */
export const VERIFICATION_DRAFT07: Draft07 = {
  if: { properties: { status: { const: 'two-sources' } }, required: ['status'] },
  then: { properties: { sources: { type: 'array', minItems: 2 } } },
};
