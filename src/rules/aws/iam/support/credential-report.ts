import { MissingData, need } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';
import { ROOT_ROW_USER, type CredentialRow } from './credential-row.js';

/** `GetCredentialReport` as collected on `AWS::IAM::CredentialReport` (aspect `report`), CSV rows parsed. */
export interface CollectedCredentialReport {
  GeneratedTime?: string | Date;
  ReportFormat?: string;
  Rows: CredentialRow[];
}

/** The `<root_account>` row of the report; a report without one is missing data. */
export function rootRow(asset: Asset): { row: CredentialRow; index: number } {
  const report = need<CollectedCredentialReport>(asset, 'report');
  const index = report.Rows.findIndex((r) => r.user === ROOT_ROW_USER);
  const row = report.Rows[index];
  if (!row) throw new MissingData('The credential report has no <root_account> row', [{ path: 'config.report.Rows', observed: null, expected: ROOT_ROW_USER }]);
  return { row, index };
}
