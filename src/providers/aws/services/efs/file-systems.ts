import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { tagsFromList, type AwsCollector } from '../../collector.js';

export const FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';

/**
 * EFS file systems of a region from DescribeFileSystems (Marker / NextMarker, 100 per page). The
 * description carries what the rules read (Encrypted, KmsKeyId), so there is no per-file-system call.
 * Aspect `fileSystem`: the FileSystemDescription.
 */
export const fileSystemsCollector: AwsCollector = {
  id: 'aws.efs.file-systems',
  service: 'elasticfilesystem',
  scope: 'regional',
  types: [FILE_SYSTEM_TYPE],
  permissions: ['elasticfilesystem:DescribeFileSystems'],
  async *collect(ctx) {
    const client = ctx.client(EFSClient);
    for await (const page of ctx.pages(
      'DescribeFileSystems',
      (Marker) => client.send(new DescribeFileSystemsCommand({ MaxItems: 100, Marker })),
      (p) => p.NextMarker || undefined,
    )) {
      ctx.progress(page.FileSystems?.length ?? 0);
      for (const fs of page.FileSystems ?? []) {
        if (!fs.FileSystemId) continue;
        const asset = ctx.asset({
          id: fs.FileSystemArn ?? `arn:${ctx.partition}:elasticfilesystem:${ctx.region}:${ctx.account}:file-system/${fs.FileSystemId}`,
          type: FILE_SYSTEM_TYPE,
          kind: 'storage.file-system',
          name: fs.Name ?? fs.FileSystemId,
          tags: tagsFromList(fs.Tags),
        });
        ctx.aspect(asset, 'fileSystem', { ok: true, value: fs });
        yield asset;
      }
    }
  },
};
