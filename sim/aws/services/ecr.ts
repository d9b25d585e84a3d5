/**
 * Amazon ECR private registry (awsJson1_1; signing name `ecr`): DescribeRepositories, GetRepositoryPolicy,
 * GetLifecyclePolicy, BatchGetRepositoryScanningConfiguration and GetRegistryScanningConfiguration.
 *
 * Estate section `regional[<region>].ecr` ({@link EcrSection}): repositories in DescribeRepositories'
 * shape (only `repositoryName` required) plus their policy and lifecycle policy, and the registry's
 * scanning configuration (BASIC with no rules when left out, as for a new account). Repository defaults
 * are AWS's: MUTABLE tags, scanOnPush off, AES256 encryption. Policies are documents or JSON text;
 * without one, the Get calls answer RepositoryPolicyNotFoundException / LifecyclePolicyNotFoundException.
 * DescribeRepositories pages with nextToken, 100 repositories by default, maxResults up to 1000.
 */
import type { Repository } from '@aws-sdk/client-ecr';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { ecrGenerator } from './ecr/generator.js';
import { effectiveScanning, type RegistryScanning } from './ecr/scanning.js';

export interface EcrRepositoryEntry extends Omit<Partial<Repository>, 'createdAt'> {
  repositoryName: string;
  createdAt?: Date | string;
  /** Repository policy: a document or its JSON text. Absent: none. */
  policy?: string | Record<string, unknown>;
  /** Lifecycle policy: a document ({rules: [...]}) or its JSON text. Absent: none. */
  lifecyclePolicy?: string | Record<string, unknown>;
}

export interface EcrSection {
  repositories?: EcrRepositoryEntry[];
  registryScanning?: RegistryScanning;
}

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;
const BATCH_MAX = 25;

const sectionOf = (ctx: SimContext) => ctx.regional<EcrSection>('ecr');
const repositoryArn = (ctx: SimContext, name: string) => `arn:aws:ecr:${ctx.region}:${ctx.account.id}:repository/${name}`;
const text = (doc: string | Record<string, unknown>) => (typeof doc === 'string' ? doc : JSON.stringify(doc));

function describeRepository(ctx: SimContext, r: EcrRepositoryEntry): Repository {
  const { policy: _p, lifecyclePolicy: _l, ...given } = r;
  return {
    repositoryArn: repositoryArn(ctx, r.repositoryName),
    registryId: ctx.account.id,
    repositoryUri: `${ctx.account.id}.dkr.ecr.${ctx.region}.amazonaws.com/${r.repositoryName}`,
    createdAt: new Date('2024-05-01T00:00:00Z'),
    imageTagMutability: 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: false },
    encryptionConfiguration: { encryptionType: 'AES256' },
    ...(given as Partial<Repository>),
  };
}

function findRepository(ctx: SimContext, name: string | undefined, registryId: string | undefined): EcrRepositoryEntry {
  const r = registryId === undefined || registryId === ctx.account.id ? (sectionOf(ctx).repositories ?? []).find((x) => x.repositoryName === name) : undefined;
  if (!r) throw new SimError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registryId ?? ctx.account.id}'`, 400);
  return r;
}

type RepoInput = { repositoryName?: string; registryId?: string };

export const service: SimService = {
  signingName: 'ecr',
  sdk: '@aws-sdk/client-ecr',
  operations: {
    DescribeRepositories(input: { registryId?: string; repositoryNames?: string[]; nextToken?: string; maxResults?: number }, ctx) {
      if (input.maxResults !== undefined && (input.maxResults < 1 || input.maxResults > MAX_PAGE)) throw new SimError('InvalidParameterException', 'maxResults must be between 1 and 1000', 400);
      if (input.repositoryNames?.length) {
        if (input.maxResults !== undefined) throw new SimError('InvalidParameterException', 'maxResults cannot be used together with repositoryNames', 400);
        return { repositories: input.repositoryNames.map((n) => describeRepository(ctx, findRepository(ctx, n, input.registryId))) };
      }
      const p = page(sectionOf(ctx).repositories ?? [], input.nextToken, input.maxResults, DEFAULT_PAGE);
      return { repositories: p.items.map((r) => describeRepository(ctx, r)), ...(p.next ? { nextToken: p.next } : {}) };
    },

    GetRepositoryPolicy(input: RepoInput, ctx) {
      const r = findRepository(ctx, input.repositoryName, input.registryId);
      if (r.policy === undefined)
        throw new SimError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${r.repositoryName}' in the registry with id '${ctx.account.id}'`, 400);
      return { registryId: ctx.account.id, repositoryName: r.repositoryName, policyText: text(r.policy) };
    },

    GetLifecyclePolicy(input: RepoInput, ctx) {
      const r = findRepository(ctx, input.repositoryName, input.registryId);
      if (r.lifecyclePolicy === undefined)
        throw new SimError('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${r.repositoryName}' in the registry with id '${ctx.account.id}'`, 400);
      return { registryId: ctx.account.id, repositoryName: r.repositoryName, lifecyclePolicyText: text(r.lifecyclePolicy), lastEvaluatedAt: new Date('2026-11-28T00:00:00Z') };
    },

    BatchGetRepositoryScanningConfiguration(input: { repositoryNames?: string[] }, ctx) {
      const names = input.repositoryNames ?? [];
      if (names.length < 1 || names.length > BATCH_MAX) throw new SimError('ValidationException', `repositoryNames must contain between 1 and ${BATCH_MAX} names`, 400);
      const repos = sectionOf(ctx).repositories ?? [];
      const registry = sectionOf(ctx).registryScanning;
      const scanningConfigurations = [];
      const failures = [];
      for (const name of names) {
        const r = repos.find((x) => x.repositoryName === name);
        if (!r) failures.push({ repositoryName: name, failureCode: 'REPOSITORY_NOT_FOUND', failureReason: 'REPOSITORY_NOT_FOUND' });
        else scanningConfigurations.push(effectiveScanning(registry, { name, arn: repositoryArn(ctx, name), scanOnPush: r.imageScanningConfiguration?.scanOnPush === true }));
      }
      return { scanningConfigurations, failures };
    },

    GetRegistryScanningConfiguration(_input: unknown, ctx) {
      const registry = sectionOf(ctx).registryScanning ?? { scanType: 'BASIC', rules: [] };
      return { registryId: ctx.account.id, scanningConfiguration: { scanType: registry.scanType, rules: registry.rules ?? [] } };
    },
  },
};

export const generators: ResourceGenerator[] = [ecrGenerator];
