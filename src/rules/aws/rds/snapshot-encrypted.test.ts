import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './snapshot-encrypted.js';

const db = (snapshot: Record<string, unknown>) => awsAsset({ type: 'AWS::RDS::DBSnapshot', config: { snapshot } });
const cluster = (snapshot: Record<string, unknown>) => awsAsset({ type: 'AWS::RDS::DBClusterSnapshot', config: { snapshot } });

describe(rule.id, () => {
  it.each<{ name: string; asset: ReturnType<typeof awsAsset>; expect: Status; path?: string }>([
    { name: 'encrypted DB snapshot', asset: db({ Encrypted: true }), expect: 'pass', path: 'config.snapshot.Encrypted' },
    { name: 'unencrypted DB snapshot', asset: db({ Encrypted: false }), expect: 'fail', path: 'config.snapshot.Encrypted' },
    // Cluster snapshots name the flag StorageEncrypted; reading Encrypted there would always say "missing".
    { name: 'encrypted cluster snapshot', asset: cluster({ StorageEncrypted: true }), expect: 'pass', path: 'config.snapshot.StorageEncrypted' },
    { name: 'unencrypted cluster snapshot', asset: cluster({ StorageEncrypted: false, Encrypted: true }), expect: 'fail' },
    { name: 'flag missing', asset: db({}), expect: 'unknown' },
  ])('$name -> $expect', ({ asset, expect: status, path }) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (path) expect(v.evidence[0]?.path).toBe(path);
  });

  it('is unknown when the snapshot record is missing', () => {
    const v = runRule(rule, awsAsset({ type: 'AWS::RDS::DBSnapshot', gaps: { snapshot: deniedGap('rds', 'DescribeDBSnapshots') } }), fixtureContext([]));
    expect(v.status).toBe('unknown');
  });
});
