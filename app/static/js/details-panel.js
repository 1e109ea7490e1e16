// The side panel: what a selected node or line stands for, with the evidence behind it.
import * as api from "./api.js";
import { dateInRange, formatDate, h } from "./dom.js";
import { labelName, labelStyle } from "./labels.js";

const MODE = { in_person: "in person", call: "phone call", virtual: "video call" };

// Section titles of a node's connections, by relationship type and direction.
const HEADINGS = {
  "MET:out": "Met",
  "HOLDS_ROLE:out": "Roles",
  "HOLDS_ROLE:in": "Office holders",
  "MEMBER_OF:out": "Member of",
  "MEMBER_OF:in": "Members",
  "ORGANIZED_BY:out": "Organised by",
  "ORGANIZED_BY:in": "Events",
  "HELD_AT:out": "Held at",
  "HELD_AT:in": "Events held here",
  "IN_COUNTRY:out": "In",
  "IN_COUNTRY:in": "Places",
  "AT:out": "At",
  "AT:in": "Meetings here",
  "DURING:out": "During",
  "DURING:in": "Meetings",
  "ATTENDED:out": "Attended",
  "ATTENDED:in": "Participants",
  "REPORTS:out": "Reports",
  "REPORTS:in": "Reported by",
};

function chip(text, kind) {
  return h("span", { class: `chip chip-${kind}` }, text);
}

function labelBadge(label) {
  return h("span", { class: "badge", style: { background: labelStyle(label).color } }, labelName(label));
}

function loadingBlock(text) {
  return h("div", { class: "panel-loading", role: "status" }, h("span", { class: "spinner small", "aria-hidden": "true" }), text);
}

function errorBlock(err) {
  return h("p", { class: "panel-error", role: "alert" }, `Could not load: ${err.message}`);
}

function sourceItem(source) {
  const title = source.title || source.article_id;
  return h("li", { class: "source" },
    h("blockquote", {}, source.sentence),
    h("div", { class: "source-meta" },
      source.url
        ? h("a", { href: source.url, target: "_blank", rel: "noopener noreferrer", class: "source-title" }, title)
        : h("span", { class: "source-title" }, title),
      source.published ? h("span", { class: "muted" }, ` · ${formatDate(source.published)}`) : null,
    ),
  );
}

export function meetingCard(meeting) {
  const where = [meeting.place, meeting.event].filter(Boolean).join(" · ");
  const sources = meeting.sources || [];
  return h("article", { class: "meeting", "data-meeting-id": meeting.id },
    h("header", {},
      h("time", { class: "meeting-date", datetime: meeting.date || "" }, formatDate(meeting.date)),
      h("span", { class: "chips" },
        chip(meeting.status, meeting.status),
        chip(MODE[meeting.mode] || meeting.mode, "mode"),
      ),
    ),
    where ? h("p", { class: "meeting-where" }, where) : null,
    meeting.participants?.length > 2
      ? h("p", { class: "muted small" }, "With ", meeting.participants.map((p) => p.name).join(", "))
      : null,
    h("h4", { class: "evidence-heading" }, sources.length === 1 ? "1 source" : `${sources.length} sources`),
    h("ul", { class: "sources" }, sources.map(sourceItem)),
  );
}

export class DetailsPanel {
  constructor(root, { onPickNode, onPickEdge, onFocus, getRange }) {
    this.root = root;
    this.onPickNode = onPickNode;
    this.onPickEdge = onPickEdge;
    this.onFocus = onFocus;
    this.getRange = getRange;
    this.token = 0;
  }

  show(...children) {
    this.root.replaceChildren(...children);
    this.root.scrollTop = 0;
  }

  clear() {
    this.token++;
    this.show(h("div", { class: "panel-empty" }, h("p", {}, "Details of what you select appear here.")));
  }

  /** A new selection makes the answers of older requests stale. */
  begin() {
    return ++this.token;
  }

