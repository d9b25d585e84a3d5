/**
 * Amazon EFS (restJson1, signing name `elasticfilesystem`): DescribeFileSystems.
 *
 * Estate section `regional[<region>].elasticfilesystem` ({@link EfsSection}): `fileSystems` in the
 * FileSystemDescription shape, only `FileSystemId` required (`fs-` and 8 or 17 hex digits). The handler
 * fills what EFS fills for a file system made with the API defaults: ARN, owner, creation token, state
 * `available`, General Purpose performance, bursting throughput, Name from the `Name` tag, and
 * `Encrypted: false` (CreateFileSystem's default; the console's default is encrypted, so write it down).
 * An encrypted file system without a `KmsKeyId` gets the ARN of the AWS managed key
 * (aws/elasticfilesystem). `CreationTime` may be an ISO string.
 *
 * DescribeFileSystems pages with Marker / NextMarker, 100 per page (the default and the most EFS returns),
 * echoes the Marker it was given, and answers FileSystemNotFound (404) for an unknown FileSystemId.
 */
import type { DescribeFileSystemsRequest, DescribeFileSystemsResponse, FileSystemDescription } from '@aws-sdk/client-efs';
import type { ResourceGenerator } from '../generator.js';
import { hashSeed } from '../rng.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { efsGenerator } from './efs/generator.js';

export type SimFileSystem = Partial<Omit<FileSystemDescription, 'CreationTime'>> & { FileSystemId: string; CreationTime?: Date | string };

export interface EfsSection {
  fileSystems?: SimFileSystem[];
}

const PAGE_SIZE = 100;

/** A stable key id for the account's AWS managed EFS key in this region. */
function managedKeyArn(ctx: SimContext): string {
  const h = (s: string) => hashSeed(`${ctx.account.id}/${ctx.region}/aws/elasticfilesystem/${s}`).toString(16).padStart(8, '0');
  const hex = `${h('a')}${h('b')}${h('c')}${h('d')}`;
  return `arn:aws:kms:${ctx.region}:${ctx.account.id}:key/${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function describe(ctx: SimContext, fs: SimFileSystem): FileSystemDescription {
  const { CreationTime, ...rest } = fs;
  const tags = rest.Tags ?? [];
  const name = tags.find((t) => t.Key === 'Name')?.Value;
  const encrypted = rest.Encrypted ?? false;
  return {
    OwnerId: ctx.account.id,
    CreationToken: `console-${fs.FileSystemId}`,
    FileSystemArn: `arn:aws:elasticfilesystem:${ctx.region}:${ctx.account.id}:file-system/${fs.FileSystemId}`,
    LifeCycleState: 'available',
    NumberOfMountTargets: 2,
    SizeInBytes: { Value: 6144, ValueInStandard: 6144, ValueInIA: 0, ValueInArchive: 0 },
    PerformanceMode: 'generalPurpose',
    ThroughputMode: 'bursting',
    FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
    ...(name !== undefined ? { Name: name } : {}),
    ...rest,
    CreationTime: CreationTime === undefined ? new Date('2024-02-01T10:00:00Z') : new Date(CreationTime),
    Tags: tags,
    Encrypted: encrypted,
    ...(encrypted ? { KmsKeyId: rest.KmsKeyId ?? managedKeyArn(ctx) } : {}),
  };
}

function describeFileSystems(input: DescribeFileSystemsRequest, ctx: SimContext): DescribeFileSystemsResponse {
  if (input.MaxItems !== undefined && input.MaxItems < 1) throw new SimError('BadRequest', 'MaxItems must be greater than 0.', 400);
  if (input.FileSystemId && input.CreationToken) throw new SimError('BadRequest', 'Specify either FileSystemId or CreationToken, not both.', 400);
  let all = (ctx.regional<EfsSection>('elasticfilesystem').fileSystems ?? []).map((fs) => describe(ctx, fs));
  if (input.FileSystemId) {
    all = all.filter((fs) => fs.FileSystemId === input.FileSystemId || fs.FileSystemArn === input.FileSystemId);
    if (!all.length) throw new SimError('FileSystemNotFound', `File system '${input.FileSystemId}' does not exist.`, 404);
  }
  if (input.CreationToken) all = all.filter((fs) => fs.CreationToken === input.CreationToken);
  const p = page(all, input.Marker, Math.min(input.MaxItems ?? PAGE_SIZE, PAGE_SIZE), PAGE_SIZE);
  return { ...(input.Marker ? { Marker: input.Marker } : {}), FileSystems: p.items, NextMarker: p.next };
}

export const service: SimService = {
  signingName: 'elasticfilesystem',
  sdk: '@aws-sdk/client-efs',
  operations: { DescribeFileSystems: describeFileSystems },
};

export const generators: ResourceGenerator[] = [efsGenerator];
