/** Estates and lookups for the Lambda, EKS, ELBv2, Secrets Manager and ECR collector tests. */
import type { Estate } from '../../../../../../sim/aws/estate.js';
import type { Asset } from '../../../../../core/asset.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';

/** One account whose `us-east-1` section of `service` (the estate key: the signing name) is `section`. */
export function regionalEstate(service: string, section: object): Estate {
  return { accounts: [{ id: ACCOUNT, name: 'test', regions: [REGION], global: {}, regional: { [REGION]: { [service]: section } } }] };
}

/** The collected asset named `name` (fails the test when absent). */
export function byName(assets: Asset[], name: string): Asset {
  const a = assets.find((x) => x.name === name);
  if (!a) throw new Error(`no asset named ${name} among ${assets.map((x) => x.name).join(', ')}`);
  return a;
}

/** `n` names with a zero-padded counter, in the order the simulator lists them. */
export const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);
