import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import type { SecurityHubSection } from '../securityhub.js';

describe('Security Hub simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { securityhub: { hub: { AutoEnableControls: false } } satisfies SecurityHubSection } } }) });
  });
  afterAll(() => sim.close());

  it('DescribeHub answers the hub of a subscribed region', async () => {
    const out = await new SecurityHubClient(sdkConfig(sim)).send(new DescribeHubCommand({}));
    expect(out).toMatchObject({ HubArn: `arn:aws:securityhub:us-east-1:${MGMT}:hub/default`, AutoEnableControls: false, ControlFindingGenerator: 'SECURITY_CONTROL' });
  });

  it('a region not subscribed is InvalidAccessException (401) saying so', async () => {
    const e = await failure(new SecurityHubClient(sdkConfig(sim, 'eu-west-1')).send(new DescribeHubCommand({})));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['InvalidAccessException', 401]);
    expect(e.message).toBe(`Account ${MGMT} is not subscribed to AWS Security Hub`);
  });

  it("another account's hub ARN is ResourceNotFoundException", async () => {
    const e = await failure(new SecurityHubClient(sdkConfig(sim)).send(new DescribeHubCommand({ HubArn: 'arn:aws:securityhub:us-east-1:999999999999:hub/default' })));
    expect(e.name).toBe('ResourceNotFoundException');
  });
});
