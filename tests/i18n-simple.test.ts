// Messages whose only ICU syntax is simple arguments (`{name}`) are rendered without intl-messageformat,
// which is loaded only when a message needs it (document/i18n.ts): the rendering must be the library's,
// for any value, and a run that renders only such messages must not load the library at all.
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, msg, render, t, type Language, type MessageId } from '../document/i18n';

const SIMPLE = /^(?:[^{}']|\{[A-Za-z_][A-Za-z0-9_]*\})*$/;
const ids = Object.keys(CATALOGS.en) as MessageId[];

function argumentNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((match) => match[1]!))];
}

function simpleMessages(): { lang: Language; id: MessageId; names: string[] }[] {
  return (['zh', 'en'] as const).flatMap((lang) =>
    ids
      .filter((id) => /\{/.test(CATALOGS[lang][id]) && SIMPLE.test(CATALOGS[lang][id]))
      .map((id) => ({ lang, id, names: argumentNames(CATALOGS[lang][id]) })),
  );
}

const value = fc.oneof(
  fc.string(),
  // What a replacement string would read as a pattern, and ICU's own syntax inside a value.
  fc.constantFrom('$&', '$1', "$'", '{x}', "'quoted'", '#', '<b>'),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -0, 12345678, 0.1 + 0.2, 1e21),
);

describe('simple messages', () => {
  const messages = simpleMessages();

  it('are many in both catalogs', () => {
    expect(messages.filter(({ lang }) => lang === 'en').length).toBeGreaterThan(300);
    expect(messages.filter(({ lang }) => lang === 'zh').length).toBeGreaterThan(300);
  });

  it('render as intl-messageformat renders them, for any string or number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...messages),
        fc.array(value, { minLength: 8, maxLength: 8 }),
        ({ lang, id, names }, drawn) => {
          const values = Object.fromEntries(names.map((name, index) => [name, drawn[index % drawn.length]!]));
          const library = new IntlMessageFormat(CATALOGS[lang][id], lang === 'zh' ? 'zh-CN' : 'en', undefined, {
            ignoreTag: true,
          }).format(values);
          expect(render(msg(id, values), lang)).toBe(String(library));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('with a value missing, fail as the library fails', () => {
    const { lang, id, names } = messages.find(({ names }) => names.length > 0)!;
    const values = Object.fromEntries(names.slice(1).map((name) => [name, 'x']));
    expect(() => render(msg(id, values), lang)).toThrow(names[0]);
  });
});

describe('intl-messageformat', () => {
  function loadsLibrary(use: (i18n: typeof import('../document/i18n')) => void): boolean {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('intl-messageformat', () => {
        loaded = true;
        return jest.requireActual('intl-messageformat');
      });
      use(require('../document/i18n') as typeof import('../document/i18n'));
    });
    jest.dontMock('intl-messageformat');
    return loaded;
  }

  it('is not loaded by plain and simple messages', () => {
    const { lang, id, names } = simpleMessages()[0]!;
    expect(
      loadsLibrary((i18n) => {
        i18n.t(lang, id, Object.fromEntries(names.map((name) => [name, 1])));
        i18n.t('zh', 'cli.help-after-error');
      }),
    ).toBe(false);
  });

  it('is loaded by a plural, and renders it', () => {
    let rendered = '';
    expect(
      loadsLibrary((i18n) => {
        rendered = i18n.t('en', 'summary.counts', { files: 1, errors: 2, warnings: 0, verdict: 'x' });
      }),
    ).toBe(true);
    expect(rendered).toBe(t('en', 'summary.counts', { files: 1, errors: 2, warnings: 0, verdict: 'x' }));
    expect(rendered).toBe('1 file, 2 errors, 0 warnings: x');
  });
});
