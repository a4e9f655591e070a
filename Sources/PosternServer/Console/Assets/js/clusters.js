// The project's clusters and instances: Essential, Dedicated and Premium, in one list.
import * as api from './api.js';
import { app, live } from './state.js';
import { h, replace, badge, when, table, menu, isMoving, inUse, redraw } from './ui.js';

const tierLabels = { STARTER: 'Starter', ESSENTIAL: 'Essential', DEDICATED: 'Dedicated', PREMIUM: 'Premium' };

/// A family the key may not list shows as none; any other failure is the page's.
function refusedAsNone(error) {
  if (error.status === 403) return [];
  throw error;
}

/// Every cluster of the project, in one shape whatever its API.
export async function loadClusters() {
  const [serverless, dedicated, premium] = await Promise.all([
    api.all('/v1beta1/clusters', 'clusters').catch(refusedAsNone),
    api.all('/dedicated/v1beta1/clusters', 'clusters').catch(refusedAsNone),
    api.all('/v1beta2/tidbs', 'tidbs').catch(refusedAsNone),
  ]);
  return [
    ...serverless.map((item) => ({
      kind: 'essential', id: item.clusterId, name: item.displayName, tier: item.tier || 'ESSENTIAL', state: item.state,
      cloud: item.region?.cloudProvider || item.cloudProvider, region: item.region?.name?.replace('regions/', '') || '',
      regionDisplay: item.region?.displayName || '', createTime: item.createTime, createdBy: item.createdBy, raw: item,
    })),
    ...dedicated.map((item) => ({
      kind: 'dedicated', id: item.clusterId, name: item.displayName, tier: 'DEDICATED', state: item.state, cloud: item.cloudProvider,
      region: item.regionId, regionDisplay: item.regionDisplayName, createTime: item.createTime, createdBy: item.createdBy, raw: item,
    })),
    ...premium.map((item) => ({
      kind: 'premium', id: item.tidbId, name: item.displayName, tier: 'PREMIUM', state: item.state, cloud: item.cloudProvider,
      region: item.regionId, regionDisplay: item.regionDisplayName, createTime: item.createTime, createdBy: item.creator, raw: item,
    })),
  ].map((item) => ({ ...item, tierLabel: tierLabels[item.tier] || item.tier, __id: item.id }));
}

export const cloudLabel = (cloud) => ({ aws: 'AWS', alicloud: 'Alibaba Cloud' }[cloud] || cloud || '');

export async function clustersPage(container) {
  const section = h('div');
  const render = (clusters) => redraw(section, clusters.map((item) => item.raw), () => table([
    { label: 'Name', cell: (item) => h('a', { href: `#/c/${item.kind}/${item.id}` }, item.name) },
    { label: 'Tier', cell: (item) => item.tierLabel },
    { label: 'Cloud', cell: (item) => cloudLabel(item.cloud) },
    { label: 'Region', cell: (item) => item.regionDisplay || item.region },
    { label: 'State', cell: (item) => badge(item.state) },
    { label: 'Created', cell: (item) => when(item.createTime) },
    { label: 'Action', cell: (item) => menu([
      ...(item.kind === 'essential' ? [] : [{ label: 'Connect', action: () => { location.hash = `#/c/${item.kind}/${item.id}?connect=1`; } }]),
      { label: 'Networking', action: () => { location.hash = `#/c/${item.kind}/${item.id}/networking`; } },
    ]) },
  ], clusters, 'This project has no clusters yet. Create one with the API or `postern serverless create`, `postern dedicated create` or `postern premium create`.',
  { id: 'clusters' }));
  render(app.clusters);
  replace(container,
    h('div', { class: 'page-head' }, h('h1', {}, 'Clusters'),
      h('p', { class: 'muted' }, `${app.clusters.length} in project ${app.session.projectId}: Essential, Dedicated and Premium.`)),
    section);
  live(async () => {
    const clusters = await loadClusters();
    if (inUse(section)) return true;
    app.clusters = clusters;
    render(clusters);
    return clusters.some((item) => isMoving(item.state));
  }, section);
}
