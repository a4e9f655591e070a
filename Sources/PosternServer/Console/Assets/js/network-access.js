// Project Settings > Network Access: every private endpoint of the project, by cloud.
import { app, live, changed } from './state.js';
import { h, replace, isMoving, inUse, redraw } from './ui.js';
import { endpointTable, loadEndpoints } from './endpoints.js';

export async function networkAccessPage(container) {
  const clouds = [['aws', 'AWS'], ['alicloud', 'Alibaba Cloud']];
  let cloud = new URLSearchParams(location.hash.split('?')[1] || '').get('cloud') || 'aws';
  const tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': 'Cloud' });
  const section = h('div', { id: 'network-access' });
  let rows = [];
  const render = () => {
    for (const tab of tabs.children) tab.setAttribute('aria-pressed', String(tab.dataset.cloud === cloud));
    const shown = rows.filter((row) => row.cluster.cloud === cloud);
    redraw(section, [cloud, shown.map((row) => row.connection)], () => endpointTable(shown, changed(refresh, section),
      { showCluster: true, empty: 'No private endpoint in this project on this cloud.' }));
  };
  const refresh = async () => {
    const loaded = await loadEndpoints(app.clusters);
    if (inUse(section)) return true;
    rows = loaded;
    render();
    return rows.some((row) => isMoving(row.connection.endpointState));
  };
  for (const [value, label] of clouds) tabs.append(h('button', { type: 'button', 'data-cloud': value, onclick: () => { cloud = value; render(); } }, label));
  const create = app.can('createPrivateEndpointConnection')
    ? h('a', { class: 'button primary', href: '#/private-endpoint' }, 'Create Private Endpoint Connection') : null;
  replace(container,
    h('div', { class: 'page-head' }, h('h1', {}, 'Network Access'), create),
    h('p', { class: 'muted' }, 'Project Settings › Network Access: every private endpoint of the project\'s Dedicated clusters and Premium instances.'),
    tabs, section);
  await refresh();
  live(refresh, section);
}
