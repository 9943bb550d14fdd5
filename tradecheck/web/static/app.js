// tradecheck's page. Plain JavaScript, no framework, nothing fetched from elsewhere.
// Article text is only ever put on the page as text (textContent, text nodes), never as HTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const RANK = { inconsistent: 3, consistent: 2, unverifiable: 1 };
  const STATUS_TEXT = { inconsistent: "inconsistent", consistent: "consistent", unverifiable: "unverifiable",
                        unchecked: "not checked" };
  const HOW = { text: "read in its sentence", context: "carried from an earlier sentence", default: "assumed",
                guess: "guessed" };
  const MEASURE = { trade_total: "trade (turnover)", exports: "exports", imports: "imports", balance: "balance",
                    other: "not a trade flow" };
  const BOUND = { eq: "as written", approx: "about", gt: "more than", ge: "at least", lt: "less than", le: "at most" };
  const SYMBOLS = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CNY ", AUD: "A$", CAD: "C$" };
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#e377c2"];
  const COLORS = { inconsistent: "#b71c1c", consistent: "#1b6e2a", unverifiable: "#5f5f5f", unchecked: "#1456a8" };

  const state = { fileName: null, defaultReference: "all", result: null };

  // -- small helpers ----------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) node.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function num(x) {
    if (x >= 100) return String(Number(x.toFixed(1)));
    if (x < 10) return String(Number(x.toPrecision(3)));
    return String(Number(x.toFixed(2)));
  }

  // as tradecheck/check/format.py writes money: "$3.4bn", "-$800mn", "€2.1bn"
  function money(v, currency) {
    if (v === null || v === undefined) return "?";
    const sym = SYMBOLS[currency || "USD"] ?? `${currency} `;
    const sign = v < 0 ? "-" : "";
    const a = Math.abs(v);
    for (const [size, word] of [[1e12, "trn"], [1e9, "bn"], [1e6, "mn"]]) {
      if (a >= size * 0.9995) return `${sign}${sym}${num(a / size)}${word}`;
    }
    return `${sign}${sym}${Math.round(a).toLocaleString("en-US")}`;
  }

  function figure(v) {
    if (v === null || v === undefined) return "?";
    return Math.abs(v) >= 1000 ? money(v) : String(Number(v.toPrecision(3)));
  }

  function pair(c) {
    if (!c.reporter && !c.partner) return "?";
    const a = c.reporter || "?", b = c.partner || "?";
    if (c.measure === "exports") return `${a} exports to ${b}`;
    if (c.measure === "imports") return `${a} imports from ${b}`;
    if (c.measure === "balance") return `${a}'s balance with ${b}`;
    return `${a}–${b}`;
  }

  // Offsets in the JSON count Unicode code points (Python's str); JavaScript strings count
  // UTF-16 units. They differ only after a character outside the BMP (an emoji, say).
  function utf16(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
    const at = [];
    let u = 0;
    for (const ch of text) { at.push(u); u += ch.length; }
    at.push(u);
    return (i) => at[Math.min(i, at.length - 1)];
  }

  function claimStatus(findings) {
    const status = {};
    for (const f of findings) {
      for (const id of f.claims) {
        if (!status[id] || RANK[f.status] > RANK[status[id]]) status[id] = f.status;
      }
    }
    return status;
  }

  function showError(message) {
    $("error").textContent = message;
    $("error").hidden = false;
  }

  async function errorOf(response) {
    const raw = await response.text();
    try { return JSON.parse(raw).error || `HTTP ${response.status}`; } catch { return `HTTP ${response.status}: ${raw.slice(0, 200)}`; }
  }

  // -- the form ---------------------------------------------------------------------------

  async function loadSources() {
    try {
      const r = await fetch("/api/sources");
      if (!r.ok) return;
      const data = await r.json();
      const select = $("reference");
      for (const s of data.sources) {
        const years = s.first && s.last ? ` (${s.first}–${s.last})` : "";
        select.append(el("option", { value: s.source }, `${s.source}${years}`));
      }
      state.defaultReference = data.default;
      const known = [...select.options].find((o) => o.value.toLowerCase() === data.default.toLowerCase());
      if (known) {
        known.value = data.default;
      } else {  // a file or a source prefix set in the server's configuration
        select.prepend(el("option", { value: data.default }, `the server's setting: ${data.default}`));
      }
      select.value = data.default;
    } catch { /* the select keeps all and none */ }
  }

  async function readFile(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`${file.name} is not UTF-8 text: save it as UTF-8 (or UTF-16) and open it again`);
    }
  }

  $("file").addEventListener("change", async () => {
    const file = $("file").files[0];
    if (!file) return;
    $("error").hidden = true;
    try {
      $("text").value = await readFile(file);
      state.fileName = file.name;
      $("file-note").textContent = `${file.name}: ${file.size.toLocaleString("en-US")} bytes, opened here (nothing is uploaded until you press Check).`;
    } catch (e) {
      showError(e.message);
    }
  });

  function request(format) {
    const body = { text: $("text").value };
    if (state.fileName) body.name = state.fileName;
    if ($("kind").value) body.kind = $("kind").value;
    if ($("published").value) body.published = $("published").value;
    if ($("reference").value !== state.defaultReference) body.reference = $("reference").value;
    if (format) body.format = format;
    return body;
  }

  async function post(path, body) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  $("form").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("error").hidden = true;
    const body = request();
    if (!body.text.trim()) {
      showError("Paste a draft or open a file first.");
      return;
    }
    const button = $("check");
    button.disabled = true;
    button.textContent = "Checking…";
    try {
      const r = await post("/api/verify", body);
      if (!r.ok) {
        showError(await errorOf(r));
        return;
      }
      const raw = await r.text();
      state.result = { request: body, raw, data: JSON.parse(raw) };
      render(state.result);
    } catch (e) {
      showError(`The server did not answer (${e.message}). Is tradecheck serve still running?`);
    } finally {
      button.disabled = false;
      button.textContent = "Check";
    }
  });

  for (const button of document.querySelectorAll(".download")) {
    button.addEventListener("click", async () => {
      const result = state.result;
      if (!result) return;
      const format = button.dataset.format;
      const stem = (result.request.name || "draft").replace(/\.[^.]*$/, "");
      let blob;
      if (format === "json") {
        blob = new Blob([result.raw], { type: "application/json" });  // exactly what the API answered
      } else {
        const r = await post("/api/verify", { ...result.request, format });
        if (!r.ok) { showError(await errorOf(r)); return; }
        blob = await r.blob();
      }
      const a = el("a", { href: URL.createObjectURL(blob), download: `${stem}.${format}` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    });
  }

  // -- the result -------------------------------------------------------------------------

  function render(result) {
    const { data, request: req } = result;
    const status = claimStatus(data.findings);
    result.status = status;
    result.claims = Object.fromEntries(data.claims.map((c) => [c.id, c]));
    const s = data.summary;
    const n = data.findings.length;
    $("summary").textContent = `${s.claims} figure${s.claims === 1 ? "" : "s"}, ${n} finding${n === 1 ? "" : "s"}: `
      + `${s.inconsistent} inconsistent, ${s.consistent} consistent, ${s.unverifiable} unverifiable`
      + (data.document.published ? ` · published ${data.document.published}` : " · no publication date found");
    $("doc-name").textContent = req.name || "Draft";
    renderArticle(req.text, data, status);
    renderFindings(data, result);
    hideCard();
    $("result").hidden = false;
    renderChart(result);
  }

  function renderArticle(text, data, status) {
    const article = $("article");
    article.replaceChildren();
    const at = utf16(text);
    let pos = 0;
    for (const c of [...data.claims].sort((x, y) => x.start - y.start)) {
      const a = at(c.start), b = at(c.end);
      if (a < pos) continue;  // overlaps the figure before it
      article.append(document.createTextNode(text.slice(pos, a)));
      const st = status[c.id] || "unchecked";
      const mark = el("mark", { class: `claim s-${st}`, tabindex: "0", role: "button", title: tooltip(c, st),
                                dataset: { claim: c.id, status: st } }, text.slice(a, b));
      mark.addEventListener("click", (e) => { e.stopPropagation(); selectClaim(c.id, mark); });
      mark.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectClaim(c.id, mark); }
      });
      article.append(mark);
      pos = b;
    }
    article.append(document.createTextNode(text.slice(pos)));
  }

  function tooltip(c, st) {
    const value = c.kind === "amount" ? money(c.value_usd) : factorText(c);
    return `${c.id}: ${value} · ${MEASURE[c.measure] || c.measure || "?"} · ${pair(c)} · ${c.period || "period unknown"} · ${STATUS_TEXT[st]}`;
  }

  function factorText(c) {
    if (c.factor === null || c.factor === undefined) return c.text;
    if (c.kind === "share") return `${Number((c.factor * 100).toPrecision(4))}% share`;
    if (c.kind === "percent_change") {
      const pct = (c.factor - 1) * 100;
      return `${pct >= 0 ? "+" : ""}${Number(pct.toPrecision(4))}% (×${Number(c.factor.toPrecision(4))})`;
    }
    return `×${Number(c.factor.toPrecision(4))}`;
  }

  function findingItem(f, result) {
    const chips = f.claims.map((id) => {
      const c = result.claims[id];
      const st = result.status[id] || "unchecked";
      return el("span", { class: `chip s-${st}`, title: id }, c ? c.text : id);
    });
    const numbers = [];
    if (f.expected !== null && f.expected !== undefined) numbers.push(`implied ${figure(f.expected)}`);
    if (f.observed !== null && f.observed !== undefined) numbers.push(`stated ${figure(f.observed)}`);
    const item = el("li", { class: `finding s-${f.status}`, tabindex: "0", role: "button", "aria-pressed": "false",
                            dataset: { finding: f.id } },
      el("div", { class: "head" }, el("span", { class: `badge s-${f.status}` }, f.status),
         el("span", {}, f.check), f.severity !== "info" ? el("span", {}, f.severity) : null, el("span", {}, f.id)),
      el("p", { class: "msg" }, f.message),
      numbers.length ? el("p", { class: "numbers" }, numbers.join(" · ")) : null,
      el("p", { class: "figs" }, "figures: ", ...chips));
    const toggle = () => focusFinding(f, item);
    item.addEventListener("click", toggle);
    item.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
    return item;
  }

  function renderFindings(data, result) {
    const main = $("findings"), more = $("findings-more");
    main.replaceChildren();
    more.replaceChildren();
    const order = { inconsistent: 0, consistent: 1, unverifiable: 2 };
    const sorted = [...data.findings].sort((a, b) => order[a.status] - order[b.status]);
    const unverifiable = sorted.filter((f) => f.status === "unverifiable");
    const fold = unverifiable.length > 3;
    for (const f of sorted) {
      ((fold && f.status === "unverifiable") ? more : main).append(findingItem(f, result));
    }
    $("more").hidden = !fold;
    $("more").open = false;
    $("more-title").textContent = `${unverifiable.length} unverifiable: no reference figure, or an attribution too unsure to judge`;
    $("no-findings").hidden = data.findings.length > 0;
  }

  function clearFocus() {
    for (const n of document.querySelectorAll(".focus, .selected, .active, .related")) {
      n.classList.remove("focus", "selected", "active", "related");
    }
    for (const n of document.querySelectorAll(".finding[aria-pressed=true]")) n.setAttribute("aria-pressed", "false");
  }

  function focusFinding(f, item) {
    const was = item.classList.contains("active");
    clearFocus();
    hideCard();
    if (was) return;
    item.classList.add("active");
    item.setAttribute("aria-pressed", "true");
    let first = null;
    for (const id of f.claims) {
      for (const n of document.querySelectorAll(`[data-claim="${CSS.escape(id)}"]`)) {
        n.classList.add("focus");
        if (!first && n.tagName === "MARK") first = n;
      }
    }
    if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function selectClaim(id, mark) {
    clearFocus();
    const c = state.result.claims[id];
    for (const n of document.querySelectorAll(`[data-claim="${CSS.escape(id)}"]`)) n.classList.add("selected");
    for (const f of state.result.data.findings) {
      if (!f.claims.includes(id)) continue;
      const item = document.querySelector(`[data-finding="${CSS.escape(f.id)}"]`);
      if (item) item.classList.add("related");
    }
    showCard(c, mark || document.querySelector(`mark[data-claim="${CSS.escape(id)}"]`));
  }

  // -- a figure's reading -----------------------------------------------------------------

  // `attribution` names what decided each attribute: where it was read (text, context,
  // guess), or the name of the rule that decided it; either is shown.
  function how(c, key) {
    const h = c.attribution && c.attribution[key];
    return h ? el("span", { class: "how" }, ` (${HOW[h] || `rule: ${h}`})`) : null;
  }

  function row(dl, term, ...value) {
    dl.append(el("dt", {}, term), el("dd", {}, ...value));
  }

  function showCard(c, mark) {
    const card = $("card");
    const st = state.result.status[c.id] || "unchecked";
    const dl = el("dl");
    if (c.kind === "amount") {
      let reading = money(c.value_usd);
      if (c.currency && c.currency !== "USD") {
        reading = `${money(c.value, c.currency)} = ${c.value_usd === null ? "? (no rate known)" : money(c.value_usd)}`;
      }
      row(dl, "Value in USD", reading);
      const lo = c.low === null || c.low === undefined ? "…" : money(c.low);
      const hi = c.high === null || c.high === undefined ? "…" : money(c.high);
      row(dl, "Allows", `${lo} to ${hi} (${BOUND[c.bound] || c.bound}, with its rounding)`);
      if (c.fx) row(dl, "Rate", typeof c.fx === "object" ? JSON.stringify(c.fx) : String(c.fx));
      if (c.value_usd_note) row(dl, "Note", c.value_usd_note);
    } else {
      row(dl, c.kind === "share" ? "Share" : "Change", `${factorText(c)} (${BOUND[c.bound] || c.bound})`);
    }
    row(dl, "Period", c.period || "not found", how(c, "period"));
    if (c.base_period) row(dl, "Compared with", c.base_period, how(c, "base_period"));
    row(dl, "Pair", pair(c), how(c, "pair"));
    row(dl, "Flow", MEASURE[c.measure] || c.measure || "?", how(c, "measure"));
    if (c.commodity) row(dl, "Product", c.commodity, how(c, "commodity"));
    if (c.source) row(dl, "Source", String(c.source));
    const findings = state.result.data.findings.filter((f) => f.claims.includes(c.id));
    const list = findings.length
      ? el("ul", {}, ...findings.map((f) => el("li", {}, `${f.id} ${f.check}: ${f.status}`)))
      : "none: nothing to check it against";
    row(dl, "Findings", list);
    const close = el("button", { type: "button", class: "close", "aria-label": "Close" }, "×");
    close.addEventListener("click", () => { hideCard(); clearFocus(); });
    card.replaceChildren(close, el("h3", { id: "card-title" }, `“${c.text}” `,
      el("span", { class: `badge s-${st}` }, STATUS_TEXT[st]), el("span", { class: "how" }, ` ${c.id}, ${c.kind.replace("_", " ")}`)), dl);
    card.hidden = false;
    if (mark) {
      const wrap = card.parentElement.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      const left = Math.max(8, Math.min(m.left - wrap.left, wrap.width - card.offsetWidth - 8));
      card.style.left = `${left}px`;
      card.style.top = `${m.bottom - wrap.top + 6}px`;
    } else {
      card.style.left = "8px";
      card.style.top = "40px";
    }
  }

  function hideCard() {
    $("card").hidden = true;
  }

  document.addEventListener("keydown", (e) => { if (e.key === "Escape") { hideCard(); clearFocus(); } });
  document.addEventListener("click", (e) => {
    if (!$("card").hidden && !$("card").contains(e.target) && !e.target.closest("mark, .pt")) hideCard();
  });

  // -- the chart --------------------------------------------------------------------------

  function chartKeys(data) {
    const counts = new Map();
    for (const c of data.claims) {
      if (c.kind !== "amount" || c.value_usd === null || !c.reporter || !c.partner || c.commodity) continue;
      if (!(c.measure in MEASURE) || c.measure === "other") continue;
      const key = `${c.reporter}|${c.partner}|${c.measure}`;
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }

  function renderChart(result) {
    const figureEl = $("chart");
    const keys = chartKeys(result.data);
    const ref = result.request.reference ?? state.defaultReference;
    if (!keys.length || ref === "none") { figureEl.hidden = true; return; }
    const pick = $("chart-pick");
    pick.replaceChildren(...keys.map((k) => {
      const [a, b, m] = k.split("|");
      return el("option", { value: k }, pair({ reporter: a, partner: b, measure: m }) + (m === "trade_total" ? " trade" : ""));
    }));
    pick.hidden = keys.length < 2;
    pick.onchange = () => drawChart(result, pick.value);
    drawChart(result, keys[0]);
  }

  async function drawChart(result, key) {
    const [a, b, measure] = key.split("|");
    const params = new URLSearchParams({ a, b, measure });
    if (result.request.reference) params.set("reference", result.request.reference);
    let data;
    try {
      const r = await fetch(`/api/series?${params}`);
      if (!r.ok) { $("chart").hidden = true; return; }
      data = await r.json();
    } catch { $("chart").hidden = true; return; }
    if (state.result !== result) return;  // a newer check replaced this one meanwhile
    const figureEl = $("chart");
    const title = `${pair({ reporter: a, partner: b, measure })}${measure === "trade_total" ? " trade" : ""}: reference data and this draft`;
    $("chart-title").textContent = title;
    const claims = result.data.claims.filter((c) => c.kind === "amount" && c.value_usd !== null && c.reporter === a
      && c.partner === b && c.measure === measure && !c.commodity);
    const yearly = claims.filter((c) => /^\d{4}$/.test(c.period || ""));
    const notes = [];
    if (claims.length > yearly.length) notes.push(`${claims.length - yearly.length} figure(s) for part of a year or an unknown period are not shown.`);
    if (!data.series.length) {
      $("chart-body").replaceChildren();
      $("chart-legend").replaceChildren();
      $("chart-note").textContent = `No reference data for ${a}–${b} in the chosen sources. ${notes.join(" ")}`;
      figureEl.hidden = false;
      return;
    }
    $("chart-note").textContent = notes.join(" ");
    $("chart-body").replaceChildren(plot(data.series, yearly, result.status, title));
    $("chart-legend").replaceChildren(
      ...data.series.map((s, i) => el("li", {}, keySwatch(PALETTE[i % PALETTE.length]), s.label)),
      el("li", {}, keySwatch(COLORS.inconsistent, true), "this draft's figures (colour by status)"));
    figureEl.hidden = false;
  }

  function keySwatch(color, dot) {
    const k = el("span", { class: "key" });
    k.style.background = color;
    if (dot) { k.style.width = "8px"; k.style.height = "8px"; k.style.borderRadius = "50%"; }
    return k;
  }

  function ticks(lo, hi, n) {
    const span = hi - lo || 1;
    const raw = span / n;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= n) || 10 * mag;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
    return out;
  }

  function plot(series, claims, status, title) {
    const W = 460, H = 250, L = 54, R = 10, T = 10, B = 24;
    const xs = [], ys = [0];
    for (const s of series) for (const p of s.points) { xs.push(+p.period + 0.5); ys.push(p.value_usd); }
    for (const c of claims) {
      xs.push(+c.period + 0.5);
      ys.push(c.value_usd);
      if (c.low !== null && c.low !== undefined) ys.push(c.low);
      if (c.high !== null && c.high !== undefined) ys.push(c.high);
    }
    const x0 = Math.floor(Math.min(...xs)), x1 = Math.ceil(Math.max(...xs));
    let y0 = Math.min(...ys), y1 = Math.max(...ys);
    y1 = y1 + (y1 - y0) * 0.06 || 1;
    const X = (v) => L + (v - x0) / (x1 - x0 || 1) * (W - L - R);
    const Y = (v) => T + (1 - (v - y0) / (y1 - y0 || 1)) * (H - T - B);
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title });
    for (const v of ticks(y0, y1, 5)) {
      root.append(svg("line", { class: "grid", x1: L, x2: W - R, y1: Y(v), y2: Y(v) }),
        svg("text", { x: L - 6, y: Y(v) + 4, "text-anchor": "end" }, money(v)));
    }
    const yearStep = Math.max(1, Math.ceil((x1 - x0) / 6));
    for (let yr = x1 - 1; yr >= x0; yr -= yearStep) {  // from the latest year back, so it is labelled
      root.append(svg("text", { x: X(yr + 0.5), y: H - 8, "text-anchor": "middle" }, String(yr)));
    }
    root.append(svg("line", { class: "axis", x1: L, x2: W - R, y1: Y(Math.max(y0, 0)), y2: Y(Math.max(y0, 0)) }));
    series.forEach((s, i) => {
      const color = PALETTE[i % PALETTE.length];
      const pts = s.points.map((p) => [X(+p.period + 0.5), Y(p.value_usd)]);
      const g = svg("g", {}, svg("title", {}, s.label));
      if (!s.label.startsWith("published figures") && pts.length > 1) {
        g.append(svg("polyline", { points: pts.map((p) => p.join(",")).join(" "), fill: "none", stroke: color, "stroke-width": 2 }));
      }
      for (const [px, py] of pts) {
        g.append(s.label.startsWith("published figures")
          ? svg("rect", { x: px - 4, y: py - 4, width: 8, height: 8, fill: color, transform: `rotate(45 ${px} ${py})` })
          : svg("circle", { cx: px, cy: py, r: 2.5, fill: color }));
      }
      root.append(g);
    });
    const same = {};  // figures for the same year side by side, not on top of each other
    for (const c of claims) (same[c.period] ||= []).push(c.id);
    for (const c of claims) {
      const st = status[c.id] || "unchecked";
      const color = COLORS[st];
      const peers = same[c.period];
      const px = X(+c.period + 0.5) + (peers.indexOf(c.id) - (peers.length - 1) / 2) * 8;
      const g = svg("g", { class: "pt", "data-claim": c.id, tabindex: "0" },
        svg("title", {}, `${c.id} “${c.text}”: ${money(c.value_usd)}, ${c.period}, ${STATUS_TEXT[st]}`));
      const lo = c.low ?? c.value_usd, hi = c.high ?? c.value_usd;
      g.append(svg("line", { x1: px, x2: px, y1: Y(lo), y2: Y(hi), stroke: color, "stroke-width": 2 }),
        svg("circle", { cx: px, cy: Y(c.value_usd), r: 5, fill: "#fff", stroke: color, "stroke-width": 2.5 }));
      g.addEventListener("click", (e) => { e.stopPropagation(); selectClaim(c.id); });
      root.append(g);
    }
    return root;
  }

  loadSources();
})();
