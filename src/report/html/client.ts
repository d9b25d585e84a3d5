/**
 * The report's script, as text (it runs in the browser, not in Node). It reads the encoded findings from
 * `<script id="findings-data" type="application/json">` and draws only the visible page of the findings
 * table; summaries are static HTML. Every value reaches the page through `textContent`, never as markup.
 *
 * `CLIENT_LOGIC` is pure (filter, sort, paging, decoding) so tests run it in a VM context; `CLIENT_UI` wires
 * it to the page. No template literals in here: this is a String.raw literal.
 */

export const CLIENT_LOGIC = String.raw`
var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
var STATUSES = ['pass', 'fail', 'unknown', 'not_applicable'];
var STATES = ['open', 'resolved', 'suppressed'];
var PROVIDERS = ['aws', 'azure', 'gcp'];
var NAME_MARK = '\u0001', ID_MARK = '\u0002';
/** Status order in the table: what needs attention first. */
var STATUS_RANK = [2, 0, 1, 3];

/** A stored reason or evidence text with its asset's name and id put back. */
function untemplate(d, text, asset) {
  return text.split(NAME_MARK).join(d.assets.name[asset]).split(ID_MARK).join(d.assets.id[asset]);
}
function reasonOf(d, row) {
  return untemplate(d, d.dict.reasons[d.rows.reason[row]], d.rows.asset[row]);
}
function evidenceOf(d, row) {
  return untemplate(d, d.dict.evidence[d.rows.evidence[row]], d.rows.asset[row]);
}

/** Ranks of the strings of a list in sorted order (equal strings share a rank). */
function ranks(list) {
  var order = list.map(function (_, i) { return i; });
  order.sort(function (a, b) { return list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0; });
  var out = new Int32Array(list.length), r = 0;
  for (var i = 0; i < order.length; i++) {
    if (i > 0 && list[order[i]] !== list[order[i - 1]]) r++;
    out[order[i]] = r;
  }
  return out;
}

/** Which entries of a string list contain the (lower-case) text. */
function matches(list, q, lower) {
  var out = new Uint8Array(list.length);
  for (var i = 0; i < list.length; i++) if (lower(i).indexOf(q) >= 0) out[i] = 1;
  return out;
}

/** Per-dataset caches (sort ranks, lower-case text), each computed on first use: the first page needs few. */
function prepare(d) {
  if (d._p) return d._p;
  var cache = {};
  var lazy = function (name, make) {
    Object.defineProperty(cache, name, { get: function () { var v = make(); Object.defineProperty(cache, name, { value: v }); return v; }, configurable: true });
  };
  cache.ruleSev = d.dict.rules.map(function (r) { return r[2]; });
  lazy('ruleRank', function () { return ranks(d.dict.rules.map(function (r) { return r[0]; })); });
  lazy('nameRank', function () { return ranks(d.assets.name); });
  lazy('accountRank', function () { return ranks(d.dict.accounts); });
  lazy('regionRank', function () { return ranks(d.dict.regions); });
  lazy('ruleText', function () { return d.dict.rules.map(function (r) { return (r[0] + ' ' + r[1]).toLowerCase(); }); });
  lazy('assetText', function () {
    return d.assets.id.map(function (id, i) {
      return (id + ' ' + d.assets.name[i] + ' ' + d.dict.accounts[d.assets.account[i]] + ' ' + d.dict.regions[d.assets.region[i]] + ' ' + d.dict.types[d.assets.type[i]]).toLowerCase();
    });
  });
  lazy('reasonText', function () { return d.dict.reasons.map(function (r) { return r.toLowerCase(); }); });
  d._p = cache;
  return cache;
}

var SORT_KEYS = {
  severity: function (d, p, i) { return p.ruleSev[d.rows.rule[i]]; },
  status: function (d, p, i) { return STATUS_RANK[d.rows.status[i]]; },
  rule: function (d, p, i) { return p.ruleRank[d.rows.rule[i]]; },
  asset: function (d, p, i) { return p.nameRank[d.rows.asset[i]]; },
  account: function (d, p, i) { return p.accountRank[d.assets.account[d.rows.asset[i]]]; },
  region: function (d, p, i) { return p.regionRank[d.assets.region[d.rows.asset[i]]]; }
};
/** Ties are broken in this order after the chosen key. */
var TIE_BREAK = ['severity', 'status', 'rule', 'asset'];

/**
 * Rows matching the filter, sorted. filter: { severity, provider, status: names or '' for any, text,
 * sort: a SORT_KEYS name, desc: boolean }.
 */
function query(d, filter) {
  var p = prepare(d);
  var n = d.rows.rule.length;
  var sev = filter.severity ? SEVERITIES.indexOf(filter.severity) : -1;
  var prov = filter.provider ? PROVIDERS.indexOf(filter.provider) : -1;
  var st = filter.status ? STATUSES.indexOf(filter.status) : -1;
  var q = (filter.text || '').trim().toLowerCase();
  var ruleHit, assetHit, reasonHit;
  if (q) {
    ruleHit = matches(p.ruleText, q, function (i) { return p.ruleText[i]; });
    assetHit = matches(p.assetText, q, function (i) { return p.assetText[i]; });
    reasonHit = matches(p.reasonText, q, function (i) { return p.reasonText[i]; });
  }
  var out = [];
  for (var i = 0; i < n; i++) {
    var r = d.rows.rule[i], a = d.rows.asset[i];
    if (sev >= 0 && p.ruleSev[r] !== sev) continue;
    if (prov >= 0 && d.assets.provider[a] !== prov) continue;
    if (st >= 0 && d.rows.status[i] !== st) continue;
    if (q && !ruleHit[r] && !assetHit[a] && !reasonHit[d.rows.reason[i]]) continue;
    out.push(i);
  }
  var keys = [filter.sort || 'severity'].concat(TIE_BREAK.filter(function (k) { return k !== (filter.sort || 'severity'); }));
  var cols = keys.map(function (k) {
    var f = SORT_KEYS[k], col = new Int32Array(n);
    for (var j = 0; j < out.length; j++) col[out[j]] = f(d, p, out[j]);
    return col;
  });
  var sign = filter.desc ? -1 : 1;
  out.sort(function (x, y) {
    for (var k = 0; k < cols.length; k++) {
      var c = cols[k][x] - cols[k][y];
      if (c !== 0) return k === 0 ? sign * c : c;
    }
    return x - y;
  });
  return out;
}

/** The page to show: clamps the page number; rows [start, end) of total. Pages are numbered from 1. */
function pageOf(total, page, size) {
  var pages = Math.max(1, Math.ceil(total / size));
  var p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  var start = (p - 1) * size;
  return { page: p, pages: pages, start: start, end: Math.min(total, start + size) };
}
`;

