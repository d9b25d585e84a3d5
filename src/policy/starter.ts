/**
 * The commented starter parapet.yaml that `parapet init` writes: every section present, each explained, with
 * examples commented out so the file changes nothing until edited (scans behave as with no config file).
 */

/** The starter parapet.yaml text. It loads with `loadConfig` without any diagnostic. */
export function starterConfig(): string {
  return `# parapet.yaml: project configuration for Parapet.
# Every section is optional except \`version\`. Command-line flags always win over this file.
# Unknown or misspelt keys are errors, so a typo never silently drops a setting.
version: 1

# What a scan covers when the command line does not say.
targets:
  # aws:
  #   profile: security-audit                 # a named profile from ~/.aws/config
  #   roleArn: arn:aws:iam::123456789012:role/ParapetAudit
  #   externalId: my-external-id
  #   organization: true                      # every account of the AWS Organization
  #   memberRole: OrganizationAccountAccessRole
  #   accounts: ['123456789012']              # quote account ids: YAML drops leading zeros of numbers
  #   excludeAccounts: ['210987654321']
  #   regions: [us-east-1, eu-west-1]         # default: every enabled region
  #   services: [s3, iam]
  # azure:
  #   subscriptions: [00000000-0000-0000-0000-000000000000]
  #   managementGroup: platform
  #   tenantId: 00000000-0000-0000-0000-000000000000
  # gcp:
  #   organization: organizations/123456789012
  #   folders: [folders/345678901234]
  #   projects: [my-project-id]

# Which rules run. Absent or empty lists select every rule.
rules:
  # include: ['aws.s3.*']                     # rule ids or globs; only these run
  # exclude: [aws.s3.bucket-mfa-delete-enabled] # removed after include
  # severity: medium+                         # or a list: [critical, high]
  # frameworks: [cis-aws-foundations-v5.0.0]  # rules mapped by any control of these frameworks
  # providers: [aws, azure, gcp]
  custom: []                                  # folders or files of custom YAML + CEL rules, e.g. [./policies]

# Accepted risks. A suppressed finding stays visible in every report, marked with its reason, but does not
# fail the scan. Each one needs a reason, an owner and a last day (YYYY-MM-DD, inclusive); after that day the
# findings open again. Select with at least one of rule (id or glob), asset (id glob) or finding (finding id),
# narrowed by accounts, regions and tags. \`parapet suppress <finding-id>\` adds entries here.
suppressions:
  # - id: legacy-logs
  #   rule: 'aws.s3.*'
  #   asset: 'arn:aws:s3:::legacy-*'
  #   accounts: ['123456789012']
  #   regions: [us-east-1]
  #   tags: {env: sandbox}
  #   reason: Legacy bucket, migration tracked in SEC-123
  #   owner: alice@example.com
  #   until: 2027-03-31

# What marks a data store as holding sensitive data. Validated now; read by risk prioritization (a later release).
classification:
  sensitive:
    # tags: {data-class: [confidential, restricted], pii: ['*']}   # '*': the tag with any value
    # names: ['*-pii-*', 'customer-*']

# Report defaults.
output:
  format: table                               # table | json | csv | ocsf | sarif | junit | html
  # failOn: high                              # exit 1 when a failing finding has this severity or higher
  # db: .parapet/parapet.db                   # findings database, relative to this file
`;
}
