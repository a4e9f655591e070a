// Small DOM helpers: elements, badges, tables, dialogs, menus, copy buttons, charts.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

const words = { NOT_CONFIGURED: 'Not Configured', PENDING: 'Pending', SYSTEM_CHECKING: 'System Checking' };

/// An API state in the console's words: PENDING_ACCEPTANCE is "Pending Acceptance".
export function stateLabel(state) {
  if (!state) return 'Unknown';
  return words[state] || state.toLowerCase().split('_').map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');
}

const moving = new Set(['CREATING', 'DELETING', 'PENDING', 'PENDING_ACCEPTANCE', 'MODIFYING', 'SYSTEM_CHECKING']);
export const isMoving = (state) => moving.has(state);

/// A state as a badge; `live` (the default) spins while it is still moving, a past state's does not.
export function badge(state, { live = true } = {}) {
  const tone = { ACTIVE: 'good', FAILED: 'bad', DELETING: 'warn', NOT_CONFIGURED: 'idle', DISCOVERED: 'idle' }[state] || (isMoving(state) ? 'busy' : 'idle');
  return h('span', { class: `badge badge-${tone}`, 'data-state': state || '' }, live && isMoving(state) ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null, stateLabel(state));
}

export function when(time) {
  if (!time) return '';
  const date = new Date(time);
  const pad = (n) => String(n).padStart(2, '0');
  const text = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return h('time', { datetime: date.toISOString(), title: date.toString() }, text);
}

/// columns: [{label, cell(row) -> node|string}]
export function table(columns, rows, empty, attributes = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', attributes,
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column.label)))),
      h('tbody', {}, rows.length === 0
        ? h('tr', { class: 'empty' }, h('td', { colspan: String(columns.length) }, empty))
        : rows.map((row) => h('tr', { 'data-id': row.__id || '' }, columns.map((column) => h('td', { 'data-label': column.label }, column.cell(row))))))));
}

export async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { class: 'offscreen', readonly: true }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  toast('Copied');
}

export function copyButton(text, label = 'Copy') {
  return h('button', { type: 'button', class: 'copy', 'aria-label': `${label}: ${text}`, onclick: () => copy(text) }, label);
}

/// A value to read and copy: "Service Name  com.amazonaws…  [Copy]".
export function copyable(label, value, attributes = {}) {
  return h('div', { class: 'copyable' }, h('span', { class: 'label' }, label),
    h('code', { ...attributes }, value || '—'), value ? copyButton(value) : null);
}

/// A command with its Copy button; disabled (with why) until it is ready.
export function command(text, ready = true, why = '') {
  return h('div', { class: 'command' },
    h('pre', {}, h('code', { 'data-command': ready ? 'ready' : 'waiting' }, text)),
    h('button', { type: 'button', class: 'copy', disabled: !ready, title: ready ? '' : why, onclick: () => copy(text) }, 'Copy'),
    !ready && why ? h('p', { class: 'hint' }, why) : null);
}

export function toast(message, tone = 'info') {
  const item = h('div', { class: `toast toast-${tone}` }, message);
  document.getElementById('toasts').append(item);
  setTimeout(() => item.remove(), 4000);
}

export function errorBox() {
  return h('p', { class: 'error', role: 'alert', hidden: true });
}

export function showError(box, error) {
  box.textContent = error ? (error.message || String(error)) : '';
  box.hidden = !error;
}

export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'hint' }, hint) : null);
}

/// A modal dialog; Escape or Cancel closes it, and focus goes back to what opened it (or to
/// the row's menu button, when that is gone). Returns {dialog, body, close}.
export function dialog(title, { wide = false } = {}) {
  const opener = document.activeElement?.closest?.('details.menu')?.querySelector('summary') || document.activeElement;
  const body = h('div', { class: 'dialog-body' });
  const element = h('dialog', { class: wide ? 'wide' : '', 'aria-label': title },
    h('div', { class: 'dialog-head' }, h('h2', {}, title), h('button', { type: 'button', class: 'ghost', 'aria-label': 'Close', onclick: () => close() }, '×')),
    body);
  const close = () => { element.close(); element.remove(); };
  element.addEventListener('close', () => {
    element.remove();
    if (opener && opener.isConnected && !document.querySelector('dialog[open]')) opener.focus({ preventScroll: true });
  });
  document.body.append(element);
  element.showModal();
  return { dialog: element, body, close };
}

