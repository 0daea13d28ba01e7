// The explorer's pages: a hash router over the JSON API, redrawn every second. Chain data
// (outputs, addresses) is attacker-written: it is only ever set as text, never as HTML.
"use strict";

const POLL_MS = 1000;
const SVG = "http://www.w3.org/2000/svg";

// el builds an element: el("td", {class: "num"}, "text", child, ...).
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function link(href, text, attrs) { return el("a", Object.assign({href}, attrs || {}), text); }
function short(h) { return h ? h.slice(0, 10) + "…" : ""; }
function taskLink(id) { return link("#/task/" + id, "#" + id, {class: "task-link"}); }
function txCell(h) { return h && !/^0x0+$/.test(h) ? link("#/tx/" + h, short(h), {title: h, class: "tx mono"}) : ""; }
function txLink(h, id) { return link("#/tx/" + h, h, {class: "mono", id}); }
function wei(s) {
  if (s === undefined || s === null || s === "") return "";
  const n = BigInt(s);
  if (n >= 10n ** 15n) return (Number(n / 10n ** 12n) / 1e6).toFixed(6) + " ETH";
  if (n >= 10n ** 6n) return (Number(n / 1000n) / 1e6).toFixed(3) + " gwei";
  return s + " wei";
}
function ago(t) {
  if (!t) return "";
  const s = Math.max(0, Math.round(Date.now() / 1000 - t));
  return s < 120 ? s + " s ago" : Math.round(s / 60) + " min ago";
}

