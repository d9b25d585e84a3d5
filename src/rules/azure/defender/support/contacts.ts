import type { SecurityContact } from '@azure/arm-security';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';
import { same } from '../../support/check.js';

/**
 * A security contact as securityContacts.list returns it. The installed SDK models the 2017 API (`email`,
 * `alertNotifications`, `alertsToAdmins`); the 2023 API renamed them (`emails`, `notificationsSources`,
 * `notificationsByRole`), so both spellings are read.
 */
export type Contact = SecurityContact & {
  emails?: string;
  isEnabled?: boolean;
  notificationsByRole?: { state?: string; roles?: string[] };
  notificationsSources?: Array<{ sourceType?: string; minimalSeverity?: string }>;
};

/** The per-subscription settings asset holding securityContacts.list (aspect `securityContacts`). */
export const CONTACTS_TYPE = 'Microsoft.Security/securityContacts';

export const contactsOf = (asset: Asset): Contact[] => need<Contact[] | null>(asset, 'securityContacts') ?? [];

export const emailsOf = (c: Contact): string[] => [c.email, c.emails].flatMap((e) => (e ? e.split(/[;,]/) : [])).map((e) => e.trim()).filter(Boolean);

export const notifiesOwners = (c: Contact): boolean =>
  same(c.alertsToAdmins, 'On') || (same(c.notificationsByRole?.state, 'On') && (c.notificationsByRole?.roles ?? []).some((r) => same(r, 'Owner')));

/** Severity from which alert e-mails are sent, or null when alert e-mails are off. The 2017 API sends from High. */
export function alertSeverityOf(c: Contact): string | null {
  if (same(c.alertNotifications, 'On')) return 'High';
  const source = (c.notificationsSources ?? []).find((s) => same(s.sourceType, 'Alert'));
  return source?.minimalSeverity ?? null;
}

export const CONTACT_REFS = ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'];
export const CONTACT_TF = 'resource "azurerm_security_center_contact" "this" {\n  name                = "default1"\n  email               = "secops@example.com"\n  alert_notifications = true\n  alerts_to_admins    = true\n}';