export function confirm(title, text, action, verb = 'Delete') {
  const { body, close } = dialog(title);
  const error = errorBox();
  const button = h('button', { type: 'button', class: 'danger', onclick: async () => {
    button.disabled = true;
    try { await action(); close(); } catch (failure) { showError(error, failure); button.disabled = false; }
  } }, verb);
  replace(body, h('p', {}, text), error, h('div', { class: 'actions' }, h('button', { type: 'button', onclick: close }, 'Cancel'), button));
  button.focus();
}

/// The row's "..." menu: [{label, action}]. It opens on click, Enter or Space with focus on its
/// first item, and closes on Escape, on a choice, or when focus or a click goes elsewhere.
export function menu(items, name = 'Actions') {
  if (items.length === 0) return '';
  const details = h('details', { class: 'menu' });
  const summary = h('summary', { 'aria-label': name, title: name }, '...');
  const close = () => details.removeAttribute('open');
  const list = h('div', { class: 'menu-items' }, items.map((item) => h('button', {
    type: 'button', onclick: () => { close(); item.action(summary); },
  }, item.label)));
  details.append(summary, list);
  details.addEventListener('toggle', () => {
    if (!details.open) return;
    list.querySelector('button')?.focus();
    const outside = (event) => {
      if (details.contains(event.target)) return;
      close();
      document.removeEventListener('pointerdown', outside, true);
    };
    document.addEventListener('pointerdown', outside, true);
  });
  details.addEventListener('focusout', (event) => { if (event.relatedTarget && !details.contains(event.relatedTarget)) close(); });
  details.addEventListener('keydown', (event) => { if (event.key === 'Escape') { close(); summary.focus(); } });
  return details;
}

export function bytes(count) {
  if (!count) return '0 B';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  const power = Math.min(units.length - 1, Math.floor(Math.log(count) / Math.log(1024)));
  return `${(count / 1024 ** power).toFixed(power === 0 ? 0 : 1)} ${units[power]}`;
}

const svgNS = 'http://www.w3.org/2000/svg';
function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

/// Usage as a person would rather look at it: bytes each way as bars, and the bytes seen
/// over the time the view has been open as a line.
export function usageChart(usage, samples) {
  const width = 360, barHeight = 14, left = 80, room = 180;
  const split = usage.bytesIn !== undefined;
  const inBytes = split ? usage.bytesIn : usage.bytesProcessed ?? 0, outBytes = usage.bytesOut ?? 0;
  const largest = Math.max(inBytes, outBytes, 1);
  const bar = (y, value, label, tone) => {
    const length = Math.max(2, room * value / largest);
    return svg('g', {},
      svg('text', { x: 0, y: y + 11, class: 'chart-label' }, document.createTextNode(label)),
      svg('rect', { x: left, y, width: length, height: barHeight, rx: 2, class: `bar ${tone}` }),
      svg('text', { x: left + length + 6, y: y + 11, class: 'chart-value' }, document.createTextNode(bytes(value))));
  };
  const lineTop = split ? 48 : 28;
  const height = samples.length > 1 ? lineTop + 40 : lineTop;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart',
    'aria-label': split ? `Bytes toward the service ${bytes(inBytes)}, back ${bytes(outBytes)}` : `Bytes ${bytes(inBytes)}` },
    bar(4, inBytes, split ? 'Toward it' : 'Bytes', 'in'), split ? bar(24, outBytes, 'Back', 'out') : svg('g'));
  if (samples.length > 1) {
    const first = samples[0].time, span = Math.max(1, samples[samples.length - 1].time - first);
    const top = Math.max(...samples.map((sample) => sample.bytes)), bottom = Math.min(...samples.map((sample) => sample.bytes));
    const points = samples.map((sample) => `${left + room * (sample.time - first) / span},${lineTop + 34 - 30 * (sample.bytes - bottom) / Math.max(1, top - bottom)}`).join(' ');
    chart.append(svg('text', { x: 0, y: lineTop + 22, class: 'chart-label' }, document.createTextNode('While open')),
      svg('polyline', { points, class: 'line' }));
  }
  return chart;
}

/// Whether a person is in the middle of something there (a menu open): live updates wait.
export function inUse(element) {
  return !!element.querySelector('details.menu[open]');
}

/// Draws `build()` into `element` only when `data` differs from what it last drew there, so
/// an unchanged table keeps its elements (and whatever a person has focused or is clicking).
export function redraw(element, data, build) {
  const key = JSON.stringify(data);
  if (element.dataset.drawn === key) return false;
  replace(element, build());
  element.dataset.drawn = key;
  return true;
}
