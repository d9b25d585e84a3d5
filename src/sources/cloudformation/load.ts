/**
 * CloudFormation templates (YAML or JSON) → IacResources: one per resource whose Condition holds (or is
 * not known), with `Properties` resolved (src/sources/cloudformation/intrinsics.ts), the line of the
 * resource and of each property, and its inline suppressions.
 */
import { readFileSync, statSync } from 'node:fs';
import { isUnknown, MAX_FILE_BYTES, type Diagnostic, type IacResource, type InlineSuppression, type SourceResult } from '../model.js';
import { NO_VALUE, Resolver } from './intrinsics.js';
import { parseTemplate, type ParsedTemplate } from './parse.js';

export interface CloudFormationOptions {
  parameters?: Record<string, string>;
  region?: string;
  account?: string;
}

/**
 * A cheap content sniff: the template format version, or a top-level `Resources` map with an `AWS::` type
 * in it (YAML or JSON).
 */
export function isCloudFormation(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (/["']?AWSTemplateFormatVersion["']?\s*:/.test(head)) return true;
  const hasResources = /^\s*["']?Resources["']?\s*:/m.test(head) || /"Resources"\s*:\s*\{/.test(head);
  return hasResources && /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(head);
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v);

/** `# parapet:ignore <rule-id> <reason>` */
const IGNORE = /#\s*parapet:ignore(?:\s+(\S+))?(?:\s+(.*\S))?\s*$/;

function commentSuppressions(parsed: ParsedTemplate, line: number, file: string, diags: Diagnostic[]): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  const take = (n: number) => {
    const text = parsed.textLines[n - 1];
    const m = text === undefined ? null : IGNORE.exec(text);
    if (!m) return;
    if (!m[1] || !m[2]) {
      diags.push({ severity: 'warning', file, line: n, code: 'SuppressionWithoutReason', message: `parapet:ignore ${m[1] ?? ''} needs a rule id and a reason; it is not applied`.replace('  ', ' ') });
      return;
    }
    out.push({ ruleId: m[1], reason: m[2], file, line: n });
  };
  take(line);
  for (let n = line - 1; n >= 1; n--) {
    const t = parsed.textLines[n - 1]?.trim();
    if (!t?.startsWith('#')) break;
    take(n);
  }
  return out;
}

function metadataSuppressions(meta: unknown, line: number, file: string, diags: Diagnostic[], lineOf: (v: unknown) => number | undefined): InlineSuppression[] {
  const parapet = isObj(meta) ? meta.parapet : undefined;
  const ignore = isObj(parapet) ? parapet.ignore : undefined;
  if (ignore === undefined) return [];
  const out: InlineSuppression[] = [];
  if (!Array.isArray(ignore)) {
    diags.push({ severity: 'warning', file, line: lineOf(parapet) ?? line, code: 'SuppressionWithoutReason', message: 'Metadata.parapet.ignore must be a list of { rule, reason }' });
    return out;
  }
  for (const item of ignore) {
    const at = lineOf(item) ?? line;
    const rule = isObj(item) && typeof item.rule === 'string' ? item.rule : undefined;
    const reason = isObj(item) && typeof item.reason === 'string' && item.reason.trim() ? item.reason.trim() : undefined;
    if (!rule || !reason) {
      diags.push({ severity: 'warning', file, line: at, code: 'SuppressionWithoutReason', message: `Metadata.parapet.ignore entry ${rule ?? '(no rule)'} needs a rule and a reason; it is not applied` });
      continue;
    }
    out.push({ ruleId: rule, reason, file, line: at });
  }
  return out;
}

/** Parses and resolves one template's text; `file` names it in resources and diagnostics. Never throws. */
export function loadCloudFormationText(text: string, file: string, opts: CloudFormationOptions = {}): SourceResult {
  const diagnostics: Diagnostic[] = [];
  const resources: IacResource[] = [];
  try {
    const parsed = parseTemplate(text, file, diagnostics);
    if (!parsed) return { resources, diagnostics };
    const tpl = parsed.value;
    if (!isObj(tpl) || !('Resources' in tpl)) {
      diagnostics.push({ severity: 'error', file, line: 1, code: 'NotATemplate', message: 'not a CloudFormation template: no top-level Resources section' });
      return { resources, diagnostics };
    }
    const lineOf = (v: unknown): number | undefined => (v !== null && typeof v === 'object' ? parsed.lines.get(v) : undefined);
    const topLines = parsed.keyLines.get(tpl);
    const resMap = tpl.Resources;
    if (!isObj(resMap)) {
      diagnostics.push({ severity: 'error', file, line: topLines?.get('Resources') ?? 1, code: 'NotATemplate', message: 'Resources must be a map of logical ids to resources' });
      return { resources, diagnostics };
    }
    const transform = tpl.Transform;
    if (transform !== undefined && transform !== null) {
      diagnostics.push({ severity: 'warning', file, line: topLines?.get('Transform') ?? 1, code: 'TransformNotExpanded', message: `Transform ${JSON.stringify(transform)} is not expanded; resources it would create are not scanned` });
    }
    const ids = new Set(Object.keys(resMap));
    const resolver = new Resolver(tpl, file, opts, diagnostics, lineOf, ids);
    const resLines = parsed.keyLines.get(resMap);
    const providerConfig: Record<string, unknown> = {};
    if (opts.region) providerConfig.region = opts.region;
    if (opts.account) providerConfig.account = opts.account;
    for (const [id, def] of Object.entries(resMap)) {
      const line = resLines?.get(id) ?? lineOf(def) ?? 1;
      if (!isObj(def) || typeof def.Type !== 'string') {
        diagnostics.push({ severity: 'error', file, line, code: 'InvalidResource', message: `resource ${id} needs a Type` });
        continue;
      }
      if (def.Condition !== undefined) {
        const c = resolver.condition(def.Condition, parsed.keyLines.get(def)?.get('Condition') ?? line);
        if (c === false) continue;
        if (isUnknown(c)) diagnostics.push({ severity: 'warning', file, line, code: 'ConditionUnknown', message: `resource ${id} is kept, but whether it is created depends on condition ${String(def.Condition)}, which is not known before deploy (${c.reason})` });
      }
      let values: Record<string, unknown> = {};
      const lines: Record<string, number> = {};
      if (def.Properties !== undefined && def.Properties !== null) {
        const props = resolver.resolve(def.Properties, line);
        if (isObj(props)) values = props;
        else if (props !== NO_VALUE) diagnostics.push({ severity: 'error', file, line, code: 'InvalidResource', message: `resource ${id}: Properties must be a map` });
        const propLines = isObj(def.Properties) ? parsed.keyLines.get(def.Properties) : undefined;
        for (const [k, l] of propLines ?? []) if (k in values) lines[k] = l;
      }
      const suppressions = [...commentSuppressions(parsed, line, file, diagnostics), ...metadataSuppressions(def.Metadata, line, file, diagnostics, lineOf)];
      resources.push({ type: def.Type, mode: 'managed', address: id, module: '', name: id, root: file, file, line, values, lines, suppressions, providerConfig: { ...providerConfig } });
    }
  } catch (e) {
    // A bug, not bad input; still never thrown out of the loader.
    diagnostics.push({ severity: 'error', file, line: 1, code: 'InternalError', message: `template could not be evaluated: ${(e as Error).message}` });
  }
  return { resources, diagnostics };
}

/** Reads and loads one template file. Never throws. */
export function loadCloudFormation(file: string, opts: CloudFormationOptions = {}): SourceResult {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return { resources: [], diagnostics: [{ severity: 'error', file, line: 1, code: 'FileTooLarge', message: `${size} bytes is more than the ${MAX_FILE_BYTES} bytes a template may have` }] };
    }
    return loadCloudFormationText(readFileSync(file, 'utf8'), file, opts);
  } catch (e) {
    return { resources: [], diagnostics: [{ severity: 'error', file, line: 1, code: 'FileUnreadable', message: (e as Error).message }] };
  }
}
