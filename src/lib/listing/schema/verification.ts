// How and when the listing was checked: the evidence rule its contact details met, the date, and
// the public pages its facts come from. The rules that join these fields are in rules.ts.
import { z } from 'astro/zod';
import { httpsUrl, isoDate, plainText, type SchemaContext } from './blocks.ts';
import { documented, withDraft07 } from './meta.ts';
import { checkVerification, VERIFICATION_DRAFT07 } from './rules.ts';
import { verificationStatus } from './vocabularies.ts';

export function verificationSchema(context: SchemaContext) {
  const source = z
    .object({
      url: documented(httpsUrl(context, 'source'), {
        meaning: "A public page that shows the facts in this listing: the provider's own page first.",
        format: 'A full https:// address.',
        example: 'https://www.thehavens.org.uk/referrals/how-do-i-refer/',
      }),
      checked: documented(isoDate(context.today), {
        meaning: 'The date someone read this page and compared it with the listing.',
        format: 'YYYY-MM-DD, not in the future.',
        example: '2026-11-23',
      }),
      covers: documented(plainText(500).optional(), {
        meaning: 'Which facts this page supports.',
        format: 'Plain text, up to 500 characters.',
        example: 'phone number, 24/7 hours, who can use the service',
      }),
    })
    .strict();

  const verification = z
    .object({
      status: documented(verificationStatus, {
        meaning:
          "Which evidence rule the contact details met: confirmed by the provider; read on the provider's own website; two independent authoritative pages (NHS, GOV.UK, police, council, university, national charity) that agree; or only older or indirect pages, which the listing page tells readers plainly.",
        format: 'provider-confirmed, provider-site, two-sources or public-source.',
        example: 'provider-site',
      }),
      lastVerified: documented(isoDate(context.today), {
        meaning:
          'The date the contact details shown (phone numbers, email, web addresses, hours) were last compared with a source. Shown on the listing as "Last checked".',
        format: 'YYYY-MM-DD, not in the future: the checked date of the source you compared them with.',
        example: '2026-11-23',
      }),
      sources: documented(z.array(source).min(1, { error: 'list at least one source page for the facts in this listing' }), {
        meaning: 'The public pages the facts come from.',
        format: 'A list; each has url and checked, and optionally covers.',
        example: '- url: https://www.thehavens.org.uk/\n  checked: 2026-11-23',
      }),
      caveat: documented(plainText(160).optional(), {
        meaning:
          'One short sentence for readers, shown beside the contact details: what to check before relying on the listing. Never a note to maintainers.',
        format: 'Plain text, at most 160 characters.',
        example: 'Call to confirm opening hours.',
      }),
      note: documented(plainText(1200).optional(), {
        meaning:
          'For maintainers only, never shown on the site or in the open data: what could not be verified and was left out, conflicts between sources, what to recheck.',
        format: 'Plain text.',
        example: 'Street addresses are not listed; the provider asks people to call first.',
      }),
    })
    .strict()
    .superRefine(checkVerification);

  return documented(withDraft07(verification, VERIFICATION_DRAFT07), {
    meaning: 'How and when the listing was checked.',
    format: 'status, lastVerified, sources, and optionally caveat and note.',
    example: 'status: provider-site\nlastVerified: 2026-11-23',
  });
}
