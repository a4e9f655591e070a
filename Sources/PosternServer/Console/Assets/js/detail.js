// A resource's detail view: its fields, its usage as a chart, and its events (who did what, when).
import * as api from './api.js';
import { h, replace, dialog, table, when, badge, usageChart, bytes } from './ui.js';

function paths(cluster, item) {
  if (item.privateLinkConnectionId) {
    const base = `/v1beta1/clusters/${cluster.id}/privateLinkConnections/${item.privateLinkConnectionId}`;
    return { usage: `${base}/usage`, events: `${base}/events` };
  }
  const base = cluster.kind === 'premium'
    ? `/v1beta2/tidbs/${cluster.id}/privateEndpointConnections/${item.privateEndpointConnectionId}`
    : `/dedicated/v1beta1/clusters/${cluster.id}/tidbNodeGroups/${item.tidbNodeGroupId}/privateEndpointConnections/${item.privateEndpointConnectionId}`;
  return { usage: `${base}/usage`, events: `${base}/events` };
}

export function eventsTable(events) {
  return table([
    { label: 'Time', cell: (event) => when(event.time) },
    { label: 'State', cell: (event) => badge(event.state, { live: false }) },
    { label: 'Who', cell: (event) => event.actor },
    { label: 'What', cell: (event) => event.reason },
  ], [...events].reverse(), 'No events recorded.', { class: 'events' });
}

export async function detailDialog(cluster, item) {
  const title = item.displayName || item.endpointId;
  const { dialog: element, body } = dialog(title, { wide: true });
  const { usage, events } = paths(cluster, item);
  const usageBox = h('div', { class: 'usage' }, h('p', { class: 'muted' }, 'Loading usage…'));
  const eventsBox = h('div', {}, h('p', { class: 'muted' }, 'Loading events…'));
  const state = item.state || item.endpointState;
  replace(body,
    h('dl', { class: 'facts' },
      h('dt', {}, 'State'), h('dd', {}, badge(state)),
      h('dt', {}, 'ID'), h('dd', {}, h('code', {}, item.privateLinkConnectionId || item.privateEndpointConnectionId)),
      item.endpointId ? [h('dt', {}, 'Endpoint ID'), h('dd', {}, h('code', {}, item.endpointId))] : null,
      item.createdBy ? [h('dt', {}, 'Created by'), h('dd', {}, item.createdBy)] : null,
      item.message ? [h('dt', {}, 'Message'), h('dd', { class: 'message' }, item.message)] : null),
    h('h3', {}, 'Usage'), usageBox, h('h3', {}, 'Events'), eventsBox);
  const samples = [];
  const refresh = async () => {
    try {
      const numbers = await api.get(usage);
      samples.push({ time: Date.now(), bytes: numbers.bytesProcessed || 0 });
      replace(usageBox, usageChart(numbers, samples), h('dl', { class: 'facts compact' },
        h('dt', {}, 'Bytes'), h('dd', { 'data-usage': 'bytes' }, bytes(numbers.bytesProcessed)),
        h('dt', {}, 'Connections'), h('dd', { 'data-usage': 'connections' }, `${numbers.connections} (${numbers.activeConnections} open${numbers.refusedConnections ? `, ${numbers.refusedConnections} refused` : ''})`),
        h('dt', {}, 'Endpoint-hours'), h('dd', { 'data-usage': 'hours' }, (numbers.endpointHours || 0).toFixed(3)),
        h('dt', {}, 'Source'), h('dd', {}, numbers.source)));
    } catch (error) { replace(usageBox, h('p', { class: 'muted' }, error.message)); }
    try { replace(eventsBox, eventsTable((await api.get(events)).events || [])); } catch (error) { replace(eventsBox, h('p', { class: 'muted' }, error.message)); }
  };
  // Every 3 s after the last answer, while the dialog is open (it is removed once closed).
  const again = async () => {
    if (!element.isConnected) return;
    await refresh();
    setTimeout(again, 3000);
  };
  await again();
}
