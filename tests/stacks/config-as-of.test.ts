// `envcloud:asOf`: the day the real program plans for, as `envcloud preview --as-of` does offline
// (issue #13 §2). Checked by the schema (YYYY-MM-DD) and against the calendar, located in the stack file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localizedText } from '../../document/i18n';
import { ConfigError, parsePlatformConfig, platformValuesOf } from '../../stacks/config';
import { isCalendarDay } from '../../stacks/config-as-of';
import { loadStackFile, StackConfigError } from '../../stacks/stack-file';

const root = join(__dirname, '../..');
const dev = readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8');

/** The dev stack's `envcloud:` values with `asOf` set as the engine hands it over (text). */
function devWith(asOf: string) {
  const { values } = loadStackFile(root, 'dev');
  const config = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  return platformValuesOf({ ...config, 'envcloud:asOf': asOf });
}

function refusal(asOf: string): ConfigError {
  try {
    parsePlatformConfig(devWith(asOf), { awsRegion: 'cn-north-1' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${asOf} to be refused`);
}

describe('envcloud:asOf', () => {
  it('is read as the plan’s day, and Pulumi.yaml’s empty default means today in China', () => {
    expect(parsePlatformConfig(devWith('2027-03-11')).asOf).toBe('2027-03-11');
    expect(parsePlatformConfig(devWith(''))).not.toHaveProperty('asOf');
    expect(loadStackFile(root, 'prod').platform).not.toHaveProperty('asOf');
  });

  it('refuses a day not written YYYY-MM-DD, naming the key', () => {
    const { problems } = refusal('2027-3-11');
    expect(problems).toEqual([expect.objectContaining({ key: 'envcloud:asOf', path: ['asOf'] })]);
  });

  it('refuses a day the calendar does not have, in English and in Chinese', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    const [problem] = refusal('2027-02-30').problems;
    expect(problem).toMatchObject({
      key: 'envcloud:asOf',
      path: ['asOf'],
      message: '`2027-02-30` is not a day of the calendar',
      hint: expect.stringContaining('YYYY-MM-DD'),
    });
    expect(localizedText(problem!, 'zh').message).toBe('`2027-02-30` 不是日历上存在的日期');
  });

  it('locates a bad day at its line of Pulumi.<stack>.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-as-of-'));
    try {
      writeFileSync(join(dir, 'Pulumi.yaml'), readFileSync(join(root, 'Pulumi.yaml')));
      const text = dev.replace(
        '  envcloud:singleCenterBackups: true\n',
        '  envcloud:singleCenterBackups: true\n  envcloud:asOf: 2027-02-30\n',
      );
      writeFileSync(join(dir, 'Pulumi.dev.yaml'), text);
      const line = text.split('\n').findIndex((candidate) => candidate.includes('envcloud:asOf')) + 1;
      let error: unknown;
      try {
        loadStackFile(dir, 'dev');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(StackConfigError);
      const message = (error as StackConfigError).message;
      expect(message).toContain(`Pulumi.dev.yaml:${line}:`);
      expect(message).toContain('envcloud:asOf `2027-02-30` is not a day of the calendar');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
