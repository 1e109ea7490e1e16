// The network drawing: keeps Cytoscape in step with what NetworkStore.derive() says to draw.
import cytoscape from "../vendor/graph-lib.js";
import { LABELS, labelStyle } from "./labels.js";

function caption(node) {
  // "Meeting 2022-09-15 in Samarkand": the label colour already says "meeting".
  return node.label === "Meeting" ? node.name.replace(/^Meeting /, "") : node.name;
}

function edgeCaption(edge) {
  if (edge.type === "MET") {
    const n = edge.meetings.length;
    // The line's width already says "one"; a label is worth its clutter from two on.
    return n > 1 ? `${n} meetings` : "";
  }
  const titles = [...new Set(edge.relationships.map((r) => r.properties?.title).filter(Boolean))];
  return titles.length ? titles.join(", ") : edge.type.replaceAll("_", " ").toLowerCase();
}

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(caption)",
      "background-color": "data(color)",
      "border-color": "data(border)",
      "border-width": 2,
      shape: "data(shape)",
      width: "data(size)",
      height: "data(size)",
      color: "#1d2433",
      "font-family": "Inter, system-ui, sans-serif",
      "font-size": 12,
      "font-weight": 500,
      "text-valign": "bottom",
      "text-margin-y": 5,
      "text-wrap": "wrap",
      "text-max-width": 120,
      "text-outline-color": "#f7f8fb",
      "text-outline-width": 2.5,
      "min-zoomed-font-size": 7,
      "overlay-padding": 4,
      "transition-property": "opacity, border-width",
      "transition-duration": 150,
    },
  },
  { selector: "node[?root]", style: { "border-width": 4, "border-color": "#1d2433", "font-weight": 700, "font-size": 13 } },
  { selector: "node[?expanded]", style: { "border-style": "double", "border-width": 4 } },
  { selector: "node[?root][?expanded]", style: { "border-style": "solid" } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#b9c0cc",
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#b9c0cc",
      "arrow-scale": 0.8,
      label: "data(caption)",
      "font-size": 9,
      color: "#6b7385",
      "text-rotation": "autorotate",
      "text-background-color": "#f7f8fb",
      "text-background-opacity": 1,
      "text-background-padding": 2,
      "min-zoomed-font-size": 8,
      "overlay-padding": 6,
    },
  },
  {
    selector: "edge[type = 'MET']",
    style: {
      width: "mapData(count, 1, 6, 3, 9)",
      "line-color": "#7d8db0",
      "target-arrow-shape": "none",
      "font-size": 10,
      "font-weight": 600,
      color: "#3c4a6b",
    },
  },
  { selector: "edge:selected", style: { "line-color": "#e8590c", "target-arrow-color": "#e8590c", color: "#c2410c", "z-index": 10 } },
  {
    selector: "node:selected",
    style: { "underlay-color": "#e8590c", "underlay-opacity": 0.22, "underlay-padding": 7, "underlay-shape": "ellipse" },
  },
  { selector: ".faded", style: { opacity: 0.18 } },
  { selector: ".hidden-label", style: { display: "none" } },
];

const FIT_MAX_ZOOM = 1.2;

/** What the rest of the page knows of a drawn node: its API id, not the drawing's key. */
function publicNode(el) {
  return { key: el.id(), id: el.data("apiId"), label: el.data("label"), name: el.data("name") };
}

