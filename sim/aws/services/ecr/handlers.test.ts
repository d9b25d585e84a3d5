import { BatchGetRepositoryScanningConfigurationCommand, DescribeRepositoriesCommand, ECRClient, GetLifecyclePolicyCommand, GetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, sdkConfig } from '../../test-helpers.js';
import type { EcrSection } from '../ecr.js';
import { filterMatches } from './scanning.js';

const section: EcrSection = {
  registryScanning: { scanType: 'BASIC', rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod', filterType: 'WILDCARD' }] }] },
  repositories: [
    { repositoryName: 'prod/api', policy: { Version: '2012-10-17', Statement: [] } },
    { repositoryName: 'dev/api', imageScanningConfiguration: { scanOnPush: true } },
    { repositoryName: 'dev/tools' },
  ],
};

describe('ECR simulator', () => {
  let sim: Simulator;
  let client: ECRClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: { accounts: [{ id: '111111111111', name: 't', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { ecr: section } } }] } });
    client = new ECRClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('DescribeRepositories fills AWS defaults and pages with nextToken', async () => {
    const first = await client.send(new DescribeRepositoriesCommand({ maxResults: 2 }));
    expect(first.repositories?.[0]).toMatchObject({ repositoryArn: 'arn:aws:ecr:us-east-1:111111111111:repository/prod/api', repositoryUri: '111111111111.dkr.ecr.us-east-1.amazonaws.com/prod/api', imageTagMutability: 'MUTABLE', encryptionConfiguration: { encryptionType: 'AES256' } });
    const second = await client.send(new DescribeRepositoriesCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(second.repositories?.map((r) => r.repositoryName)).toEqual(['dev/tools']);
    expect((await failure(client.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })))).name).toBe('RepositoryNotFoundException');
  });

  it('policy calls answer their own not-found errors', async () => {
    expect((await client.send(new GetRepositoryPolicyCommand({ repositoryName: 'prod/api' }))).policyText).toBe('{"Version":"2012-10-17","Statement":[]}');
    expect((await failure(client.send(new GetRepositoryPolicyCommand({ repositoryName: 'dev/api' })))).name).toBe('RepositoryPolicyNotFoundException');
    expect((await failure(client.send(new GetLifecyclePolicyCommand({ repositoryName: 'dev/api' })))).name).toBe('LifecyclePolicyNotFoundException');
    expect((await failure(client.send(new GetLifecyclePolicyCommand({ repositoryName: 'gone' })))).name).toBe('RepositoryNotFoundException');
  });

  it('BatchGetRepositoryScanningConfiguration folds registry rules and the legacy flag into the effective frequency', async () => {
    const out = await client.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: ['prod/api', 'dev/api', 'dev/tools', 'gone'] }));
    expect(out.scanningConfigurations?.map((c) => [c.repositoryName, c.scanFrequency])).toEqual([
      ['prod/api', 'SCAN_ON_PUSH'],
      ['dev/api', 'SCAN_ON_PUSH'],
      ['dev/tools', 'MANUAL'],
    ]);
    expect(out.failures).toEqual([{ repositoryName: 'gone', failureCode: 'REPOSITORY_NOT_FOUND', failureReason: 'REPOSITORY_NOT_FOUND' }]);
  });

  it.each([
    ['prod', 'team/prod-api', true],
    ['prod/*', 'prod/api', true],
    ['prod/*', 'team/prod/api', false],
    ['*', 'anything', true],
  ])('filter %s matches %s: %s', (filter, name, matches) => {
    expect(filterMatches(filter, name)).toBe(matches);
  });
});
