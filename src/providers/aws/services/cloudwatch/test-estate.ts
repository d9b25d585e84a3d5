/** Estates for the CloudWatch, SNS and SQS collector tests (not collected by vitest: no .test suffix). */
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { Asset } from '../../../../core/asset.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';

/** One account whose `us-east-1` holds the given service sections (`logs`, `monitoring`, `sns`, `sqs`). */
export function regionalEstate(sections: Record<string, unknown>): Estate {
  return { accounts: [{ id: ACCOUNT, name: 'test', regions: [REGION, 'eu-west-1'], global: {}, regional: { [REGION]: sections } }] };
}

/** The collected asset whose name is `name` (fails the test when absent). */
export function byName(assets: Asset[], name: string): Asset {
  const a = assets.find((x) => x.name === name);
  if (!a) throw new Error(`no asset named ${name} among ${assets.length}`);
  return a;
}

/** `count` names `<prefix>-0001`... */
export function names(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(4, '0')}`);
}
