import type { ConfigurationRecorder, ConfigurationRecorderStatus } from '@aws-sdk/client-config-service';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export const RECORDER_TYPE = 'AWS::Config::ConfigurationRecorder';

export const recorderOf = (a: Asset): ConfigurationRecorder => need<ConfigurationRecorder>(a, 'recorder');
export const statusOf = (a: Asset): ConfigurationRecorderStatus | null => need<ConfigurationRecorderStatus | null>(a, 'status');

/**
 * Service-linked recorders (servicePrincipal set) record only what one AWS service needs; they are not
 * the account's configuration recorder and do not satisfy "AWS Config is enabled".
 */
export const isCustomerManaged = (r: ConfigurationRecorder): boolean => !r.servicePrincipal;

/** Records every supported resource type (allSupported, or the ALL_SUPPORTED_RESOURCE_TYPES strategy). */
export function recordsAllTypes(r: ConfigurationRecorder): boolean {
  const g = r.recordingGroup;
  return g?.allSupported === true || g?.recordingStrategy?.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES';
}