  showNode(node, { isRoot }) {
    const token = this.begin();
    const groups = new Map();
    for (const n of node.neighbors) {
      // An organisation's members are listed below with their evidence.
      if (node.label === "Organization" && n.type === "MEMBER_OF" && !n.outgoing) continue;
      const key = `${n.type}:${n.type === "MET" || n.outgoing ? "out" : "in"}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    }
    const sections = [...groups.entries()]
      .sort(([a], [b]) => (a.startsWith("MET") ? -1 : b.startsWith("MET") ? 1 : a.localeCompare(b)))
      .map(([key, items]) => this.connectionList(key, items));

    const extra = h("div", {});
    this.show(
      h("header", { class: "panel-head" },
        labelBadge(node.label),
        h("h2", {}, node.name),
        h("p", { class: "muted small mono" }, node.id),
        isRoot ? null : h("button", { type: "button", class: "button", onclick: () => this.onFocus(node) }, "Show only this network"),
      ),
      extra,
      ...(sections.length || node.label === "Organization" ? sections : [h("p", { class: "muted" }, "No connections drawn yet.")]),
    );
    if (node.label === "Organization") this.loadMembers(node.id, extra, token);
    if (node.label === "Meeting") this.loadMeeting(node.id, extra, token);
  }

  connectionList(key, items) {
    const [type] = key.split(":");
    return h("section", { class: "connections" },
      h("h3", {}, HEADINGS[key] || type.replaceAll("_", " ").toLowerCase()),
      h("ul", {}, items.sort((a, b) => a.node.name.localeCompare(b.node.name)).map((n) =>
        h("li", {},
          h("button", {
            type: "button",
            class: "link-button connection",
            onclick: () => (type === "MET" ? this.onPickEdge(n.edgeId) : this.onPickNode(n.node.key)),
          },
          h("span", { class: "dot", style: { background: labelStyle(n.node.label).color } }),
          n.node.name),
          type === "MET"
            ? h("span", { class: "muted small" }, n.count === 1 ? " 1 meeting" : ` ${n.count} meetings`)
            : type === "HOLDS_ROLE" && n.caption ? h("span", { class: "muted small" }, ` ${n.caption}`) : null,
        ))),
    );
  }

  async loadMembers(id, into, token) {
    into.replaceChildren(loadingBlock("Loading members…"));
    try {
      const { items } = await api.organizationMembers(id);
      if (token !== this.token) return;
      // Members named by the same sentence share one quote.
      const bySentence = new Map();
      for (const m of items) {
        for (const s of m.sources || []) {
          const key = `${s.article_id}\u0000${s.sentence}`;
          if (!bySentence.has(key)) bySentence.set(key, s);
        }
      }
      into.replaceChildren(h("section", { class: "connections" },
        h("h3", {}, `Members (${items.length})`),
        items.length
          ? h("ul", { class: "member-names" }, items.map((m) => h("li", {},
              h("button", { type: "button", class: "link-button connection", onclick: () => this.onPickNode(`Country:${m.id}`) },
                h("span", { class: "dot", style: { background: labelStyle("Country").color } }), m.name))))
          : h("p", { class: "muted" }, "No member known."),
        bySentence.size ? h("h4", { class: "evidence-heading" }, "Sources") : null,
        h("ul", { class: "sources" }, [...bySentence.values()].map(sourceItem)),
      ));
    } catch (err) {
      if (token === this.token) into.replaceChildren(errorBlock(err));
    }
  }

  async loadMembership(organizationId, countryId, into, token) {
    into.replaceChildren(loadingBlock("Loading the sources…"));
    try {
      const { items } = await api.organizationMembers(organizationId);
      if (token !== this.token) return;
      const sources = items.find((m) => m.id === countryId)?.sources || [];
      into.replaceChildren(
        h("h4", { class: "evidence-heading" }, sources.length === 1 ? "1 source" : `${sources.length} sources`),
        h("ul", { class: "sources" }, sources.map(sourceItem)),
      );
    } catch (err) {
      if (token === this.token) into.replaceChildren(errorBlock(err));
    }
  }

  async loadMeeting(id, into, token) {
    into.replaceChildren(loadingBlock("Loading the meeting…"));
    try {
      const meeting = await api.meeting(id);
      if (token === this.token) into.replaceChildren(meetingCard(meeting));
    } catch (err) {
      if (token === this.token) into.replaceChildren(errorBlock(err));
    }
  }

  async showEdge(edge) {
    const token = this.begin();
    const { source, target } = edge;
    const head = h("header", { class: "panel-head" },
      h("span", { class: "badge badge-edge" }, edge.type === "MET" ? "Meetings" : edge.type.replaceAll("_", " ").toLowerCase()),
      h("h2", { class: "pair" },
        h("button", { type: "button", class: "link-button", onclick: () => this.onPickNode(source.key) }, source.name),
        h("span", { class: "pair-sep" }, edge.type === "MET" ? " & " : " → "),
        h("button", { type: "button", class: "link-button", onclick: () => this.onPickNode(target.key) }, target.name),
      ),
    );
    if (edge.type !== "MET") {
      const extra = h("div", {});
      const properties = edge.relationships.map((rel) => propertiesTable(rel.properties)).filter(Boolean);
      this.show(head, ...properties, extra);
      const meetingEnd = [source, target].find((n) => n.label === "Meeting");
      if (meetingEnd) this.loadMeeting(meetingEnd.id, extra, token);
      if (edge.type === "MEMBER_OF") this.loadMembership(target.id, source.id, extra, token);
      return;
    }
    const body = h("div", {}, loadingBlock("Loading meetings and sources…"));
    this.show(head, body);
    try {
      const answer = await api.meetingsBetween(source.id, target.id);
      if (token !== this.token) return;
      const meetings = Array.isArray(answer) ? answer : answer.items || answer.meetings || [];
      body.replaceChildren(...this.meetingList(meetings));
    } catch (err) {
      if (token === this.token) body.replaceChildren(errorBlock(err));
    }
  }

  meetingList(meetings) {
    const { since, until } = this.getRange();
    const shown = meetings.filter((m) => dateInRange(m.date, since, until));
    const hidden = meetings.length - shown.length;
    const list = h("div", { class: "meetings" }, shown.map(meetingCard));
    const parts = [
      h("p", { class: "summary" }, shown.length === 1 ? "1 meeting" : `${shown.length} meetings`,
        since || until ? ` between ${since ? formatDate(since) : "the start"} and ${until ? formatDate(until) : "today"}` : ""),
      list,
    ];
    if (hidden) {
      const more = h("button", { type: "button", class: "link-button", onclick: () => {
        list.replaceChildren(...meetings.map(meetingCard));
        more.remove();
      } }, hidden === 1 ? "Show 1 more outside the dates" : `Show ${hidden} more outside the dates`);
      parts.push(more);
    }
    if (!meetings.length) parts.push(h("p", { class: "muted" }, "No meeting recorded."));
    return parts;
  }
}

function propertiesTable(properties = {}) {
  const entries = Object.entries(properties).filter(([, v]) => v !== null && v !== "");
  if (!entries.length) return null;
  return h("dl", { class: "properties" }, entries.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, typeof v === "object" ? JSON.stringify(v) : String(v))]));
}
