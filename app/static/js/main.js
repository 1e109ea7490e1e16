// The explorer page: search, draw a neighbourhood, expand it, read the evidence.
import * as api from "./api.js";
import { DetailsPanel } from "./details-panel.js";
import { h } from "./dom.js";
import { GraphView } from "./graph-view.js";
import { labelName, labelStyle } from "./labels.js";
import { NetworkStore, nodeKey } from "./network.js";
import { SearchBox } from "./search-box.js";

const $ = (id) => document.getElementById(id);

const state = {
  root: null, // {key, id, label, name}
  expanded: new Set(), // keys of the nodes whose neighbourhood is fetched
  hiddenLabels: new Set(),
};
const store = new NetworkStore();

const filters = {
  since: $("since"),
  until: $("until"),
  depth: $("depth"),
  meetingsAsNodes: $("meetings-as-nodes"),
};

function range() {
  return { since: filters.since.value || undefined, until: filters.until.value || undefined };
}

// --- status: loading, error, messages ------------------------------------------------------

let pending = 0;
function busy(on) {
  pending += on ? 1 : -1;
  $("loading").hidden = pending === 0;
  $("graph").setAttribute("aria-busy", String(pending > 0));
}

function showError(message) {
  const banner = $("error");
  banner.replaceChildren(
    h("span", {}, message),
    h("button", { type: "button", class: "link-button", "aria-label": "Dismiss", onclick: () => (banner.hidden = true) }, "×"),
  );
  banner.hidden = false;
}

/** A message over the drawing: centred on an empty canvas, as a note above nodes otherwise. */
function showMessage(title, text) {
  const box = $("canvas-message");
  if (!title) {
    box.hidden = true;
    return;
  }
  box.replaceChildren(h("h1", {}, title), h("p", {}, text));
  box.classList.toggle("note", !view.isEmpty());
  box.hidden = false;
}

// --- the drawing ---------------------------------------------------------------------------

const panel = new DetailsPanel($("panel"), {
  onPickNode: (key) => pickNode(key),
  onPickEdge: (id) => pickEdge(id),
  onFocus: (node) => explore(node),
  getRange: range,
});

const view = new GraphView($("graph"), {
  onNodeClick: (key) => pickNode(key),
  onEdgeClick: (id) => pickEdge(id),
  onBackgroundClick: () => {
    view.select(null);
    panel.clear();
  },
});

// A person's meetings are one hop away and the people they met two, so expanding a person
// fetches two hops; anything else one.
const expandDepth = (node) => (node.label === "Person" ? 2 : 1);

async function fetchNeighborhood(node, depth) {
  busy(true);
  try {
    return await api.neighborhood(node.id, { label: node.label, depth, ...range() });
  } finally {
    busy(false);
  }
}

function redraw() {
  const network = store.derive({ anchors: state.expanded, meetingsAsNodes: filters.meetingsAsNodes.checked });
  view.draw(network, { root: state.root?.key, expanded: state.expanded });
  applyHiddenLabels();
  updateLegend();
}

/** Fetches and draws the network of the root from scratch, keeping what was expanded. */
async function reload() {
  if (!state.root) return;
  $("error").hidden = true;
  const root = state.root;
  const others = [...state.expanded].filter((key) => key !== root.key).map((key) => store.nodes.get(key)).filter(Boolean);
  let answers;
  try {
    answers = await Promise.all([
      fetchNeighborhood(root, Number(filters.depth.value)),
      ...others.map((node) => fetchNeighborhood(node, expandDepth(node)).catch(() => null)),
    ]);
  } catch (err) {
    if (root !== state.root) return;
    store.clear();
    view.clear();
    updateLegend();
    showMessage(`Could not load ${root.name}`, err.message);
    return;
  }
  if (root !== state.root) return; // another search came first
  store.clear();
  view.clear();
  for (const answer of answers) if (answer) store.add(answer);
  if (!store.nodes.has(root.key)) store.add({ nodes: [root] });
  redraw();
  const { since, until } = range();
  const lonely = view.cy.edges().empty();
  showMessage(
    lonely ? `No connections of ${root.name}` : answers[0].truncated ? "Only part of the network is shown" : null,
    lonely
      ? since || until ? "Nothing in the selected dates: widen them or clear them." : "The graph holds no relationship of it yet."
      : "It is too large to draw whole: lower the depth or narrow the dates.",
  );
  view.layout();
  pickNode(root.key, { expand: false });
  writeHash();
}

