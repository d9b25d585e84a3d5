import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset, projectAsset } from '../../../../../test/support/gcp-assets.js';
import type { Binding } from '../../support/iam-policy.js';
import { GCP } from '../../support/types.js';

/** A project whose IAM policy has these bindings. */
export const projectWith = (bindings: Binding[]): Asset => projectAsset({ iamPolicy: { version: 3, etag: 'BwX', bindings } });
/** A project whose getIamPolicy call was denied. */
export const projectDenied = (): Asset => projectAsset({}, { iamPolicy: deniedGap('cloudresourcemanager', 'cloudresourcemanager.projects.getIamPolicy') });

/** A service account with these keys (null/undefined: as given). */
export function serviceAccount(keys: unknown, denied = false): Asset {
  const email = 'app@parapet-fixture.iam.gserviceaccount.com';
  return gcpAsset({
    type: GCP.serviceAccount,
    kind: 'identity.service-account',
    name: email,
    config: denied ? { serviceAccount: { email } } : { serviceAccount: { email }, keys },
    gaps: denied ? { keys: deniedGap('iam', 'iam.projects.serviceAccounts.keys.list') } : {},
  });
}

export const key = (id: string, keyType: string, validAfterTime?: string) => ({
  name: `projects/parapet-fixture/serviceAccounts/app@parapet-fixture.iam.gserviceaccount.com/keys/${id}`,
  keyType,
  validAfterTime,
});
