import { msg, render, type MessageValue } from '../document/i18n';
import { allowedList, joined, relatedSaid } from '../validation/rules/words';

// The list words of rule messages (validation/rules/words.ts), rendered in both languages.

const inBoth = (value: MessageValue) =>
  typeof value === 'object' ? [render(value, 'en'), render(value, 'zh')] : [String(value), String(value)];

describe('joined', () => {
  it('joins with commas by default, and with "or" when asked', () => {
    expect(inBoth(joined(['a', 'b', 'c']))).toEqual(['a, b, c', 'a、b、c']);
    expect(inBoth(joined(['a', 'b'], 'or'))).toEqual(['a or b', 'a或b']);
  });

  it('gives one item as itself, and nothing for no items', () => {
    expect(joined(['a'])).toBe('a');
    expect(joined([])).toBe('');
    expect(joined([], 'or')).toBe('');
  });
});

describe('allowedList', () => {
  it('lists every value in code spans up to the limit', () => {
    expect(allowedList(['a', 1])).toBe('`a`, `1`');
    const twelve = Array.from({ length: 12 }, (_, index) => index);
    expect(allowedList(twelve)).toBe(twelve.map((value) => `\`${value}\``).join(', '));
  });

  it('past the limit, shows the first ones and the count', () => {
    const thirteen = Array.from({ length: 13 }, (_, index) => index);
    expect(inBoth(allowedList(thirteen))).toEqual([
      `${thirteen
        .slice(0, 12)
        .map((value) => `\`${value}\``)
        .join(', ')}, … (13 in all)`,
      `${thirteen
        .slice(0, 12)
        .map((value) => `\`${value}\``)
        .join(', ')} 等（共 13 个）`,
    ]);
    expect(inBoth(allowedList(['a', 'b', 'c'], 2))).toEqual(['`a`, `b`, … (3 in all)', '`a`, `b` 等（共 3 个）']);
  });
});

describe('relatedSaid', () => {
  it('gives the English and keeps the catalog message', () => {
    const message = msg('rule.duplicate-construction.other');
    expect(relatedSaid(message)).toEqual({ message: 'another system of the same function', localized: message });
  });
});
