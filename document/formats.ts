// What every machine-readable output of envcloud shares, in one place: the SARIF 2.1.0 envelope and
// locations (validate and audit both write SARIF), HTML escaping (the audit report, the dashboard, the
// topology), and the XML of JUnit (document/xml.ts).
import { pathToFileURL } from 'node:url';

export { escapeXml, junitDocument } from './xml';

/** Text safe inside HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A path as a SARIF artifact URI relative to %SRCROOT%: forward slashes, each segment percent-encoded. */
export function sarifUri(file: string): string {
  return file.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

/** A SARIF physical location at a line and column of a file under the repository root. */
export function sarifLocation(file: string, line: number, column: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri: sarifUri(file), uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: column },
    },
  };
}

export interface SarifRun {
  driver: { name: string; version: string; informationUri: string; rules: readonly object[] };
  results: readonly object[];
  automationDetails?: { id: string };
  artifacts?: readonly object[];
  properties?: Record<string, unknown>;
}

/** The SARIF 2.1.0 log of one run, as GitHub and GitLab code scanning read it, paths relative to `root`. */
export function sarifLog(run: SarifRun, root: string): string {
  const { driver, ...rest } = run;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: driver.name,
            version: driver.version,
            semanticVersion: driver.version,
            informationUri: driver.informationUri,
            rules: driver.rules,
          },
        },
        ...(rest.automationDetails ? { automationDetails: rest.automationDetails } : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href.replace(/\/$/, '')}/` } },
        ...(rest.properties ? { properties: rest.properties } : {}),
        ...(rest.artifacts ? { artifacts: rest.artifacts } : {}),
        results: rest.results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
