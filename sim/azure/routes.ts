/**
 * Matching request paths against ARM path templates, case-insensitively as ARM does. Parameters named
 * like ARM's scope parameters (`{resourceUri}`, `{scope}`, `{scopeId}`, `{resourceId}`) span several path
 * segments (the REST specs mark them `x-ms-skip-url-encoding`); every other parameter is one segment.
 * When several templates match, the one with more literal segments wins (a subscription-level route over
 * a `{resourceUri}` one).
 */
import type { AzureRoute, AzureSimService } from './service.js';

const MULTI_SEGMENT = new Set(['resourceuri', 'scope', 'scopeid', 'resourceid']);

export interface CompiledRoute {
  route: AzureRoute;
  service: AzureSimService;
  regex: RegExp;
  names: string[];
  literals: number;
}

export function compileRoutes(services: AzureSimService[]): CompiledRoute[] {
  const out: CompiledRoute[] = [];
  for (const service of services) {
    for (const route of service.routes) {
      const names: string[] = [];
      let literals = 0;
      const parts = route.path
        .replace(/^\/+/, '')
        .split('/')
        .map((seg) => {
          const m = /^\{([^}]+)\}$/.exec(seg);
          if (!m) {
            literals++;
            return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          }
          names.push(m[1]!);
          return MULTI_SEGMENT.has(m[1]!.toLowerCase()) ? '(.+?)' : '([^/]+)';
        });
      out.push({ route, service, regex: new RegExp(`^/${parts.join('/')}/?$`, 'i'), names, literals });
    }
  }
  // Most specific first, so the first match is the best.
  return out.sort((a, b) => b.literals - a.literals);
}

export function matchRoute(routes: CompiledRoute[], method: string, path: string): { compiled: CompiledRoute; params: Record<string, string> } | undefined {
  for (const c of routes) {
    if (c.route.method !== method) continue;
    const m = c.regex.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => {
      params[n] = safeDecode(m[i + 1] ?? '');
    });
    return { compiled: c, params };
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The RBAC action a denial names: `Microsoft.Storage/storageAccounts.list` → `Microsoft.Storage/storageAccounts/read`. */
export function actionOf(route: AzureRoute): string {
  if (route.action) return route.action;
  const dot = route.operation.lastIndexOf('.');
  return `${dot > 0 ? route.operation.slice(0, dot) : route.operation}/read`;
}
