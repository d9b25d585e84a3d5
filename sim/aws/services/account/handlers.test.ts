import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MEMBER, sdkConfig, tinyEstate } from '../../test-helpers.js';
import type { AccountSection } from '../account.js';

const SOC = { Name: 'SOC', Title: 'On call', EmailAddress: 'soc@example.com', PhoneNumber: '+1 206 555 0199' };

describe('Account Management simulator', () => {
  let sim: Simulator;
  let client: AccountClient;
  beforeAll(async () => {
    const estate = tinyEstate({ global: { account: { alternateContacts: { SECURITY: SOC } } satisfies AccountSection } });
    estate.accounts[1]!.global.account = { alternateContacts: { BILLING: SOC } } satisfies AccountSection;
    sim = await startSimulator({ estate });
    client = new AccountClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('GetAlternateContact returns the contact with its type', async () => {
    const out = await client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }));
    expect(out.AlternateContact).toEqual({ ...SOC, AlternateContactType: 'SECURITY' });
  });

  it('a contact type never set is ResourceNotFoundException (404)', async () => {
    const e = await failure(client.send(new GetAlternateContactCommand({ AlternateContactType: 'OPERATIONS' })));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['ResourceNotFoundException', 404]);
  });

  it('the management account may read a member by AccountId; an unknown account is denied', async () => {
    const member = await client.send(new GetAlternateContactCommand({ AlternateContactType: 'BILLING', AccountId: MEMBER }));
    expect(member.AlternateContact?.EmailAddress).toBe('soc@example.com');
    const e = await failure(client.send(new GetAlternateContactCommand({ AlternateContactType: 'BILLING', AccountId: '999999999999' })));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['AccessDeniedException', 403]);
  });
});
