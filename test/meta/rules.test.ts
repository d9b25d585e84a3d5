import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/verdict.js';
import { builtinRules } from '../../src/rules/index.js';

const RULES_ROOT = join(import.meta.dirname, '..', '..', 'src', 'rules');
/** Rule families: a folder under src/rules each, ids `<family>.<service>.<file name>`. */
const FAMILIES = ['aws', 'azure', 'gcp', 'baseline'].filter((f) => existsSync(join(RULES_ROOT, f)));

/** Rule files: every .ts in a service folder except index, tests and the support/ helpers. */
function ruleFiles(): Array<{ family: string; service: string; file: string }> {
  const out: Array<{ family: string; service: string; file: string }> = [];
  for (const family of FAMILIES) {
    for (const service of readdirSync(join(RULES_ROOT, family))) {
      const dir = join(RULES_ROOT, family, service);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir)) {
        if (!f.endsWith('.ts') || f === 'index.ts' || f.endsWith('.test.ts')) continue;
        const full = join(dir, f);
        if (statSync(full).isDirectory()) continue;
        out.push({ family, service, file: full });
      }
    }
  }
  return out;
}

describe('built-in rule registry', () => {
  it('has at least 60 AWS rules', () => {
    expect(builtinRules.filter((r) => r.providers.includes('aws')).length).toBeGreaterThanOrEqual(60);
  });

  it('has at least 50 Azure and 50 GCP rules for the CIS foundations benchmarks, and 25 baseline rules on all three clouds', () => {
    const cis = (framework: string) => builtinRules.filter((r) => r.compliance.some((c) => c.framework === framework));
    expect(cis('cis-azure-foundations-v4.0.0').filter((r) => r.id.startsWith('azure.')).length).toBeGreaterThanOrEqual(50);
    expect(cis('cis-gcp-foundations-v4.0.0').filter((r) => r.id.startsWith('gcp.')).length).toBeGreaterThanOrEqual(50);
    const baseline = builtinRules.filter((r) => r.id.startsWith('baseline.'));
    expect(baseline.length).toBeGreaterThanOrEqual(25);
    for (const r of baseline) expect(r.providers, r.id).toEqual(expect.arrayContaining(['aws', 'azure', 'gcp']));
  });

  it('has unique ids', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('registers every rule file, under an id matching its folder and file name', async () => {
    const registered = new Set(builtinRules);
    for (const { family, service, file } of ruleFiles()) {
      const mod = (await import(file)) as { rule?: { id: string } };
      if (!mod.rule) continue; // shared helpers that are not rules (e.g. pattern matchers) export no `rule`
      expect(mod.rule.id, file).toBe(`${family}.${service}.${basename(file, '.ts')}`);
      expect(registered.has(mod.rule as never), `${mod.rule.id} is not in the registry`).toBe(true);
    }
  });

  it.each(builtinRules.map((r) => [r.id, r] as const))('%s has complete metadata', (_id, r) => {
    expect(r.title.length).toBeGreaterThan(10);
    expect(SEVERITIES).toContain(r.severity);
    expect(r.rationale.length).toBeGreaterThan(20);
    expect(r.remediation.steps.length).toBeGreaterThan(0);
    expect(r.remediation.cli ?? r.remediation.terraform).toBeTruthy();
    expect(r.references.length).toBeGreaterThan(0);
    for (const u of r.references) expect(u).toMatch(/^https:\/\//);
    expect(r.compliance.length).toBeGreaterThan(0);
    expect((r.types?.length ?? 0) + (r.kinds?.length ?? 0)).toBeGreaterThan(0);
    expect(r.version).toBeGreaterThanOrEqual(1);
  });

  it('every rule file has a test beside it', () => {
    const missing = ruleFiles()
      .filter(({ file }) => !basename(file).startsWith('_'))
      .filter(({ file }) => {
        try {
          statSync(file.replace(/\.ts$/, '.test.ts'));
          return false;
        } catch {
          return true;
        }
      })
      .map(({ file }) => file);
    // Helper modules without a `rule` export are exempt; they are tested through the rules using them.
    expect(missing.filter((f) => builtinRules.some((r) => r.id.endsWith(`.${basename(f, '.ts')}`)))).toEqual([]);
  });
});
