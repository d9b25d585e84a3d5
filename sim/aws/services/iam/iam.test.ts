import {
  GenerateCredentialReportCommand, GetAccessKeyLastUsedCommand, GetAccountAuthorizationDetailsCommand, GetCredentialReportCommand, GetLoginProfileCommand,
  IAMClient, ListAccessKeysCommand, ListMFADevicesCommand, ListUsersCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import type { IamSection } from './section.js';

const iam: IamSection = {
  users: [
    { UserName: 'alice', LoginProfile: { CreateDate: '2025-01-01T00:00:00Z' }, MFADevices: [{ Type: 'hardware', EnableDate: '2025-01-01T00:00:00Z' }], AccessKeys: [{ AccessKeyId: 'AKIAALICE00000000001', CreateDate: '2026-01-01T00:00:00Z' }] },
    ...Array.from({ length: 150 }, (_, i) => ({ UserName: `u${i}` })),
  ],
};

describe('IAM simulator', () => {
  let sim: Simulator;
  let client: IAMClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate({ global: { iam } }) });
    client = new IAMClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('pages with IsTruncated / Marker at the default 100 items', async () => {
    const first = await client.send(new ListUsersCommand({}));
    expect(first.Users).toHaveLength(100);
    expect(first.IsTruncated).toBe(true);
    const second = await client.send(new ListUsersCommand({ Marker: first.Marker }));
    expect(second.Users).toHaveLength(51);
    expect(second.IsTruncated).toBe(false);
    expect(second.Users?.[50]?.Arn).toBe(`arn:aws:iam::${MGMT}:user/u149`);
  });

  it('rejects MaxItems above 1000 as IAM does', async () => {
    expect((await failure(client.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1001 })))).Code).toBe('ValidationError');
  });

  it('serves per-user credentials with IAM error codes', async () => {
    expect((await client.send(new ListAccessKeysCommand({ UserName: 'alice' }))).AccessKeyMetadata).toEqual([expect.objectContaining({ AccessKeyId: 'AKIAALICE00000000001', Status: 'Active' })]);
    expect((await client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIAALICE00000000001' }))).AccessKeyLastUsed).toMatchObject({ ServiceName: 'N/A', Region: 'N/A' });
    expect((await client.send(new ListMFADevicesCommand({ UserName: 'alice' }))).MFADevices?.[0]?.SerialNumber).toMatch(/^GAHT\d+$/);
    expect((await client.send(new GetLoginProfileCommand({ UserName: 'alice' }))).LoginProfile?.UserName).toBe('alice');
    const noProfile = await failure(client.send(new GetLoginProfileCommand({ UserName: 'u1' })));
    expect([noProfile.Code, noProfile.$metadata.httpStatusCode]).toEqual(['NoSuchEntity', 404]);
    expect((await failure(client.send(new ListAccessKeysCommand({ UserName: 'nobody' })))).Code).toBe('NoSuchEntity');
  });

  it('walks the credential report through not present, in progress and complete', async () => {
    const absent = await failure(client.send(new GetCredentialReportCommand({})));
    expect([absent.Code, absent.$metadata.httpStatusCode]).toEqual(['ReportNotPresent', 410]);
    expect((await client.send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED');
    const pending = await failure(client.send(new GetCredentialReportCommand({})));
    expect([pending.Code, pending.$metadata.httpStatusCode]).toEqual(['ReportInProgress', 404]);
    expect((await client.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE');
    // A fresh report is reused rather than regenerated.
    expect((await client.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE');
    const report = await client.send(new GetCredentialReportCommand({}));
    const lines = Buffer.from(report.Content!).toString('utf8').split('\n');
    expect(lines[0]?.split(',')).toHaveLength(22);
    expect(lines[1]).toMatch(/^<root_account>,arn:aws:iam::111111111111:root,/);
    expect(lines[2]).toMatch(/^alice,arn:aws:iam::111111111111:user\/alice,[^,]+,true,no_information,2025-01-01T00:00:00\+00:00,N\/A,true,true,2026-01-01T00:00:00\+00:00,N\/A,/);
    expect(lines).toHaveLength(2 + 151);
  });
});
