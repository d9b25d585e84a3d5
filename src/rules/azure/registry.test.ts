import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../index.js';
import { azureRules } from './index.js';
import { CIS_AZURE } from './support/frameworks.js';

const DIR = import.meta.dirname;

/**
 * CIS Microsoft Azure Foundations Benchmark v4.0.0 recommendation ids the rules may cite (checked against
 * published v4.0.0 listings); a typo or a v3 number fails here.
 */
const CIS_V4_IDS = new Set([
  '2.1.1.2.1', '2.2.1.2', '6.3.3', '6.23', '7.1.1.1', '7.1.1.2', '7.1.1.3', '7.1.1.4', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8',
  '9.1.3.1', '9.1.4.1', '9.1.5.1', '9.1.6.1', '9.1.7.1', '9.1.7.2', '9.1.7.3', '9.1.7.4', '9.1.8.1', '9.1.9.1', '9.1.12', '9.1.13', '9.1.14',
  '9.3.1', '9.3.2', '9.3.3', '9.3.4', '9.3.5', '9.3.6', '9.3.7', '9.3.8', '9.3.9',
  '10.2.1', '10.2.2', '10.3.1.1', '10.3.1.2', '10.3.1.3', '10.3.2.1', '10.3.2.2', '10.3.2.3', '10.3.3.1', '10.3.4', '10.3.5', '10.3.6', '10.3.7', '10.3.8', '10.3.9', '10.3.12',
]);
const MCSB = /^(NS|IM|PA|DP|AM|LT|IR|PV|ES|BR|DS|GS)-\d+$/;

/** Rule modules: every .ts directly in a service folder except index and tests (helpers live in support/). */
function ruleFiles(): Array<{ service: string; file: string }> {
  return readdirSync(DIR)
    .filter((d) => d !== 'support' && statSync(join(DIR, d)).isDirectory())
    .flatMap((service) => readdirSync(join(DIR, service)).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts')).map((f) => ({ service, file: join(DIR, service, f) })));
}

describe('Azure rule registry', () => {
  it('has at least 50 rules, all registered in builtinRules', () => {
    expect(azureRules.length).toBeGreaterThanOrEqual(50);
    const all = new Set(builtinRules);
    expect(azureRules.filter((r) => !all.has(r)).map((r) => r.id)).toEqual([]);
  });

  it('registers every rule file under an id matching its folder and file name, with a test beside it', async () => {
    const registered = new Set(azureRules);
    for (const { service, file } of ruleFiles()) {
      const mod = (await import(file)) as { rule?: { id: string } };
      expect(mod.rule, `${file} exports no rule`).toBeDefined();
      expect(mod.rule!.id).toBe(`azure.${service}.${basename(file, '.ts')}`);
      expect(registered.has(mod.rule as never), `${mod.rule!.id} is not in azureRules`).toBe(true);
      expect(existsSync(file.replace(/\.ts$/, '.test.ts')), `${file} has no test`).toBe(true);
    }
    expect(ruleFiles().length).toBe(azureRules.length);
  });

  it.each(azureRules.map((r) => [r.id, r] as const))('%s maps to real framework ids and links learn.microsoft.com', (_id, r) => {
    expect(r.providers).toEqual(['azure']);
    expect(r.remediation.cli && r.remediation.terraform).toBeTruthy();
    expect(r.references.some((u) => u.startsWith('https://learn.microsoft.com/'))).toBe(true);
    for (const c of r.compliance) {
      if (c.framework === CIS_AZURE) expect(CIS_V4_IDS.has(c.control), `${c.control} is not a v4.0.0 id`).toBe(true);
      else if (c.framework === 'mcsb') expect(c.control).toMatch(MCSB);
      else expect(c.framework).toBe('nist-800-53-r5');
    }
  });
});
