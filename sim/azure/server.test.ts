import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEstate, DEMO_PROD } from '../../test/support/azure.js';
import { startAzureSimulator, type AzureSimulator } from './server.js';

let sim: AzureSimulator;
let token: string;

function request(path: string, opts: { method?: string; body?: string; auth?: string | null } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, sim.endpoint);
    const headers: Record<string, string> = {};
    if (opts.body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const auth = opts.auth === undefined ? `Bearer ${token}` : opts.auth;
    if (auth) headers.authorization = auth;
    const req = https.request(url, { method: opts.method ?? 'GET', ca: sim.ca, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const form = (secret: string) => new URLSearchParams({ grant_type: 'client_credentials', client_id: sim.clientId, client_secret: secret, scope: `${sim.endpoint}/.default` }).toString();

beforeAll(async () => {
  const estate = await demoEstate();
  sim = await startAzureSimulator({ estate: { ...estate, settings: { rateLimits: true } } });
  const t = await request(`/${sim.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form(sim.clientSecret), auth: null });
  token = t.body.access_token as string;
});
afterAll(() => sim.close());

describe('Azure simulator over HTTPS', () => {
  it('serves the token endpoint and OpenID configuration; a wrong secret is invalid_client', async () => {
    expect(token).toMatch(/^[\w-]{20,}$/);
    const conf = await request(`/${sim.tenantId}/v2.0/.well-known/openid-configuration`, { auth: null });
    expect(conf.body.token_endpoint).toBe(`${sim.endpoint}/${sim.tenantId}/oauth2/v2.0/token`);
    const bad = await request(`/${sim.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form('wrong'), auth: null });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(bad.body.error_description).toMatch(/^AADSTS7000215: Invalid client secret/);
  });

  it('requires a bearer token it issued', async () => {
    const none = await request(`/subscriptions?api-version=2022-12-01`, { auth: null });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('AuthenticationFailed');
    const forged = await request(`/subscriptions?api-version=2022-12-01`, { auth: 'Bearer forged' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers ARM errors: missing api-version, unknown subscription, unknown resource, unknown route', async () => {
    const noVersion = await request(`/subscriptions/${DEMO_PROD}/providers/Microsoft.Storage/storageAccounts`);
    expect(noVersion).toMatchObject({ status: 400, body: { error: { code: 'MissingApiVersionParameter' } } });
    const noSub = await request(`/subscriptions/5b1f0000-0000-4000-8000-0000000000aa/providers/Microsoft.Storage/storageAccounts?api-version=2025-08-01`);
    expect(noSub).toMatchObject({ status: 404, body: { error: { code: 'SubscriptionNotFound' } } });
    const noAccount = await request(`/subscriptions/${DEMO_PROD}/resourceGroups/rg-demo-web/providers/Microsoft.Storage/storageAccounts/nope/blobServices/default?api-version=2025-08-01`);
    expect(noAccount).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
    const noRoute = await request(`/subscriptions/${DEMO_PROD}/providers/Microsoft.Nope/things?api-version=1`);
    expect(noRoute.status).toBe(404);
    expect(noRoute.body.error.code).toBe('NotFound');
  });

  it('matches paths case-insensitively and reports the remaining reads', async () => {
    const r = await request(`/SUBSCRIPTIONS/${DEMO_PROD}/providers/microsoft.storage/STORAGEACCOUNTS?api-version=2025-08-01`);
    expect(r.status).toBe(200);
    expect(r.body.value.map((a: { name: string }) => a.name).sort()).toEqual(['stparapetsecure', 'stparapetweb']);
    expect(Number(r.headers['x-ms-ratelimit-remaining-subscription-reads'])).toBeGreaterThan(200);
  });

  it('a throttle fault answers 429 SubscriptionRequestsThrottled with Retry-After, counted in stats', async () => {
    sim.resetStats();
    sim.setFaults([{ effect: 'throttle', service: 'compute', times: 1 }]);
    const path = `/subscriptions/${DEMO_PROD}/providers/Microsoft.Compute/disks?api-version=2024-03-02`;
    const first = await request(path);
    expect(first.status).toBe(429);
    expect(first.body.error.code).toBe('SubscriptionRequestsThrottled');
    expect(Number(first.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await request(path)).status).toBe(200);
    expect(sim.stats()).toMatchObject({ calls: 2, throttled: 1, byOperation: { 'Microsoft.Compute/disks.list': 2 } });
    sim.setFaults([]);
  });
});
