#!/usr/bin/env node
// Deterministic random mutations of valid catalog entities, for the conformance tests: prints COUNT documents
// (JSON, which is YAML) separated by "---". Same SEED, same documents.
// Usage: node random-entities.js SEED COUNT > corpus.yaml

'use strict';

let seed = Number(process.argv[2] || 1);
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = list => list[Math.floor(random() * list.length)];

const strings = [
  '', ' ', 'a', 'A', 'team-a', 'group:', ':x', 'x/', '/x', 'a:b/c', 'user:jdoe', 'My Service', 'a_b', 'a.b', '-a',
  'a-', 'a--b', 'x'.repeat(63), 'x'.repeat(64), 'ü', 'c++', 'k8s:prod', 'https://x.io', 'http://', 'mailto:x',
  'backstage.io/v1alpha1', 'backstage.io/v1beta1', 'scaffolder.backstage.io/v1beta3', 'Component', 'component',
  'required', 'optional', 'a/b', 'a.io/b', 'A.io/b', 'a.io/b/c', 'default', 'Default', '\t', 'resource:db', 'api:x',
  '0', 'true', 'a/b/c', 'x.y.z/a_b', '\u00a0', ' x', 'x ', 'a\nb', '#', '+', ':', 'a:b:c', 'ns/a:b',
  'http://[::1]', 'ftp://x', 'ws:x', 'file:///', 'xn--a.com', 'https://xn--ls8h.la', '1.2.3', 'v1', 'Template',
  'Location', 'API', 'Group', 'User', 'e'.repeat(253),
];
const randomValue = () =>
  pick([
    () => pick(strings), () => pick(strings), () => pick(strings), () => 0, () => 1, () => true, () => false,
    () => null, () => [], () => [pick(strings)], () => [pick(strings), pick(strings)], () => ({}),
    () => ({ k: pick(strings) }), () => [1], () => [null], () => [{}],
    () => ({ kind: pick(strings), name: pick(strings) }),
  ])();

const bases = [
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'c' }, spec: { type: 'service', lifecycle: 'production', owner: 'team-a', system: 's', providesApis: ['a'], consumesApis: ['b'], dependsOn: ['resource:db'], dependencyOf: ['component:x'], subcomponentOf: 'p' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'API', metadata: { name: 'a' }, spec: { type: 'openapi', lifecycle: 'production', owner: 'team-a', definition: 'x', system: 's' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Resource', metadata: { name: 'r' }, spec: { type: 'db', owner: 'o', dependsOn: ['resource:x'], dependencyOf: ['component:y'], system: 's' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 's' }, spec: { owner: 'o', domain: 'd', type: 't' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Domain', metadata: { name: 'd' }, spec: { owner: 'o', subdomainOf: 'p', type: 't' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name: 'g' }, spec: { type: 'team', children: ['c'], parent: 'p', members: ['u'], profile: { displayName: 'G', email: 'e', picture: 'p' } } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'User', metadata: { name: 'u' }, spec: { memberOf: ['g'], profile: { displayName: 'U' } } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Location', metadata: { name: 'l' }, spec: { type: 'url', target: 't', targets: ['a'], presence: 'optional' } },
  { apiVersion: 'scaffolder.backstage.io/v1beta3', kind: 'Template', metadata: { name: 't' }, spec: { type: 'service', owner: 'o', lifecycle: 'l', parameters: [{ when: true, 'backstage:permissions': { tags: ['a'] } }], steps: [{ id: 'i', name: 'n', action: 'a', input: {}, if: 'x', 'backstage:permissions': { tags: [] } }], output: { a: 'b', links: [{ url: 'u', entityRef: 'e', title: 't', icon: 'i', if: true }], text: [{ title: 't', content: 'c', icon: 'i', if: false }] }, secrets: { schema: {} }, presentation: { buttonLabels: { backButtonText: 'b' } }, EXPERIMENTAL_recovery: { EXPERIMENTAL_strategy: 's' }, formDecorators: [{ id: 'x', input: {} }] } },
];
const metadataExtras = { namespace: 'ns', title: 't', description: 'd', uid: 'u', etag: 'e', labels: { a: 'b' }, annotations: { 'a.io/b': 'c' }, tags: ['t'], links: [{ url: 'https://x.io', title: 't', icon: 'i', type: 'y' }] };

function paths(value, prefix = []) {
  const out = [prefix];
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) out.push(...paths(value[key], [...prefix, key]));
  }
  return out;
}

// Deletes, replaces or adds one value somewhere in the entity.
function mutate(entity) {
  const path = pick(paths(entity).filter(p => p.length > 0));
  let parent = entity;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  const r = random();
  if (r < 0.25) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (r < 0.85) {
    parent[last] = randomValue();
  } else {
    const target = parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last]) ? parent[last] : parent;
    if (!Array.isArray(target)) target[pick(strings) || 'k'] = randomValue();
  }
}

const documents = [];
for (let i = 0; i < Number(process.argv[3] || 1000); ++i) {
  const entity = structuredClone(pick(bases));
  if (random() < 0.5) Object.assign(entity.metadata, structuredClone(metadataExtras));
  const mutations = 1 + Math.floor(random() * 4);
  for (let j = 0; j < mutations; ++j) mutate(entity);
  documents.push(JSON.stringify(entity));
}
process.stdout.write(`${documents.join('\n---\n')}\n`);
