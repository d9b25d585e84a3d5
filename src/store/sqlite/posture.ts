import type Database from 'better-sqlite3';
import type { ControlRow, ScoreRow } from '../store.js';

/** Scan scores and control status (schema v2 `scan_scores`, `scan_controls`): plain statements on the connection. */
export class PostureTables {
  private readonly insertScore: Database.Statement;
  private readonly insertControl: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insertScore = db.prepare(
      `INSERT OR REPLACE INTO scan_scores (scan, scope, key, score, pass_weight, judged_weight, pass, fail, unknown)
       VALUES (@scan, @scope, @key, @score, @passWeight, @judgedWeight, @pass, @fail, @unknown)`,
    );
    this.insertControl = db.prepare(
      `INSERT OR REPLACE INTO scan_controls (scan, framework, control, status, pass, fail, unknown, not_applicable)
       VALUES (@scan, @framework, @control, @status, @pass, @fail, @unknown, @not_applicable)`,
    );
  }

  putScores(scan: number, rows: ScoreRow[]): void {
    for (const r of rows) this.insertScore.run({ scan, ...r });
  }

  putControls(scan: number, rows: ControlRow[]): void {
    for (const r of rows) this.insertControl.run({ scan, ...r });
  }

  scores(scan: number): ScoreRow[] {
    return (this.db.prepare('SELECT * FROM scan_scores WHERE scan = ? ORDER BY scope, key').all(scan) as RawScore[]).map(toScore);
  }

  history(scope: ScoreRow['scope'], key: string, limit: number): Array<ScoreRow & { scanId: string; at: string }> {
    const rows = this.db
      .prepare(
        `SELECT x.*, s.id AS scan_id, s.started_at AS at FROM scan_scores x JOIN scans s ON s.seq = x.scan
         WHERE x.scope = ? AND x.key = ? AND s.status = 'complete' ORDER BY s.seq DESC LIMIT ?`,
      )
      .all(scope, key, limit) as Array<RawScore & { scan_id: string; at: string }>;
    return rows.reverse().map((r) => ({ ...toScore(r), scanId: r.scan_id, at: r.at }));
  }

  controls(scan: number, framework?: string): ControlRow[] {
    const sql = `SELECT framework, control, status, pass, fail, unknown, not_applicable FROM scan_controls WHERE scan = ?${framework ? ' AND framework = ?' : ''} ORDER BY framework, rowid`;
    return (framework ? this.db.prepare(sql).all(scan, framework) : this.db.prepare(sql).all(scan)) as ControlRow[];
  }
}

interface RawScore {
  scope: ScoreRow['scope'];
  key: string;
  score: number | null;
  pass_weight: number;
  judged_weight: number;
  pass: number;
  fail: number;
  unknown: number;
}

const toScore = (r: RawScore): ScoreRow => ({ scope: r.scope, key: r.key, score: r.score, passWeight: r.pass_weight, judgedWeight: r.judged_weight, pass: r.pass, fail: r.fail, unknown: r.unknown });
