import type { Instance } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need } from '../../../../core/rule.js';

export const INSTANCE_ASPECT = 'instance';

/** The collected instance description; its state must be known for any instance rule to decide. */
export function needInstance(asset: Asset): Instance & { State: { Name: string } } {
  const instance = need<Instance | null>(asset, INSTANCE_ASPECT);
  if (!instance?.State?.Name)
    throw new MissingData('instance state was not returned', [{ path: `config.${INSTANCE_ASPECT}.State.Name`, observed: instance?.State?.Name ?? null, expected: 'an instance state' }]);
  return instance as Instance & { State: { Name: string } };
}

/** Terminated (and terminating) instances are gone for every practical purpose: rules do not apply to them. */
export function isGone(instance: Instance): boolean {
  return instance.State?.Name === 'terminated' || instance.State?.Name === 'shutting-down';
}
