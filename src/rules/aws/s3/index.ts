import type { Rule } from '../../../core/rule.js';
import { rule as accountPublicAccessBlockEnabled } from './account-public-access-block-enabled.js';
import { rule as bucketAccessLoggingEnabled } from './bucket-access-logging-enabled.js';
import { rule as bucketAclsDisabled } from './bucket-acls-disabled.js';
import { rule as bucketDefaultEncryptionKms } from './bucket-default-encryption-kms.js';
import { rule as bucketMfaDeleteEnabled } from './bucket-mfa-delete-enabled.js';
import { rule as bucketNotPubliclyReadable } from './bucket-not-publicly-readable.js';
import { rule as bucketNotPubliclyWritable } from './bucket-not-publicly-writable.js';
import { rule as bucketPolicyNoCrossAccountAdmin } from './bucket-policy-no-cross-account-admin.js';
import { rule as bucketPublicAccessBlocked } from './bucket-public-access-blocked.js';
import { rule as bucketTlsRequired } from './bucket-tls-required.js';
import { rule as bucketVersioningEnabled } from './bucket-versioning-enabled.js';

export const rules: Rule[] = [
  accountPublicAccessBlockEnabled,
  bucketPublicAccessBlocked,
  bucketNotPubliclyReadable,
  bucketNotPubliclyWritable,
  bucketTlsRequired,
  bucketMfaDeleteEnabled,
  bucketVersioningEnabled,
  bucketAccessLoggingEnabled,
  bucketAclsDisabled,
  bucketDefaultEncryptionKms,
  bucketPolicyNoCrossAccountAdmin,
];
