import type { Provider } from '../core/asset.js';
import { controlRules, type Control, type Framework } from '../core/framework.js';

/** The controls an export covers, the rules they map, and which of them a record evidences. */
export interface ExportScope {
  controls: Control[];
  /** Every rule id mapped by those controls (any provider): what the store is asked for. */
  ruleIds: string[];
  /** Controls a record of this provider and rule evidences (a control maps rules per provider). */
  controlsOf(provider: Provider, ruleId: string): string[];
}

/** The framework's controls (or the one named), with their rule mapping. Throws naming the choices for an unknown control. */
export function exportScope(framework: Framework, control?: string): ExportScope {
  let controls = framework.controls;
  if (control !== undefined) {
    const found = framework.controls.find((c) => c.id === control);
    if (!found) {
      const ids = framework.controls.map((c) => c.id);
      const shown = ids.length > 20 ? `${ids.slice(0, 20).join(', ')}, …` : ids.join(', ');
      throw new Error(`framework ${framework.id} has no control '${control}' (controls: ${shown})`);
    }
    controls = [found];
  }
  const byKey = new Map<string, string[]>();
  const ruleIds = new Set<string>();
  for (const c of controls) {
    for (const provider of Object.keys(c.rules ?? {}) as Provider[]) {
      for (const id of controlRules(c, [provider])) {
        ruleIds.add(id);
        const list = byKey.get(`${provider}|${id}`) ?? [];
        list.push(c.id);
        byKey.set(`${provider}|${id}`, list);
      }
    }
  }
  return { controls, ruleIds: [...ruleIds], controlsOf: (provider, ruleId) => byKey.get(`${provider}|${ruleId}`) ?? [] };
}
