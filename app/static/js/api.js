// The REST calls of the page. Every call rejects with an Error whose message can be shown.

async function getJson(path, params = {}, { signal } = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.size ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new Error("The server does not answer.");
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      if (typeof body.detail === "string") detail = body.detail;
    } catch { /* not JSON: keep the status text */ }
    const error = new Error(detail || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

const seg = encodeURIComponent;

export function search(q, { signal } = {}) {
  return getJson("/search", { q }, { signal });
}

export function neighborhood(id, { label, depth = 2, since, until } = {}) {
  return getJson(`/graph/neighborhood/${seg(id)}`, { label, depth, since, until });
}

export function meetingsBetween(a, b) {
  return getJson(`/people/${seg(a)}/met/${seg(b)}`);
}

export function meeting(id) {
  return getJson(`/meetings/${seg(id)}`);
}

export function organizationMembers(id) {
  return getJson(`/organizations/${seg(id)}/members`);
}
