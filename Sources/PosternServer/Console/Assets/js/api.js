// Postern's own API, called with the session cookie; every change carries the session's CSRF token.

let csrfToken = null;
let onSignedOut = () => {};

export function useSession(session, signedOut) {
  csrfToken = session ? session.csrfToken : null;
  if (signedOut) onSignedOut = signedOut;
}

export class APIError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch { json = { message: text }; }
  if (!response.ok) {
    const error = new APIError(response.status, json.message || `HTTP ${response.status}`, json);
    if (response.status === 401 && !path.startsWith('/console/session')) onSignedOut(error);
    throw error;
  }
  return json;
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body ?? {});
export const del = (path) => call('DELETE', path);

/// Every item of a paged list (pageSize 100), following nextPageToken.
export async function all(path, field) {
  const items = [];
  let token = '';
  for (let pages = 0; pages < 100; pages++) {
    const separator = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${separator}pageSize=100${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`);
    items.push(...(page[field] || []));
    token = page.nextPageToken || '';
    if (!token) break;
  }
  return items;
}

/// null for a 404, the answer otherwise.
export async function maybe(path) {
  try { return await get(path); } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}
