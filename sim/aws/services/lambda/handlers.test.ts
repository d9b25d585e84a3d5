import { GetFunctionUrlConfigCommand, GetPolicyCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, sdkConfig } from '../../test-helpers.js';
import type { LambdaSection } from '../lambda.js';

const section: LambdaSection = {
  functions: [
    ...Array.from({ length: 60 }, (_, i) => ({ FunctionName: `fn-${i}` })),
    { FunctionName: 'web', Url: { AuthType: 'NONE' }, Policy: [{ Sid: 'url', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl' }] },
  ],
};

describe('Lambda simulator', () => {
  let sim: Simulator;
  let client: LambdaClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: { accounts: [{ id: '111111111111', name: 't', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { lambda: section } } }] } });
    client = new LambdaClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('ListFunctions returns 50 functions a page at most, with AWS defaults filled', async () => {
    const first = await client.send(new ListFunctionsCommand({ MaxItems: 1000 }));
    expect(first.Functions).toHaveLength(50);
    expect(first.Functions?.[0]).toMatchObject({ FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:fn-0', Version: '$LATEST', PackageType: 'Zip', TracingConfig: { Mode: 'PassThrough' } });
    const second = await client.send(new ListFunctionsCommand({ Marker: first.NextMarker }));
    expect(second.Functions).toHaveLength(11);
    expect(second.NextMarker).toBeUndefined();
  });

  it('GetPolicy answers the document scoped to the function, or ResourceNotFoundException', async () => {
    const out = await client.send(new GetPolicyCommand({ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:web' }));
    expect(JSON.parse(out.Policy!)).toEqual({ Version: '2012-10-17', Id: 'default', Statement: [{ Resource: 'arn:aws:lambda:us-east-1:111111111111:function:web', Sid: 'url', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl' }] });
    const none = await failure(client.send(new GetPolicyCommand({ FunctionName: 'fn-1' })));
    expect([none.name, none.$metadata.httpStatusCode]).toEqual(['ResourceNotFoundException', 404]);
    const missing = await failure(client.send(new GetPolicyCommand({ FunctionName: 'nope' })));
    expect(missing.message).toContain('Function not found');
  });

  it('GetFunctionUrlConfig answers the URL or ResourceNotFoundException', async () => {
    expect(await client.send(new GetFunctionUrlConfigCommand({ FunctionName: 'web' }))).toMatchObject({ AuthType: 'NONE', FunctionUrl: expect.stringMatching(/^https:\/\/[0-9a-f]{32}\.lambda-url\.us-east-1\.on\.aws\/$/) });
    expect((await failure(client.send(new GetFunctionUrlConfigCommand({ FunctionName: 'fn-2' })))).name).toBe('ResourceNotFoundException');
  });
});
