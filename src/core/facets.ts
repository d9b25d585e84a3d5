import type { Asset, CollectionError } from './asset.js';
import { describeError } from './asset.js';
import { MissingData } from './rule.js';

/**
 * Facets: the normalized security properties of an asset kind, the same on every cloud. Each provider
 * derives them from its native configuration (pure functions in `src/providers/<p>/facets/`), so one
 * baseline rule judges an S3 bucket, an Azure blob container and a GCS bucket alike.
 *
 * A facet that could not be derived (the call it rests on was denied, throttled out, failed) is absent
 * from `asset.facets` and its reason is in `asset.gaps['facets.<name>']`; `needFacet` turns that into
 * `unknown`. A facet a provider does not model at all is simply absent (no gap): rules say
 * `not_applicable` for it only when the facet is documented as optional for that provider.
 */

export type Direction = 'ingress' | 'egress';

/** A port range, inclusive. All ports: `{ from: 0, to: 65535 }`. */
export interface PortRange {
  from: number;
  to: number;
}

/** One allow/deny entry of a firewall, security group or NSG, normalized. */
export interface FirewallEntry {
  direction: Direction;
  action: 'allow' | 'deny';
  /** `tcp`, `udp`, `icmp`, `icmpv6`, or `all`. */
  protocol: string;
  /** Empty for protocols without ports (icmp); `[{0, 65535}]` for all. */
  ports: PortRange[];
  /**
   * Where traffic may come from (ingress) or go to (egress): CIDRs as written (`0.0.0.0/0`, `::/0`), or
   * the provider's words for "anywhere" normalized to `0.0.0.0/0` (Azure `*`, `Internet`, `Any`). Other
   * references (security group ids, service tags, network tags) are kept as written.
   */
  peers: string[];
  /** Lower wins (Azure NSG, GCP firewall priority); absent where order does not matter (AWS). */
  priority?: number;
  /** The native rule's name or index, for evidence. */
  ref: string;
}

/** `network.firewall-rule`: an AWS security group, an Azure NSG, a GCP VPC firewall rule. */
export interface FirewallFacets {
  entries: FirewallEntry[];
  /** Whether the firewall is attached to anything (AWS: has network interfaces); absent when unknown. */
  inUse?: boolean;
  /** The rule exists but is not enforced (GCP `disabled`); its entries then admit nothing. */
  disabled?: boolean;
}

/** `storage.bucket`: an S3 bucket, an Azure blob container, a GCS bucket. */
export interface BucketFacets {
  /** Anyone on the internet can read (or list) objects. */
  publicRead: boolean;
  /** Anyone on the internet can write objects. */
  publicWrite: boolean;
  encryptedAtRest: boolean;
  /** Encrypted with a customer-managed key (KMS CMK, Key Vault key, Cloud KMS key). */
  customerManagedKey: boolean;
  versioning: boolean;
  /** Object-level access is logged (S3 server access logs, blob diagnostic logs, GCS usage/data access logs). */
  accessLogging: boolean;
  /** Requests over plain HTTP are refused. Absent where the provider has no such switch (GCS). */
  secureTransportOnly?: boolean;
  /**
   * When `publicRead`/`publicWrite` is true but a scope-wide setting held on another asset could still void
   * it (AWS account-level S3 Block Public Access): the names of the settings that, all on, void it. The
   * settings are the `guards` facet of the scope's `account.setting` asset (baseline rules know its type).
   */
  publicReadUnlessGuards?: string[];
  publicWriteUnlessGuards?: string[];
  /**
   * The key that encrypts, when `customerManagedKey` cannot be told from this asset alone (AWS: a KMS key
   * id may name an AWS-managed key): rules resolve it against the provider's `crypto.key` assets.
   */
  keyRef?: string;
}

/** `account.setting`: a scope-wide switch that overrides per-resource settings (AWS account S3 Block Public Access). */
export interface ScopeGuardFacets {
  /** Setting name -> on. */
  guards: Record<string, boolean>;
}

/** `storage.volume`: an EBS volume, an Azure managed disk, a GCE persistent disk. */
export interface VolumeFacets {
  encryptedAtRest: boolean;
  /** Absent when only `keyRef` is known (see `BucketFacets.keyRef`). */
  customerManagedKey?: boolean;
  keyRef?: string;
  /** Attached to an instance. */
  attached: boolean;
}

