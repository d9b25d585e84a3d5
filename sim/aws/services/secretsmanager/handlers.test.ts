import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, sdkConfig } from '../../test-helpers.js';
import type { SecretsManagerSection } from '../secretsmanager.js';

const section: SecretsManagerSection = {
  secrets: [
    { Name: 'prod/db', Tags: [{ Key: 'team', Value: 'orders' }], ResourcePolicy: { Version: '2012-10-17', Statement: [] } },
    { Name: 'dev/token' },
    { Name: 'old/key', DeletedDate: '2026-11-25T00:00:00Z' },
  ],
};

describe('Secrets Manager simulator', () => {
  let sim: Simulator;
  let client: SecretsManagerClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: { accounts: [{ id: '111111111111', name: 't', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { secretsmanager: section } } }] } });
    client = new SecretsManagerClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('ListSecrets hides secrets pending deletion unless asked, and builds suffixed ARNs', async () => {
    const listed = await client.send(new ListSecretsCommand({}));
    expect(listed.SecretList?.map((s) => s.Name)).toEqual(['prod/db', 'dev/token']);
    expect(listed.SecretList?.[0]?.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:111111111111:secret:prod\/db-[A-Za-z0-9]{6}$/);
    expect(listed.SecretList?.[0]).not.toHaveProperty('RotationEnabled');
    expect((await client.send(new ListSecretsCommand({ IncludePlannedDeletion: true }))).SecretList).toHaveLength(3);
  });

  it('ListSecrets filters by name prefix, tag and negation, and pages', async () => {
    const names = async (Filters: object[]) => (await client.send(new ListSecretsCommand({ Filters: Filters as never }))).SecretList?.map((s) => s.Name);
    expect(await names([{ Key: 'name', Values: ['prod/'] }])).toEqual(['prod/db']);
    expect(await names([{ Key: 'tag-key', Values: ['team'] }])).toEqual(['prod/db']);
    expect(await names([{ Key: 'name', Values: ['!prod'] }])).toEqual(['dev/token']);
    const first = await client.send(new ListSecretsCommand({ MaxResults: 1 }));
    expect((await client.send(new ListSecretsCommand({ MaxResults: 1, NextToken: first.NextToken }))).SecretList?.map((s) => s.Name)).toEqual(['dev/token']);
  });

  it('GetResourcePolicy answers the policy, no policy, or ResourceNotFoundException', async () => {
    expect((await client.send(new GetResourcePolicyCommand({ SecretId: 'prod/db' }))).ResourcePolicy).toBe('{"Version":"2012-10-17","Statement":[]}');
    expect(await client.send(new GetResourcePolicyCommand({ SecretId: 'dev/token' }))).not.toHaveProperty('ResourcePolicy');
    expect((await failure(client.send(new GetResourcePolicyCommand({ SecretId: 'nope' })))).name).toBe('ResourceNotFoundException');
  });
});
