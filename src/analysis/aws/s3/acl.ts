/** Bucket ACL grants as GetBucketAcl returns them, and which of them reach the public. Pure. */

export interface AclGrant {
  Grantee?: { Type?: string; URI?: string; ID?: string; DisplayName?: string; EmailAddress?: string };
  Permission?: string;
}

export interface BucketAcl {
  Owner?: { ID?: string; DisplayName?: string };
  Grants?: AclGrant[];
}

export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
/** Any AWS account holder anywhere, not just the bucket owner's users: as public as AllUsers in practice. */
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

const PUBLIC_GROUPS = new Set([ALL_USERS_URI, AUTHENTICATED_USERS_URI]);

/**
 * Permissions that give each kind of access. WRITE_ACP counts for both: whoever may rewrite the ACL can grant
 * themselves READ or WRITE, so a public WRITE_ACP is public read and write one request later.
 */
export const ACL_PERMISSIONS: Record<'read' | 'write', readonly string[]> = {
  read: ['READ', 'READ_ACP', 'WRITE_ACP', 'FULL_CONTROL'],
  write: ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'],
};

export interface PublicAclGrant {
  index: number;
  group: string;
  permission: string;
}

/** Grants to the AllUsers or AuthenticatedUsers groups that give the requested access. */
export function publicAclGrants(acl: BucketAcl | null | undefined, access: 'read' | 'write'): PublicAclGrant[] {
  const out: PublicAclGrant[] = [];
  (acl?.Grants ?? []).forEach((g, index) => {
    const uri = g.Grantee?.URI;
    if (!uri || !PUBLIC_GROUPS.has(uri) || !g.Permission) return;
    if (ACL_PERMISSIONS[access].includes(g.Permission)) out.push({ index, group: uri.slice(uri.lastIndexOf('/') + 1), permission: g.Permission });
  });
  return out;
}
