import { fail, MissingData, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { INSTANCE_ASPECT, isGone, needInstance } from './support/instance.js';

/** Security Hub's default allowed stop period for EC2.4. */
export const MAX_STOPPED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the instance stopped: EC2 only reports it inside StateTransitionReason, as
 * "User initiated (2026-10-01 09:30:00 GMT)". Undefined when the text carries no timestamp.
 */
export function stoppedAt(reason: string | undefined): Date | undefined {
  const m = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/.exec(reason ?? '');
  if (!m) return undefined;
  const d = new Date(`${m[1]}T${m[2]}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const rule: Rule = {
  id: 'aws.ec2.stopped-instance-removed',
  title: `Stopped EC2 instances are removed after ${MAX_STOPPED_DAYS} days`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EC2::Instance'],
  rationale:
    'Long-stopped instances are forgotten: they miss patches and agent updates, keep volumes and roles alive, and ' +
    'come back outdated and unmonitored when someone starts them.',
  remediation: {
    steps: ['Confirm with the owner that the instance is no longer needed.', 'Snapshot or create an AMI if the data must be kept, then terminate the instance.'],
    cli: 'aws ec2 terminate-instances --instance-ids <instance-id>',
    terraform: '# Remove the aws_instance resource (or set count = 0) and apply.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-4',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.4' }],
  version: 1,
  evaluate(asset) {
    const instance = needInstance(asset);
    if (isGone(instance)) return notApplicable(`Instance ${instance.InstanceId} is ${instance.State.Name}`);
    const stateEvidence = { path: `config.${INSTANCE_ASPECT}.State.Name`, observed: instance.State.Name, expected: `not stopped for more than ${MAX_STOPPED_DAYS} days` };
    if (instance.State.Name !== 'stopped') return pass(`Instance ${instance.InstanceId} is ${instance.State.Name}`, [stateEvidence]);
    const since = stoppedAt(instance.StateTransitionReason);
    const reasonEvidence = { path: `config.${INSTANCE_ASPECT}.StateTransitionReason`, observed: instance.StateTransitionReason ?? null, expected: 'a stop time' };
    if (!since) throw new MissingData(`Instance ${instance.InstanceId} is stopped but the stop time is not reported`, [stateEvidence, reasonEvidence]);
    // Measured against the time the asset was observed, so a verdict is reproducible from stored data.
    const days = Math.floor((Date.parse(asset.observedAt) - since.getTime()) / DAY_MS);
    const evidence = [stateEvidence, { ...reasonEvidence, observed: { stoppedAt: since.toISOString(), daysStopped: days }, expected: `<= ${MAX_STOPPED_DAYS} days` }];
    return days > MAX_STOPPED_DAYS
      ? fail(`Instance ${instance.InstanceId} has been stopped for ${days} days`, evidence)
      : pass(`Instance ${instance.InstanceId} has been stopped for ${days} days`, evidence);
  },
};