async function api(path) {
  const r = await fetch(path, {cache: "no-store"});
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function route() {
  const h = location.hash.replace(/^#/, "") || "/";
  const [path, query] = h.split("?");
  return {path, params: new URLSearchParams(query || "")};
}

// ---------------------------------------------------------------- tasks

async function renderTasks(view, params, stats) {
  const q = new URLSearchParams();
  for (const k of ["function", "requester", "state"]) if (params.get(k)) q.set(k, params.get(k));
  q.set("limit", "200");
  const tasks = await api("/api/tasks?" + q);
  const cards = el("div", {class: "cards", id: "summary"},
    card("tasks", stats.tasks, "stat-tasks"), card("pending", stats.pending, "stat-pending"),
    card("answered", stats.answered, "stat-answered"), card("expired", stats.expired, "stat-expired"),
    card("latency p50 / p90 (blocks)", stats.latencyP50 + " / " + stats.latencyP90, "stat-latency"),
    card("gas per task", Math.round(stats.gasPerTask), "stat-gas"));
  const filters = filterForm(params);
  const rows = tasks.map(t => el("tr", {class: "task", "data-task": t.id, "data-state": t.state},
    el("td", {}, taskLink(t.id)),
    el("td", {class: "state state-" + t.state}, t.state),
    el("td", {}, link("#/?function=" + t.functionId, String(t.functionId))),
    el("td", {}, link("#/?requester=" + t.requester, short(t.requester)), " "),
    el("td", {}, t.mode),
    el("td", {class: "num"}, t.state === "answered" ? t.latencyBlocks + " blk / " + t.latencySeconds + " s" : ""),
    el("td", {class: "num fuel"}, t.fuelUsed || ""),
    el("td", {class: "num gas"}, t.gas || ""),
    el("td", {class: "num"}, wei(t.fee)),
    el("td", {class: "output"}, t.state === "answered" ? (t.outputText !== undefined && t.outputText !== "" ? t.outputText.slice(0, 40) : short(t.outputDigest)) : (t.sealedInput ? "sealed input" : "")),
    el("td", {}, txCell(t.respondTx || t.createdTx)),
    el("td", {class: "muted"}, ago(t.respondedTime || t.createdTime))));
  view.replaceChildren(cards, filters, el("table", {id: "tasks"},
    el("thead", {}, el("tr", {}, ...["task", "state", "function", "requester", "mode", "latency", "fuel", "gas", "fee", "output", "tx", ""].map(h => el("th", {}, h)))),
    el("tbody", {}, ...rows)),
    tasks.length ? "" : el("p", {class: "muted", id: "no-tasks"}, "No tasks match yet."));
}

function card(label, value, id) { return el("div", {class: "card", id}, el("b", {}, String(value)), el("span", {class: "muted"}, label)); }

function filterForm(params) {
  const fn = el("input", {name: "function", placeholder: "function id", size: "10", value: params.get("function") || ""});
  const rq = el("input", {name: "requester", placeholder: "requester 0x…", size: "44", value: params.get("requester") || ""});
  const st = el("select", {name: "state"}, ...["", "pending", "answered", "expired"].map(s => {
    const o = el("option", {value: s}, s || "any state");
    if ((params.get("state") || "") === s) o.selected = true;
    return o;
  }));
  const form = el("form", {class: "filters", id: "filters"}, fn, rq, st, el("button", {type: "submit"}, "filter"), link("#/", "clear"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    if (fn.value) q.set("function", fn.value.trim());
    if (rq.value) q.set("requester", rq.value.trim());
    if (st.value) q.set("state", st.value);
    location.hash = "#/?" + q;
  });
  return form;
}

// ---------------------------------------------------------------- one task

async function renderTask(view, id) {
  const t = await api("/api/tasks/" + encodeURIComponent(id));
  const facts = [
    ["state", el("span", {id: "task-state", class: "state-" + t.state}, t.state)],
    ["function", link("#/?function=" + t.functionId, String(t.functionId))],
    ["requester", el("code", {id: "task-requester"}, t.requester)],
    ["mode", t.mode + (t.committeeSize ? " (" + t.committeeSize + " seats)" : "") + ", threshold " + t.thresholdPercentage + "% of quorums " + t.quorumNumbers.join(",")],
    ["runtime", t.runtime],
    ["deposit / paid", wei(t.fee) + (t.paid ? " / " + wei(t.paid) : "")],
    ["blocks", "created " + t.createdBlock + ", reference " + t.referenceBlock + ", deadline " + t.deadlineBlock + (t.respondedBlock ? ", answered " + t.respondedBlock : "")],
    ["latency", t.state === "answered" ? t.latencyBlocks + " blocks, " + t.latencySeconds + " s" : ""],
    ["input", t.inputBytes + " bytes" + (t.sealedInput ? " (sealed to the operators)" : "")],
  ];
  if (t.state === "answered") {
    facts.push(
      ["status", el("span", {id: "task-status"}, t.status)],
      ["fuel used", el("span", {id: "task-fuel"}, String(t.fuelUsed))],
      ["gas", el("span", {id: "task-gas"}, String(t.gas))],
      ["output digest", el("code", {id: "task-output-digest"}, t.outputDigest)],
      ["output check", el("span", {id: "task-output-checked", class: t.outputChecked ? "ok" : "bad"},
        t.outputChecked ? "keccak256(output) matches the signed digest" : (t.outputInline ? "MISMATCH: the output does not hash to the signed digest" : "output not on chain (only its digest)"))],
      ["response tx", txLink(t.respondTx, "task-respond-tx")],
      ["signed stake", t.signedStakePct ? t.signedStakePct + "%" : ""]);
    if (t.transcriptDigest && !/^0x0+$/.test(t.transcriptDigest)) facts.push(["HTTP transcript", el("code", {}, t.transcriptDigest)]);
  }
  if (t.callback && !/^0x0+$/.test(t.callback)) facts.push(["callback", el("code", {}, t.callback), " ", t.callbackOk === undefined ? "" : (t.callbackOk ? "succeeded" : "reverted")]);
  if (t.problem) facts.push(["note", el("span", {class: "error"}, t.problem)]);
  const dl = el("dl", {class: "facts", id: "task-facts", "data-task": t.id});
  for (const [k, ...v] of facts) dl.append(el("dt", {}, k), el("dd", {}, ...v));

  const parts = [el("h2", {}, "Task ", el("span", {id: "task-id"}, String(t.id))), dl];
  if (t.state === "answered") {
    parts.push(el("h3", {}, "Output"), el("pre", {id: "task-output"}, t.outputText !== undefined && t.outputText !== "" ? t.outputText : (t.outputHex ? "0x" + t.outputHex : "(empty)")));
  }
  parts.push(el("h3", {}, "Life"), el("ol", {class: "steps", id: "task-steps"},
    ...t.steps.map(s => el("li", {"data-kind": s.kind}, el("b", {}, s.kind), " at block " + s.block + " (" + new Date(s.time * 1000).toLocaleTimeString() + "), tx ", txLink(s.tx), el("br"), el("span", {class: "muted"}, s.detail)))));
  if (t.signers || t.nonSigners) {
    const ops = (list, cls) => (list || []).map(o => el("tr", {class: cls}, el("td", {}, cls), el("td", {}, el("code", {}, o.address)), el("td", {}, el("code", {}, short(o.id))), el("td", {class: "num"}, wei(o.stake))));
    parts.push(el("h3", {}, "Operators"), el("table", {id: "task-operators"},
      el("thead", {}, el("tr", {}, ...["", "address", "operator id", "stake"].map(h => el("th", {}, h)))),
      el("tbody", {}, ...ops(t.signers, "signed"), ...ops(t.nonSigners, "did-not-sign"))));
  }
  parts.push(el("h3", {}, "Check it yourself"), el("pre", {id: "task-verify"}, t.verify.join("\n")));
  view.replaceChildren(...parts);
}

// ---------------------------------------------------------------- one transaction

async function renderTx(view, hash) {
  const v = await api("/api/tx/" + encodeURIComponent(hash));
  const ids = list => list.length ? list.map(id => [taskLink(id), " "]).flat() : ["none"];
  view.replaceChildren(el("h2", {}, "Transaction"), el("dl", {class: "facts", id: "tx-facts"},
    el("dt", {}, "hash"), el("dd", {}, el("code", {id: "tx-hash"}, v.hash)),
    el("dt", {}, "block"), el("dd", {}, String(v.block)),
    el("dt", {}, "created tasks"), el("dd", {id: "tx-created"}, ...ids(v.created)),
    el("dt", {}, "answered tasks"), el("dd", {id: "tx-answered"}, ...ids(v.answered)),
    el("dt", {}, "gas per answered task"), el("dd", {}, v.gasPerTask ? String(v.gasPerTask) : "")));
}

// ---------------------------------------------------------------- functions, operators

async function renderFunctions(view) {
  const fns = await api("/api/functions");
  view.replaceChildren(el("h2", {}, "Functions"), el("table", {id: "functions"},
    el("thead", {}, el("tr", {}, ...["id", "owner", "module digest", "runtime", "mode", "fuel", "memory", "wall time", "max output", "base fee", "fuel price", "HTTP hosts", "tasks", "answered", "active"].map(h => el("th", {}, h)))),
    el("tbody", {}, ...fns.map(f => el("tr", {class: "function", "data-function": f.id},
      el("td", {}, link("#/?function=" + f.id, String(f.id))), el("td", {}, el("code", {}, short(f.owner))),
      el("td", {}, el("code", {title: f.moduleDigest}, short(f.moduleDigest))), el("td", {}, f.runtime), el("td", {}, f.mode + (f.committeeSize ? " (" + f.committeeSize + ")" : "")),
      el("td", {class: "num"}, f.fuelLimit), el("td", {class: "num"}, Math.round(f.memoryBytes / 1048576) + " MiB"), el("td", {class: "num"}, f.wallTimeMs + " ms"),
      el("td", {class: "num"}, f.maxOutputBytes), el("td", {class: "num"}, wei(f.baseFee)), el("td", {class: "num"}, wei(f.fuelPrice)),
      el("td", {}, (f.httpHosts || []).join(", ")), el("td", {class: "num tasks"}, f.tasks), el("td", {class: "num answered"}, f.answered), el("td", {}, f.active ? "yes" : "no"))))));
}

async function renderOperators(view) {
  const ops = await api("/api/operators");
  view.replaceChildren(el("h2", {}, "Operators"), el("table", {id: "operators"},
    el("thead", {}, el("tr", {}, ...["address", "operator id", "stake per quorum", "capacity", "signed", "missed", "earned", "slashing"].map(h => el("th", {}, h)))),
    el("tbody", {}, ...ops.map(o => el("tr", {class: "operator", "data-operator": o.address},
      el("td", {}, el("code", {}, o.address)), el("td", {}, el("code", {title: o.id}, short(o.id))),
      el("td", {}, Object.entries(o.stakes).map(([q, s]) => "q" + q + ": " + wei(s)).join(", ")),
      el("td", {}, o.cores ? o.cores + " cores, " + o.memoryMiB + " MiB, " + o.fuelRate + " Mfuel/s" : "not declared"),
      el("td", {class: "num signed"}, o.signed), el("td", {class: "num missed"}, o.missed), el("td", {class: "num earned"}, wei(o.earned)),
      el("td", {}, o.slashings.length ? o.slashings.map(s => s.kind + " @" + s.block + ": " + s.detail).join("; ") : "none"))))));
}

// ---------------------------------------------------------------- network charts

function chart(title, id, buckets, series) {
  const w = 600, h = 140, pad = 4;
  const max = Math.max(1, ...series.flatMap(s => buckets.map(b => b[s.key])));
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const n = Math.max(1, buckets.length - 1);
  for (const s of series) {
    const pts = buckets.map((b, i) => `${pad + (w - 2 * pad) * i / n},${h - pad - (h - 2 * pad) * b[s.key] / max}`).join(" ");
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute("points", pts);
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", s.color);
    line.setAttribute("stroke-width", "2");
    svg.append(line);
  }
  const first = buckets.length ? buckets[0].fromBlock : 0, last = buckets.length ? buckets[buckets.length - 1].toBlock : 0;
  return el("div", {class: "chart", id},
    el("h3", {}, title), svg,
    el("div", {class: "legend muted"}, ...series.map(s => el("span", {style: null}, "— " + s.label)), "max " + Math.round(max * 100) / 100 + ", blocks " + first + "–" + last));
}

async function renderNetwork(view) {
  const s = await api("/api/stats?buckets=40");
  const b = s.buckets;
  view.replaceChildren(el("h2", {}, "Network"),
    el("div", {class: "cards"}, card("head block", s.head, "net-head"), card("indexed to", s.indexed, "net-indexed"), card("tasks", s.tasks, "net-tasks"),
      card("latency p50 / p90 / p99 (blocks)", s.latencyP50 + " / " + s.latencyP90 + " / " + s.latencyP99, "net-latency"),
      card("gas per task (mean)", Math.round(s.gasPerTask), "net-gas"), card("functions", s.functions), card("operators", s.operators)),
    chart("Throughput: tasks per interval", "chart-throughput", b, [{key: "created", label: "created", color: "#3451b2"}, {key: "answered", label: "answered", color: "#1a7f37"}, {key: "expired", label: "expired", color: "#c0392b"}]),
    chart("Latency (blocks from creation to answer)", "chart-latency", b, [{key: "latencyP50", label: "p50", color: "#1a7f37"}, {key: "latencyP90", label: "p90", color: "#9a6700"}, {key: "latencyP99", label: "p99", color: "#c0392b"}]),
    chart("Gas per answered task", "chart-gas", b, [{key: "gasPerTask", label: "gas", color: "#3451b2"}]));
}

// ---------------------------------------------------------------- loop

let inflight = false;
async function refresh() {
  if (inflight) return;
  inflight = true;
  const view = document.getElementById("view");
  const {path, params} = route();
  try {
    const st = await api("/api/stats?buckets=1");
    document.getElementById("head").textContent = "block " + st.head + (st.indexed < st.head ? " (indexing " + st.indexed + ")" : "");
    if (path === "/" || path === "/tasks") await renderTasks(view, params, st);
    else if (path.startsWith("/task/")) await renderTask(view, path.slice(6));
    else if (path.startsWith("/tx/")) await renderTx(view, path.slice(4));
    else if (path === "/functions") await renderFunctions(view);
    else if (path === "/operators") await renderOperators(view);
    else if (path === "/network") await renderNetwork(view);
    else view.replaceChildren(el("p", {class: "error"}, "No such page."));
  } catch (e) {
    view.replaceChildren(el("p", {class: "error", id: "error"}, String(e.message || e)));
  } finally {
    inflight = false;
  }
}

window.addEventListener("hashchange", refresh);
refresh();
setInterval(() => {
  // Redrawing under a focused filter field would take the user's typing away.
  const a = document.activeElement;
  if (a && (a.tagName === "INPUT" || a.tagName === "SELECT")) return;
  refresh();
}, POLL_MS);
