// Essential clusters' Private Link Connection For Dataflow: the table, Create Private Link
// Connection, and the row's ... menu (Attach Domains, Detach Domains, Delete).
import * as api from './api.js';
import { app } from './state.js';
import { h, replace, badge, when, table, menu, dialog, confirm, field, errorBox, showError, copyable, toast, stateLabel } from './ui.js';
import { detailDialog } from './detail.js';

const typeLabels = { AWS_ENDPOINT_SERVICE: 'AWS Endpoint Service', ALICLOUD_ENDPOINT_SERVICE: 'Alibaba Cloud Endpoint Service' };
const base = (cluster) => `/v1beta1/clusters/${cluster.id}/privateLinkConnections`;

export async function loadConnections(cluster) {
  return api.all(base(cluster), 'privateLinkConnections');
}

export function connectionsTable(cluster, connections, onChange) {
  return table([
    { label: 'ID', cell: (item) => h('code', {}, item.privateLinkConnectionId) },
    { label: 'Name', cell: (item) => item.displayName },
    { label: 'Type', cell: (item) => typeLabels[item.type] || item.type },
    { label: 'State', cell: (item) => badge(item.state) },
    { label: 'Endpoint Service', cell: (item) => h('code', {}, (item.awsEndpointService || item.alicloudEndpointService || {}).name || '') },
    { label: 'Attached Domains', cell: (item) => (item.attachedDomains || []).map((attached) => h('div', { class: 'domain', 'data-attach-domain': attached.attachDomainId },
      h('span', { class: 'tag' }, attached.type === 'CONFLUENT' ? 'Confluent' : 'TiDB Cloud Managed'), ' ', h('code', {}, attached.uniqueName))) },
    { label: 'Created', cell: (item) => [when(item.createTime), item.createdBy ? h('div', { class: 'muted' }, `by ${item.createdBy}`) : null] },
    { label: 'Message', cell: (item) => item.message ? h('span', { class: 'message' }, item.message) : '' },
    { label: 'Action', cell: (item) => rowMenu(cluster, item, onChange) },
  ], connections.map((item) => ({ ...item, __id: item.privateLinkConnectionId })),
  'No private link connection yet: create one to reach your own endpoint service from this cluster.', { class: 'connections' });
}

function rowMenu(cluster, item, onChange) {
  const items = [{ label: 'Details', action: () => detailDialog(cluster, item) }];
  if (item.state !== 'DELETING') {
    if (app.can('attachDomains') && item.state === 'ACTIVE') items.push({ label: 'Attach Domains', action: () => attachDialog(cluster, item, onChange) });
    if (app.can('detachDomains') && (item.attachedDomains || []).length) items.push({ label: 'Detach Domains', action: () => detachDialog(cluster, item, onChange) });
    if (app.can('deletePrivateLinkConnection')) {
      items.push({ label: 'Delete', action: () => confirm('Delete Private Link Connection', `Delete ${item.displayName} (${item.privateLinkConnectionId})? Its endpoint and attached domains are removed.`,
        async () => { await api.del(`${base(cluster)}/${item.privateLinkConnectionId}`); toast('Deleting the private link connection.'); onChange(); }) });
    }
  }
  return menu(items, `Actions for ${item.displayName}`);
}

export async function createDialog(cluster, onChange) {
  const { body, close } = dialog('Create Private Link Connection', { wide: true });
  const alibaba = cluster.cloud === 'alicloud';
  const type = alibaba ? 'ALICLOUD_ENDPOINT_SERVICE' : 'AWS_ENDPOINT_SERVICE';
  const name = h('input', { name: 'displayName', required: true, maxlength: '64' });
  const kind = h('select', { name: 'type' }, h('option', { value: type }, typeLabels[type]));
  const service = h('input', { name: 'endpointServiceName', required: true, spellcheck: 'false',
    placeholder: alibaba ? `com.aliyuncs.privatelink.${cluster.region.replace('alicloud-', '')}.epsrv-…` : `com.amazonaws.vpce.${cluster.region.replace('aws-', '')}.vpce-svc-…` });
  const error = errorBox();
  const deployment = h('div', { class: 'deployment' }, h('p', { class: 'muted' }, 'Loading the account and zones…'));
  const create = h('button', { type: 'submit', class: 'primary' }, 'Create');
  const form = h('form', { onsubmit: async (event) => {
    event.preventDefault();
    showError(error, null);
    create.disabled = true;
    const connection = { clusterId: cluster.id, displayName: name.value.trim(), type };
    connection[alibaba ? 'alicloudEndpointService' : 'awsEndpointService'] = { name: service.value.trim() };
    try {
      await api.post(base(cluster), { privateLinkConnection: connection });
      close();
      toast(`Created. Now ${alibaba ? 'allow' : 'accept'} the endpoint connection request in your endpoint service's Endpoint Connections tab.`);
      onChange();
    } catch (failure) { showError(error, failure); create.disabled = false; }
  } },
  field('Private Link Connection Name', name, 'Enter a name for the private link connection.'),
  field('Connection Type', kind, `Only ${typeLabels[type]} is offered: this cluster is on ${alibaba ? 'Alibaba Cloud' : 'AWS'}.`),
  field('Endpoint Service Name', service), error,
  h('div', { class: 'actions' }, h('button', { type: 'button', onclick: close }, 'Cancel'), create),
  h('h3', {}, 'Before you create it'),
  h('p', { class: 'hint' }, `Your endpoint service must be in this cluster's region, have TiDB Cloud's account on its ${alibaba ? 'Service Whitelist' : 'Allow principals'}, and share an availability zone with the ones below.`),
  deployment);
  replace(body, form);
  name.focus();
  try {
    const zones = await api.get(`${base(cluster)}:getAvailabilityZones`);
    replace(deployment,
      copyable('Region', cluster.regionDisplay || cluster.region),
      alibaba ? copyable('Alibaba Cloud Account ID', zones.accountId, { 'data-field': 'account' })
        : copyable('Principal of TiDB Cloud AWS Account', `arn:aws:iam::${zones.accountId}:root`, { 'data-field': 'account' }),
      copyable('AZ IDs', zones.azIds.join(' '), { 'data-field': 'zones' }));
  } catch (failure) { replace(deployment, h('p', { class: 'error' }, failure.message)); }
}

