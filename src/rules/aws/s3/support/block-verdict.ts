import { fail, pass } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';
import { BLOCK_SETTINGS, type BlockConfig } from '../../../../analysis/aws/s3/block-settings.js';

/** Pass when all four Block Public Access settings are on; fail naming each one that is off or unset. */
export function allFourSettingsVerdict(config: BlockConfig | null, where: string, pathPrefix: string): Verdict {
  const evidence = BLOCK_SETTINGS.map((s) => ({ path: `${pathPrefix}.${s}`, observed: config ? (config[s] ?? null) : null, expected: true }));
  if (!config) return fail(`No Block Public Access configuration is set for the ${where}`, [{ path: pathPrefix, observed: null, expected: 'all four settings true' }]);
  const off = BLOCK_SETTINGS.filter((s) => config[s] !== true);
  if (off.length) return fail(`Block Public Access for the ${where} leaves ${off.join(', ')} off`, evidence);
  return pass(`All four Block Public Access settings are on for the ${where}`, evidence);
}
