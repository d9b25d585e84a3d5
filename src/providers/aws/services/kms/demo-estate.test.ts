import { beforeAll, describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rules } from '../../../../rules/aws/kms/index.js';
import { scanDemo, type DemoScan } from '../cloudtrail/demo-scan.js';
import { keysCollector } from './keys.js';

/** The KMS part of the demo estate, scanned for real. */
let demo: DemoScan;
beforeAll(async () => {
  demo = await scanDemo(['kms.yaml'], [keysCollector]);
}, 120_000);

const verdict = (id: string, keyId: string) => runRule(rules.find((r) => r.id === `aws.kms.${id}`)!, demo.byName('AWS::KMS::Key', keyId), demo.ctx).status;

describe('demo estate: KMS', () => {
  it('rotation: off fails, on passes, denied is unknown, AWS managed / asymmetric / disabled are n/a', () => {
    expect(verdict('key-rotation-enabled', '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d')).toBe('fail');
    expect(verdict('key-rotation-enabled', '3c3c0001-0000-4000-8000-000000000001')).toBe('fail');
    expect(verdict('key-rotation-enabled', '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b')).toBe('pass');
    expect(verdict('key-rotation-enabled', '1a2a0001-0000-4000-8000-000000000001')).toBe('pass');
    expect(verdict('key-rotation-enabled', '3c3c0003-0000-4000-8000-000000000003')).toBe('unknown');
    expect(verdict('key-rotation-enabled', '1a1a0003-0000-4000-8000-000000000003')).toBe('not_applicable');
    expect(verdict('key-rotation-enabled', '1a1a0002-0000-4000-8000-000000000002')).toBe('not_applicable');
    expect(verdict('key-rotation-enabled', '3c3c0002-0000-4000-8000-000000000002')).toBe('not_applicable');
  });

  it('policy: open to "*" fails, "*" pinned to a VPC endpoint passes', () => {
    expect(verdict('key-policy-not-public', '2c220004-0000-4000-8000-000000000004')).toBe('fail');
    expect(verdict('key-policy-not-public', '2c220003-0000-4000-8000-000000000003')).toBe('pass');
    expect(verdict('key-policy-not-public', '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b')).toBe('pass');
  });

  it('pending deletion fails, its neighbours pass', () => {
    expect(verdict('key-not-pending-deletion', '2c220005-0000-4000-8000-000000000005')).toBe('fail');
    expect(verdict('key-not-pending-deletion', '2c220004-0000-4000-8000-000000000004')).toBe('pass');
  });

  it('the only error is the denied rotation call', () => {
    expect(demo.errors).toEqual([expect.objectContaining({ account: '333333333333', service: 'kms', operation: 'GetKeyRotationStatus', resource: '3c3c0003-0000-4000-8000-000000000003' })]);
  });
});
