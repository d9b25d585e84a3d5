import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

/**
 * The `function` aspect: ListFunctions' FunctionConfiguration, except that the collector keeps only the
 * names of environment variables (their values are often secrets and never leave the account).
 */
export type CollectedFunction = Omit<FunctionConfiguration, 'Environment'> & { Environment?: { VariableNames?: string[] } };

export const FUNCTION_ASPECT = 'function';
export const POLICY_ASPECT = 'policy';

export function needFunction(asset: Asset): CollectedFunction {
  return need<CollectedFunction>(asset, FUNCTION_ASPECT);
}
