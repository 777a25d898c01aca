// The pack config file (`--policy-config`) through the pipeline every input file takes: the document
// toolkit's loading (encoding, size and nesting limits, located YAML errors, duplicate and reserved keys),
// Pulumi's stricter JSON, the secret scan, the pack config's JSON schema, the pack's rules (policies it
// has, not every one disabled), then each policy's own configSchema at its section; every problem located.
import type { PolicyConfigSchema } from '@pulumi/policy';
import type { ValidateFunction } from 'ajv/dist/2020';
import type { Finding } from '../document/findings';
import { plaintextSecretFindings, redactFindings } from '../document/input-checks';
import { loadManifestBytes, type LoadedDocument } from '../document/load';
import { CONFIG_LIMITS } from '../document/limits';
import packConfigSchema from '../schema/policy-pack-config.v1.schema.json';
import { checkDocument, compileReporting } from '../validation/schema-check';
import { packConfigFindings, policyConfigFindings, type ConfigurablePolicy, type PackConfig } from './pack-config';
import { msg, render, said, untranslated, type Message } from '../document/i18n';
import { jsonRefusal } from '../document/json-errors';
import { lineColumn } from '../document/json-position';

const FORMAT_HINT = msg('inputs.pack.format.hint', {
  example: '{"policy-name": "advisory" | {"enforcementLevel": …, …}}',
});

/** A policy's config schema, for those that have none: only `enforcementLevel` is accepted. */
const NO_CONFIG: PolicyConfigSchema = { properties: {} };

let validator: ValidateFunction | undefined;

/**
 * Reads and checks a pack config file's bytes; answers the config, or every problem of the first stage
 * that found any, each at the line and column of the key or value it is about.
 */
export function readPackConfig(
  file: string,
  bytes: Buffer,
  policies: readonly ConfigurablePolicy[],
): { config?: PackConfig; findings: Finding[] } {
  const loaded = loadManifestBytes(file, bytes, CONFIG_LIMITS);
  if (!loaded.document) return { findings: loaded.findings.map(asPackConfig) };
  const document = loaded.document;
  const syntax = jsonProblem(document);
  if (syntax) return { findings: [syntax] };
  // The pack config is printed back in messages: nothing in it may carry a credential out.
  const secrets = plaintextSecretFindings(document, msg('inputs.pack.secret.hint'));
  if (secrets.length > 0) return { findings: redactFindings(secrets) };
  const shape = checkDocument(
    document,
    (validator ??= compileReporting(packConfigSchema as Record<string, unknown>)),
  ).filter(
    (finding) => finding.ruleId !== 'schema-invalid' || !/must match "(then|else)" schema/.test(finding.message),
  );
  if (shape.length > 0) return { findings: shape };
  const rules: Finding[] = packConfigFindings(document.data, policies).map((problem) => ({
    file,
    ...document.locator.locate(problem.path, problem.at),
    severity: 'error',
    ruleId: 'pack-config',
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.localized ? { localized: problem.localized } : {}),
  }));
  if (rules.length > 0) return { findings: rules };
  const config = document.data as PackConfig;
  const withSchemas = policies.map((policy) => ({ ...policy, configSchema: policy.configSchema ?? NO_CONFIG }));
  const schemaFindings = policyConfigFindings(file, document.text, config, withSchemas, document.locator);
  return schemaFindings.length > 0 ? { findings: schemaFindings } : { config, findings: [] };
}

/** A loading problem, with the pack config's own hint where the toolkit's speaks of manifests. */
function asPackConfig(finding: Finding): Finding {
  if (!['file-empty', 'yaml-not-mapping'].includes(finding.ruleId)) return finding;
  const message: Message = finding.localized?.message ?? untranslated(finding.message);
  return { ...finding, hint: render(FORMAT_HINT, 'en'), localized: { message, hint: FORMAT_HINT } };
}

/**
 * Pulumi reads the pack config as JSON, which YAML (the loader's parser) extends: comments, bare words and
 * single quotes load as YAML but stop `pulumi preview`. Located where JSON.parse stops.
 */
function jsonProblem(document: LoadedDocument): Finding | undefined {
  try {
    JSON.parse(document.text);
    return undefined;
  } catch {
    // Located and said by a scan of our own: the parser's message may quote the file, credentials and all.
    const { offset, detail } = jsonRefusal(document.text);
    return {
      file: document.file,
      ...lineColumn(document.text, offset ?? document.text.trimEnd().length),
      severity: 'error',
      ruleId: 'pack-config',
      ...said(msg('inputs.pack.not-json', { detail }), FORMAT_HINT),
    };
  }
}
