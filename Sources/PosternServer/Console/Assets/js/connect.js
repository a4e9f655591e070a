// The Connect dialog: Connection Type Private Endpoint, the Active endpoints, and the
// connection string for each client in Connect With.
import * as api from './api.js';
import { h, replace, dialog, command, copyable } from './ui.js';

const database = 'test';

export const clients = {
  'MySQL CLI': (host, port) => `mysql --connect-timeout 15 -u root -h ${host} -P ${port} -D ${database} -p`,
  JDBC: (host, port) => `jdbc:mysql://${host}:${port}/${database}?user=root&password=<your_password>`,
  Python: (host, port) => `MySQLdb.connect(host="${host}", port=${port}, user="root", password="<your_password>", database="${database}")`,
  Go: (host, port) => `db, err := sql.Open("mysql", "root:<your_password>@tcp(${host}:${port})/${database}")`,
  'Node.js': (host, port) => `mysql.createConnection({ host: '${host}', port: ${port}, user: 'root', password: '<your_password>', database: '${database}' })`,
};

/// The service a customer's endpoint points at, as the Premium dialog's first step shows it.
export function serviceInformation(service) {
  return h('div', { class: 'service-info' },
    copyable('Service Name', service.serviceName, { 'data-field': 'service-name' }),
    copyable('Availability Zone ID', (service.availableZones || []).join(' '), { 'data-field': 'zones' }),
    copyable('Region ID', (service.regionId || '').replace(/^(aws|alicloud)-/, ''), { 'data-field': 'region' }));
}

export async function connectDialog(cluster, chosen) {
  const { body } = dialog(`Connect to ${cluster.name}`, { wide: true });
  const path = cluster.kind === 'premium' ? `/v1beta2/tidbs/${cluster.id}/privateEndpointConnections`
    : '/dedicated/v1beta1/clusters/-/tidbNodeGroups/-/privateEndpointConnections';
  let all;
  try { all = await api.all(path, 'privateEndpointConnections'); } catch (failure) {
    replace(body, h('p', { class: 'error', role: 'alert' }, failure.message));
    return;
  }
  const active = all.filter((item) => item.endpointState === 'ACTIVE' && (cluster.kind === 'premium' || item.clusterId === cluster.id));
  const type = h('select', { id: 'connection-type' }, h('option', { value: 'PRIVATE_ENDPOINT' }, 'Private Endpoint'));
  if (active.length === 0) {
    replace(body, h('div', { class: 'field' }, h('label', { for: 'connection-type' }, 'Connection Type'), type),
      h('p', {}, 'No private endpoint is Active yet.'),
      h('a', { class: 'button primary', href: `#/c/${cluster.kind}/${cluster.id}/networking` }, 'Create Private Endpoint Connection'));
    return;
  }
  const endpoint = h('select', { id: 'connect-endpoint' }, active.map((item) => h('option', {
    value: item.privateEndpointConnectionId, selected: chosen && chosen.privateEndpointConnectionId === item.privateEndpointConnectionId,
  }, `${item.endpointId} (${item.host})`)));
  const output = h('div', { class: 'connect-output' });
  const tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': 'Connect With' });
  let current = 'MySQL CLI';
  const render = () => {
    const item = active.find((candidate) => candidate.privateEndpointConnectionId === endpoint.value) || active[0];
    for (const tab of tabs.children) tab.setAttribute('aria-pressed', String(tab.dataset.client === current));
    replace(output, command(clients[current](item.host, item.port), true), h('p', { class: 'hint' },
      'Over a private endpoint the traffic stays in your network; TLS is optional. Replace <your_password> with the root password.'));
  };
  for (const name of Object.keys(clients)) {
    tabs.append(h('button', { type: 'button', 'data-client': name, onclick: () => { current = name; render(); } }, name));
  }
  endpoint.addEventListener('change', render);
  replace(body,
    h('div', { class: 'grid2' },
      h('div', { class: 'field' }, h('label', { for: 'connection-type' }, 'Connection Type'), type),
      h('div', { class: 'field' }, h('label', { for: 'connect-endpoint' }, 'Private Endpoint'), endpoint)),
    h('p', { class: 'label' }, 'Connect With'), tabs, output);
  render();
}
