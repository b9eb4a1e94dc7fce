// How people reach the service, and any conditions: self-referral, referral by professionals,
// a police report, thresholds, and where to go instead.
import { z } from 'astro/zod';
import { plainText, uniqueList } from './blocks.ts';
import { documented } from './meta.ts';

const yesNo = (meaning: string, format: string, example: string) => documented(z.boolean().optional(), { meaning, format, example });
const text = (max: number, meaning: string, format: string, example: string) =>
  documented(plainText(max).optional(), { meaning, format, example });

const listingName = z.string().regex(/^[a-z0-9-]+$/, {
  error: 'must be the file name of another listing, without .yaml, for example national-domestic-abuse-helpline',
});

export const access = documented(
  z
    .object({
      selfReferral: yesNo(
        'Whether people can contact the service themselves, without being referred.',
        'true or false; leave out if the provider does not say.',
        'true',
      ),
      professionalReferral: yesNo(
        'Whether professionals can refer people.',
        'true or false; leave out if the provider does not say.',
        'true',
      ),
      policeReportNeeded: yesNo(
        'Whether people must have reported to the police to get help.',
        'true or false; leave out if the provider does not say.',
        'false',
      ),
      policeBased: yesNo(
        'Whether the service is run by or based in the police (this matters to people with insecure immigration status).',
        'true or false.',
        'false',
      ),
      threshold: text(
        300,
        'Any limit on who is taken on, such as "high-risk cases only".',
        'Plain text.',
        'High-risk cases (MARAC level) only.',
      ),
      howToRefer: text(
        800,
        'How to get help or make a referral, step by step.',
        'Plain text.',
        'Call the 24-hour line. Professionals can call the same number.',
      ),
      whatToInclude: text(
        600,
        'What a referrer should have ready, and consent rules.',
        'Plain text.',
        "The person's consent, a safe contact number and the DASH risk checklist if completed.",
      ),
      whatHappensNext: text(
        600,
        'What happens after someone gets in touch or is referred.',
        'Plain text.',
        'A worker calls back within two working days at the safe time you give.',
      ),
      ifNotEligible: text(
        400,
        'Where to go if the person is not eligible.',
        'Plain text; name the alternative services.',
        'If you are not at high risk, call the National Domestic Abuse Helpline.',
      ),
      alternatives: documented(uniqueList(listingName).optional(), {
        meaning: 'Other listings to suggest when someone is not eligible.',
        format: 'A list of listing file names without .yaml.',
        example: '[national-domestic-abuse-helpline]',
      }),
    })
    .strict(),
  {
    meaning: 'How people reach the service and any conditions.',
    format: 'A group of fields; give what the provider states.',
    example: 'selfReferral: true\npoliceReportNeeded: false',
  },
);
