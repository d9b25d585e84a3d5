/** Compiles route path templates (`compute/v1/projects/{project}/zones/{zone}/instances`) into matchers. */
import type { GcpRoute, GcpSimService } from './service.js';

export interface CompiledRoute {
  api: string;
  route: GcpRoute;
  re: RegExp;
  names: string[];
}

export function compile(api: string, route: GcpRoute): CompiledRoute {
  const names: string[] = [];
  const body = route.path
    .replace(/^\/+/, '')
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{\+?([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      // One path segment; a `:verb` suffix (`projects/{project}:getIamPolicy`) stays outside the parameter.
      return part.startsWith('{+') ? '(.+?)' : '([^/]+?)';
    })
    .join('');
  return { api, route, re: new RegExp(`^${body}/?$`), names };
}

export class RouteTable {
  private readonly byApi = new Map<string, CompiledRoute[]>();

  constructor(services: GcpSimService[]) {
    for (const s of services) {
      const list = this.byApi.get(s.api) ?? [];
      for (const r of s.routes) list.push(compile(s.api, r));
      this.byApi.set(s.api, list);
    }
  }

  has(api: string): boolean {
    return this.byApi.has(api);
  }

  apis(): string[] {
    return [...this.byApi.keys()];
  }

  /** The route for `method path` (path after `/<api>/`), with its decoded parameters. */
  match(api: string, method: string, path: string): { route: CompiledRoute; params: Record<string, string> } | undefined {
    for (const c of this.byApi.get(api) ?? []) {
      if (c.route.method !== method) continue;
      const m = c.re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] ?? '')));
      return { route: c, params };
    }
    return undefined;
  }
}
