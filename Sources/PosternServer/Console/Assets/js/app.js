// The console's shell: sign-in, the org → project → cluster switcher, the left navigation,
// and the hash routes each page hangs off.
import * as api from './api.js';
import { app } from './state.js';
import { h, replace, errorBox, showError, field, toast } from './ui.js';
import { clustersPage, loadClusters } from './clusters.js';
import { networkingPage, overviewPage } from './networking.js';
import { networkAccessPage } from './network-access.js';
import { endpointWizard } from './endpoint-wizard.js';

const main = () => document.getElementById('main');

function signInPage() {
  document.getElementById('top').replaceChildren(h('span', { class: 'brand' }, 'Postern'));
  document.getElementById('nav').replaceChildren();
  const publicKey = h('input', { name: 'publicKey', autocomplete: 'username', required: true, spellcheck: 'false' });
  const privateKey = h('input', { name: 'privateKey', type: 'password', autocomplete: 'current-password', required: true });
  const error = errorBox();
  const form = h('form', { class: 'card sign-in', onsubmit: async (event) => {
    event.preventDefault();
    showError(error, null);
    try {
      const session = await api.post('/console/session', { publicKey: publicKey.value.trim(), privateKey: privateKey.value.trim() });
      await begin(session);
      navigate('#/clusters');
    } catch (failure) { showError(error, failure); }
  } },
  h('h1', {}, 'Sign in to Postern'),
  h('p', { class: 'muted' }, 'Use an API key pair: the same keys the API and the postern CLI take. A fresh data directory has the admin\'s in admin-key.json.'),
  field('Public Key', publicKey), field('Private Key', privateKey), error,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign In')));
  replace(main(), form);
  publicKey.focus();
}

async function begin(session) {
  app.session = session;
  api.useSession(session, () => {
    if (!app.session) return;
    app.session = null;
    toast('Your session has ended: sign in again.', 'bad');
    navigate('#/sign-in');
  });
  app.organization = await api.get('/iam/v1beta1/organization').catch(() => null);
}

async function signOut() {
  try { await api.del('/console/session'); } catch { /* already ended */ }
  app.session = null;
  api.useSession(null);
  navigate('#/sign-in');
}

/// Goes to `hash`; the hashchange routes, or, when already there, this does.
function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function header(current) {
  const project = h('select', { 'aria-label': 'Project', id: 'project-switcher' },
    h('option', { value: app.session.projectId, selected: true }, `Project ${app.session.projectId}`));
  api.get('/iam/v1beta1/projects').then((list) => {
    for (const other of list.projects || []) {
      if (other.projectId === app.session.projectId) { project.options[0].textContent = other.displayName; continue; }
      project.append(h('option', { value: other.projectId }, `${other.displayName} (sign in with its key)`));
    }
  }).catch(() => {});
  project.addEventListener('change', () => {
    if (project.value !== app.session.projectId) {
      toast('Each project is reached with its own API key: sign out, then sign in with a key of that project.');
      project.value = app.session.projectId;
    }
  });
  const cluster = h('select', { 'aria-label': 'Cluster', id: 'cluster-switcher' },
    h('option', { value: '' }, 'All clusters'),
    app.clusters.map((item) => h('option', { value: `${item.kind}/${item.id}`, selected: current && current === `${item.kind}/${item.id}` }, `${item.name} (${item.tierLabel})`)));
  cluster.addEventListener('change', () => { location.hash = cluster.value ? `#/c/${cluster.value}` : '#/clusters'; });
  replace(document.getElementById('top'),
    h('a', { class: 'brand', href: '#/clusters' }, 'Postern'),
    h('div', { class: 'switcher', role: 'group', 'aria-label': 'Organization, project and cluster' },
      h('span', { class: 'org' }, app.organization ? app.organization.displayName : 'Organization'), '›', project, '›', cluster),
    h('div', { class: 'who' }, h('span', { class: 'role', 'data-role': app.session.role }, `${app.session.publicKey} · ${app.session.role}`),
      h('button', { type: 'button', class: 'ghost', onclick: signOut }, 'Sign Out')));
}

function navigation(current) {
  const link = (href, label) => h('a', { href, 'aria-current': location.hash === href ? 'page' : null }, label);
  const items = [link('#/clusters', 'Clusters')];
  if (current) {
    items.push(h('p', { class: 'nav-head' }, 'Cluster'), link(`#/c/${current}`, 'Overview'),
      h('p', { class: 'nav-head' }, 'Settings'), link(`#/c/${current}/networking`, 'Networking'));
  }
  items.push(h('p', { class: 'nav-head' }, 'Project Settings'), link('#/network-access', 'Network Access'));
  replace(document.getElementById('nav'), ...items);
}

let routes = 0;

export async function route() {
  const mine = ++routes;
  const current = () => mine === routes;
  for (const open of document.querySelectorAll('dialog')) { open.close(); open.remove(); }
  if (!app.session) {
    try { await begin(await api.get('/console/session')); } catch { if (current()) signInPage(); return; }
    if (!current()) return;
  }
  const parts = location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean);
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  if (parts[0] === 'sign-in') { location.hash = '#/clusters'; return; }
  let failure = null;
  try { app.clusters = await loadClusters(); } catch (error) { app.clusters = []; failure = error; }
  if (!current() || !app.session) return;
  const selected = parts[0] === 'c' && parts.length >= 3 ? `${parts[1]}/${parts[2]}` : null;
  header(selected);
  navigation(selected);
  const container = main();
  container.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    if (failure) throw failure;
    if (parts[0] === 'c' && parts.length >= 3) {
      const cluster = app.clusters.find((item) => item.kind === parts[1] && item.id === parts[2]);
      if (!cluster) throw new Error(`No cluster ${parts[2]} in this project: pick one from Clusters.`);
      if (parts[3] === 'networking') await networkingPage(container, cluster, query);
      else if (parts[3] === 'private-endpoint') await endpointWizard(container, { cluster, query, connection: parts[4] });
      else await overviewPage(container, cluster);
    } else if (parts[0] === 'network-access') {
      await networkAccessPage(container);
    } else if (parts[0] === 'private-endpoint') {
      await endpointWizard(container, { query });
    } else {
      await clustersPage(container);
    }
  } catch (error) {
    const box = errorBox();
    showError(box, error);
    replace(container, h('h1', {}, 'Something went wrong'), box);
  }
  if (!current()) return;
  document.title = `${container.querySelector('h1')?.textContent || 'Console'} · Postern`;
  if (!document.querySelector('dialog[open]') && !container.contains(document.activeElement)) container.focus({ preventScroll: true });
}

window.addEventListener('hashchange', route);
route();
