import { join } from 'node:path';
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