/** `compute.instance`: an EC2 instance, an Azure VM, a GCE instance. */
export interface InstanceFacets {
  /** Public IP addresses attached directly. */
  publicIps: string[];
  /** An identity (instance profile, managed identity, service account) is attached. */
  identityAttached: boolean;
  /** That identity has broad, project/subscription-wide rights (GCP default SA with cloud-platform scope, ...); absent when not determinable from configuration alone. */
  identityBroad?: boolean;
  /** Boot integrity (Shielded VM secure boot, Azure trusted launch); absent where the provider has none (AWS). */
  secureBoot?: boolean;
  /** The metadata service requires session tokens (AWS IMDSv2); absent elsewhere. */
  metadataTokensRequired?: boolean;
  /** Interactive serial console access is enabled (GCP); absent elsewhere. */
  serialConsole?: boolean;
}

/** `database.instance`: an RDS instance, an Azure SQL server / flexible server, a Cloud SQL instance. */
export interface DatabaseFacets {
  engine: string;
  /** Reachable from the internet: a public endpoint with a firewall that admits 0.0.0.0/0 (or no firewall). */
  publicEndpoint: boolean;
  /** Absent where encryption is set per database, not on the server (Azure SQL TDE: the database assets hold it). */
  encryptedAtRest?: boolean;
  /** Absent where the key's owner cannot be told from the instance alone. */
  customerManagedKey?: boolean;
  /** Connections must use TLS. Absent when the engine's setting is not part of the collected configuration. */
  tlsRequired?: boolean;
  automatedBackups: boolean;
  /** Days automated backups are kept; absent when not applicable. */
  backupRetentionDays?: number;
  /** Database-level auditing/logging to a durable sink is on. Absent where not modelled. */
  auditLogging?: boolean;
}

/** `crypto.key`: a KMS key, a Key Vault key, a Cloud KMS crypto key. */
export interface KeyFacets {
  /** Customer-managed (not provider-managed); only such keys are judged on rotation. */
  customerManaged: boolean;
  enabled: boolean;
  /** Automatic rotation is on. */
  rotationEnabled: boolean;
  /** Rotation period in days, when automatic rotation is on. */
  rotationPeriodDays?: number;
  /** Expiry date (ISO); `null` when the provider has expiry dates but none is set; absent where it has none (KMS). */
  expiresAt?: string | null;
}

/** `secret`: a Secrets Manager secret, a Key Vault secret (GCP Secret Manager later). */
export interface SecretFacets {
  /** Absent where the provider has no native rotation (Azure Key Vault secrets rotate through Event Grid). */
  rotationEnabled?: boolean;
  /** Expiry date (ISO); `null` when the provider has expiry dates but none is set; absent where it has none. */
  expiresAt?: string | null;
}

/**
 * `logging.audit-trail`: an account/subscription/project's record of control-plane activity: a CloudTrail
 * trail, a subscription's activity-log diagnostic setting, a project's audit config with a sink.
 */
export interface AuditTrailFacets {
  /** Logging is on. */
  enabled: boolean;
  /** It covers all regions and all services of the account/subscription/project. */
  allRegionsAndServices: boolean;
  /** Data (read/write) access is logged too, not only administrative writes. */
  dataAccess?: boolean;
  /** Logs are kept (or exported) somewhere durable. */
  durableDestination: boolean;
  /** Log integrity is protected (CloudTrail file validation, immutable storage); absent where not modelled. */
  integrityProtected?: boolean;
}

/** One long-lived credential: an access key, a service-account key, a storage-account key. */
export interface LongLivedKey {
  id: string;
  active: boolean;
  /** When it was made, or last rotated (ISO). */
  createdAt: string;
  /** When it was last used (ISO); absent when never or unknown. */
  lastUsedAt?: string;
}

/** `identity.user` / `identity.service-account`; also storage accounts (shared keys). */
export interface CredentialFacets {
  longLivedKeys: LongLivedKey[];
  /** Console/password sign-in with MFA; absent where the provider has no such notion for this kind. */
  mfaEnabled?: boolean;
  consoleAccess?: boolean;
  /** The provider reports each key's last use (`lastUsedAt` is then meaningful); absent where it does not. */
  keyUsageTracked?: boolean;
}

