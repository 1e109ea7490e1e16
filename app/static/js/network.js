// What the page has fetched, and what of it to draw.
//
// The API draws people linked through Meeting nodes (Person -ATTENDED-> Meeting). A meeting
// network reads better with each meeting of two people drawn as a line between them, so a
// meeting with two or more participants on the page becomes lines between them, unless it
// is what the user is exploring around a place, an event or the meeting itself.

// The labels at the two ends of each relationship type, to tell apart nodes sharing an id.
const ENDS = {
  ATTENDED: ["Person", "Meeting"],
  HOLDS_ROLE: ["Person", null],
  MEMBER_OF: ["Country", "Organization"],
  AT: ["Meeting", "Place"],
  DURING: ["Meeting", "Event"],
  HELD_AT: ["Event", "Place"],
  ORGANIZED_BY: ["Event", "Organization"],
  IN_COUNTRY: ["Place", "Country"],
};

export const nodeKey = (label, id) => `${label}:${id}`;

export function pairKey(a, b) {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export class NetworkStore {
  constructor() {
    this.clear();
  }

  clear() {
    this.nodes = new Map(); // key -> {key, id, label, name}
    this.relationships = new Map(); // id -> {id, type, source, target, properties} (keys as ends)
  }

  /** Adds a GET /graph/neighborhood answer; returns the keys of nodes not seen before. */
  add({ nodes = [], relationships = [] }) {
    const fresh = [];
    const keysOfId = new Map();
    for (const node of nodes) {
      const key = nodeKey(node.label, node.id);
      if (!this.nodes.has(key)) {
        this.nodes.set(key, { key, id: node.id, label: node.label, name: node.name || node.id });
        fresh.push(key);
      }
      if (!keysOfId.has(node.id)) keysOfId.set(node.id, []);
      keysOfId.get(node.id).push(key);
    }
    const resolve = (id, label) => {
      const keys = keysOfId.get(id) || [];
      return (label && keys.find((k) => k === nodeKey(label, id))) || keys[0];
    };
    for (const rel of relationships) {
      const [sourceLabel, targetLabel] = ENDS[rel.type] || [];
      const source = resolve(rel.source, sourceLabel);
      const target = resolve(rel.target, targetLabel);
      if (source && target) this.relationships.set(rel.id, { ...rel, source, target });
    }
    return fresh;
  }

  /** The nodes and lines to draw around `anchors` (keys of the root and expanded nodes). */
  derive({ anchors, meetingsAsNodes }) {
    const participants = new Map(); // meeting key -> person keys
    const touching = new Map(); // node key -> relationships
    for (const rel of this.relationships.values()) {
      for (const end of [rel.source, rel.target]) {
        if (!touching.has(end)) touching.set(end, []);
        touching.get(end).push(rel);
      }
      if (rel.type === "ATTENDED") {
        if (!participants.has(rel.target)) participants.set(rel.target, []);
        participants.get(rel.target).push(rel.source);
      }
    }
    const anchoredByNonPerson = (meeting) => (touching.get(meeting) || []).some((rel) => {
      const other = rel.source === meeting ? rel.target : rel.source;
      return anchors.has(other) && !other.startsWith("Person:");
    });
    const collapsed = new Set();
    if (!meetingsAsNodes) {
      for (const [meeting, people] of participants) {
        if (people.length >= 2 && !anchors.has(meeting) && !anchoredByNonPerson(meeting)) collapsed.add(meeting);
      }
    }

    const edges = new Map();
    for (const rel of this.relationships.values()) {
      if (collapsed.has(rel.source) || collapsed.has(rel.target)) continue;
      const id = `${rel.type}:${rel.source}>${rel.target}`;
      if (!edges.has(id)) edges.set(id, { id, type: rel.type, source: rel.source, target: rel.target, relationships: [] });
      edges.get(id).relationships.push(rel);
    }
    for (const meeting of collapsed) {
      const people = [...new Set(participants.get(meeting))].sort();
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const id = `MET:${pairKey(people[i], people[j])}`;
          if (!edges.has(id)) edges.set(id, { id, type: "MET", source: people[i], target: people[j], meetings: [] });
          edges.get(id).meetings.push(this.nodes.get(meeting));
        }
      }
    }

    const degree = new Map();
    for (const e of edges.values()) {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    // Places and events reached only through meetings drawn as lines have nothing left to hang on.
    const nodes = [...this.nodes.values()].filter((n) => !collapsed.has(n.key) && (degree.get(n.key) || anchors.has(n.key)));
    const drawn = new Set(nodes.map((n) => n.key));
    return { nodes, edges: [...edges.values()].filter((e) => drawn.has(e.source) && drawn.has(e.target)) };
  }
}
