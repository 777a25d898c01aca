import { saidBack } from '../cli/commands/deploy';
import { render, t } from '../document/i18n';
import { checkKubernetesObject, kubernetesProblems } from '../engine/render';
import { changes } from '../waves/runner-automation';
import { cliEnglishSentences } from './support/english-cli';

/**
 * Issue #14: what `preview` says of a Kubernetes object that breaks its schema, and what the real deploy's
 * runner says after the Automation API's preview and up, in Chinese; English as it was.
 */

describe('the Kubernetes schema problems of preview', () => {
  const said = (object: Parameters<typeof kubernetesProblems>[0]) => {
    const problems = kubernetesProblems(object);
    const english = problems.map((problem) => render(problem, 'en'));
    const chinese = problems.map((problem) => t('zh', 'inputs.k8s.line', { problem }));
    expect(english).toEqual(checkKubernetesObject(object));
    expect(cliEnglishSentences(chinese.join('\n'))).toEqual([]);
    return { english, chinese };
  };

  it("a Kubernetes kind (kubernetes-models): the library's English, each problem in Chinese with its path", () => {
    const { english, chinese } = said({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: { replicas: 'two' } as never,
    });
    expect(english).toEqual([expect.stringContaining('data/spec/replicas must be integer')]);
    expect(chinese[0]).toMatch(/^错误\[kubernetes-schema\]：.*data\/spec\/replicas 应为整数/);
  });

  it('a custom resource against its vendored CRD: required, type, unknown field', () => {
    const { english, chinese } = said({
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      metadata: { name: 'db' },
      spec: { instances: 'three', storage: { size: '1Gi', storageClas: 'x' } } as never,
    });
    expect(english).toContain('postgresql.cnpg.io/v1/Cluster db: /spec/instances must be integer (CRD schema)');
    expect(english).toContain(
      'postgresql.cnpg.io/v1/Cluster db: /spec/storage must NOT have additional properties `storageClas` (CRD schema)',
    );
    expect(chinese).toContain(
      '错误[kubernetes-schema]：postgresql.cnpg.io/v1/Cluster db：/spec/instances 应为整数（按 CRD 模式检查）',
    );
    expect(chinese).toContain(
      '错误[kubernetes-schema]：postgresql.cnpg.io/v1/Cluster db：/spec/storage 不允许有未定义的属性 `storageClas`（按 CRD 模式检查）',
    );
    const { chinese: missing } = said({
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      metadata: { name: 'db' },
      spec: { storage: { size: '1Gi' } } as never,
    });
    expect(missing.join('\n')).toContain('/spec 缺少必填属性 `instances`');
  });

  it('a kind no schema covers', () => {
    const { english, chinese } = said({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } });
    expect(english).toEqual(['unknown kind example.com/v1/Widget: no schema to check it against']);
    expect(chinese).toEqual(['错误[kubernetes-schema]：未知的资源类型 example.com/v1/Widget：没有可用于检查它的模式']);
  });
});

describe("the real deploy runner's summaries and errors, read back in Chinese", () => {
  it.each([
    [
      `preview: ${changes({ create: 2, update: 1, same: 0 })}`,
      'preview: 2 create, 1 update',
      '预览：新建 2 个，更新 1 个',
    ],
    [
      `up: ${changes({})} (5 resources reported)`,
      'up: no changes (5 resources reported)',
      '部署：无变更（报告了 5 个资源）',
    ],
    ['deployed: it exports `platform`', 'deployed: it exports `platform`', '已部署：它导出了 `platform`'],
    [
      'deployed: its last update succeeded at 2026-12-01T08:00:00.000Z',
      'deployed: its last update succeeded at 2026-12-01T08:00:00.000Z',
      '已部署：最近一次更新于 2026-12-01T08:00:00.000Z 成功',
    ],
    [
      'its last update was a update that failed: deploy wave 2 first',
      'its last update was a update that failed: deploy wave 2 first',
      '它最近一次更新是一次更新，结果为失败：请先部署第 2 批',
    ],
    [
      'its last update never happened: deploy wave 1 first',
      'its last update never happened: deploy wave 1 first',
      '它最近一次更新从未发生：请先部署第 1 批',
    ],
    ['pulumi up failed', 'pulumi up failed', '`pulumi up` 的结果为失败'],
  ])('%s', (text, english, chinese) => {
    expect(text).toBe(english);
    expect(saidBack(text, 'en')).toBe(english);
    expect(saidBack(text, 'zh')).toBe(chinese);
    expect(cliEnglishSentences(saidBack(text, 'zh'))).toEqual([]);
  });

  it('says the platform stack that was never deployed in Chinese', () => {
    const english = t('en', 'deploy.real.platform-not-deployed', { stack: 'prod' });
    expect(english).toBe(
      'the platform stack prod exports no `platform`: it has not been deployed; run `envcloud deploy --stack prod` without --wave first',
    );
    expect(saidBack(english, 'zh')).toBe(
      '平台栈 prod 没有导出 `platform`：它尚未部署；请先不带 --wave 运行 `envcloud deploy --stack prod`',
    );
  });
});
