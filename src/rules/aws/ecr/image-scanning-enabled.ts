import type { RepositoryScanningConfiguration } from '@aws-sdk/client-ecr';
import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';
import { SCANNING_ASPECT } from './support/repository.js';

const SCANNED = new Set(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']);

export const rule: Rule = {
  id: 'aws.ecr.image-scanning-enabled',
  title: 'ECR private repositories scan images for vulnerabilities',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::ECR::Repository'],
  rationale:
    'Images pushed without a scan reach production with whatever vulnerable packages they carry. Scan on push (basic) or continuous scanning (enhanced, Amazon Inspector) reports known CVEs as soon as an image arrives, and continuous scanning keeps checking as new CVEs are published.',
  remediation: {
    steps: [
      'Prefer registry-level enhanced scanning with a filter that matches every repository (continuous scanning).',
      'Or, with basic scanning, add a registry scanning rule (or the repository setting) for scan on push.',
    ],
    cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    terraform: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "ENHANCED"\n  rule {\n    scan_frequency = "CONTINUOUS_SCAN"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ECR.1' }],
  version: 1,
  evaluate(asset) {
    const scanning = need<RepositoryScanningConfiguration | null>(asset, SCANNING_ASPECT);
    const path = `config.${SCANNING_ASPECT}.scanFrequency`;
    if (!scanning?.scanFrequency) throw new MissingData('ECR returned no scanning configuration for the repository', [{ path, observed: null, expected: 'SCAN_ON_PUSH or CONTINUOUS_SCAN' }]);
    const filters = (scanning.appliedScanFilters ?? []).map((f) => f.filter);
    const evidence = [{ path, observed: scanning.scanFrequency, expected: 'SCAN_ON_PUSH or CONTINUOUS_SCAN' }];
    if (!SCANNED.has(scanning.scanFrequency)) return fail('Images are only scanned when someone starts a scan by hand', evidence);
    return pass(`Images are scanned (${scanning.scanFrequency}${filters.length ? ` via registry filter ${filters.join(', ')}` : ''})`, evidence);
  },
};
