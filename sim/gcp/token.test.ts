import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGcpAuth } from '../../src/providers/gcp/runtime/auth.js';
import { startGcpSimulator, type GcpSimulator } from './server.js';

const estate = { accounts: [], gcp: { projects: [{ projectId: 'token-project', projectNumber: '400000000077', resources: { buckets: [{ name: 'b1', location: 'US' }] } }] } };

describe('GCP simulator token endpoint (JWT bearer grant)', () => {
  let sim: GcpSimulator;
  beforeAll(async () => {
    sim = await startGcpSimulator({ estate });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('issues an access token to google-auth-library for a key signed with the right key, and the APIs accept it', async () => {
    const { client, principal } = await createGcpAuth({ keyFile: sim.keyFile });
    expect(principal).toBe(sim.keyFile.client_email);
    expect(sim.keyFile.token_uri).toBe(sim.tokenUri);
    const { token } = await client.getAccessToken();
    expect(token).toMatch(/^ya29\.sim-/);
    const res = await fetch(`${sim.rootUrl('storage')}storage/v1/b?project=token-project`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: Array<{ name: string }> }).items.map((b) => b.name)).toEqual(['b1']);
    expect(sim.stats().tokensIssued).toBe(1);
  });

  it('ADC through GOOGLE_APPLICATION_CREDENTIALS (the simulator env) also uses the key token_uri', async () => {
    const before = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = sim.env.GOOGLE_APPLICATION_CREDENTIALS;
    try {
      const { client, principal } = await createGcpAuth({});
      expect(principal).toBe(sim.keyFile.client_email);
      expect((await client.getAccessToken()).token).toMatch(/^ya29\.sim-/);
    } finally {
      if (before === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = before;
    }
  });

  it('rejects an assertion signed with another key with invalid_grant', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const { client } = await createGcpAuth({ keyFile: { ...sim.keyFile, private_key: other } });
    await expect(client.getAccessToken()).rejects.toThrow(/invalid_grant.*Invalid JWT Signature/);
  });

  it('rejects an unknown service account', async () => {
    const { client } = await createGcpAuth({ keyFile: { ...sim.keyFile, client_email: 'nobody@elsewhere.iam.gserviceaccount.com' } });
    await expect(client.getAccessToken()).rejects.toThrow(/invalid_grant/);
  });

  it('answers 401 UNAUTHENTICATED without a valid bearer token', async () => {
    for (const headers of [{}, { authorization: 'Bearer ya29.made-up' }] as Array<Record<string, string>>) {
      const res = await fetch(`${sim.rootUrl('storage')}storage/v1/b?project=token-project`, { headers });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { status: string; errors: Array<{ reason: string }> } }).error).toMatchObject({ status: 'UNAUTHENTICATED', errors: [{ reason: 'authError' }] });
    }
  });

  it('answers an unknown route with a Google 404, not a hang', async () => {
    const { client } = await createGcpAuth({ keyFile: sim.keyFile });
    const { token } = await client.getAccessToken();
    for (const path of ['storage/v1/nothing-here', 'noapi/v1/x', 'compute/compute/v1/projects/token-project/global/nope']) {
      const res = await fetch(`${sim.endpoint}/${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(2000) });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { status: string; errors: Array<{ reason: string }> } }).error).toMatchObject({ code: 404, status: 'NOT_FOUND', errors: [{ reason: 'notFound' }] });
    }
  });
});
