/**
 * Scans part of the demo estate for the demo tests of the RDS, KMS, CloudTrail, Config and GuardDuty
 * collectors (test-only). Only the fragments named are loaded, so other services' fragments (work in
 * progress elsewhere) cannot break these tests.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Asset } from '../../../../core/asset.js';
import type { RuleContext } from '../../../../core/rule.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { scanWith } from '../../../../../test/support/aws.js';
import type { AwsCollector } from '../../collector.js';

export interface DemoScan {
  assets: Asset[];
  errors: Awaited<ReturnType<typeof scanWith>>['errors'];
  ctx: RuleContext;
  byName(type: string, name: string): Asset;
  account(id: string): Asset;
  region(id: string, region: string): Asset;
}

/** Runs `collectors` on every (account, region) of the demo organization and returns what they found. */
export async function scanDemo(fragments: string[], collectors: AwsCollector[]): Promise<DemoScan> {
  const dir = await mkdtemp(join(tmpdir(), 'parapet-demo-'));
  try {
    for (const f of ['_organization.yaml', ...fragments]) await copyFile(join('sim/estates/demo', f), join(dir, f));
    const estate = await loadEstate(dir);
    estate.settings = { ...estate.settings, rateLimits: false };
    const sim = await startSimulator({ estate });
    const assets: Asset[] = [];
    const errors: DemoScan['errors'] = [];
    try {
      for (const a of estate.accounts)
        for (const region of a.regions) {
          const out = await scanWith(sim, collectors, { account: a.id, region });
          // Global collectors (S3) run once per account: keep their first copy only.
          assets.push(...out.assets.filter((x) => !assets.some((y) => y.id === x.id && y.account === x.account)));
          errors.push(...out.errors);
        }
    } finally {
      await sim.close();
    }
    return {
      assets,
      errors,
      ctx: fixtureContext(assets),
      byName: (type, name) => {
        const found = assets.find((a) => a.type === type && a.name === name);
        if (!found) throw new Error(`no ${type} named ${name} in the demo scan`);
        return found;
      },
      account: (id) => pseudo(id, 'global', 'AWS::::Account', `arn:aws:::account/${id}`, { regions: estate.accounts.find((a) => a.id === id)?.regions ?? [] }),
      region: (id, region) => pseudo(id, region, 'AWS::::Region', `arn:aws:::account/${id}/region/${region}`, { optInStatus: 'opt-in-not-required' }),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The account and region assets the scan driver emits (scanWith leaves them out). */
function pseudo(account: string, region: string, type: string, id: string, config: Record<string, unknown>): Asset {
  return { id, provider: 'aws', account, region, type, kind: type === 'AWS::::Account' ? 'account' : 'account.region', name: id, tags: {}, facets: {}, config, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00.000Z' };
}
