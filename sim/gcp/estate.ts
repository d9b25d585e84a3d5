/**
 * The GCP part of an estate file (`gcp:` at the top level). Resources are in the REST API's JSON shape;
 * each simulator service owns the sections it reads and documents them in its file.
 */
export interface GcpEstate {
  /** The organization, `organizations/<number>`, when the projects belong to one. */
  organization?: { name: string; displayName?: string };
  folders?: Array<{ name: string; displayName?: string; parent: string }>;
  /** Service-account keys the simulator's token endpoint accepts (JWT bearer grant, signature verified with the public key). */
  serviceAccounts?: Array<{ clientEmail: string; privateKeyId: string; publicKeyPem: string }>;
  projects: GcpProjectEstate[];
}

export interface GcpProjectEstate {
  projectId: string;
  projectNumber: string;
  displayName?: string;
  /** `organizations/<n>` or `folders/<n>`. */
  parent?: string;
  lifecycleState?: 'ACTIVE' | 'DELETE_REQUESTED';
  /** Resources by section name (`buckets`, `firewalls`, `instances` ...), REST JSON. */
  resources: Record<string, any[]>;
}
