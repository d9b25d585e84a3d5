import type { Rule } from '../../../core/rule.js';
import { fail, pass, unknown } from '../../../core/rule.js';
import { cis, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

const MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;

export const rule: Rule = {
  id: 'azure.storage.access-keys-rotated',
  title: 'Storage account access keys were regenerated in the last 90 days',
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Access keys grant full control of the data and do not expire; regenerating them regularly limits how long a leaked key stays useful.',
  remediation: {
    steps: ['Point applications at the secondary key (or better, move them to Microsoft Entra ID).', 'Regenerate key1, switch applications back to it, then regenerate key2.', 'Set a rotation reminder so this is repeated.'],
    cli: 'az storage account keys renew --account-name <account> --resource-group <rg> --key primary',
    terraform: '# Keys are rotated outside Terraform: az storage account keys renew --key primary|secondary',
  },
  references: [`${STORAGE_REFS.keys}#manually-rotate-access-keys`],
  compliance: [cis('10.3.1.2'), nist('IA-5')],
  version: 1,
  evaluate(asset) {
    const times = accountOf(asset).keyCreationTime as { key1?: string | Date | null; key2?: string | Date | null } | undefined;
    // A configuration (Terraform, a template) cannot say when keys were made: that exists only once the account does.
    if (times === undefined && asset.source.type === 'iac') return unknown('Access key creation times exist only once the account is created; a configuration cannot tell them', [{ path: 'config.account.keyCreationTime', observed: null, expected: `within ${MAX_AGE_DAYS} days of ${asset.observedAt}` }]);
    // Age is measured at observation time so a stored scan re-evaluates the same way.
    const now = Date.parse(asset.observedAt);
    const ages = (['key1', 'key2'] as const).map((k) => {
      const t = times?.[k];
      return { key: k, created: t ? new Date(t).toISOString() : null, days: t ? Math.floor((now - new Date(t).getTime()) / DAY_MS) : null };
    });
    const evidence = ages.map((a) => ({ path: `config.account.keyCreationTime.${a.key}`, observed: a.created, expected: `within ${MAX_AGE_DAYS} days of ${asset.observedAt}` }));
    // Azure records no creation time for keys that were never regenerated since it began tracking them.
    const stale = ages.filter((a) => a.days === null || a.days > MAX_AGE_DAYS);
    if (!stale.length) return pass(`Both keys are at most ${Math.max(...ages.map((a) => a.days ?? 0))} days old`, evidence);
    return fail(stale.map((a) => (a.days === null ? `${a.key} has no recorded creation time (never regenerated)` : `${a.key} is ${a.days} days old`)).join('; '), evidence);
  },
};
