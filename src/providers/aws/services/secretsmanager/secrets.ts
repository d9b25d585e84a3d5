import { ListSecretsCommand, SecretsManagerClient, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { tagsFromList, type AwsCollector } from '../../collector.js';

/** ListSecrets' maximum page size. */
const PAGE_SIZE = 100;

/**
 * Secrets Manager secrets of the region. ListSecrets already carries everything the rules read (rotation,
 * last rotated / accessed / changed dates, KMS key), so there is no per-secret call: the entry is the
 * `secret` aspect. Secrets scheduled for deletion are left out, as ListSecrets does by default. Secret
 * values are never read.
 */
export function makeSecretsCollector({ pageSize = PAGE_SIZE } = {}): AwsCollector {
  return {
    id: 'aws.secretsmanager.secrets',
    service: 'secretsmanager',
    scope: 'regional',
    types: ['AWS::SecretsManager::Secret'],
    permissions: ['secretsmanager:ListSecrets'],
    async *collect(ctx) {
      const client = ctx.client(SecretsManagerClient);
      for await (const page of ctx.pages(
        'ListSecrets',
        (NextToken) => client.send(new ListSecretsCommand({ MaxResults: pageSize, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
      )) {
        const secrets = (page.SecretList ?? []).filter((s): s is SecretListEntry & { ARN: string; Name: string } => !!s.ARN && !!s.Name);
        ctx.progress(secrets.length);
        for (const s of secrets) {
          const asset = ctx.asset({ id: s.ARN, type: 'AWS::SecretsManager::Secret', kind: 'secret', name: s.Name, tags: tagsFromList(s.Tags) });
          asset.config.secret = s;
          yield asset;
        }
      }
    },
  };
}

export const secretsCollector = makeSecretsCollector();
