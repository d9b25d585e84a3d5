import type { iam_v1 } from 'googleapis/build/src/apis/iam/v1.js';
import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const MAX_KEY_AGE_DAYS = 90;
const DAY_MS = 86_400_000;

export const rule: Rule = {
  id: 'gcp.iam.service-account-keys-rotated',
  title: `User-managed service account keys are at most ${MAX_KEY_AGE_DAYS} days old`,
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.serviceAccount],
  rationale:
    'User-managed keys stay valid for years unless someone replaces them. Rotating them limits how long a key that leaked ' +
    'without anyone noticing remains usable.',
  remediation: {
    steps: [
      'Create a new key for the service account and roll it out to its consumers.',
      `Delete keys whose validAfterTime is more than ${MAX_KEY_AGE_DAYS} days ago.`,
      'Prefer removing user-managed keys altogether (attached service accounts, Workload Identity Federation).',
    ],
    cli: 'gcloud iam service-accounts keys create new-key.json --iam-account=<SA_EMAIL>\ngcloud iam service-accounts keys delete <OLD_KEY_ID> --iam-account=<SA_EMAIL>',
    terraform: '# Rotate with a time-based trigger:\nresource "time_rotating" "sa_key" {\n  rotation_days = 90\n}\nresource "google_service_account_key" "this" {\n  service_account_id = google_service_account.app.name\n  keepers            = { rotation = time_rotating.sa_key.rotation_rfc3339 }\n}',
  },
  references: ['https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys', 'https://cloud.google.com/iam/docs/keys-create-delete'],
  compliance: mappings('1.7', ['IA-5', 'IA-5(1)']),
  version: 1,
  evaluate(asset) {
    const keys = (need<iam_v1.Schema$ServiceAccountKey[] | null>(asset, 'keys') ?? []).filter((k) => k.keyType === 'USER_MANAGED');
    const now = Date.parse(asset.observedAt);
    const label = (k: iam_v1.Schema$ServiceAccountKey) => k.name?.split('/').pop() ?? '?';
    const ev = keys.map((k) => ({ path: 'config.keys[].validAfterTime', observed: `${label(k)}: ${k.validAfterTime ?? null}`, expected: `within ${MAX_KEY_AGE_DAYS} days` }));
    if (keys.length === 0) return pass('The service account has no user-managed keys', [{ path: 'config.keys', observed: 'no USER_MANAGED key', expected: 'any' }]);
    const ageDays = (k: iam_v1.Schema$ServiceAccountKey) => Math.floor((now - Date.parse(k.validAfterTime ?? '')) / DAY_MS);
    const old = keys.filter((k) => k.validAfterTime && ageDays(k) > MAX_KEY_AGE_DAYS);
    if (old.length > 0) return fail(`Keys older than ${MAX_KEY_AGE_DAYS} days: ${old.map((k) => `${label(k)} (${ageDays(k)} days)`).join(', ')}`, ev);
    const undated = keys.filter((k) => !k.validAfterTime || Number.isNaN(Date.parse(k.validAfterTime)));
    if (undated.length > 0) return unknown(`No creation time for key(s) ${undated.map(label).join(', ')}`, ev);
    return pass(`Every user-managed key is at most ${MAX_KEY_AGE_DAYS} days old`, ev);
  },
};