function explore(item) {
  const key = nodeKey(item.label, item.id);
  state.root = { key, id: item.id, label: item.label, name: item.name || item.id };
  state.expanded = new Set([key]);
  panel.clear();
  reload();
}

async function pickNode(key, { expand = true } = {}) {
  if (!view.has(key)) return;
  view.select(key);
  const isRoot = key === state.root?.key;
  panel.showNode(view.nodeData(key), { isRoot });
  if (!expand || state.expanded.has(key)) return;
  const node = store.nodes.get(key);
  state.expanded.add(key);
  try {
    const answer = await fetchNeighborhood(node, expandDepth(node));
    store.add(answer);
    const before = new Set(view.cy.nodes().map((n) => n.id()));
    redraw();
    const grown = view.cy.nodes().some((n) => !before.has(n.id()));
    if (grown && view.has(key)) view.layout({ around: key });
    if (view.has(key) && view.cy.getElementById(key).selected()) {
      panel.showNode(view.nodeData(key), { isRoot });
    }
  } catch (err) {
    state.expanded.delete(key);
    showError(`Could not expand ${node.name}: ${err.message}`);
  }
}

function pickEdge(id) {
  if (!view.has(id)) return;
  view.select(id);
  panel.showEdge(view.edgeData(id));
}

// --- legend: one toggle per label drawn ----------------------------------------------------

function applyHiddenLabels() {
  for (const label of view.labelsPresent()) view.setLabelVisible(label, !state.hiddenLabels.has(label));
}

function updateLegend() {
  const legend = $("legend");
  const labels = view.labelsPresent();
  legend.replaceChildren(...labels.map((label) => h("button", {
    type: "button",
    class: "legend-item",
    "aria-pressed": String(!state.hiddenLabels.has(label)),
    title: state.hiddenLabels.has(label) ? `Show ${labelName(label)} nodes` : `Hide ${labelName(label)} nodes`,
    onclick: () => {
      if (state.hiddenLabels.has(label)) state.hiddenLabels.delete(label);
      else state.hiddenLabels.add(label);
      applyHiddenLabels();
      updateLegend();
    },
  }, h("span", { class: "dot", style: { background: labelStyle(label).color } }), labelStyle(label).plural)));
  legend.hidden = labels.length === 0;
}

// --- the address bar keeps what is shown, so a view can be shared or reloaded --------------

function writeHash() {
  const params = new URLSearchParams();
  if (state.root) {
    params.set("id", state.root.id);
    params.set("label", state.root.label);
    params.set("name", state.root.name);
  }
  const { since, until } = range();
  if (since) params.set("since", since);
  if (until) params.set("until", until);
  if (filters.depth.value !== "2") params.set("depth", filters.depth.value);
  if (filters.meetingsAsNodes.checked) params.set("meetings", "nodes");
  history.replaceState(null, "", params.size ? `#${params}` : location.pathname);
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  filters.since.value = params.get("since") || "";
  filters.until.value = params.get("until") || "";
  filters.depth.value = ["1", "2", "3"].includes(params.get("depth")) ? params.get("depth") : "2";
  filters.meetingsAsNodes.checked = params.get("meetings") === "nodes";
  updateClearDates();
  const id = params.get("id");
  if (id) {
    const name = params.get("name") || id;
    $("search-input").value = name;
    searchBox.close();
    explore({ id, label: params.get("label") || "Person", name });
  }
}

// --- controls --------------------------------------------------------------------------------

function updateClearDates() {
  $("clear-dates").hidden = !filters.since.value && !filters.until.value;
}

let filterTimer = null;
function onFilterChange() {
  updateClearDates();
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => { writeHash(); reload(); }, 250);
}

for (const input of [filters.since, filters.until, filters.depth]) input.addEventListener("change", onFilterChange);
filters.meetingsAsNodes.addEventListener("change", () => {
  writeHash();
  redraw();
  view.layout();
});
$("clear-dates").addEventListener("click", () => {
  filters.since.value = "";
  filters.until.value = "";
  onFilterChange();
});
$("fit").addEventListener("click", () => view.fit());
$("relayout").addEventListener("click", () => view.layout());
window.addEventListener("hashchange", readHash);

const searchBox = new SearchBox($("search-input"), $("search-results"), { onChoose: explore });
updateLegend();
readHash();
