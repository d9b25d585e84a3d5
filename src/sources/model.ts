/**
 * What offline sources (Terraform, CloudFormation, inventory exports) produce before their resources are
 * mapped onto assets. No I/O here. See src/sources/README.md for the whole pipeline.
 */

/**
 * A value that cannot be known without applying the configuration: a computed attribute (`aws_s3_bucket.b.arn`),
 * a variable without value or default, a data source, a function of any of these. Mappers turn an aspect
 * that contains one into a gap (`UnknownUntilApply`), so the verdict is `unknown`, never a guessed pass.
 */
export class Unknown {
  constructor(
    /** Why it cannot be known, for the gap's message: `computed attribute aws_s3_bucket.b.arn`. */
    readonly reason: string,
    /**
     * Absolute addresses of the resources the expression referred to, with module path and instance key
     * where known: `aws_s3_bucket.b`, `module.net["a"].aws_security_group.web[0]`. Mappers join related
     * blocks through these (`aws_s3_bucket_versioning.bucket = aws_s3_bucket.b.id`).
     */
    readonly refs: readonly string[] = [],
  ) {}
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/** The first Unknown in `v` (depth-first through arrays and plain objects), or undefined when all of it is known. */
export function findUnknown(v: unknown): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findUnknown(x);
      if (u) return u;
    }
    return undefined;
  }
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) {
      const u = findUnknown(x);
      if (u) return u;
    }
  }
  return undefined;
}

/** `# parapet:ignore <rule-id> <reason>` (also `//` and `/* *\/` in HCL) on or above a resource block. */
export interface InlineSuppression {
  ruleId: string;
  /** Mandatory: a suppression without a reason is a diagnostic, not a suppression. */
  reason: string;
  file: string;
  line: number;
}

/** One resource instance as declared in IaC (or listed in an export), before mapping onto assets. */
export interface IacResource {
  /** Tool-native type: `aws_s3_bucket` (Terraform), `AWS::S3::Bucket` (CloudFormation). */
  type: string;
  /** `managed` resources and `data` sources (Terraform); CloudFormation resources are `managed`. */
  mode: 'managed' | 'data';
  /**
   * The address as Terraform writes it: `module.net["a"].aws_security_group.web[0]`, `aws_s3_bucket.b`,
   * `data.aws_iam_policy_document.p`. CloudFormation: the logical id.
   */
  address: string;
  /** Module path prefix of the address (`module.net["a"]`), '' in the root module and in CloudFormation. */
  module: string;
  /** The block's name label (`web`), or the CloudFormation logical id. */
  name: string;
  /**
   * What the user pointed Parapet at that this resource belongs to: the root module directory or the
   * template / plan file, as given on the command line (relative paths stay relative). Part of `iac:` ids.
   */
  root: string;
  /** File (relative to the working directory as given) and 1-based line of the block's first line. */
  file: string;
  line: number;
  /**
   * Evaluated arguments. Nested blocks are arrays of objects under the block type's name, as in
   * `terraform show -json` (`versioning { enabled = true }` → `versioning: [{ enabled: true }]`).
   * Anything not statically known is an `Unknown`. Arguments not written are absent.
   * CloudFormation: the resource's `Properties` after intrinsic functions are resolved.
   */
  values: Record<string, unknown>;
  /** 1-based line of each top-level argument or nested block, by name (first occurrence). */
  lines?: Record<string, number>;
  suppressions: InlineSuppression[];
  /**
   * The provider configuration that applies to the resource, evaluated: Terraform's `provider "aws"`
   * block (or the alias named by `provider = aws.west`) — `region`, `allowed_account_ids`, azurerm's
   * `subscription_id`, google's `project` and `region` — and CloudFormation's stack-level region and
   * account when known (`AWS::Region` is otherwise unknown). Empty when none applies.
   */
  providerConfig: Record<string, unknown>;
}

/** A problem in the input, named by file and line; the rest of the input is still scanned. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column?: number;
  /** Stable code: `HclSyntax`, `YamlSyntax`, `JsonSyntax`, `ModuleCycle`, `ModuleNotFound`, `UnknownResourceType`, `FileTooLarge`, `SuppressionWithoutReason`, `UnresolvedIntrinsic`, ... */
  code: string;
  message: string;
}

/** What a parser/evaluator returns for one input (a root module, a template, a plan, an export file). */
export interface SourceResult {
  resources: IacResource[];
  diagnostics: Diagnostic[];
}

/** Files larger than this are refused with a `FileTooLarge` diagnostic (the rest of the scan goes on). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * True when `ref` (a reference target as recorded in `Unknown.refs`) names `r` or one of its instances:
 * `aws_s3_bucket.b` names `aws_s3_bucket.b` and `aws_s3_bucket.b[0]`; module paths must agree.
 */
export function refersTo(ref: string, r: Pick<IacResource, 'address'>): boolean {
  return ref === r.address || (r.address.startsWith(ref) && r.address[ref.length] === '[');
}
