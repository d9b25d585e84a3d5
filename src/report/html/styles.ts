/** The report's stylesheet (inline: the file must open with no network). Light and dark follow the system. */
export const STYLES = `
:root{--bg:#fff;--fg:#1d2330;--muted:#5b6475;--line:#e3e6eb;--head:#f5f6f8;--good:#2e8540;--fair:#c98a00;--poor:#c62828;
--critical:#8e0000;--high:#d32f2f;--medium:#ef6c00;--low:#1565c0;--info:#607d8b;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#14171c;--fg:#e3e6eb;--muted:#9aa3b2;--line:#2b3039;--head:#1c2027}}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
h1{margin:0 0 4px;font-size:24px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
header{display:flex;justify-content:space-between;align-items:flex-start;gap:24px}
.meta,.hint{color:var(--muted);margin:2px 0}.note{color:var(--fair)}
.score{text-align:right;min-width:180px}.score .label{display:block;color:var(--muted)}.score .value{display:block;font-size:44px;font-weight:700;line-height:1.1}
.bar{display:inline-block;width:120px;height:8px;background:var(--line);border-radius:4px;vertical-align:middle;overflow:hidden}
.bar>span{display:block;height:100%}.bar .good{background:var(--good)}.bar .fair{background:var(--fair)}.bar .poor{background:var(--poor)}
table{border-collapse:collapse;width:100%;margin:4px 0}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--head);position:sticky;top:0;font-weight:600;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.cols{display:grid;grid-template-columns:1fr 1.4fr;gap:24px;align-items:start}.cols3{display:grid;grid-template-columns:1fr 1fr 1.4fr;gap:24px;align-items:start}
table.controls td:first-child code,#top-controls td code{white-space:nowrap}
.scroll{max-height:340px;overflow:auto}
.trend{width:100%;max-width:760px;height:auto}
.trend .grid{stroke:var(--line)}.trend .axis{fill:var(--muted);font-size:11px}
.trend .line{fill:none;stroke:#3367d6;stroke-width:2}.trend .dot{fill:#3367d6}
.sev,.st{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;font-weight:600;color:#fff}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}.sev-info{background:var(--info)}
td.sev-critical,td.sev-high,td.sev-medium,td.sev-low,td.sev-info{background:none;color:inherit;font-weight:600}
.st-pass{background:var(--good)}.st-fail{background:var(--poor)}.st-partial{background:#7cb342}.st-unknown{background:var(--fair)}
.st-manual{background:var(--info)}.st-not_applicable{background:#9e9e9e}
details.framework{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:6px 10px}
details.framework summary{cursor:pointer}.fw-name{font-weight:600}.fw-score{font-variant-numeric:tabular-nums;margin:0 6px}
.fw-statuses{margin-left:8px}tr.section th{background:var(--head);font-weight:600}
.manual{color:var(--muted);font-size:12px}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
.filters input[type=search]{min-width:260px}
.pager{display:flex;gap:6px;align-items:center;margin:8px 0}
#findings th[data-sort]{cursor:pointer}#findings th[aria-sort=ascending]::after{content:" ▲"}#findings th[aria-sort=descending]::after{content:" ▼"}
#findings tr.f{cursor:pointer}#findings tr.f:hover{background:var(--head)}
#findings td.rule .title{font-weight:500}#findings td.asset div{word-break:break-all}#findings small{color:var(--muted)}
#findings td.reason{max-width:420px}
tr.detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}tr.detail dt{color:var(--muted)}tr.detail dd{margin:0;word-break:break-all}
tr.detail pre{margin:0;white-space:pre-wrap;font-size:12px}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`;
