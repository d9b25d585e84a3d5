/**
 * Cloud KMS: `google_kms_crypto_key` (+ its `google_kms_key_ring`, `google_kms_crypto_key_iam_*`) →
 * `cloudkms.googleapis.com/CryptoKey` as gcp.cloudkms.crypto-keys stores it (`cryptoKey`, `iamPolicy`).
 * Key rings are no asset of their own (the live collector has none); they give the key its project and location.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { knownString } from '../kit.js';
import { addSeconds, blk, bool, builder, compact, emptyParts, iamPartsBy, labelsOf, mergeBindings, nameOf, or, policyDocument, projectOf, str, strMap, type IamParts, type Index, type Maybe } from './util.js';

export const CRYPTO_KEY_TYPE = 'cloudkms.googleapis.com/CryptoKey';
export const KMS_TYPES = ['google_kms_key_ring', 'google_kms_crypto_key', 'google_kms_crypto_key_iam_member', 'google_kms_crypto_key_iam_binding', 'google_kms_crypto_key_iam_policy'];

const RING_RE = /^projects\/([^/]+)\/locations\/([^/]+)\/keyRings\/([^/]+)$/;

/** `projects/<p>/locations/<l>/keyRings/<r>` of a key ring resource, when its parts are known. */
function ringName(ring: IacResource): string | undefined {
  const project = projectOf(ring);
  const location = knownString(ring.values.location);
  const name = nameOf(ring);
  return project && location && name ? `projects/${project}/locations/${location}/keyRings/${name}` : undefined;
}

/** The ring a key's `key_ring` points at: a known id string, or a key ring resource of this input. */
function ringOf(idx: Index, key: IacResource): string | undefined {
  const v = key.values.key_ring;
  if (typeof v === 'string') return RING_RE.test(v) ? v : undefined;
  const ring = idx.one(v, 'google_kms_key_ring', 'ringName', ringName, key.module);
  return ring && ringName(ring);
}

/** The full name of a crypto key resource (`projects/.../cryptoKeys/<k>`), when known. */
export function cryptoKeyName(idx: Index, key: IacResource): string | undefined {
  const ring = ringOf(idx, key);
  const name = nameOf(key);
  return ring && name ? `${ring}/cryptoKeys/${name}` : undefined;
}

/**
 * A KMS key reference (`google_kms_crypto_key.k.id`): the key's full name when the value names a key of this
 * input whose name is known, else the value (an Unknown makes the aspect a gap).
 */
export function kmsKeyRef(idx: Index, v: unknown): Maybe<string> {
  if (!isUnknown(v)) return str(v);
  const key = idx.refs(v, ['google_kms_crypto_key'])[0];
  return (key && cryptoKeyName(idx, key)) ?? v;
}

/** Protobuf duration seconds (`7776000s`, also `7776000` as some configurations write it). */
const durationSeconds = (d: string): number | undefined => {
  const m = /^(\d+(?:\.\d+)?)s?$/.exec(d.trim());
  return m ? Number(m[1]) : undefined;
};

export function mapKms(idx: Index): Asset[] {
  const out: Asset[] = [];
  const iam = iamPartsBy(idx, 'google_kms_crypto_key_iam', (r) => {
    const v = r.values.crypto_key_id;
    if (isUnknown(v)) return idx.refs(v, ['google_kms_crypto_key']).map((k) => k.address);
    return typeof v === 'string' ? `name:${v}` : undefined;
  });
  for (const r of idx.of('google_kms_crypto_key')) {
    const full = cryptoKeyName(idx, r);
    const location = full?.split('/')[3];
    const name = nameOf(r) ?? r.name;
    const b = builder(r, idx.ctx, 'cloudkms', {
      liveId: full ? `//cloudkms.googleapis.com/${full}` : undefined,
      type: CRYPTO_KEY_TYPE,
      kind: 'crypto.key',
      name,
      account: full?.split('/')[1] ?? projectOf(r),
      region: location,
      tags: labelsOf(r.values.labels),
    });
    b.aspect('cryptoKey', () => {
      const v = r.values;
      const purpose = or(str(v.purpose), 'ENCRYPT_DECRYPT');
      const period = str(v.rotation_period);
      const seconds = typeof period === 'string' ? durationSeconds(period) : undefined;
      const tmpl = blk(v.version_template);
      const algorithm = or(str(tmpl?.algorithm), 'GOOGLE_SYMMETRIC_ENCRYPTION');
      const protectionLevel = or(str(tmpl?.protection_level), 'SOFTWARE');
      const skipInitial = or(bool(v.skip_initial_version_creation), false);
      const labels = strMap(v.labels);
      return compact({
        name: full,
        purpose,
        // The provider sends the period with the `s` suffix the API echoes; it schedules the first rotation one
        // period after creation (nextRotationTime = now + period), which is the scan time here.
        rotationPeriod: seconds !== undefined ? `${seconds}s` : period,
        nextRotationTime: seconds !== undefined ? addSeconds(idx.ctx.observedAt, seconds) : undefined,
        versionTemplate: { algorithm, protectionLevel },
        // A new symmetric key gets an enabled primary version unless the configuration skips it.
        primary: purpose === 'ENCRYPT_DECRYPT' && skipInitial === false ? { state: 'ENABLED', algorithm, protectionLevel } : undefined,
        labels: labels && Object.keys(labels).length ? labels : undefined,
        importOnly: bool(v.import_only) === true ? true : undefined,
        // Cloud KMS default: versions are destroyed 30 days after being scheduled for destruction.
        destroyScheduledDuration: or(str(v.destroy_scheduled_duration), '2592000s'),
      });
    });
    // A key without IAM resources has an empty policy (getIamPolicy returns no bindings).
    const parts = [iam.get(r.address), full ? iam.get(`name:${full}`) : undefined].reduce<IamParts>(
      (acc, p) => ({ policies: [...acc.policies, ...(p?.policies ?? [])], bindings: [...acc.bindings, ...(p?.bindings ?? [])], members: [...acc.members, ...(p?.members ?? [])], ambiguous: [...(acc.ambiguous ?? []), ...(p?.ambiguous ?? [])] }),
      emptyParts(),
    );
    b.aspect('iamPolicy', () => policyDocument(mergeBindings(idx, parts, []).bindings));
    out.push(b.build());
  }
  return out;
}
