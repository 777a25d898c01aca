import { InvalidArgumentError } from 'commander';
import { parseDate } from '../cli/options';
import { auditCommand } from '../cli/commands/audit';
import { reportCommand } from '../cli/commands/report';

describe('--as-of days (#17)', () => {
  it.each(['2027-02-28', '2028-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (day) => {
    expect(parseDate(day)).toBe(day);
  });

  it.each([
    '2027-02-30',
    '2027-02-29',
    '2026-04-31',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '20260105',
    'today',
  ])('refuses %s', (day) => {
    expect(() => parseDate(day)).toThrow(InvalidArgumentError);
  });

  it('audit and report parse --as-of with the same function', () => {
    for (const command of [auditCommand(), reportCommand()]) {
      const option = command.options.find((candidate) => candidate.long === '--as-of');
      expect(option?.parseArg).toBe(parseDate);
    }
  });
});
