// document/yaml-tree.ts on parsed documents, as document/load.ts calls it: checkStructure's first
// structural problem as a whole finding (position, rule, and its words in English and Chinese),
// aliasNode's offset of the alias a problem is reported at, and describeNode's name of a top-level node.
import { LineCounter, parseDocument } from 'yaml';
import { render, type Localized } from '../document/i18n';
import { DEFAULT_LIMITS } from '../document/limits';
import { loadManifestBytes } from '../document/load';
import { Locator } from '../document/locate';
import { aliasNode, checkStructure, describeNode } from '../document/yaml-tree';

function parsed(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, logLevel: 'error' });
  expect(document.errors).toEqual([]);
  return { document, locator: new Locator(document, lineCounter) };
}

/** checkStructure's finding, with its Chinese message and hint beside it. */
function structure(text: string, maxDepth = DEFAULT_LIMITS.maxDepth) {
  const { document, locator } = parsed(text);
  const found = checkStructure(document, locator, { ...DEFAULT_LIMITS, maxDepth });
  if (!found) return undefined;
  const localized = found.localized as Localized;
  return { ...found, zh: { message: render(localized.message, 'zh'), hint: render(localized.hint!, 'zh') } };
}

const complexKeyHint = {
  hint: 'keys are plain field names (`name:`): write the field name, and put the list or mapping after the colon',
  zhHint: '键是普通的字段名（`name:`）：写上字段名，把列表或映射写在冒号后面',
};

/** The whole yaml-complex-key finding at `line`:`column`. */
function complexKey(line: number, column: number, alias: string, kind: string, en: string, zh: string) {
  return {
    line,
    column,
    severity: 'error',
    ruleId: 'yaml-complex-key',
    message: en,
    hint: complexKeyHint.hint,
    localized: { message: { id: 'yaml.complex-key', values: { alias, kind } }, hint: { id: 'yaml.complex-key.hint' } },
    zh: { message: zh, hint: complexKeyHint.zhHint },
  };
}

describe('checkStructure', () => {
  it('accepts a document as deep as the limit, and nothing structural to say', () => {
    expect(structure('a:\n  b: 1\n', 2)).toBe(undefined);
    expect(structure('- - 1\n', 2)).toBe(undefined);
    expect(structure('name: x\nlist: [a, {b: 1}]\n')).toBe(undefined);
  });

  it('reports the first collection deeper than the limit, where it starts', () => {
    expect(structure('a:\n  b:\n    c: 1\n', 2)).toEqual({
      line: 3,
      column: 5,
      severity: 'error',
      ruleId: 'yaml-nesting',
      message: 'nesting is deeper than 2 levels',
      hint: 'a manifest is a handful of levels deep: check the indentation or brackets here',
      localized: { message: { id: 'yaml.deeper-than', values: { max: 2 } }, hint: { id: 'yaml.deeper-than.hint' } },
      zh: { message: '嵌套超过了 2 层', hint: '清单只有几层深：检查此处的缩进或括号' },
    });
    // Lists count as levels too, a list's items as much as a mapping's values.
    expect(structure('x: 1\ny:\n  - - [1]\n', 3)).toMatchObject({ line: 3, column: 7, ruleId: 'yaml-nesting' });
  });

  it('reports a reserved key at the key', () => {
    expect(structure('a:\n  b: 1\n  __proto__: 2\n')).toEqual({
      line: 3,
      column: 3,
      severity: 'error',
      ruleId: 'yaml-forbidden-key',
      message: 'key `__proto__` is not allowed',
      hint: '`__proto__`, `constructor` and `prototype` are reserved: rename or remove the key',
      localized: {
        message: { id: 'yaml.forbidden-key', values: { key: '__proto__' } },
        hint: { id: 'yaml.forbidden-key.hint' },
      },
      zh: {
        message: '不允许使用键 `__proto__`',
        hint: '`__proto__`、`constructor` 和 `prototype` 是保留的键：请改名或删除',
      },
    });
    expect(structure('- a: 1\n- constructor: 2\n')).toMatchObject({ line: 2, column: 3, message: /`constructor`/ });
  });

  it('reports a mapping used as a key', () => {
    expect(structure('top:\n  ? {a: 1}\n  : x\n')).toEqual(
      complexKey(2, 5, 'none', 'mapping', 'a key here is a mapping, not a name', '此处的键是映射，不是字段名'),
    );
  });

  it('reports a list used as a key', () => {
    expect(structure('top: 1\n? [a, b]\n: x\n')).toEqual(
      complexKey(2, 3, 'none', 'list', 'a key here is a list, not a name', '此处的键是列表，不是字段名'),
    );
  });

  it('reports an alias of a mapping or of a list used as a key, at the alias', () => {
    expect(structure('contact: &contact {a: 1}\nm:\n  *contact : x\n')).toEqual(
      complexKey(
        3,
        3,
        'contact',
        'mapping',
        'a key here is an alias `*contact` of a mapping, not a name',
        '此处的键是别名 `*contact` 所指的映射，不是字段名',
      ),
    );
    expect(structure('units: &units [a]\n*units : x\n')).toEqual(
      complexKey(
        2,
        1,
        'units',
        'list',
        'a key here is an alias `*units` of a list, not a name',
        '此处的键是别名 `*units` 所指的列表，不是字段名',
      ),
    );
  });

  it('accepts an alias of a scalar as a key', () => {
    expect(structure('a: &k name\nm:\n  *k : 2\n')).toBe(undefined);
  });
});

