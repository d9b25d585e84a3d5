import { controlRules, type Control } from '../../core/framework.js';
import type { Store } from '../../store/store.js';
import { clean, cut } from '../../report/text.js';

/** The evidence records behind one control's status in a scan: the answer to "on which evidence?". */
export async function evidenceLines(store: Store, scanId: string, control: Control, max = 200): Promise<string[]> {
  const ruleIds = controlRules(control);
  if (ruleIds.length === 0) return ['No rule evaluates this control: its evidence is the auditor\'s manual check.\n'];
  const lines: string[] = [];
  let n = 0;
  for await (const r of store.evidence({ scanId, ruleIds })) {
    // A rule counts for the control only on the clouds the control maps it for.
    if (!controlRules(control, [r.provider]).includes(r.ruleId)) continue;
    n++;
    if (n <= max) lines.push(`  #${r.seq} ${r.at} ${r.status.padEnd(7)} ${r.ruleId} v${r.ruleVersion} ${cut(clean(r.assetId), 70)} sha256:${r.hash.slice(0, 16)}… [${r.sources.join(', ')}]\n`);
  }
  if (n > max) lines.push(`  … and ${n - max} more records (parapet evidence export)\n`);
  return [`Evidence records of scan ${scanId} (${n}):\n`, ...lines];
}
