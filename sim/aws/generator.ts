/** Builds one service's estate section for benchmark estates. */
export interface ResourceGenerator {
  /** Section key: the service's signing name (`s3`, `ec2` ...). */
  service: string;
  scope: 'global' | 'regional';
  /**
   * Returns a section with about `n` resources, counted as the collectors will count assets.
   * Deterministic for a given `rng`. Make a realistic mix: some resources misconfigured.
   */
  build(n: number, ctx: { accountId: string; region: string; rng: () => number }): { section: any; assets: number };
}
