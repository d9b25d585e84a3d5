/**
 * Findings as the HTML report embeds them: column arrays of small integers into dictionaries, so 100,000
 * findings stay a few megabytes. Rules (id, title, severity, compliance), accounts, regions, types, reasons,
 * evidence and dates repeat across findings and are stored once; assets are stored once however many rules
 * judged them. Reasons and evidence that name their asset are stored with its id replaced by `ID_MARK` and its
 * name by `NAME_MARK`, so "Bucket X is public" is one dictionary entry for every bucket.
 */
import type { Finding } from '../../core/finding.js';
import { SEVERITIES, STATUSES } from '../../core/verdict.js';
import { evidenceJson } from '../json.js';
import { toJson } from '../write.js';

export const PROVIDERS = ['aws', 'azure', 'gcp'] as const;
export const STATES = ['open', 'resolved', 'suppressed'] as const;
/** Stand for the asset's name and id inside stored reasons and evidence (control characters no cloud name carries). */
export const NAME_MARK = '\u0001';
export const ID_MARK = '\u0002';
/** Longest reason and evidence text kept per finding (a whole policy document is not a report line). */
export const MAX_TEXT = 2000;

export interface EncodedFindings {
  dict: {
    /** `[id, title, severity index into SEVERITIES, "framework control; ..."]`. */
    rules: Array<[string, string, number, string]>;
    accounts: string[];
    regions: string[];
    types: string[];
    reasons: string[];
    /** Evidence lists as JSON text ('' for none). */
    evidence: string[];
    dates: string[];
  };
  /** One entry per asset in every column; `provider` indexes PROVIDERS, the others `dict`. */
  assets: { id: string[]; name: string[]; provider: number[]; account: number[]; region: number[]; type: number[] };
  /** One entry per finding in every column: `status` indexes STATUSES, `state` STATES, the others `dict`/`assets`. */
  rows: { rule: number[]; asset: number[]; status: number[]; state: number[]; reason: number[]; evidence: number[]; firstSeen: number[] };
}

/** Interns strings into a dictionary array. */
class Dict {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function clip(s: string): string {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… (${s.length - MAX_TEXT} more characters)` : s;
}

/**
 * The text with its asset's id replaced by ID_MARK, then its name by NAME_MARK (ids and names shorter than 4
 * characters are left alone). Marks already in the text become U+FFFD, so no text can pull a name in.
 */
export function templateText(text: string, asset: { id: string; name: string }): string {
  let out = text.replaceAll(NAME_MARK, '\uFFFD').replaceAll(ID_MARK, '\uFFFD');
  const usable = (s: string) => s.length >= 4 && !s.includes(NAME_MARK) && !s.includes(ID_MARK);
  if (usable(asset.id)) out = out.split(asset.id).join(ID_MARK);
  if (usable(asset.name)) out = out.split(asset.name).join(NAME_MARK);
  return out;
}

/** Findings encoded one at a time (`add`), so a scan's findings can stream in: only the columns stay. */
export class FindingEncoder {
  private readonly rules = new Map<string, number>();
  private readonly ruleList: EncodedFindings['dict']['rules'] = [];
  private readonly accounts = new Dict();
  private readonly regions = new Dict();
  private readonly types = new Dict();
  private readonly reasons = new Dict();
  private readonly evidence = new Dict();
  private readonly dates = new Dict();
  private readonly assetIndex = new Map<string, number>();
  private readonly assets: EncodedFindings['assets'] = { id: [], name: [], provider: [], account: [], region: [], type: [] };
  private readonly out: EncodedFindings['rows'] = { rule: [], asset: [], status: [], state: [], reason: [], evidence: [], firstSeen: [] };

  add(f: Finding): void {
    const { rules, ruleList, assetIndex, assets, out } = this;
    let r = rules.get(f.ruleId);
    if (r === undefined) {
      r = ruleList.length;
      rules.set(f.ruleId, r);
      ruleList.push([f.ruleId, f.title, Math.max(0, SEVERITIES.indexOf(f.severity)), f.compliance.map((c) => `${c.framework} ${c.control}`).join('; ')]);
    }
    const a = f.asset;
    let ai = assetIndex.get(a.id);
    if (ai === undefined) {
      ai = assets.id.length;
      assetIndex.set(a.id, ai);
      assets.id.push(a.id);
      assets.name.push(a.name);
      assets.provider.push(Math.max(0, (PROVIDERS as readonly string[]).indexOf(a.provider)));
      assets.account.push(this.accounts.id(a.account));
      assets.region.push(this.regions.id(a.region));
      assets.type.push(this.types.id(a.type));
    }
    out.rule.push(r);
    out.asset.push(ai);
    out.status.push(Math.max(0, STATUSES.indexOf(f.status)));
    out.state.push(Math.max(0, STATES.indexOf(f.state)));
    const accepted = f.suppression ? ` [suppressed: ${f.suppression.reason}${f.suppression.owner ? `; owner ${f.suppression.owner}` : ''}${f.suppression.until ? `; until ${f.suppression.until}` : ''}; ${f.suppression.source}]` : '';
    out.reason.push(this.reasons.id(clip(templateText(f.reason, a) + accepted)));
    out.evidence.push(this.evidence.id(f.evidence.length ? clip(templateText(toJson(f.evidence.map(evidenceJson)), a)) : ''));
    out.firstSeen.push(this.dates.id(f.firstSeen));
  }

  result(): EncodedFindings {
    return {
      dict: { rules: this.ruleList, accounts: this.accounts.list, regions: this.regions.list, types: this.types.list, reasons: this.reasons.list, evidence: this.evidence.list, dates: this.dates.list },
      assets: this.assets,
      rows: this.out,
    };
  }
}

export function encodeFindings(findings: Iterable<Finding>): EncodedFindings {
  const encoder = new FindingEncoder();
  for (const f of findings) encoder.add(f);
  return encoder.result();
}
