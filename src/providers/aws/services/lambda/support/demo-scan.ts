/**
 * Scans one demo estate fragment (sim/estates/demo/<file>) for one account and region through the real
 * collectors and returns the verdict of a rule on a named asset: the helper behind the demo-estate tests
 * of Lambda, EKS, ELBv2, Secrets Manager and ECR.
 */
import { loadEstate } from '../../../../../../sim/aws/estate-loader.js';
import { startSimulator } from '../../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../../test/support/assets.js';
import { scanWith } from '../../../../../../test/support/aws.js';
import type { Asset } from '../../../../../core/asset.js';
import { runRule, type Rule } from '../../../../../core/rule.js';
import type { AwsCollector } from '../../../collector.js';

export const DEMO_DAY = '2026-11-29T12:00:00.000Z';

export interface DemoScan {
  assets: Asset[];
  /** Status of rule `id` (`aws.<svc>.<id>` suffix) on the asset named `name`. */
  verdict(id: string, name: string): string;
}

export async function scanDemo(fragment: string, collectors: AwsCollector[], rules: Rule[], account: string, region: string): Promise<DemoScan> {
  const estate = await loadEstate(`sim/estates/demo/${fragment}`);
  estate.organization = { id: 'o-pdemo00001', managementAccountId: '111111111111' };
  const sim = await startSimulator({ estate });
  try {
    const { assets } = await scanWith(sim, collectors, { account, region });
    // The demo's dates are written relative to DEMO_DAY; judging as of that day keeps these tests stable
    // as the calendar moves on (rules measure ages and support windows from observedAt).
    for (const a of assets) a.observedAt = DEMO_DAY;
    const ctx = fixtureContext(assets);
    return {
      assets,
      verdict(id, name) {
        const rule = rules.find((r) => r.id.endsWith(`.${id}`));
        const asset = assets.find((a) => a.name === name);
        if (!rule || !asset) throw new Error(`no rule ${id} or no asset ${name} (have ${assets.map((a) => a.name).join(', ')})`);
        return runRule(rule, asset, ctx).status;
      },
    };
  } finally {
    await sim.close();
  }
}

/** Every [rule, asset, expected status] row checked at once, so a failure lists all the differences. */
export function mismatches(scan: DemoScan, rows: Array<[string, string, string]>): string[] {
  return rows.filter(([rule, name, want]) => scan.verdict(rule, name) !== want).map(([rule, name, want]) => `${rule} on ${name}: ${scan.verdict(rule, name)}, expected ${want}`);
}
