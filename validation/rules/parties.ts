// Who asks and who reports: the unit a sharing request or a data correction names, against the systems
// of the manifests, and the names of both written on one line. A request that named a unit which does not
// run the system it asks for passed, and the sharing report credited the unit; an "external" request by a
// unit of the ministry was judged on the 10 working days of rules art. 23(四) instead of the 5 of art. 21.
import { WORKING_DAY_LIMITS } from '../../model/sharing';
import { managingUnits } from '../../model/units';
import { msg, said, type Message } from '../../document/i18n';
import { perCorrection, type CorrectionRule } from './correction-context';
import { perRequest, requestRule, type RequestContext, type RequestRule } from './request-context';
import type { ManifestEntry, ManifestSummary } from './rule';
import { lineBreaks } from './one-line';

/** The units a system names: each of its joint managing units (`办公厅、行政体制与人事司`) and its reporting unit. */
function unitsOfSystem(system: ManifestEntry<ManifestSummary>): string[] {
  const { managingUnit, reportingUnit } = system.manifest.metadata;
  return [managingUnit, reportingUnit].flatMap((text) => (text === undefined ? [] : managingUnits(text)));
}

/** Whether `unit` is a managing unit (one of joint ones) or the reporting unit of the system, trimmed. */
export function runsSystem(unit: string, system: ManifestEntry<ManifestSummary>): boolean {
  return unitsOfSystem(system).includes(unit.trim());
}

/** Every unit of the ministry the manifests name as a system's managing (one of joint ones) or reporting unit. */
export function ministryUnits(context: RequestContext): Set<string> {
  return new Set([...context.systems.values()].flatMap(unitsOfSystem));
}

/** What requester- and reporter-runs-system say of a unit that runs neither unit of a known system; none otherwise. */
function notRunningMessage(unit: string, number: number, context: RequestContext): Message | undefined {
  const system = context.systems.get(number);
  if (!system || runsSystem(unit, system)) return undefined;
  return msg('rule.requester-runs-system.message', { unit, number, managing: system.manifest.metadata.managingUnit });
}

export const requesterRunsSystem = perRequest(
  {
    id: 'requester-runs-system',
    severity: 'warning',
    title: 'The requesting unit is the managing or reporting unit of the system that will use the data',
    clause: 'Sharing rules art. 4(二) (因履行职责需要使用共享政务信息资源的单位; 提出明确的共享需求和信息使用用途)',
  },
  ({ request }, _resolution, context, report) => {
    const { requester } = request.spec;
    if (requester.external === true || requester.system === undefined) return;
    const message = notRunningMessage(requester.unit, requester.system, context);
    if (message)
      report({ path: ['spec', 'requester', 'unit'], ...said(message, msg('rule.requester-runs-system.hint')) });
  },
);

export const externalRequesterOutsideMinistry = requestRule(
  {
    id: 'external-requester-outside-ministry',
    severity: 'error',
    title: 'A request marked external comes from another national government department, not a unit of the ministry',
    clause:
      'Sharing rules art. 23 (各单位与国家其他政务部门有信息资源共享交换需求的); art. 3 (与国家其他政务部门之间的信息共享工作)',
  },
  (entries, context, report) => {
    if (!entries.some(({ request }) => request.spec.requester.external === true)) return;
    const units = ministryUnits(context);
    for (const entry of entries) {
      const { requester } = entry.request.spec;
      if (requester.external !== true || !units.has(requester.unit.trim())) continue;
      report({
        entry,
        path: ['spec', 'requester', 'unit'],
        ...said(
          msg('rule.external-requester-outside-ministry.message', { unit: requester.unit }),
          msg('rule.external-requester-outside-ministry.hint', {
            internal: WORKING_DAY_LIMITS.conditionalRequest,
            external: WORKING_DAY_LIMITS.externalRequest,
          }),
        ),
      });
    }
  },
);

export const requestNamesOnOneLine = perRequest(
  {
    id: 'request-names-on-one-line',
    severity: 'error',
    title: "A request's title, unit and resource name are written on one line",
    clause: 'envcloud: requests are listed a line each in the sharing report',
  },
  ({ request }, _resolution, _context, report) => {
    for (const violation of lineBreaks([
      [['metadata', 'title'], request.metadata.title],
      [['spec', 'requester', 'unit'], request.spec.requester.unit],
      [['spec', 'resource', 'name'], request.spec.resource.name],
    ]))
      report(violation);
  },
);

export const reporterRunsSystem = perCorrection(
  {
    id: 'reporter-runs-system',
    severity: 'warning',
    title: 'The reporting unit is the managing or reporting unit of the system through which it read the data',
    clause: 'Sharing rules art. 8(二) (对所获取信息资源有疑义或发现明显错误的)',
  },
  ({ correction }, _resolution, context, report) => {
    const { reporter } = correction.spec;
    const message = notRunningMessage(reporter.unit, reporter.system, context);
    if (message)
      report({ path: ['spec', 'reporter', 'unit'], ...said(message, msg('rule.reporter-runs-system.hint')) });
  },
);

export const correctionNamesOnOneLine = perCorrection(
  {
    id: 'correction-names-on-one-line',
    severity: 'error',
    title: "A correction's title, unit and resource name are written on one line",
    clause: 'envcloud: corrections are listed a line each in the sharing report',
  },
  ({ correction }, _resolution, _context, report) => {
    for (const violation of lineBreaks([
      [['metadata', 'title'], correction.metadata.title],
      [['spec', 'reporter', 'unit'], correction.spec.reporter.unit],
      [['spec', 'resource', 'name'], correction.spec.resource.name],
    ]))
      report(violation);
  },
);

/** The request rules of this module, in the order their findings come. */
export const PARTY_REQUEST_RULES: readonly RequestRule[] = [
  requestNamesOnOneLine,
  externalRequesterOutsideMinistry,
  requesterRunsSystem,
];

/** The correction rules of this module, in the order their findings come. */
export const PARTY_CORRECTION_RULES: readonly CorrectionRule[] = [correctionNamesOnOneLine, reporterRunsSystem];
