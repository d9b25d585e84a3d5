/** The normalized resource model shared by every provider and source. No I/O here. */

export type Provider = 'aws' | 'azure' | 'gcp';

/** Where an asset was observed. */
export type AssetSource =
  | { type: 'api' }
  | {
      type: 'iac';
      file: string;
      line: number;
      /** As Terraform writes it (`module.net["a"].aws_security_group.web[0]`), or the CloudFormation logical id. */
      address: string;
      /**
       * Inline `parapet:ignore <rule-id> <reason>` comments on or above the block (or above a block merged
       * into this asset, which may be in another file: then `file` names it).
       */
      suppressions?: Array<{ ruleId: string; reason: string; line: number; file?: string }>;
    }
  | { type: 'snapshot'; file: string; line?: number };

/**
 * Why one aspect of an asset's configuration is missing. Collectors record a gap instead of a value
 * when the call that describes the aspect was denied, throttled out, timed out or failed; rules that
 * need that aspect then return `unknown` with this as the reason.
 */
export interface CollectionError {
  provider: Provider;
  account: string;
  region: string;
  service: string;
  operation: string;
  code: string;
  message: string;
  /** The resource the call was about, when it was about one. */
  resource?: string;
}

export interface Asset {
  /** The provider's own id: ARN, Azure resource id, GCP full resource name. */
  id: string;
  provider: Provider;
  /** AWS account id, Azure subscription id, GCP project id. */
  account: string;
  /** `global` where the resource has no region. */
  region: string;
  /** Native type in the provider's naming: `AWS::S3::Bucket`. */
  type: string;
  /** Normalized kind: `storage.bucket`, `network.firewall-rule`, ... */
  kind: string;
  name: string;
  tags: Record<string, string>;
  /** Typed, normalized security properties of the kind (filled by every provider; see roadmap item 2). */
  facets: Record<string, unknown>;
  /**
   * Provider-native configuration, one key per aspect (the output of the call that describes it, in the
   * SDK's shape). `null` means the provider said the aspect does not exist (no bucket policy);
   * a missing key means it was never collected.
   */
  config: Record<string, unknown>;
  /** Aspects that could not be collected, keyed like `config`. */
  gaps: Record<string, CollectionError>;
  /**
   * Where each aspect came from, keyed like `config` and `gaps`: the call that produced the value (or
   * failed to), written `provider:service:Operation` (`aws:s3:GetBucketAcl`,
   * `azure:storage:blobContainers.list`, `gcp:storage:buckets.getIamPolicy`); service `parapet` marks a
   * value Parapet derived itself. Evidence records name these (`evidenceSources`, src/core/provenance.ts).
   * Facets have no entry: they come from the aspects they are derived from. Optional: IaC and snapshot
   * assets have a file instead (`source`), and assets stored before provenance existed have none.
   */
  provenance?: Record<string, string>;
  source: AssetSource;
  observedAt: string;
}

export function describeError(e: CollectionError): string {
  return `${e.provider}:${e.service}:${e.operation} ${e.code} (account ${e.account}, region ${e.region}${
    e.resource ? `, resource ${e.resource}` : ''
  }): ${e.message}`;
}
