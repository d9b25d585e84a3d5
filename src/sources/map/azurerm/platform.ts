/**
 * Subscription-wide resources: RBAC role assignments and custom role definitions, the activity-log
 * diagnostic settings (`azurerm_monitor_diagnostic_setting` on the subscription), Defender plans and
 * security contacts (one settings asset per subscription, holding only the plans / contacts declared).
 */
import type { Asset } from '../../../core/asset.js';
import { Unknown, isUnknown, type IacResource } from '../../model.js';
import { AssetBuilder, blocks, iacId, knownString, type MapContext } from '../kit.js';
import { builder, list, loose, mapList, or, subscriptionOf, type Graph } from './common.js';
import { DIAGNOSTIC_SETTING_TF, diagnosticSettingModel, targetsSubscription } from './diagnostics.js';

export const ROLE_ASSIGNMENT = 'Microsoft.Authorization/roleAssignments';
export const ROLE_DEFINITION = 'Microsoft.Authorization/roleDefinitions';
export const DIAGNOSTIC_SETTING = 'Microsoft.Insights/diagnosticSettings';
export const DEFENDER_PRICINGS = 'Microsoft.Security/pricings';
export const SECURITY_CONTACTS = 'Microsoft.Security/securityContacts';

export const PLATFORM_TYPES = ['azurerm_role_assignment', 'azurerm_role_definition', DIAGNOSTIC_SETTING_TF, 'azurerm_security_center_subscription_pricing', 'azurerm_security_center_contact'] as const;

/** Built-in role ids (the same in every tenant) for `role_definition_name`. */
const BUILTIN_ROLES: Record<string, string> = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'user access administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  'role based access control administrator': 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
  'key vault administrator': '00482a5a-887f-4fb3-b363-3b7fe8e74483',
  'storage blob data owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  'storage blob data contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  'storage blob data reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
};

/** A scope argument: a known string, or `data.azurerm_subscription.x.id` as `/subscriptions/<provider's subscription>`. */
function scope(v: unknown, r: IacResource, g: Graph): unknown {
  if (!isUnknown(v)) return v;
  const sub = subscriptionOf(r);
  if (v.refs.length > 0 && v.refs.every((x) => /(^|\.)data\.azurerm_subscription\./.test(x))) return sub ? `/subscriptions/${sub}` : v;
  return g.refId(v);
}

function roleDefinitionId(r: IacResource, g: Graph): unknown {
  const v = r.values;
  const sub = subscriptionOf(r);
  const prefix = sub ? `/subscriptions/${sub}` : '';
  if (v.role_definition_id !== undefined) {
    const ref = g.refId(v.role_definition_id);
    // A custom role of this configuration: its `role_definition_resource_id` as ARM lists it.
    const role = g.targets(v.role_definition_id, ['azurerm_role_definition'])[0];
    // `data.azurerm_role_definition.x.id` of a built-in role read by name: its id is the same everywhere.
    const builtinName = role?.mode === 'data' ? knownString(role.values.name)?.toLowerCase() : undefined;
    const builtinId = builtinName ? BUILTIN_ROLES[builtinName] : undefined;
    if (builtinId) return `${prefix}/providers/Microsoft.Authorization/roleDefinitions/${builtinId}`;
    return role ? g.id(role) : ref;
  }
  const name = v.role_definition_name;
  if (isUnknown(name)) return name;
  const builtin = typeof name === 'string' ? BUILTIN_ROLES[name.toLowerCase()] : undefined;
  if (builtin) return `${prefix}/providers/Microsoft.Authorization/roleDefinitions/${builtin}`;
  const custom = typeof name === 'string' ? g.of('azurerm_role_definition').find((d) => d.values.name === name) : undefined;
  if (custom) return g.id(custom);
  return new Unknown(`the id of role "${String(name)}" is looked up by name on apply`);
}

function roleDefinitionArmId(r: IacResource): string | undefined {
  const sub = subscriptionOf(r);
  const guid = knownString(r.values.role_definition_id);
  return sub && guid ? `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${guid}` : undefined;
}

export const roleDefinitionIdBuilder = roleDefinitionArmId;

export function roleAssignmentArmId(r: IacResource, g: Graph): string | undefined {
  const s = knownString(scope(r.values.scope, r, g));
  if (s?.startsWith('iac:')) return undefined;
  const name = knownString(r.values.name);
  return s && name ? `${s.replace(/\/$/, '')}/providers/Microsoft.Authorization/roleAssignments/${name}` : undefined;
}

/** One settings asset per subscription for resources that each add one entry to a subscription-wide list. */
function settingsAsset(rs: IacResource[], g: Graph, ctx: MapContext, type: string, name: string, aspect: string, entry: (r: IacResource, sub: string | undefined) => unknown): Asset[] {
  const groups = new Map<string, IacResource[]>();
  for (const r of rs) {
    const key = `${r.root}\0${subscriptionOf(r) ?? ''}`;
    const l = groups.get(key);
    if (l) l.push(r);
    else groups.set(key, [r]);
  }
  const out: Asset[] = [];
  for (const members of groups.values()) {
    const first = members[0]!;
    const sub = subscriptionOf(first);
    const id = sub ? `/subscriptions/${sub}/providers/${type}` : `${iacId({ root: first.root, address: first.type })}`;
    const b = builder(first, g, ctx, { type, kind: 'account.setting', service: 'security', id, name, region: 'global', tags: {} });
    b.aspect(aspect, () => members.map((m) => entry(m, sub)));
    out.push(b.build());
  }
  return out;
}

