// A cluster's Overview and its Settings > Networking page: Dedicated's private link service and
// endpoints, Essential's Private Link Connection For Dataflow, Premium's private endpoints.
import * as api from './api.js';
import { app, live, changed } from './state.js';
import { h, replace, badge, when, copyable, isMoving, errorBox, showError, inUse, redraw } from './ui.js';
import { cloudLabel } from './clusters.js';
import { endpointPaths, endpointTable, nodeGroups } from './endpoints.js';
import { connectDialog, serviceInformation } from './connect.js';
import { connectionsTable, createDialog, loadConnections } from './private-link-connections.js';
import { alibabaEndpointDialog } from './premium.js';
import { eventsTable } from './detail.js';

function facts(cluster) {
  return h('dl', { class: 'facts' },
    h('dt', {}, 'ID'), h('dd', {}, h('code', {}, cluster.id)),
    h('dt', {}, 'Tier'), h('dd', {}, cluster.tierLabel),
    h('dt', {}, 'Cloud'), h('dd', {}, cloudLabel(cluster.cloud)),
    h('dt', {}, 'Region'), h('dd', {}, cluster.regionDisplay || cluster.region),
    h('dt', {}, 'State'), h('dd', {}, badge(cluster.state)),
    h('dt', {}, 'Created'), h('dd', {}, when(cluster.createTime), cluster.createdBy ? ` by ${cluster.createdBy}` : ''));
}

export async function overviewPage(container, cluster) {
  const connect = cluster.kind === 'essential' ? null
    : h('button', { type: 'button', class: 'primary', id: 'connect', onclick: () => connectDialog(cluster) }, 'Connect');
  const events = h('div', {}, h('p', { class: 'muted' }, 'Loading events…'));
  replace(container,
    h('div', { class: 'page-head' }, h('h1', {}, cluster.name), connect),
    facts(cluster),
    h('p', {}, h('a', { href: `#/c/${cluster.kind}/${cluster.id}/networking` }, 'Settings › Networking'), ': private endpoints and private link connections.'),
    h('h2', {}, 'Events'), events);
  api.get(`/v1beta1/clusters/${cluster.id}/events`).then((answer) => replace(events, eventsTable(answer.events || [])))
    .catch((error) => replace(events, h('p', { class: 'muted' }, error.message)));
  if (new URLSearchParams(location.hash.split('?')[1] || '').get('connect') && connect) connectDialog(cluster);
}

export async function networkingPage(container, cluster, query) {
  const head = h('div', { class: 'page-head' }, h('h1', {}, `Networking · ${cluster.name}`));
  if (cluster.kind === 'essential') return essential(container, head, cluster);
  return privateEndpoints(container, head, cluster, query);
}

async function essential(container, head, cluster) {
  const section = h('div', { id: 'private-link-connections' });
  const create = app.can('createPrivateLinkConnection')
    ? h('button', { type: 'button', class: 'primary', id: 'create-private-link-connection', onclick: () => createDialog(cluster, changed(refresh, section)) },
      'Create Private Link Connection') : null;
  const refresh = async () => {
    const connections = await loadConnections(cluster);
    if (inUse(section)) return true;
    redraw(section, connections, () => connectionsTable(cluster, connections, changed(refresh, section)));
    return connections.some((item) => isMoving(item.state) || (item.attachedDomains || []).some((attached) => (attached.domains || []).some((domain) => isMoving(domain.state))));
  };
  replace(container, head,
    h('section', { class: 'card' },
      h('div', { class: 'section-head' }, h('h2', {}, 'Private Link Connection For Dataflow'), create),
      h('p', { class: 'muted' }, `Reach your own ${cluster.cloud === 'alicloud' ? 'Alibaba Cloud' : 'AWS'} endpoint service (RDS, Kafka) from this cluster, privately.`),
      section));
  await refresh();
  live(refresh, section);
}

async function privateEndpoints(container, head, cluster, query) {
  const groups = nodeGroups(cluster);
  let groupID = query.get('group') || groups[0]?.tidbNodeGroupId;
  const selector = cluster.kind === 'dedicated' && groups.length > 1 ? h('select', { 'aria-label': 'Node group', id: 'node-group', onchange: (event) => {
    location.hash = `#/c/${cluster.kind}/${cluster.id}/networking?group=${event.target.value}`;
  } }, groups.map((group) => h('option', { value: group.tidbNodeGroupId, selected: group.tidbNodeGroupId === groupID }, group.displayName))) : null;
  if (selector) head.append(selector);
  const paths = endpointPaths(cluster, groupID);
  const serviceBox = h('div', { id: 'private-link-service' });
  const tableBox = h('div', { id: 'private-endpoints' });
  const error = errorBox();
  let service = null;
  const createLabel = cluster.cloud === 'alicloud' ? 'Create Alibaba Cloud Private Endpoint Connection' : 'Create Private Endpoint Connection';
  const create = app.can(paths.create) ? h('button', { type: 'button', class: 'primary', id: 'create-endpoint', disabled: true, onclick: () => {
    if (cluster.cloud === 'alicloud') alibabaEndpointDialog(cluster, service, changed(refresh, tableBox));
    else location.hash = `#/c/${cluster.kind}/${cluster.id}/private-endpoint?group=${groupID}`;
  } }, createLabel) : null;
  const refresh = async () => {
    showError(error, null);
    service = await api.maybe(paths.service);
    const connections = (await api.all(paths.connections, 'privateEndpointConnections')).map((connection) => ({ cluster, connection }));
    if (create) create.disabled = !service || service.state !== 'ACTIVE';
    redraw(serviceBox, service, () => service ? [
      h('div', { class: 'service-state' }, 'Private link service ', badge(service.state),
        service.state === 'ACTIVE' ? h('span', { class: 'banner' }, 'TiDB Private Link Service is ready') : null),
      cluster.kind === 'premium' ? serviceInformation(service) : [
        copyable('Service Name', service.serviceName, { 'data-field': 'service-name' }),
        copyable('Zone IDs', (service.availableZones || []).join(' '), { 'data-field': 'zones' }),
        copyable('Private DNS Name', service.serviceDnsName)],
    ] : h('p', { class: 'muted' }, `The private link service is being created with the ${cluster.kind === 'premium' ? 'instance' : 'node group'}…`));
    const moving = !service || isMoving(service.state) || connections.some(({ connection }) => isMoving(connection.endpointState));
    if (inUse(tableBox)) return true;
    const empty = service && service.state === 'ACTIVE' && cluster.kind === 'dedicated'
      ? h('span', {}, badge('NOT_CONFIGURED'), ' The endpoint service is ready; no private endpoint is created yet.') : 'No private endpoint yet.';
    redraw(tableBox, [service?.state, connections.map(({ connection }) => connection)], () => endpointTable(connections, changed(refresh, tableBox), { empty }));
    return moving;
  };
  replace(container, head,
    h('section', { class: 'card' },
      h('div', { class: 'section-head' }, h('h2', {}, 'Private Endpoint'), create),
      serviceBox, error, tableBox));
  try { await refresh(); } catch (failure) { showError(error, failure); }
  live(refresh, tableBox);
}
