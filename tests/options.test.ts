import { InvalidArgumentError } from 'commander';
import { parseDate, parseYear } from '../cli/options';
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

  it('refuses a day or a year before 2000, which wrote the report of year -1', () => {
    expect(() => parseDate('0000-01-01')).toThrow('"0000-01-01" is before 2000');
    expect(() => parseDate('1999-12-31')).toThrow(InvalidArgumentError);
    expect(parseDate('2000-01-01')).toBe('2000-01-01');
    expect(() => parseYear('0000')).toThrow('"0000" is before 2000');
    expect(() => parseYear('1999')).toThrow(InvalidArgumentError);
    expect(parseYear('2000')).toBe(2000);
  });

  it('audit and report parse --as-of with the same function', () => {
    for (const command of [auditCommand(), reportCommand()]) {
      const option = command.options.find((candidate) => candidate.long === '--as-of');
      expect(option?.parseArg).toBe(parseDate);
    }
  });
});
