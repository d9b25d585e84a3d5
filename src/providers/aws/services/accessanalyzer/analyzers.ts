import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import type { AwsCollector } from '../../collector.js';

export const ANALYZER_TYPE = 'AWS::AccessAnalyzer::Analyzer';

/**
 * IAM Access Analyzer analyzers of a region from ListAnalyzers, every type (external, internal and unused
 * access): the summary carries the type and status the rules read, so there is no per-analyzer call.
 * Aspect `analyzer`: the AnalyzerSummary. A region without analyzers yields nothing; the region-level
 * rule reads that (with a complete listing) as "not enabled here".
 */
export const analyzersCollector: AwsCollector = {
  id: 'aws.accessanalyzer.analyzers',
  service: 'access-analyzer',
  scope: 'regional',
  types: [ANALYZER_TYPE],
  permissions: ['access-analyzer:ListAnalyzers'],
  async *collect(ctx) {
    const client = ctx.client(AccessAnalyzerClient);
    for await (const page of ctx.pages(
      'ListAnalyzers',
      (nextToken) => client.send(new ListAnalyzersCommand({ nextToken })),
      (p) => p.nextToken || undefined,
    )) {
      ctx.progress(page.analyzers?.length ?? 0);
      for (const analyzer of page.analyzers ?? []) {
        if (!analyzer.arn || !analyzer.name) continue;
        const asset = ctx.asset({ id: analyzer.arn, type: ANALYZER_TYPE, kind: 'security.analyzer', name: analyzer.name, tags: analyzer.tags ?? {} });
        ctx.aspect(asset, 'analyzer', { ok: true, value: analyzer });
        yield asset;
      }
    }
  },
};