/** `container.cluster`: an EKS, AKS or GKE cluster. */
export interface ClusterFacets {
  /** The Kubernetes API endpoint is reachable from any internet address. */
  publicEndpoint: boolean;
  /** Control-plane audit logs go to the provider's logging. Absent where set outside the cluster resource (AKS diagnostic settings). */
  auditLogging?: boolean;
  /** Kubernetes secrets are envelope-encrypted with a customer-managed key. */
  secretsEncrypted: boolean;
  version?: string;
}

/** Facets by kind. Kinds not listed have no facets yet. */
export interface FacetsByKind {
  'network.firewall-rule': FirewallFacets;
  'storage.bucket': BucketFacets;
  'storage.volume': VolumeFacets;
  'compute.instance': InstanceFacets;
  'database.instance': DatabaseFacets;
  'crypto.key': KeyFacets;
  secret: SecretFacets;
  'logging.audit-trail': AuditTrailFacets;
  'identity.user': CredentialFacets;
  'identity.service-account': CredentialFacets;
  'storage.account': CredentialFacets;
  'container.cluster': ClusterFacets;
  'account.setting': ScopeGuardFacets;
}

export type FacetKind = keyof FacetsByKind;

/**
 * One facet of an asset, or `MissingData` (→ `unknown`) naming why it could not be derived. Rules on
 * facets read them only through this.
 */
export function needFacet<K extends FacetKind, F extends keyof FacetsByKind[K] & string>(asset: Asset, _kind: K, facet: F): FacetsByKind[K][F] {
  const gap = asset.gaps[`facets.${facet}`];
  if (gap) throw new MissingData(`${facet} could not be determined: ${describeError(gap)}`, [{ path: `facets.${facet}`, observed: null, expected: 'determined' }]);
  if (!(facet in asset.facets)) throw new MissingData(`${facet} was not determined for this ${asset.type}`, [{ path: `facets.${facet}`, observed: null, expected: 'determined' }]);
  return asset.facets[facet] as FacetsByKind[K][F];
}

/** A facet that a provider may not model: the value, or `undefined` when absent without a gap. */
export function optionalFacet<K extends FacetKind, F extends keyof FacetsByKind[K] & string>(asset: Asset, kind: K, facet: F): FacetsByKind[K][F] | undefined {
  if (!(facet in asset.facets) && !asset.gaps[`facets.${facet}`]) return undefined;
  return needFacet(asset, kind, facet);
}

/** Thrown inside a facet derivation when an aspect it rests on is missing. */
export class FacetGap extends Error {
  constructor(readonly error: CollectionError) {
    super(error.message);
    this.name = 'FacetGap';
  }
}

/** Reads an aspect inside a facet derivation; a gap or a missing aspect aborts that facet only. */
export function aspectFor<T = any>(asset: Asset, aspect: string): T {
  const gap = asset.gaps[aspect];
  if (gap) throw new FacetGap(gap);
  if (!(aspect in asset.config)) {
    throw new FacetGap({ provider: asset.provider, account: asset.account, region: asset.region, service: 'parapet', operation: 'collect', code: 'NotCollected', message: `aspect ${aspect} was not collected`, resource: asset.id });
  }
  return asset.config[aspect] as T;
}

/**
 * Fills `asset.facets` from derivations, one per facet. A derivation that throws `FacetGap` leaves
 * that facet absent with the gap under `gaps['facets.<name>']`; other facets are still derived. Any other
 * error is recorded the same way (code `DerivationFailed`). A derivation returning `undefined` means the
 * provider does not model that facet.
 */
export function deriveFacets<K extends FacetKind>(asset: Asset, _kind: K, derivations: { [F in keyof FacetsByKind[K]]?: (a: Asset) => FacetsByKind[K][F] | undefined }): Asset {
  for (const [name, derive] of Object.entries(derivations) as Array<[string, ((a: Asset) => unknown) | undefined]>) {
    if (!derive) continue;
    try {
      const v = derive(asset);
      if (v !== undefined) asset.facets[name] = v;
    } catch (e) {
      // A bug in one derivation must not cost the scan the asset (or the collector its listing): it
      // becomes a gap naming the derivation, so rules on that facet say unknown.
      asset.gaps[`facets.${name}`] =
        e instanceof FacetGap
          ? e.error
          : { provider: asset.provider, account: asset.account, region: asset.region, service: 'parapet', operation: `derive facets.${name}`, code: 'DerivationFailed', message: e instanceof Error ? e.message : String(e), resource: asset.id };
    }
  }
  return asset;
}
