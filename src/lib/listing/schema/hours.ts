// Opening hours: open all the time, or weekly sessions, in London time.
import { z } from 'astro/zod';
import { plainText, uniqueList } from './blocks.ts';
import { documented, present, withDraft07 } from './meta.ts';
import { dayId } from './vocabularies.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const session = z
  .object({
    days: documented(uniqueList(dayId).min(1), {
      meaning: 'The days this session runs.',
      format: 'A list of days, each one of mon, tue, wed, thu, fri, sat, sun.',
      example: '[mon, tue, wed, thu, fri]',
    }),
    opens: documented(
      z
        .string({ error: 'must be a time in quotes, like "09:00"' })
        .regex(TIME, { error: 'must be a 24-hour time in quotes, like "09:00"' }),
      {
        meaning: 'When the session starts, London time.',
        format: 'A 24-hour time in quotes.',
        example: '"09:00"',
      },
    ),
    closes: documented(
      z
        .string({ error: 'must be a time in quotes, like "17:00"' })
        .regex(TIME, { error: 'must be a 24-hour time in quotes, like "17:00", or "24:00" for midnight' }),
      {
        meaning: 'When the session ends, London time. A time earlier than the start means it runs past midnight.',
        format: 'A 24-hour time in quotes; "24:00" means midnight at the end of the day.',
        example: '"17:00"',
      },
    ),
  })
  .strict()
  .refine((s) => s.opens !== s.closes, {
    error: 'opens and closes are the same time: for a line that never closes write always: true instead',
  });

/** The service's hours; a phone number's own hours have the same shape. */
export const hours = withDraft07(
  z
    .object({
      always: documented(
        z.literal(true, { error: 'write always: true for a service open 24 hours a day, 7 days a week, or leave it out' }).optional(),
        {
          meaning: 'The service is open 24 hours a day, every day of the year.',
          format: 'Write true, or leave the field out.',
          example: 'true',
        },
      ),
      sessions: documented(z.array(session).min(1).optional(), {
        meaning: 'The regular weekly opening times, in London time.',
        format: 'A list of sessions, each with days, opens and closes.',
        example: '- days: [mon, tue, wed, thu, fri]\n  opens: "09:00"\n  closes: "17:00"',
      }),
      bankHolidays: documented(
        z.enum(['open', 'closed'], { error: 'write open or closed, or leave it out if the provider does not say' }).optional(),
        {
          meaning: 'Whether the sessions run on bank holidays in England. Leave out if the provider does not say.',
          format: 'open or closed.',
          example: 'closed',
        },
      ),
      note: documented(plainText(300).optional(), {
        meaning: 'Anything about opening times that does not fit the sessions.',
        format: 'Plain text, up to 300 characters.',
        example: 'Out of hours, calls go to an answerphone; leave a safe number to call back.',
      }),
    })
    .strict()
    .superRefine((h, ctx) => {
      if (h.always && h.sessions)
        ctx.addIssue({
          code: 'custom',
          path: ['sessions'],
          message: 'a service open 24/7 (always: true) has no sessions: remove one or the other',
        });
      if (!h.always && !h.sessions)
        ctx.addIssue({
          code: 'custom',
          message:
            'say when the service is open: always: true, or a list of sessions. If the provider does not publish hours, leave "hours" out',
        });
    }),
  // The same rule for editors: always, or sessions, not both and not neither.
  { oneOf: [present('always'), present('sessions')] },
);