export class GraphView {
  constructor(container, { onNodeClick, onEdgeClick, onBackgroundClick }) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    this.cy.on("tap", "node", (e) => onNodeClick(e.target.id()));
    this.cy.on("tap", "edge", (e) => onEdgeClick(e.target.id()));
    this.cy.on("tap", (e) => { if (e.target === this.cy) onBackgroundClick(); });
    this.cy.on("mouseover", "node, edge", (e) => { container.style.cursor = "pointer"; this.highlight(e.target); });
    this.cy.on("mouseout", "node, edge", () => { container.style.cursor = ""; this.highlight(null); });
  }

  clear() {
    this.cy.elements().remove();
  }

  isEmpty() {
    return this.cy.nodes().empty();
  }

  has(key) {
    return this.cy.getElementById(key).nonempty();
  }

  /** Makes the drawing show exactly `nodes` and `edges`; nodes already drawn keep their place. */
  draw({ nodes, edges }, { root, expanded }) {
    const wanted = new Set([...nodes.map((n) => n.key), ...edges.map((e) => e.id)]);
    this.cy.batch(() => {
      this.cy.elements().filter((el) => !wanted.has(el.id())).remove();
      for (const node of nodes) {
        const data = {
          id: node.key, apiId: node.id, label: node.label, name: node.name, caption: caption(node),
          root: node.key === root, expanded: expanded.has(node.key), ...labelStyle(node.label),
        };
        const el = this.cy.getElementById(node.key);
        if (el.nonempty()) el.data(data);
        else this.cy.add({ group: "nodes", data });
      }
      for (const edge of edges) {
        const data = {
          id: edge.id,
          type: edge.type,
          source: edge.source,
          target: edge.target,
          count: edge.type === "MET" ? edge.meetings.length : edge.relationships.length,
          caption: edgeCaption(edge),
          meetings: edge.meetings,
          relationships: edge.relationships,
        };
        const el = this.cy.getElementById(edge.id);
        if (el.nonempty()) el.data(data);
        else this.cy.add({ group: "edges", data });
      }
    });
  }

  select(id) {
    this.cy.elements().unselect();
    const el = this.cy.getElementById(id);
    if (el.nonempty()) el.select();
  }

  highlight(element) {
    this.cy.elements().removeClass("faded");
    if (!element) return;
    const keep = element.isNode()
      ? element.closedNeighborhood()
      : element.union(element.connectedNodes());
    this.cy.elements().not(keep).addClass("faded");
  }

  setLabelVisible(label, visible) {
    this.cy.nodes(`[label = "${label}"]`).toggleClass("hidden-label", !visible);
  }

  layout({ animate = true, around } = {}) {
    const nodes = this.cy.nodes(":visible");
    if (nodes.empty()) return;
    const incremental = around && nodes.some((n) => n.data("placed"));
    const layout = this.cy.layout({
      name: "fcose",
      quality: "proof",
      randomize: !incremental,
      animate,
      animationDuration: 450,
      fit: true,
      padding: 50,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: (e) => (e.data("type") === "MET" ? 150 : 110),
      nodeRepulsion: () => 9000,
      nodeSeparation: 90,
    });
    // New nodes start on an arc around the node they came from, facing away from the rest of
    // the drawing, so that the drawing keeps its shape.
    if (incremental) {
      const origin = this.cy.getElementById(around).position();
      const centre = nodes.filter((n) => n.data("placed")).boundingBox();
      const away = Math.atan2(origin.y - (centre.y1 + centre.y2) / 2, origin.x - (centre.x1 + centre.x2) / 2);
      const fresh = nodes.filter((n) => !n.data("placed"));
      fresh.forEach((n, i) => {
        const angle = away + (fresh.length === 1 ? 0 : ((i / (fresh.length - 1)) - 0.5) * Math.PI * 0.9);
        n.position({ x: origin.x + 140 * Math.cos(angle), y: origin.y + 140 * Math.sin(angle) });
      });
    }
    nodes.forEach((n) => n.data("placed", true));
    // Fitting two or three nodes would blow them up to poster size.
    layout.one("layoutstop", () => {
      if (this.cy.zoom() > FIT_MAX_ZOOM) {
        this.cy.zoom(FIT_MAX_ZOOM);
        this.cy.center(nodes);
      }
    });
    layout.run();
  }

  fit() {
    const eles = this.cy.elements(":visible");
    this.cy.fit(eles, 50);
    if (this.cy.zoom() > FIT_MAX_ZOOM) {
      this.cy.zoom(FIT_MAX_ZOOM);
      this.cy.center(eles);
    }
  }

  nodeData(key) {
    const node = this.cy.getElementById(key);
    return { ...publicNode(node), neighbors: this.neighbors(node) };
  }

  neighbors(node) {
    return node.connectedEdges().map((e) => {
      const outgoing = e.source().same(node);
      return {
        edgeId: e.id(),
        type: e.data("type"),
        outgoing,
        count: e.data("count"),
        caption: e.data("caption"),
        node: publicNode(outgoing ? e.target() : e.source()),
      };
    });
  }

  edgeData(id) {
    const edge = this.cy.getElementById(id);
    return {
      id,
      type: edge.data("type"),
      source: publicNode(edge.source()),
      target: publicNode(edge.target()),
      meetings: edge.data("meetings") || [],
      relationships: edge.data("relationships") || [],
    };
  }

  labelsPresent() {
    const present = new Set(this.cy.nodes().map((n) => n.data("label")));
    return Object.keys(LABELS).filter((l) => present.has(l));
  }
}
