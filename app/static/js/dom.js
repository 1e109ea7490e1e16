// A tiny element builder: text is always set as text, never parsed as HTML.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "style") Object.assign(el.style, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-09-15" -> "15 Sep 2022", "2022-09" -> "Sep 2022", "2022" -> "2022". */
export function formatDate(value) {
  if (!value) return "date unknown";
  const [y, m, d] = value.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] || m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Whether a date of any precision ("2022", "2022-09", "2022-09-15") can fall in [since, until]. */
export function dateInRange(value, since, until) {
  if (!since && !until) return true;
  if (!value) return false;
  const first = value.padEnd(10, value.length === 4 ? "-01-01" : "-01").slice(0, 10);
  const last = value.length === 10 ? value : value.length === 7 ? `${value}-31` : `${value}-12-31`;
  return (!since || last >= since) && (!until || first <= until);
}
