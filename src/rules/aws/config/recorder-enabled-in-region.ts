import type { Asset } from '../../../core/asset.js';
import { fail, needAll, pass, type Rule } from '../../../core/rule.js';
import type { Evidence, Verdict } from '../../../core/verdict.js';
import { isCustomerManaged, RECORDER_TYPE, recorderOf, recordsAllTypes, statusOf } from './support/recorder.js';

export const rule: Rule = {
  id: 'aws.config.recorder-enabled-in-region',
  title: 'AWS Config records all resource types in every region',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::::Region'],
  lookups: [RECORDER_TYPE],
  rationale:
    'The configuration history AWS Config records is what tells you how a resource looked before and after a change, in any region. A region without a running recorder that covers every resource type is a blind spot for change tracking and for the detective controls built on Config.',
  remediation: {
    steps: ['In the region, create a configuration recorder that records all supported resource types and a delivery channel, then start the recorder.'],
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
    terraform: 'resource "aws_config_configuration_recorder" "r" {\n  role_arn = aws_iam_service_linked_role.config.arn\n  recording_group {\n    all_supported = true\n  }\n}\nresource "aws_config_configuration_recorder_status" "r" {\n  name       = aws_config_configuration_recorder.r.name\n  is_enabled = true\n}',
  },
  references: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html', 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.3' },
    { framework: 'aws-fsbp', control: 'Config.1' },
  ],
  version: 1,
  evaluate(region, ctx) {
    const recorders = needAll(ctx, RECORDER_TYPE, { account: region.account, region: region.region });
    const own = recorders.filter((r) => isCustomerManaged(recorderOf(r)));
    if (!own.length) return fail(`No configuration recorder in ${region.region}`, [{ path: `${RECORDER_TYPE}[]`, observed: recorders.map((r) => r.name), expected: 'a customer-managed recorder' }]);
    // A region has at most one customer-managed recorder, but judge each in case the API ever returns more.
    const verdicts = own.map(judge);
    return verdicts.find((v) => v.status === 'pass') ?? verdicts.find((v) => v.status === 'unknown') ?? verdicts[0]!;
  },
};

function judge(asset: Asset): Verdict {
  const r = recorderOf(asset);
  const at = (p: string) => `${asset.id}#${p}`;
  const ev: Evidence[] = [{ path: at('config.recorder.recordingGroup'), observed: r.recordingGroup ?? null, expected: 'allSupported: true' }];
  if (!recordsAllTypes(r)) return fail(`Recorder ${r.name} records only selected resource types`, ev);
  const s = statusOf(asset); // MissingData (-> unknown, naming the failed call) when the status call failed
  ev.push({ path: at('config.status.recording'), observed: s?.recording ?? null, expected: true });
  if (s?.recording !== true) return fail(`Recorder ${r.name} is stopped`, ev);
  ev.push({ path: at('config.status.lastStatus'), observed: s.lastStatus ?? null, expected: 'not Failure' });
  if (s.lastStatus === 'Failure') return fail(`Recorder ${r.name} is failing: ${s.lastErrorCode ?? ''} ${s.lastErrorMessage ?? ''}`.trim(), ev);
  return pass(`Recorder ${r.name} is recording all supported resource types`, ev);
}
