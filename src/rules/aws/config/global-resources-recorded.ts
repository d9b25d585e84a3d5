import type { Asset } from '../../../core/asset.js';
import { fail, needAll, pass, unknown, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { isCustomerManaged, RECORDER_TYPE, recorderOf } from './support/recorder.js';

export const rule: Rule = {
  id: 'aws.config.global-resources-recorded',
  title: 'AWS Config records global (IAM) resource types in at least one region',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: [RECORDER_TYPE],
  rationale:
    'IAM users, groups, roles and customer managed policies are global: they are recorded only by a running recorder that includes global resource types. If no region does, changes to identities, the most sensitive configuration of all, leave no Config history.',
  remediation: {
    steps: ['In one region (usually the home region), set includeGlobalResourceTypes on the recorder (or add the IAM resource types to it), and keep that recorder running.'],
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true,includeGlobalResourceTypes=true',
    terraform: 'resource "aws_config_configuration_recorder" "r" {\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all'],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '3.3' }],
  version: 1,
  evaluate(account, ctx) {
    const recorders = needAll(ctx, RECORDER_TYPE, { account: account.account }).filter((r) => isCustomerManaged(recorderOf(r)));
    const global = recorders.filter(recordsGlobalTypes);
    const ev: Evidence[] = recorders.map((r) => ({ path: `${r.id}#config.recorder.recordingGroup.includeGlobalResourceTypes`, observed: recorderOf(r).recordingGroup?.includeGlobalResourceTypes ?? null, expected: 'true in at least one region' }));
    if (!global.length) return fail(recorders.length ? `None of the ${recorders.length} recorders records global resource types` : 'No configuration recorder in any scanned region', ev);
    // Global types are only recorded while that recorder runs; its state comes from the status aspect.
    for (const r of global) ev.push({ path: `${r.id}#config.status.recording`, observed: running(r) ?? null, expected: true });
    const on = global.find((r) => running(r) === true);
    if (on) return pass(`Recorder ${on.name} in ${on.region} records global resource types`, ev);
    const unsure = global.find((r) => running(r) === undefined);
    if (unsure) return unknown(`Recorder ${unsure.name} in ${unsure.region} includes global types, but whether it is running could not be collected`, ev);
    return fail(`The recorders that include global types are stopped (${global.map((r) => r.region).join(', ')})`, ev);
  },
};

function recordsGlobalTypes(r: Asset): boolean {
  const g = recorderOf(r).recordingGroup;
  return g?.includeGlobalResourceTypes === true || (g?.resourceTypes ?? []).some((t) => t.startsWith('AWS::IAM::'));
}

/** The recorder's `recording` flag; undefined when its status was not collected. */
function running(r: Asset): boolean | undefined {
  if (r.gaps.status || !('status' in r.config)) return undefined;
  return (r.config.status as { recording?: boolean } | null)?.recording === true;
}
