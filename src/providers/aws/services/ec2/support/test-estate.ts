/** Estates for the EC2 collector tests (not collected by vitest: no .test suffix). */
import type { Estate } from '../../../../../../sim/aws/estate.js';
import type { Ec2Section } from '../../../../../../sim/aws/services/ec2.js';
import type { Asset } from '../../../../../core/asset.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';

/** One account whose `us-east-1` EC2 section is `ec2`. */
export function ec2Estate(ec2: Ec2Section): Estate {
  return { accounts: [{ id: ACCOUNT, name: 'test', regions: [REGION, 'eu-west-1'], global: {}, regional: { [REGION]: { ec2 } } }] };
}

/** The collected asset whose name is `name` (fails the test when absent). */
export function byName(assets: Asset[], name: string): Asset {
  const a = assets.find((x) => x.name === name);
  if (!a) throw new Error(`no asset named ${name} among ${assets.length}`);
  return a;
}

/** `n` ids with a fixed prefix and zero-padded counter: `i-000000000000001`. */
export function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(15, '0')}`);
}