export const CLIENT_UI = String.raw`
(function () {
  var data = JSON.parse(document.getElementById('findings-data').textContent);
  var state = { severity: '', provider: '', status: '', text: '', sort: 'severity', desc: false, page: 1, size: 50 };
  var rows = [];
  var $ = function (id) { return document.getElementById(id); };
  var body = $('findings-body'), info = $('page-info'), count = $('match-count');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function detail(i) {
    var a = data.rows.asset[i], rule = data.dict.rules[data.rows.rule[i]];
    var tr = el('tr', 'detail'), td = el('td');
    td.colSpan = 7;
    var dl = el('dl');
    var add = function (k, v) { if (v) { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); } };
    add('Asset', data.assets.id[a]);
    add('Type', data.dict.types[data.assets.type[a]]);
    add('Reason', reasonOf(data, i));
    var ev = evidenceOf(data, i);
    if (ev) {
      var pretty = ev;
      try { pretty = JSON.stringify(JSON.parse(ev), null, 2); } catch (e) { pretty = ev; }
      dl.appendChild(el('dt', '', 'Evidence'));
      var dd = el('dd');
      dd.appendChild(el('pre', '', pretty));
      dl.appendChild(dd);
    }
    add('Compliance', rule[3]);
    add('State', STATES[data.rows.state[i]]);
    add('First seen', data.dict.dates[data.rows.firstSeen[i]]);
    td.appendChild(dl);
    tr.appendChild(td);
    return tr;
  }

  function drawPage() {
    var pg = pageOf(rows.length, state.page, state.size);
    state.page = pg.page;
    var frag = document.createDocumentFragment();
    for (var k = pg.start; k < pg.end; k++) {
      var i = rows[k], a = data.rows.asset[i], rule = data.dict.rules[data.rows.rule[i]];
      var tr = el('tr', 'f');
      tr.dataset.row = String(i);
      var sev = SEVERITIES[rule[2]], st = STATUSES[data.rows.status[i]];
      tr.appendChild(el('td', '', '')).appendChild(el('span', 'sev sev-' + sev, sev));
      tr.appendChild(el('td', '', '')).appendChild(el('span', 'st st-' + st, st === 'not_applicable' ? 'n/a' : st));
      var rc = el('td', 'rule');
      rc.appendChild(el('div', 'title', rule[1]));
      rc.appendChild(el('code', '', rule[0]));
      tr.appendChild(rc);
      var ac = el('td', 'asset');
      ac.appendChild(el('div', '', data.assets.name[a]));
      ac.appendChild(el('small', '', PROVIDERS[data.assets.provider[a]] + ' · ' + data.dict.types[data.assets.type[a]]));
      tr.appendChild(ac);
      tr.appendChild(el('td', '', data.dict.accounts[data.assets.account[a]]));
      tr.appendChild(el('td', '', data.dict.regions[data.assets.region[a]]));
      tr.appendChild(el('td', 'reason', reasonOf(data, i)));
      frag.appendChild(tr);
    }
    body.replaceChildren(frag);
    info.textContent = rows.length ? (pg.start + 1).toLocaleString('en-US') + '–' + pg.end.toLocaleString('en-US') + ' of ' + rows.length.toLocaleString('en-US') + ' · page ' + pg.page + ' of ' + pg.pages : 'no findings match';
    count.textContent = rows.length.toLocaleString('en-US') + ' of ' + data.rows.rule.length.toLocaleString('en-US') + ' findings';
    $('first').disabled = $('prev').disabled = pg.page <= 1;
    $('next').disabled = $('last').disabled = pg.page >= pg.pages;
    var ths = document.querySelectorAll('#findings th[data-sort]');
    for (var t = 0; t < ths.length; t++) {
      var on = ths[t].dataset.sort === state.sort;
      ths[t].setAttribute('aria-sort', on ? (state.desc ? 'descending' : 'ascending') : 'none');
    }
  }

  function refilter() {
    rows = query(data, state);
    state.page = 1;
    drawPage();
  }

  function bindSelect(id, key) {
    $(id).addEventListener('change', function (e) { state[key] = e.target.value; refilter(); });
  }
  bindSelect('f-severity', 'severity');
  bindSelect('f-provider', 'provider');
  bindSelect('f-status', 'status');
  var timer;
  $('f-text').addEventListener('input', function (e) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.text = e.target.value; refilter(); }, 150);
  });
  $('f-size').addEventListener('change', function (e) { state.size = Number(e.target.value) || 50; state.page = 1; drawPage(); });
  $('first').addEventListener('click', function () { state.page = 1; drawPage(); });
  $('prev').addEventListener('click', function () { state.page--; drawPage(); });
  $('next').addEventListener('click', function () { state.page++; drawPage(); });
  $('last').addEventListener('click', function () { state.page = Infinity; drawPage(); });
  document.querySelector('#findings thead').addEventListener('click', function (e) {
    var th = e.target.closest('th[data-sort]');
    if (!th) return;
    if (state.sort === th.dataset.sort) state.desc = !state.desc;
    else { state.sort = th.dataset.sort; state.desc = false; }
    refilter();
  });
  body.addEventListener('click', function (e) {
    var tr = e.target.closest('tr.f');
    if (!tr) return;
    var next = tr.nextElementSibling;
    if (next && next.classList.contains('detail')) next.remove();
    else tr.after(detail(Number(tr.dataset.row)));
  });

  refilter();
  document.body.dataset.ready = 'true';
  performance.mark('parapet:first-page');
})();
`;

/** The whole script. */
export const CLIENT_SCRIPT = `${CLIENT_LOGIC}\n${CLIENT_UI}`;