export function mapPlatform(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  for (const r of g.of('azurerm_role_assignment')) {
    const v = r.values;
    const b = builder(r, g, ctx, { type: ROLE_ASSIGNMENT, kind: 'identity.role-assignment', service: 'authorization', region: 'global', tags: {} });
    const id = g.armId(r);
    b.aspect('assignment', () => ({
      ...(id ? { id } : {}),
      ...(v.name !== undefined ? { name: v.name } : {}),
      type: ROLE_ASSIGNMENT,
      scope: scope(v.scope, r, g),
      roleDefinitionId: roleDefinitionId(r, g),
      principalId: loose(v.principal_id),
      ...(v.principal_type !== undefined ? { principalType: v.principal_type } : {}),
      ...(v.description !== undefined ? { description: loose(v.description) } : {}),
      ...(v.condition !== undefined ? { condition: v.condition, conditionVersion: or(v.condition_version, '2.0') } : {}),
      ...(v.delegated_managed_identity_resource_id !== undefined ? { delegatedManagedIdentityResourceId: g.refId(v.delegated_managed_identity_resource_id) } : {}),
    }));
    out.push(b.build());
  }

  for (const r of g.of('azurerm_role_definition')) {
    const v = r.values;
    const id = g.armId(r);
    const b = builder(r, g, ctx, { type: ROLE_DEFINITION, kind: 'identity.role', service: 'authorization', region: 'global', tags: {} });
    b.aspect('definition', () => {
      const scopes = v.assignable_scopes;
      return {
        ...(id ? { id } : {}),
        ...(v.role_definition_id !== undefined ? { name: v.role_definition_id } : {}),
        type: ROLE_DEFINITION,
        roleName: v.name,
        ...(v.description !== undefined ? { description: v.description } : {}),
        roleType: 'CustomRole',
        permissions: blocks(v.permissions).map((p) => ({ actions: list(p.actions), notActions: list(p.not_actions), dataActions: list(p.data_actions), notDataActions: list(p.not_data_actions) })),
        // assignable_scopes defaults to the role's own scope.
        assignableScopes: scopes === undefined || (Array.isArray(scopes) && scopes.length === 0) ? [scope(v.scope, r, g)] : mapList(scopes, (s) => scope(s, r, g)),
      };
    });
    out.push(b.build());
  }

  for (const s of g.of(DIAGNOSTIC_SETTING_TF)) {
    if (!targetsSubscription(s)) continue;
    const t = s.values.target_resource_id;
    const sub = typeof t === 'string' ? /^\/subscriptions\/([^/]+)/i.exec(t)?.[1] : subscriptionOf(s);
    const name = knownString(s.values.name);
    const target = sub ? `/subscriptions/${sub}` : undefined;
    const id = target && name ? `${target}/providers/microsoft.insights/diagnosticSettings/${name}` : iacId(s);
    const b = new AssetBuilder(
      { provider: 'azure', id, type: DIAGNOSTIC_SETTING, kind: 'logging.audit-trail', name: name ?? s.name, ...(sub ? { account: sub } : {}), region: 'global' },
      s,
      ctx,
      'monitor',
    );
    b.aspect('setting', () => diagnosticSettingModel(s, g, target));
    out.push(b.build());
  }

  out.push(
    ...settingsAsset(g.of('azurerm_security_center_subscription_pricing'), g, ctx, DEFENDER_PRICINGS, 'pricings', 'defenderPlans', (r, sub) => {
      const plan = or(r.values.resource_type, 'VirtualMachines');
      return {
        ...(sub && typeof plan === 'string' ? { id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${plan}` } : {}),
        name: plan,
        type: DEFENDER_PRICINGS,
        pricingTier: r.values.tier,
        ...(r.values.subplan !== undefined ? { subPlan: r.values.subplan } : {}),
      };
    }),
  );
  out.push(
    ...settingsAsset(g.of('azurerm_security_center_contact'), g, ctx, SECURITY_CONTACTS, 'securityContacts', 'securityContacts', (r, sub) => {
      const v = r.values;
      const name = or(v.name, 'default1');
      const onOff = (x: unknown) => (isUnknown(x) ? x : x === true ? 'On' : 'Off');
      return {
        ...(sub && typeof name === 'string' ? { id: `/subscriptions/${sub}/providers/Microsoft.Security/securityContacts/${name}` } : {}),
        name,
        type: SECURITY_CONTACTS,
        email: v.email,
        ...(v.phone !== undefined ? { phone: loose(v.phone) } : {}),
        alertNotifications: onOff(v.alert_notifications),
        alertsToAdmins: onOff(v.alerts_to_admins),
      };
    }),
  );
  return out;
}
