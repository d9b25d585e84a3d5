/**
 * IAM Access Analyzer (restJson1, signing name `access-analyzer`): ListAnalyzers.
 *
 * Estate section `regional[<region>]['access-analyzer']` ({@link AccessAnalyzerSection}): `analyzers` in
 * the AnalyzerSummary shape, only `name` required. The handler fills what AWS fills: the ARN
 * (`arn:aws:access-analyzer:<region>:<account>:analyzer/<name>`), type ACCOUNT (an external access analyzer
 * with the account as zone of trust), status ACTIVE, a creation time. ListAnalyzers filters on `type` and
 * pages with nextToken; AWS documents no default page size, the simulator uses 100.
 */
import type { AnalyzerSummary, ListAnalyzersRequest, ListAnalyzersResponse, Type } from '@aws-sdk/client-accessanalyzer';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { accessAnalyzerGenerator } from './accessanalyzer/generator.js';

export type SimAnalyzer = Partial<AnalyzerSummary> & { name: string };

export interface AccessAnalyzerSection {
  analyzers?: SimAnalyzer[];
}

const PAGE_SIZE = 100;
const TYPES: readonly Type[] = ['ACCOUNT', 'ORGANIZATION', 'ACCOUNT_UNUSED_ACCESS', 'ORGANIZATION_UNUSED_ACCESS', 'ACCOUNT_INTERNAL_ACCESS', 'ORGANIZATION_INTERNAL_ACCESS'];

function summary(ctx: SimContext, a: SimAnalyzer): AnalyzerSummary {
  return {
    arn: `arn:aws:access-analyzer:${ctx.region}:${ctx.account.id}:analyzer/${a.name}`,
    type: 'ACCOUNT',
    createdAt: new Date('2024-05-06T09:15:00Z'),
    status: 'ACTIVE',
    tags: {},
    ...a,
  };
}

function listAnalyzers(input: ListAnalyzersRequest, ctx: SimContext): ListAnalyzersResponse {
  if (input.type !== undefined && !TYPES.includes(input.type)) throw new SimError('ValidationException', `Invalid type: ${input.type}`, 400);
  if (input.maxResults !== undefined && input.maxResults < 1) throw new SimError('ValidationException', 'maxResults must be at least 1', 400);
  const all = (ctx.regional<AccessAnalyzerSection>('access-analyzer').analyzers ?? []).map((a) => summary(ctx, a));
  const matching = input.type ? all.filter((a) => a.type === input.type) : all;
  const p = page(matching, input.nextToken, input.maxResults, PAGE_SIZE);
  return { analyzers: p.items, nextToken: p.next };
}

export const service: SimService = {
  signingName: 'access-analyzer',
  sdk: '@aws-sdk/client-accessanalyzer',
  operations: { ListAnalyzers: listAnalyzers },
};

export const generators: ResourceGenerator[] = [accessAnalyzerGenerator];
