import { runStackOffline } from '../engine/offline';
import { toPlan } from '../engine/plan';
import { auditResources } from '../audit/run';
(async () => {
  for (const stack of process.argv.slice(2)) {
    const run = await runStackOffline('/work/main', stack);
    const plan = toPlan(stack, run.registrations);
    const report = await auditResources({ stack, resources: plan.resources.map((r) => ({ ...r, props: r.inputs })), entries: run.entries });
    console.log(stack, report.resources, report.summary);
    const counts: Record<string, number> = {};
    for (const f of report.findings) counts[`${f.status} ${f.policy}`] = (counts[`${f.status} ${f.policy}`] ?? 0) + 1;
    console.log(counts);
    for (const f of report.findings.slice(0, 8)) console.log(' ', f.policy, f.location.file + ':' + f.location.line, f.message.slice(0, 160));
  }
})();
