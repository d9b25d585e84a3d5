import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { SecretEntry } from '../../../../../sim/aws/services/secretsmanager.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as rotationEnabled } from '../../../../rules/aws/secretsmanager/rotation-enabled.js';
import { rule as unused } from '../../../../rules/aws/secretsmanager/unused-secret-removed.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from '../lambda/support/test-estate.js';
import { makeSecretsCollector, secretsCollector } from './secrets.js';

const estate = (secrets: SecretEntry[]) => regionalEstate('secretsmanager', { secrets });
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describe('aws.secretsmanager.secrets collector', () => {
  it('pages through ListSecrets with no call per secret', async () => {
    const sim = await startSimulator({ estate: estate(names('s', 11).map((Name) => ({ Name }))) });
    try {
      const out = await scanWith(sim, [makeSecretsCollector({ pageSize: 5 })]);
      expect(out.errors).toEqual([]);
      expect(out.assets.map((a) => a.name)).toEqual(names('s', 11));
      expect(sim.stats().byOperation).toMatchObject({ 'secretsmanager:ListSecrets': 3 });
      expect(Object.keys(sim.stats().byOperation).filter((op) => op.startsWith('secretsmanager:'))).toEqual(['secretsmanager:ListSecrets']);
    } finally {
      await sim.close();
    }
  });

  it('keeps the listing entry as the secret aspect, dates as dates, and leaves out secrets pending deletion', async () => {
    const out = await collectFrom(
      estate([
        { Name: 'prod/db', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, LastRotatedDate: daysAgo(3), LastAccessedDate: daysAgo(1), Tags: [{ Key: 'team', Value: 'payments' }] },
        { Name: 'old/api-key', CreatedDate: daysAgo(800), LastAccessedDate: daysAgo(200) },
        { Name: 'doomed', DeletedDate: daysAgo(2) },
      ]),
      secretsCollector,
    );
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name)).toEqual(['prod/db', 'old/api-key']);
    const db = byName(out.assets, 'prod/db');
    expect(db.id).toMatch(new RegExp(`^arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-[A-Za-z0-9]{6}$`));
    expect(db).toMatchObject({ type: 'AWS::SecretsManager::Secret', kind: 'secret', tags: { team: 'payments' } });
    expect((db.config.secret as { LastRotatedDate?: unknown }).LastRotatedDate).toBeInstanceOf(Date);

    const ctx = fixtureContext(out.assets);
    const old = byName(out.assets, 'old/api-key');
    expect([runRule(rotationEnabled, db, ctx).status, runRule(rotationEnabled, old, ctx).status]).toEqual(['pass', 'fail']);
    expect([runRule(unused, db, ctx).status, runRule(unused, old, ctx).status]).toEqual(['pass', 'fail']);
  });

  it('a denied ListSecrets yields nothing and names the failed call', async () => {
    const out = await collectFrom(estate([{ Name: 'prod/db' }]), secretsCollector, { faults: [{ effect: 'deny', service: 'secretsmanager', operation: 'ListSecrets' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'secretsmanager', operation: 'ListSecrets', code: 'AccessDeniedException' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.secretsmanager.secrets', ok: false })]);
  });
});