function attachDialog(cluster, item, onChange) {
  const { body, close } = dialog('Attach Domains', { wide: true });
  const aws = item.type === 'AWS_ENDPOINT_SERVICE';
  const choice = (value, label, enabled) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'domain-type', value, checked: value === 'TIDBCLOUD_MANAGED', disabled: !enabled }), ' ', label,
    enabled ? null : h('span', { class: 'muted' }, ' (only for AWS endpoint services)'));
  const types = h('fieldset', {}, h('legend', {}, 'Domain Type'), choice('TIDBCLOUD_MANAGED', 'TiDB Cloud Managed', true), choice('CONFLUENT', 'Confluent Cloud', aws));
  const detail = h('div', { class: 'attach-detail' });
  const error = errorBox();
  const attach = h('button', { type: 'button', class: 'primary', disabled: true }, 'Attach Domains');
  let preview = null;
  const uniqueName = h('input', { name: 'uniqueName', spellcheck: 'false', placeholder: 'domnprzqrog.us-east-1' });
  const path = `${base(cluster)}/${item.privateLinkConnectionId}:attachDomains`;
  const selected = () => types.querySelector('input:checked').value;
  const render = async () => {
    showError(error, null);
    if (selected() === 'CONFLUENT') {
      attach.disabled = false;
      replace(detail, field('Confluent Unique Name', uniqueName, 'Enter the Confluent Unique Name provided by your Confluent Cloud Dedicated cluster to generate the domains: the DNS subdomain less its zone and suffix.'));
      uniqueName.focus();
      return;
    }
    attach.disabled = true;
    replace(detail, h('p', { class: 'muted' }, 'Generating the domains…'));
    try {
      const previewed = await api.post(path, { attachDomain: { type: 'TIDBCLOUD_MANAGED' }, validateOnly: true });
      if (selected() !== 'TIDBCLOUD_MANAGED') return;
      preview = previewed;
      replace(detail, h('p', {}, 'The domains will be auto generated by TiDB Cloud, just click Attach Domains to confirm.'),
        copyable('Unique Name', preview.uniqueName, { 'data-field': 'unique-name' }),
        h('ul', { class: 'domains' }, (preview.domains || []).map((domain) => h('li', {}, h('code', {}, domain.name)))));
      attach.disabled = false;
    } catch (failure) { if (selected() === 'TIDBCLOUD_MANAGED') { replace(detail); showError(error, failure); } }
  };
  types.addEventListener('change', render);
  attach.addEventListener('click', async () => {
    attach.disabled = true;
    const attachDomain = selected() === 'CONFLUENT' ? { type: 'CONFLUENT', uniqueName: uniqueName.value.trim() } : { type: 'TIDBCLOUD_MANAGED', uniqueName: preview?.uniqueName };
    try {
      const made = await api.post(path, { attachDomain });
      close();
      toast(`Attached ${made.domains?.length || 0} domains under ${made.uniqueName}.`);
      onChange();
    } catch (failure) { showError(error, failure); attach.disabled = false; }
  });
  replace(body, types, detail, error, h('div', { class: 'actions' }, h('button', { type: 'button', onclick: close }, 'Cancel'), attach));
  render();
}

function detachDialog(cluster, item, onChange) {
  const { body, close } = dialog('Detach Domains', { wide: true });
  const error = errorBox();
  const choices = (item.attachedDomains || []).map((attached, index) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'attach-domain', value: attached.attachDomainId, checked: index === 0 }), ' ',
    `${attached.type === 'CONFLUENT' ? 'Confluent Cloud' : 'TiDB Cloud Managed'}: `, h('code', {}, attached.uniqueName),
    h('span', { class: 'muted' }, ` (${(attached.domains || []).length} domains, ${stateLabel((attached.domains || [])[0]?.state || 'ACTIVE')})`)));
  const detach = h('button', { type: 'button', class: 'danger', onclick: async () => {
    detach.disabled = true;
    const chosen = body.querySelector('input[name=attach-domain]:checked').value;
    try {
      await api.post(`${base(cluster)}/${item.privateLinkConnectionId}:detachDomains`, { attachDomainId: chosen });
      close();
      toast('Detached.');
      onChange();
    } catch (failure) { showError(error, failure); detach.disabled = false; }
  } }, 'Detach Domains');
  replace(body, h('fieldset', {}, h('legend', {}, 'Choose the domains to detach'), choices),
    h('p', {}, 'Traffic to these domains stops reaching this private link connection.'), error,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: close }, 'Cancel'), detach));
}
