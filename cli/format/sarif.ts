import { ALL_RULE_INFO } from '../../validation/rules';
import { ruleTitle } from '../../validation/rules/catalog';
import type { ValidateOutput } from './index';
import { TOOL_VERSION } from '../../model/version';
import { sarifLocation, sarifLog, sarifUri as uri } from '../../document/formats';
import { localizedText, messageIdOf, t, type Language } from '../../document/i18n';
import type { Finding } from '../../document/findings';

const INFORMATION_URI = 'https://envcloud.mee.gov.cn/docs/rules';

/** A finding's message with its hint, in `lang`. */
function resultText(finding: Finding, lang: Language): string {
  const { message, hint } = localizedText(finding, lang);
  return hint ? t(lang, 'sarif.with-hint', { message, hint }) : message;
}

/**
 * SARIF 2.1.0, as GitHub and GitLab code scanning read it; paths are relative to the repository root.
 * Each result's `message.text` is in `lang`; its `properties` keep the text in both languages
 * (`messageZh`, `messageEn`) and the catalog id (`messageId`) when the message has one. Likewise each
 * rule's descriptions are in `lang`, its `properties` keeping its title in both (`titleZh`, `titleEn`).
 */
export function formatSarif(report: ValidateOutput, root: string = process.cwd(), lang: Language = 'en'): string {
  const rules = ALL_RULE_INFO.map((rule) => {
    const title = ruleTitle(rule, lang);
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
      shortDescription: { text: title },
      fullDescription: { text: t(lang, 'sarif.rule-description', { title, clause: rule.clause }) },
      helpUri: `${INFORMATION_URI}#${rule.id}`,
      defaultConfiguration: { level: rule.severity },
      properties: { clause: rule.clause, titleZh: ruleTitle(rule, 'zh'), titleEn: ruleTitle(rule, 'en') },
    };
  });
  const unconfirmed = new Map((report.unconfirmed ?? []).map((entry) => [entry.file, entry.defaulted]));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const location = (file: string, line: number, column: number, message?: string) => ({
    ...sarifLocation(file, line, column),
    ...(message ? { message: { text: message } } : {}),
  });
  return sarifLog(
    {
      driver: { name: 'envcloud', version: TOOL_VERSION, informationUri: INFORMATION_URI, rules },
      // Importer defaults are a property of a file, not a finding: listed on its artifact, so code
      // scanning shows no alert for them while a reader of the log still sees each file's list.
      properties: { unconfirmedManifests: unconfirmed.size },
      artifacts: report.files.map((file) => ({
        location: { uri: uri(file), uriBaseId: '%SRCROOT%' },
        ...(unconfirmed.has(file) ? { properties: { defaulted: unconfirmed.get(file) } } : {}),
      })),
      results: report.findings.map((finding) => ({
        ruleId: finding.ruleId,
        ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
        level: finding.severity,
        message: { text: resultText(finding, lang) },
        locations: [location(finding.file, finding.line, finding.column)],
        ...(finding.related
          ? {
              relatedLocations: finding.related.map((related, id) => ({
                id,
                ...location(related.file, related.line, related.column, localizedText(related, lang).message),
              })),
            }
          : {}),
        properties: {
          messageZh: resultText(finding, 'zh'),
          messageEn: resultText(finding, 'en'),
          ...(messageIdOf(finding) ? { messageId: messageIdOf(finding) } : {}),
        },
      })),
    },
    root,
  );
}
