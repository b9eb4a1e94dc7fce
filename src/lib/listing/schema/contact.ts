// Ways to get in touch: phone numbers, text and textphone numbers, email, web chat and forms.
import { z } from 'astro/zod';
import { isExampleDomain } from '../../rules/links.ts';
import { httpsUrl, labelledNumber, phoneNumber, plainText, textError, type SchemaContext } from './blocks.ts';
import { EXAMPLE_EMAIL } from './draft07.ts';
import { hours } from './hours.ts';
import { documented, present, withDraft07 } from './meta.ts';

/** The ways that count as "a way to get in touch" (a callback form alone does not). */
const WAYS_IN = ['phones', 'textMessage', 'textphone', 'email', 'webChat', 'website', 'referralForm'] as const;

const label = (meaning: string, example: string) =>
  documented(plainText(80), { meaning, format: 'Plain text, up to 80 characters.', example });

export function contactSchema(context: SchemaContext) {
  const number = (meaning: string, format: string, example: string) => documented(phoneNumber(context), { meaning, format, example });
  const link = (meaning: string, example: string) =>
    documented(httpsUrl(context).optional(), { meaning, format: 'A full https:// address.', example });

  const phone = labelledNumber(context, {
    number: number(
      'A phone number to call, exactly as the provider publishes it.',
      'In quotes, with the spaces the provider uses. Whether it is free to call is worked out from the number.',
      '"0808 2000 247"',
    ),
    label: label('What this number is for, in a few words.', '24-hour helpline'),
    hours: documented(hours.optional(), {
      meaning: "When this particular number is answered, if different from the service's hours.",
      format: "The same shape as the service's hours.",
      example: 'always: true',
    }),
  });

  const textMessage = labelledNumber(context, {
    number: number(
      'A mobile number that takes text messages (SMS), exactly as the provider publishes it.',
      'In quotes, with the spaces the provider uses.',
      '"07860 077 333"',
    ),
    label: label('What to text this number about, in a few words.', 'Text us'),
  });

  const textphone = labelledNumber(context, {
    number: number(
      'A textphone, minicom or Relay UK number, exactly as the provider publishes it.',
      'In quotes, with the spaces the provider uses; Relay UK numbers start 18001.',
      '"18001 0808 16 89 111"',
    ),
    label: label('Which service this number reaches, in a few words.', 'Relay UK'),
  });

  const emailAddress = z
    .email({ error: textError('must be an email address like help@yourservice.org.uk') })
    .refine((address) => context.allowExamples || !isExampleDomain(address.split('@').at(-1) ?? ''), {
      error: (iss) => `${String(iss.input)} is an example address, not the service's own: copy the real address from the service's page`,
    });

  const email = z
    .object({
      address: documented(withDraft07(emailAddress, EXAMPLE_EMAIL), {
        meaning: 'An email address that reaches the service.',
        format: 'A plain email address.',
        example: 'help@example.org.uk',
      }),
      label: label('Who this address reaches, or what to write to it about.', 'General enquiries'),
    })
    .strict();

  const contact = z
    .object({
      phones: documented(z.array(phone).min(1).optional(), {
        meaning: 'Phone numbers to call, most important first.',
        format: 'A list; each has number and label, and may have hours.',
        example: '- number: "0808 2000 247"\n  label: 24-hour helpline',
      }),
      textMessage: documented(z.array(textMessage).min(1).optional(), {
        meaning: 'Numbers you can send a text message (SMS) to.',
        format: 'A list; each has number and label.',
        example: '- number: "07860 077 333"\n  label: Text us',
      }),
      textphone: documented(z.array(textphone).min(1).optional(), {
        meaning: 'Textphone, minicom or Relay UK numbers for Deaf, hard of hearing or speech-impaired people.',
        format: 'A list; each has number and label. Relay UK numbers start 18001.',
        example: '- number: "18001 0808 16 89 111"\n  label: Relay UK',
      }),
      email: documented(z.array(email).min(1).optional(), {
        meaning: 'Email addresses that reach the service.',
        format: 'A list; each has address and label.',
        example: '- address: help@example.org.uk\n  label: General enquiries',
      }),
      webChat: link("The page where the service's online chat starts.", 'https://www.example.org.uk/chat'),
      website: link("The service's own web page.", 'https://www.thehavens.org.uk/'),
      referralForm: link('An online form for referrals (by professionals or self-referral).', 'https://www.example.org.uk/refer'),
      callbackForm: link('A form to ask the service to contact you at a safe time.', 'https://www.example.org.uk/safe-time'),
    })
    .strict()
    .refine((c) => WAYS_IN.some((way) => Boolean(c[way])), {
      error: 'give at least one way to get in touch: a phone, text, email, web chat, website or referral form',
    });
  return withDraft07(contact, { anyOf: WAYS_IN.map(present) });
}
