/**
 * The English messages of the stack's plan day, `envcloud:asOf` (stacks/config-as-of.ts), spread into
 * the English catalog (en.ts).
 */
export const EN_AS_OF = {
  'config.as-of.no-such-day': '`{value}` is not a day of the calendar',
  'config.as-of.no-such-day.hint':
    'write the day the plan is made for as YYYY-MM-DD (for example 2027-03-11), or remove the key to plan for today in China',
} as const;
