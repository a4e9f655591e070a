// Seed 000's five steps for an AWS private endpoint: Choose Cluster > Service Endpoint >
// Interface Endpoint > Accept Endpoint Connection > Enable Private DNS. Edit on a row that is
// not Active resumes it where it stopped, with the cluster and region locked.
import * as api from './api.js';
import { app, live } from './state.js';
import { h, replace, badge, field, errorBox, showError, command, copyable, isMoving } from './ui.js';
import { endpointPaths, nodeGroups, dnsCommand } from './endpoints.js';
import { connectDialog } from './connect.js';

const steps = ['Choose Cluster', 'Service Endpoint', 'Interface Endpoint', 'Accept Endpoint Connection', 'Enable Private DNS'];
export const endpointIDPattern = /^vpce-[0-9a-f]{8,17}$/;

export function createEndpointCommand(vpcID, region, serviceName, subnetIDs) {
  return `aws ec2 create-vpc-endpoint --vpc-id ${vpcID || '${your_vpc_id}'} --region ${region} --service-name ${serviceName || '${your_endpoint_service_name}'} --vpc-endpoint-type Interface --subnet-ids ${subnetIDs || '${your_application_subnet_ids}'}`;
}

export async function endpointWizard(container, { cluster, query, connection: connectionID }) {
  const candidates = app.clusters.filter((item) => (item.kind === 'dedicated' || item.kind === 'premium') && item.cloud === 'aws' && item.state === 'ACTIVE');
  const state = {
    cluster: cluster || candidates[0], group: query.get('group'), step: 0, editing: !!connectionID, connection: null,
    vpcID: '', subnetIDs: '', endpointID: '',
  };
  if (!state.cluster) {
    replace(container, h('h1', {}, 'Create Private Endpoint Connection'),
      h('p', {}, 'No Dedicated cluster or Premium instance on AWS is ACTIVE in this project yet: create one first (postern dedicated create).'));
    return;
  }
  if (!candidates.includes(state.cluster)) {
    replace(container, h('h1', {}, 'Create Private Endpoint Connection'),
      h('p', {}, `${state.cluster.name} takes no AWS private endpoint now: it is ${state.cluster.state} on ${state.cluster.cloud}. These steps are for ACTIVE Dedicated clusters and Premium instances on AWS.`));
    return;
  }
  if (!app.can(endpointPaths(state.cluster, state.group).create)) {
    replace(container, h('h1', {}, 'Create Private Endpoint Connection'), h('p', {}, `A ${app.session.role} key may not create private endpoints: only Organization Owners and Project Owners can.`));
    return;
  }
  const groupOf = () => state.group || nodeGroups(state.cluster)[0]?.tidbNodeGroupId;
  const paths = () => endpointPaths(state.cluster, groupOf());
  if (connectionID) {
    state.connection = await api.get(`${paths().connections}/${connectionID}`);
    state.endpointID = state.connection.endpointId;
    state.step = state.connection.endpointState === 'PENDING' ? 4 : 3;
  }
  const bar = h('ol', { class: 'flow', 'aria-label': 'Steps' });
  const box = h('div', { class: 'card step' });
  const title = state.editing ? 'Edit Private Endpoint Connection' : 'Create AWS Private Endpoint Connection';
  replace(container, h('div', { class: 'page-head' }, h('h1', {}, title)), bar, box);

  const go = (step) => { state.step = step; render(); };
  const next = (enabled = true) => h('button', { type: 'button', class: 'primary', id: 'next', disabled: !enabled, onclick: () => go(state.step + 1) }, 'Next');
  const back = () => state.step > 0 && !(state.editing && state.step <= 3) ? h('button', { type: 'button', onclick: () => go(state.step - 1) }, 'Back') : null;
  const cancel = () => h('a', { class: 'button', href: `#/c/${state.cluster.kind}/${state.cluster.id}/networking` }, 'Cancel');

  function render() {
    replace(bar, steps.map((label, index) => h('li', { class: index < state.step ? 'done' : '', 'aria-current': index === state.step ? 'step' : null }, label)));
    [chooseCluster, checkRegion, interfaceEndpoint, acceptConnection, privateDNS][state.step]();
    box.querySelector('input, select:not([disabled]), button.primary')?.focus();
  }

  function chooseCluster() {
    const select = h('select', { id: 'cluster', disabled: state.editing }, candidates.map((item) => h('option', {
      value: `${item.kind}/${item.id}`, selected: item === state.cluster }, `${item.name} (${item.tierLabel}, ${item.regionDisplay || item.region})`)));
    select.addEventListener('change', () => {
      state.cluster = candidates.find((item) => `${item.kind}/${item.id}` === select.value);
      state.group = null;
    });
    replace(box, h('h2', {}, '1. Choose Cluster'), field('Cluster', select, 'Dedicated clusters and Premium instances on AWS that are ACTIVE.'),
      h('div', { class: 'actions' }, cancel(), next()));
  }

  function checkRegion() {
    const region = h('select', { id: 'region', disabled: true }, h('option', {}, state.cluster.regionDisplay || state.cluster.region));
    replace(box, h('h2', {}, '2. Service Endpoint'),
      field('Region', region, 'Your service endpoint region is selected by default: the endpoint must be in the cluster\'s region. Have a quick check and click Next.'),
      h('div', { class: 'actions' }, back(), cancel(), next()));
  }

  function interfaceEndpoint() {
    const status = h('div', { id: 'service-status' }, h('p', { class: 'muted' }, 'TiDB Cloud is creating the endpoint service…'));
    const vpc = h('input', { id: 'vpc-id', value: state.vpcID, spellcheck: 'false', placeholder: 'vpc-…', oninput: () => { state.vpcID = vpc.value.trim(); draw(); } });
    const subnets = h('input', { id: 'subnet-ids', value: state.subnetIDs, spellcheck: 'false', placeholder: 'subnet-… subnet-…',
      oninput: () => { state.subnetIDs = subnets.value.trim().split(/\s+/).filter(Boolean).join(' '); draw(); } });
    const commandBox = h('div', { id: 'create-command' });
    const nextButton = next(false);
    let service = null;
    const region = state.cluster.region.replace(/^aws-/, '');
    const draw = () => {
      const ready = !!service && service.state === 'ACTIVE';
      const filled = !!state.vpcID && !!state.subnetIDs;
      replace(commandBox, h('h3', {}, 'Create VPC Interface Endpoint'),
        command(createEndpointCommand(state.vpcID, region, ready ? service.serviceName : '', state.subnetIDs), ready && filled,
          ready ? 'Fill in Your VPC ID and Your Subnet IDs.' : 'You cannot copy the command until TiDB Cloud finishes creating the endpoint service.'),
        h('p', { class: 'hint' }, 'Run it in your AWS account (or create the endpoint in the AWS console: Endpoints › Create endpoint › Other endpoint services), then record the VPC endpoint ID.'));
      nextButton.disabled = !ready;
    };
    const poll = async () => {
      service = await api.maybe(paths().service);
      replace(status, service ? [
        h('div', { class: 'service-state' }, 'Endpoint service ', badge(service.state),
          service.state === 'ACTIVE' ? h('span', { class: 'banner', id: 'service-ready' }, 'TiDB Private Link Service is ready') : null),
        copyable('Service Name', service.state === 'ACTIVE' ? service.serviceName : '', { 'data-field': 'service-name' }),
        copyable('Zone IDs', (service.availableZones || []).join(' '))] : h('p', { class: 'muted' }, 'TiDB Cloud is creating the endpoint service…'));
      draw();
      return !service || isMoving(service.state);
    };
    const error = errorBox();
    replace(box, h('h2', {}, '3. Interface Endpoint'), status, error,
      h('div', { class: 'grid2' }, field('Your VPC ID', vpc, 'The VPC your application runs in; DNS hostnames and DNS resolution must be enabled on it.'),
        field('Your Subnet IDs', subnets, 'For multiple subnets, enter the IDs separated by spaces; each in a zone the service is in.')),
      commandBox, h('div', { class: 'actions' }, back(), cancel(), nextButton));
    draw();
    poll().then((moving) => { if (moving) live(poll, status); }).catch((failure) => { showError(error, failure); live(poll, status); });
  }

  function acceptConnection() {
    const input = h('input', { id: 'endpoint-id', value: state.endpointID, spellcheck: 'false', placeholder: 'vpce-0123456789abcdef0', 'aria-describedby': 'endpoint-id-check' });
    const check = h('p', { class: 'hint', id: 'endpoint-id-check' });
    const error = errorBox();
    const create = h('button', { type: 'button', class: 'primary', id: 'create-connection' }, state.editing ? 'Retry Private Endpoint Connection' : 'Create Private Endpoint Connection');
    const validate = () => {
      const value = input.value.trim();
      const good = endpointIDPattern.test(value);
      check.textContent = value && !good ? 'A VPC endpoint ID is vpce- and 8 or 17 hexadecimal digits, e.g. vpce-0123456789abcdef0.' : '';
      check.className = value && !good ? 'error' : 'hint';
      create.disabled = !good;
      return good;
    };
    input.addEventListener('input', validate);
    create.addEventListener('click', async () => {
      if (!validate()) return;
      showError(error, null);
      create.disabled = true;
      const endpointID = input.value.trim();
      try {
        // A Failed connection retries in place with its own endpoint; another endpoint replaces it
        // once that one is registered.
        const replaced = state.connection && state.connection.endpointId !== endpointID ? state.connection : null;
        state.connection = await api.post(paths().connections, { endpointId: endpointID });
        if (replaced) await api.del(`${paths().connections}/${replaced.privateEndpointConnectionId}`).catch(() => {});
        state.endpointID = endpointID;
        go(4);
      } catch (failure) { showError(error, failure); create.disabled = false; }
    });
    replace(box, h('h2', {}, '4. Accept Endpoint Connection'),
      state.connection?.message ? h('p', { class: 'error', id: 'last-failure' }, `Last attempt: ${state.connection.message}`) : null,
      field('VPC Endpoint ID', input, 'Fill in the box with your VPC endpoint ID; TiDB Cloud accepts its connection request.'), check, error,
      h('div', { class: 'actions' }, back(), cancel(), create));
    validate();
  }

  function privateDNS() {
    const status = h('div', { id: 'connection-status' });
    const done = h('a', { class: 'button primary', id: 'done', href: `#/c/${state.cluster.kind}/${state.cluster.id}/networking` }, 'Done');
    const connect = h('button', { type: 'button', id: 'wizard-connect', hidden: true, onclick: () => connectDialog(state.cluster, state.connection) }, 'Connect');
    const poll = async () => {
      state.connection = await api.get(`${paths().connections}/${state.connection.privateEndpointConnectionId}`);
      const shown = state.connection.endpointState === 'PENDING' ? 'SYSTEM_CHECKING' : state.connection.endpointState;
      replace(status, h('p', {}, 'Private endpoint ', h('code', {}, state.connection.endpointId), ' ', badge(shown)),
        state.connection.message ? h('p', { class: 'message' }, state.connection.message) : null);
      connect.hidden = state.connection.endpointState !== 'ACTIVE';
      return isMoving(state.connection.endpointState);
    };
    replace(box, h('h2', {}, '5. Enable Private DNS'),
      h('p', {}, 'Run this in your AWS account so the cluster\'s host name resolves to your endpoint inside your VPC:'),
      h('div', { id: 'dns-command' }, command(dnsCommand(state.endpointID))), status,
      h('p', { class: 'hint' }, 'TiDB Cloud checks the endpoint (System Checking) and accepts it; it is Active in a few moments. Allow TCP 4000 in the endpoint\'s security group.'),
      h('div', { class: 'actions' }, connect, done));
    poll().then((moving) => { if (moving) live(poll, status); }).catch((failure) => {
      replace(status, h('p', { class: 'error' }, failure.message));
      live(poll, status);
    });
  }

  render();
}
