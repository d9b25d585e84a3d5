import type { KeyMetadata } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './key-not-pending-deletion.js';

const key = (m: Partial<KeyMetadata>) => awsAsset({ type: 'AWS::KMS::Key', config: { metadata: { KeyId: 'k1', KeyManager: 'CUSTOMER', ...m } } });

describe(rule.id, () => {
  it.each<{ name: string; m: Partial<KeyMetadata>; expect: Status; reason?: RegExp }>([
    { name: 'enabled', m: { KeyState: 'Enabled' }, expect: 'pass' },
    { name: 'disabled but kept', m: { KeyState: 'Disabled' }, expect: 'pass' },
    { name: 'pending deletion', m: { KeyState: 'PendingDeletion', DeletionDate: new Date('2026-12-06T00:00:00Z') }, expect: 'fail', reason: /2026-12-06/ },
    { name: 'replica pending deletion', m: { KeyState: 'PendingReplicaDeletion' }, expect: 'fail' },
    { name: 'AWS managed', m: { KeyManager: 'AWS', KeyState: 'Enabled' }, expect: 'not_applicable' },
    { name: 'state missing', m: {}, expect: 'unknown' },
  ])('$name -> $expect', ({ m, expect: status, reason }) => {
    const v = runRule(rule, key(m), fixtureContext([]));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
    if (status === 'fail') expect(v.evidence[0]).toMatchObject({ path: 'config.metadata.KeyState' });
  });

  it('is unknown when DescribeKey was denied', () => {
    const v = runRule(rule, awsAsset({ type: 'AWS::KMS::Key', gaps: { metadata: deniedGap('kms', 'DescribeKey') } }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeKey');
  });
});
