import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';

/** The KMS simulator answers the way KMS does for the keys the collector must treat differently. */
let sim: Simulator;
let kms: KMSClient;
beforeAll(async () => {
  sim = await startSimulator({
    estate: tinyEstate({
      regional: {
        'us-east-1': {
          kms: {
            keys: [
              { KeyId: 'k-cmk', Aliases: ['alias/app'], RotationEnabled: true },
              { KeyId: 'k-rsa', KeySpec: 'RSA_2048' },
              { KeyId: 'k-deleting', KeyState: 'PendingDeletion', DeletionDate: '2026-12-06T00:00:00Z' },
              { KeyId: 'k-aws', KeyManager: 'AWS', Aliases: ['alias/aws/s3'] },
            ],
          },
        },
      },
    }),
  });
  kms = new KMSClient(sdkConfig(sim));
});
afterAll(() => sim.close());

describe('KMS simulator', () => {
  it('pages ListKeys with Limit and NextMarker/Truncated', async () => {
    const first = await kms.send(new ListKeysCommand({ Limit: 3 }));
    expect(first.Keys).toHaveLength(3);
    expect(first.Truncated).toBe(true);
    const rest = await kms.send(new ListKeysCommand({ Limit: 3, Marker: first.NextMarker }));
    expect(rest.Keys?.map((k) => k.KeyArn)).toEqual([`arn:aws:kms:us-east-1:${MGMT}:key/k-aws`]);
    expect(rest.Truncated).toBe(false);
  });

  it('resolves aliases and fills KeyMetadata as KMS does', async () => {
    const { KeyMetadata: m } = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' }));
    expect(m).toMatchObject({ KeyId: 'k-cmk', AWSAccountId: MGMT, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', KeyState: 'Enabled', Enabled: true });
    expect(m?.CreationDate).toBeInstanceOf(Date);
    expect((await failure(kms.send(new DescribeKeyCommand({ KeyId: 'nope' })))).name).toBe('NotFoundException');
  });

  it('refuses rotation status where KMS does', async () => {
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k-cmk' }))).KeyRotationEnabled).toBe(true);
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k-aws' }))).KeyRotationEnabled).toBe(true);
    expect((await failure(kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k-rsa' })))).name).toBe('UnsupportedOperationException');
    expect((await failure(kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k-deleting' })))).name).toBe('KMSInvalidStateException');
  });

  it('returns the default key policy, and NotFoundException for another policy name', async () => {
    const p = await kms.send(new GetKeyPolicyCommand({ KeyId: 'k-cmk' }));
    expect(p.PolicyName).toBe('default');
    expect(JSON.parse(p.Policy!).Statement[0].Principal).toEqual({ AWS: `arn:aws:iam::${MGMT}:root` });
    expect((await failure(kms.send(new GetKeyPolicyCommand({ KeyId: 'k-cmk', PolicyName: 'other' })))).name).toBe('NotFoundException');
  });
});
