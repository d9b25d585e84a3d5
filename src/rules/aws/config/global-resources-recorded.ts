import { fail, needAll, pass, type Rule } from '../../../core/rule.js';
import { isCustomerManaged, RECORDER_TYPE, recorderOf } from './support/recorder.js';

export const rule: Rule = {
  id: 'aws.config.global-resources-recorded',
  title: 'AWS Config records global (IAM) resource types in at least one region',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: [RECORDER_TYPE],
  rationale:
    'IAM users, groups, roles and customer managed policies are global: they are recorded only by recorders that include global resource types. If no region does, changes to identities, the most sensitive configuration of all, leave no Config history.',
  remediation: {
    steps: ['In one region (usually the home region), set includeGlobalResourceTypes on the recorder (or add the IAM resource types to it).'],
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true,includeGlobalResourceTypes=true',
    terraform: 'resource "aws_config_configuration_recorder" "r" {\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all'],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '3.3' }],
  version: 1,
  evaluate(account, ctx) {
    const recorders = needAll(ctx, RECORDER_TYPE, { account: account.account }).filter((r) => isCustomerManaged(recorderOf(r)));
    const global = recorders.find((r) => {
      const g = recorderOf(r).recordingGroup;
      return g?.includeGlobalResourceTypes === true || (g?.resourceTypes ?? []).some((t) => t.startsWith('AWS::IAM::'));
    });
    const ev = recorders.map((r) => ({ path: `${r.id}#config.recorder.recordingGroup.includeGlobalResourceTypes`, observed: recorderOf(r).recordingGroup?.includeGlobalResourceTypes ?? null, expected: 'true in at least one region' }));
    if (global) return pass(`Recorder ${global.name} in ${global.region} records global resource types`, ev);
    return fail(recorders.length ? `None of the ${recorders.length} recorders records global resource types` : 'No configuration recorder in any scanned region', ev);
  },
};