describe('aliasNode', () => {
  const text = 'base: &a 1\nother: &b 2\nuse:\n  - *a\n  - *b\n  - {k: *a}\nlast: 3\n';
  const document = parseDocument(text);

  it('finds the first alias of the file, or the first of that name', () => {
    expect(aliasNode(document)).toBe(text.indexOf('*a'));
    expect(aliasNode(document, 'a')).toBe(text.indexOf('*a'));
    expect(aliasNode(document, 'b')).toBe(text.indexOf('*b'));
  });

  it('answers undefined when there is no such alias', () => {
    expect(aliasNode(document, 'c')).toBe(undefined);
    expect(aliasNode(parsed('a: 1\nb: [2, {c: 3}]\n').document)).toBe(undefined);
  });

  it('finds an alias used as a key, before its value', () => {
    const keys = 'a: &k x\nm:\n  *k : *k\n';
    expect(aliasNode(parsed(keys).document, 'k')).toBe(keys.indexOf('*k'));
  });

  it('points at the alias that is unresolved: the first, before the anchor, not one after it', () => {
    const unresolved = 'a: *x\nb: &x 1\nc: *x\n';
    expect(aliasNode(parsed(unresolved).document, 'x')).toBe(3);
    // As document/load.ts reports it (it pointed at line 3, whose `*x` has its anchor above it).
    const [finding] = loadManifestBytes('unresolved.yaml', Buffer.from(unresolved)).findings;
    expect(finding).toMatchObject({ line: 1, column: 4, message: 'alias `*x` refers to no anchor `&x` above it' });
  });
});

describe('checkStructure in file order', () => {
  const where = (text: string, maxDepth?: number) => {
    const found = structure(text, maxDepth);
    return found && `${found.line}:${found.column} ${found.ruleId}`;
  };

  it('reports the first problem of the file, not the last', () => {
    expect(where('a:\n  __proto__: 1\nb:\n  constructor: 1\n')).toBe('2:3 yaml-forbidden-key');
    expect(where('a:\n  __proto__: 1\nconstructor: 2\n')).toBe('2:3 yaml-forbidden-key');
    expect(where('- [x]\n- {prototype: 1}\n- ? [a]\n  : 1\n')).toBe('2:4 yaml-forbidden-key');
    expect(where('a:\n  b:\n    c: 1\nconstructor: 2\n', 2)).toBe('3:5 yaml-nesting');
    expect(where('constructor: 2\na:\n  b:\n    c: 1\n', 2)).toBe('1:1 yaml-forbidden-key');
  });
});

describe('describeNode', () => {
  const top = (text: string) => parseDocument(text).contents;
  const both = (node: unknown) => [render(describeNode(node), 'en'), render(describeNode(node), 'zh')];

  it('names a scalar by its type and value, and null as an empty value, in both languages', () => {
    expect(both(top('~\n'))).toEqual(['null (an empty value)', ' null（空值）']);
    expect(both(top('hello\n'))).toEqual(['string "hello"', '字符串 "hello"']);
    expect(both(top('12\n'))).toEqual(['number 12', '数字 12']);
    expect(both(top('true\n'))).toEqual(['boolean true', '布尔值 true']);
  });

  it('names a list, a mapping, an alias, and anything that is not a node', () => {
    expect(both(top('- a\n'))).toEqual(['a list', '列表']);
    expect(both(top('{a: 1}\n'))).toEqual(['a mapping', '映射（键: 值）']);
    expect(both(top('*x\n'))).toEqual(['an alias `*x`', '别名 `*x`']);
    expect(both(undefined)).toEqual(['a value', '一个值']);
    expect(both({ value: 1 })).toEqual(['a value', '一个值']);
  });
});
