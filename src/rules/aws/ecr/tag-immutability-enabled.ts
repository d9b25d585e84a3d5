import type { Repository } from '@aws-sdk/client-ecr';
import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';
import { REPOSITORY_ASPECT } from './support/repository.js';

export const rule: Rule = {
  id: 'aws.ecr.tag-immutability-enabled',
  title: 'ECR private repositories have tag immutability enabled',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ECR::Repository'],
  rationale:
    'With mutable tags, anyone who can push can replace the image behind a tag that deployments already trust (v1.4.2, prod): the next pull runs different code than was reviewed and scanned. Immutable tags make a tag mean one image forever.',
  remediation: {
    steps: ['Move deployments to unique tags (version or commit) if they reuse tags such as latest.', 'Set the repository\'s tag mutability to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION for a few moving tags).'],
    cli: 'aws ecr put-image-tag-mutability --repository-name <repository> --image-tag-mutability IMMUTABLE',
    terraform: 'resource "aws_ecr_repository" "example" {\n  name                 = "example"\n  image_tag_mutability = "IMMUTABLE"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ECR.2' }],
  version: 1,
  evaluate(asset) {
    const repo = need<Repository>(asset, REPOSITORY_ASPECT);
    const mode = repo.imageTagMutability;
    const path = `config.${REPOSITORY_ASPECT}.imageTagMutability`;
    if (!mode) throw new MissingData('DescribeRepositories returned no imageTagMutability', [{ path, observed: null, expected: 'IMMUTABLE' }]);
    const exclusions = (repo.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter);
    const evidence = [{ path, observed: mode, expected: 'IMMUTABLE or IMMUTABLE_WITH_EXCLUSION' }];
    if (mode === 'IMMUTABLE') return pass('Image tags are immutable', evidence);
    // Immutable except for a few named tags (for example `latest`): the tags deployments pin stay fixed.
    if (mode === 'IMMUTABLE_WITH_EXCLUSION') return pass(`Image tags are immutable except ${exclusions.join(', ') || 'the excluded filters'}`, evidence);
    return fail(mode === 'MUTABLE_WITH_EXCLUSION' ? `Image tags are mutable except ${exclusions.join(', ') || 'the excluded filters'}` : 'Image tags are mutable', evidence);
  },
};
