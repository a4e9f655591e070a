// Premium on Alibaba Cloud: the Create Alibaba Cloud Private Endpoint Connection dialog.
import * as api from './api.js';
import { h, replace, dialog, field, errorBox, showError, toast } from './ui.js';
import { serviceInformation } from './connect.js';

export function alibabaEndpointDialog(cluster, service, onChange) {
  const { body, close } = dialog('Create Alibaba Cloud Private Endpoint Connection', { wide: true });
  const endpointID = h('input', { name: 'endpointId', required: true, spellcheck: 'false', placeholder: 'ep-…', pattern: 'ep-[a-z0-9]+' });
  const domain = h('input', { name: 'privateDomainName', required: true, spellcheck: 'false', placeholder: `ep-….epsrv-….${cluster.region.replace('alicloud-', '')}.privatelink.aliyuncs.com` });
  const error = errorBox();
  const create = h('button', { type: 'submit', class: 'primary' }, 'Create Private Endpoint Connection');
  const form = h('form', { novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    showError(error, null);
    const id = endpointID.value.trim(), name = domain.value.trim();
    if (!/^ep-[a-z0-9]+$/.test(id)) return showError(error, new Error('The Endpoint Resource ID is the endpoint\'s Endpoint ID from its Basic Information, e.g. ep-t4n0g7r1cmi3l1x5xf2s.'));
    if (!name) return showError(error, new Error('The Domain Name is the endpoint\'s Default Domain Name, under Domain name of Endpoint Service.'));
    create.disabled = true;
    try {
      await api.post(`/v1beta2/tidbs/${cluster.id}/privateEndpointConnections`, { endpointId: id, privateDomainName: name });
      close();
      toast('Registered: TiDB Cloud accepts the connection; it is Active in a few moments.');
      onChange();
    } catch (failure) { showError(error, failure); create.disabled = false; }
  } },
  h('ol', { class: 'steps-text' },
    h('li', {}, 'Take a note of the Service Name, Availability Zone ID and Region ID below.'),
    h('li', {}, 'In Alibaba Cloud, VPC › Endpoints › Interface Endpoints › Create Endpoint: Other Endpoint Services, paste the Service Name, Verify, then choose your VPC, security group (allow TCP 4000) and a zone. Wait for Active.'),
    h('li', {}, 'Copy the Endpoint ID from Basic Information and the Default Domain Name from Domain name of Endpoint Service, and paste them here.')),
  serviceInformation(service),
  field('Endpoint Resource ID', endpointID), field('Domain Name', domain), error,
  h('div', { class: 'actions' }, h('button', { type: 'button', onclick: close }, 'Cancel'), create));
  replace(body, form);
  endpointID.focus();
}
