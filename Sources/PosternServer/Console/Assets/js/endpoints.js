// Private endpoints of Dedicated clusters and Premium instances: where their API lives, and
// the table both the cluster's Networking page and the project's Network Access page show.
import * as api from './api.js';
import { app } from './state.js';
import { h, badge, when, table, menu, confirm, dialog, replace, command, toast } from './ui.js';
import { connectDialog } from './connect.js';
import { detailDialog } from './detail.js';

/// The API paths of a cluster's (node group's) private endpoints.
export function endpointPaths(cluster, groupID) {
  if (cluster.kind === 'premium') {
    const base = `/v1beta2/tidbs/${cluster.id}`;
    return { service: `${base}/privateLinkService`, connections: `${base}/privateEndpointConnections`, create: 'createTidbPrivateEndpointConnection',
      remove: 'deleteTidbPrivateEndpointConnection' };
  }
  const base = `/dedicated/v1beta1/clusters/${cluster.id}/tidbNodeGroups/${groupID}`;
  return { service: `${base}/privateLinkService`, connections: `${base}/privateEndpointConnections`, create: 'createPrivateEndpointConnection',
    remove: 'deletePrivateEndpointConnection' };
}

export const nodeGroups = (cluster) => cluster.raw?.tidbNodeSetting?.tidbNodeGroups || [];

/// A connection's own path.
export function connectionPath(cluster, connection) {
  return `${endpointPaths(cluster, connection.tidbNodeGroupId).connections}/${connection.privateEndpointConnectionId}`;
}

export function dnsCommand(endpointID) {
  return `aws ec2 modify-vpc-endpoint --vpc-endpoint-id ${endpointID || '${your_vpc_endpoint_id}'} --private-dns-enabled`;
}

/// The endpoint table. `rows` are {cluster, connection}; `onChange` reloads.
export function endpointTable(rows, onChange, { showCluster = false, empty } = {}) {
  const columns = [
    { label: 'Endpoint ID', cell: ({ connection }) => h('code', {}, connection.endpointId) },
    ...(showCluster ? [{ label: 'Cluster', cell: ({ cluster, connection }) => h('a', { href: `#/c/${cluster.kind}/${cluster.id}/networking` },
      connection.clusterDisplayName || cluster.name) }] : []),
    ...(showCluster ? [{ label: 'Cloud', cell: ({ cluster }) => ({ aws: 'AWS', alicloud: 'Alibaba Cloud' }[cluster.cloud] || cluster.cloud) }] : []),
    { label: 'Region', cell: ({ connection, cluster }) => connection.regionDisplayName || cluster.regionDisplay },
    { label: 'Status', cell: ({ connection }) => badge(connection.endpointState === 'PENDING' ? 'SYSTEM_CHECKING' : connection.endpointState) },
    { label: 'Host', cell: ({ connection }) => connection.host ? h('code', {}, `${connection.host}:${connection.port}`) : '—' },
    { label: 'Created', cell: ({ connection }) => when(connection.createTime) },
    { label: 'Message', cell: ({ connection }) => connection.message ? h('span', { class: 'message' }, connection.message) : '' },
    { label: 'Action', cell: ({ cluster, connection }) => actions(cluster, connection, onChange) },
  ];
  return table(columns, rows.map((row) => ({ ...row, __id: row.connection.privateEndpointConnectionId })), empty || 'No private endpoint yet.',
    { class: 'endpoints' });
}

function actions(cluster, connection, onChange) {
  const state = connection.endpointState;
  const items = [{ label: 'Details', action: () => detailDialog(cluster, connection) }];
  const paths = endpointPaths(cluster, connection.tidbNodeGroupId);
  if (state === 'ACTIVE') items.unshift({ label: 'Connect', action: () => connectDialog(cluster, connection) });
  if (cluster.cloud === 'aws') {
    items.push({ label: 'Enable DNS', action: () => {
      const { body } = dialog('Enable Private DNS');
      replace(body, h('p', {}, 'Run this in your AWS account so the host name resolves inside your VPC:'), command(dnsCommand(connection.endpointId)));
    } });
  }
  // Dedicated edits any connection that is not Active, to resume or retry it; Premium deletes and creates anew.
  if (app.can(paths.create) && cluster.kind === 'dedicated' && state !== 'ACTIVE' && state !== 'DELETING') {
    items.push({ label: 'Edit', action: () => { location.hash = `#/c/${cluster.kind}/${cluster.id}/private-endpoint/${connection.privateEndpointConnectionId}?group=${connection.tidbNodeGroupId}`; } });
  }
  if (app.can(paths.remove) && state !== 'DELETING') {
    items.push({ label: 'Delete', action: () => confirm('Delete Private Endpoint', `Delete the private endpoint connection of ${connection.endpointId}? TiDB Cloud rejects the endpoint; your endpoint stays in your account.`,
      async () => { await api.del(connectionPath(cluster, connection)); toast('Deleting the private endpoint connection.'); onChange(); }) });
  }
  return menu(items, `Actions for ${connection.endpointId}`);
}

/// Every private endpoint of the given clusters.
export async function loadEndpoints(clusters) {
  const rows = [];
  const dedicated = clusters.filter((cluster) => cluster.kind === 'dedicated');
  if (dedicated.length) {
    const all = await api.all('/dedicated/v1beta1/clusters/-/tidbNodeGroups/-/privateEndpointConnections', 'privateEndpointConnections');
    for (const connection of all) {
      const cluster = dedicated.find((item) => item.id === connection.clusterId);
      if (cluster) rows.push({ cluster, connection });
    }
  }
  for (const cluster of clusters.filter((item) => item.kind === 'premium')) {
    const all = await api.all(`/v1beta2/tidbs/${cluster.id}/privateEndpointConnections`, 'privateEndpointConnections');
    rows.push(...all.map((connection) => ({ cluster, connection })));
  }
  return rows;
}
