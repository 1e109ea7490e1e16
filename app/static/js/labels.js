// Colours and shapes per node label; docs/neo4j-browser/diplograph.grass uses the same colours.
export const LABELS = {
  Person:       { color: "#4C8EDA", border: "#2870C2", shape: "ellipse",         size: 38, plural: "People" },
  Country:      { color: "#57C785", border: "#3A9E66", shape: "round-hexagon",   size: 34, plural: "Countries" },
  Organization: { color: "#F79767", border: "#E2703A", shape: "round-rectangle", size: 34, plural: "Organisations" },
  Event:        { color: "#C990C0", border: "#A8649F", shape: "round-diamond",   size: 32, plural: "Events" },
  Place:        { color: "#FFC454", border: "#D7A013", shape: "round-triangle",  size: 30, plural: "Places" },
  Meeting:      { color: "#DA7194", border: "#BD4A72", shape: "ellipse",         size: 22, plural: "Meetings" },
  Article:      { color: "#A5ABB6", border: "#7E8593", shape: "round-rectangle", size: 24, plural: "Articles" },
};

const OTHER = { color: "#A5ABB6", border: "#7E8593", shape: "ellipse", size: 28, plural: "Other" };

export function labelStyle(label) {
  return LABELS[label] || OTHER;
}

export const LABEL_NAMES = {
  Organization: "Organisation",
};

export function labelName(label) {
  return LABEL_NAMES[label] || label;
}
