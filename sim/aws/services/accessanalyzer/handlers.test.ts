import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import type { AccessAnalyzerSection } from '../accessanalyzer.js';

const section: AccessAnalyzerSection = { analyzers: [{ name: 'external' }, { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS' }, { name: 'org', type: 'ORGANIZATION', status: 'FAILED' }] };

describe('IAM Access Analyzer simulator', () => {
  let sim: Simulator;
  let client: AccessAnalyzerClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { 'access-analyzer': section } } }) });
    client = new AccessAnalyzerClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('ListAnalyzers fills ARN, type ACCOUNT and status ACTIVE, and pages with nextToken', async () => {
    const first = await client.send(new ListAnalyzersCommand({ maxResults: 2 }));
    expect(first.analyzers?.map((a) => a.name)).toEqual(['external', 'unused']);
    expect(first.analyzers?.[0]).toMatchObject({ arn: `arn:aws:access-analyzer:us-east-1:${MGMT}:analyzer/external`, type: 'ACCOUNT', status: 'ACTIVE' });
    const second = await client.send(new ListAnalyzersCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(second.analyzers?.map((a) => [a.name, a.status])).toEqual([['org', 'FAILED']]);
    expect(second.nextToken).toBeUndefined();
  });

  it('filters on type, and another region has none', async () => {
    expect((await client.send(new ListAnalyzersCommand({ type: 'ACCOUNT_UNUSED_ACCESS' }))).analyzers?.map((a) => a.name)).toEqual(['unused']);
    const eu = new AccessAnalyzerClient(sdkConfig(sim, 'eu-west-1'));
    expect((await eu.send(new ListAnalyzersCommand({}))).analyzers).toEqual([]);
  });

  it('an unknown type is a ValidationException', async () => {
    const e = await failure(client.send(new ListAnalyzersCommand({ type: 'EVERYTHING' as never })));
    expect(e.name).toBe('ValidationException');
  });
});
