import { join } from 'node:path';
import type { Provider } from '../core/asset.js';
import type { Framework } from '../core/framework.js';
import type { ComplianceRef } from '../core/rule.js';
import { packageRoot } from '../package-root.js';
import { controlRules } from '../core/framework.js';
import { loadFrameworkDir } from './load.js';

export const FRAMEWORK_DIR = (): string => join(packageRoot(), 'frameworks');

let cached: Framework[] | undefined;

/** The shipped frameworks (`frameworks/*.yaml`), loaded and validated once. */
export function builtinFrameworks(): Framework[] {
  cached ??= loadFrameworkDir(FRAMEWORK_DIR());
  return cached;
}

/** A framework by id, or by a unique prefix (`pci` → `pci-dss-v4.0.1`); throws naming the choices. */
export function findFramework(frameworks: Framework[], wanted: string): Framework {
  const exact = frameworks.find((f) => f.id === wanted);
  if (exact) return exact;
  const matches = frameworks.filter((f) => f.id.startsWith(wanted));
  if (matches.length === 1) return matches[0]!;
  const ids = frameworks.map((f) => f.id).join(', ');
  throw new Error(matches.length ? `framework '${wanted}' is ambiguous: ${matches.map((f) => f.id).join(', ')}` : `unknown framework '${wanted}' (one of: ${ids})`);
}

/** Every (framework, control) that maps a rule, by rule id: the compliance refs findings carry. */
export function complianceIndex(frameworks: Framework[]): Map<string, ComplianceRef[]> {
  const index = new Map<string, ComplianceRef[]>();
  for (const fw of frameworks) {
    for (const c of fw.controls) {
      for (const ruleId of controlRules(c)) {
        const list = index.get(ruleId) ?? [];
        list.push({ framework: fw.id, control: c.id });
        index.set(ruleId, list);
      }
    }
  }
  return index;
}

/**
 * The frameworks with every rule's own compliance refs added to the controls they name, for the rule's
 * providers: how a custom rule's `compliance:` mapping takes part in control status and framework scores.
 * A rule a control maps already keeps the framework file's providers (built-in rules' refs come from the files,
 * so passing them changes nothing). Returns the
 * same objects when nothing is added.
 */
export function withRuleMappings(frameworks: Framework[], rules: ReadonlyArray<{ id: string; providers: readonly Provider[]; compliance?: readonly ComplianceRef[] }>): Framework[] {
  const adds = new Map<string, Array<{ ruleId: string; providers: readonly Provider[] }>>();
  for (const r of rules) {
    for (const ref of r.compliance ?? []) {
      const key = `${ref.framework}\n${ref.control}`;
      const list = adds.get(key) ?? [];
      list.push({ ruleId: r.id, providers: r.providers });
      adds.set(key, list);
    }
  }
  if (adds.size === 0) return frameworks;
  return frameworks.map((fw) => {
    let changed = false;
    const controls = fw.controls.map((c) => {
      const extra = adds.get(`${fw.id}\n${c.id}`);
      if (!extra) return c;
      const mapped: Partial<Record<Provider, string[]>> = { ...(c.rules ?? {}) };
      const already = new Set(controlRules(c));
      let added = false;
      for (const { ruleId, providers } of extra) {
        // A rule the control maps already (the framework file's choice of providers) stays as it is.
        if (already.has(ruleId)) continue;
        for (const p of providers) {
          const ids = mapped[p] ?? [];
          if (ids.includes(ruleId)) continue;
          mapped[p] = [...ids, ruleId];
          added = true;
        }
      }
      if (!added) return c;
      changed = true;
      return { ...c, rules: mapped };
    });
    return changed ? { ...fw, controls } : fw;
  });
}
