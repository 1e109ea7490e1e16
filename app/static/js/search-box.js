// The search field: an ARIA combobox over GET /search, driven by the keyboard or the mouse.
import * as api from "./api.js";
import { labelName, labelStyle } from "./labels.js";

const DEBOUNCE_MS = 180;

export class SearchBox {
  constructor(input, list, { onChoose }) {
    this.input = input;
    this.list = list;
    this.onChoose = onChoose;
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.controller = null;

    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (e) => this.onKey(e));
    input.addEventListener("focus", () => { if (this.items.length) this.open(); });
    input.addEventListener("blur", () => setTimeout(() => this.close(), 120));
    input.form.addEventListener("submit", (e) => { e.preventDefault(); this.chooseActive(); });
    // mousedown, not click: it comes before the input's blur closes the list.
    list.addEventListener("mousedown", (e) => {
      const option = e.target.closest("[role=option]");
      if (!option) return;
      e.preventDefault();
      this.choose(Number(option.dataset.index));
    });
    document.addEventListener("keydown", (e) => {
      const typing = e.target.closest("input, select, textarea");
      if (e.key === "/" && !typing) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  schedule() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) {
      this.controller?.abort();
      this.render([], "");
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.fetch(q), DEBOUNCE_MS);
  }

  async fetch(q) {
    this.controller?.abort();
    this.controller = new AbortController();
    this.renderStatus("Searching…");
    try {
      const items = await api.search(q, { signal: this.controller.signal });
      this.render(items, q);
    } catch (err) {
      if (err.name !== "AbortError") this.renderStatus(`Search failed: ${err.message}`);
    }
  }

  /** Searches now and resolves when the list is shown (used when a query is submitted). */
  async flush() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (q && this.lastQuery !== q) await this.fetch(q);
  }

  renderStatus(text) {
    this.items = [];
    this.active = -1;
    this.list.replaceChildren(Object.assign(document.createElement("li"), {
      className: "search-status", textContent: text,
    }));
    this.open();
  }

  render(items, q) {
    this.items = items;
    this.lastQuery = q;
    this.active = items.length ? 0 : -1;
    if (!q) return;
    if (!items.length) {
      this.renderStatus(`Nothing found for “${q}”.`);
      this.lastQuery = q;
      return;
    }
    this.list.replaceChildren(...items.map((item, index) => {
      const li = document.createElement("li");
      li.id = `search-option-${index}`;
      li.setAttribute("role", "option");
      li.dataset.index = index;
      const dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = labelStyle(item.label).color;
      const name = document.createElement("span");
      name.className = "option-name";
      name.textContent = item.name || item.id;
      const kind = document.createElement("span");
      kind.className = "option-label";
      kind.textContent = labelName(item.label);
      li.append(dot, name, kind);
      return li;
    }));
    this.highlight();
    this.open();
  }

  highlight() {
    [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
    const current = this.list.children[this.active];
    if (current && current.getAttribute("role") === "option") {
      this.input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  onKey(e) {
    const n = this.items.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (this.list.hidden && n) this.open();
      if (!n) return;
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : -1) + n) % n;
      this.highlight();
    } else if (e.key === "Escape") {
      if (!this.list.hidden) {
        e.preventDefault();
        this.close();
      } else {
        this.input.blur();
      }
    }
  }

  async chooseActive() {
    await this.flush();
    if (this.items.length) this.choose(Math.max(this.active, 0));
  }

  choose(index) {
    const item = this.items[index];
    if (!item) return;
    this.input.value = item.name || item.id;
    this.close();
    this.onChoose(item);
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }
}
