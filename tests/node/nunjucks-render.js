// Renders every case of a corpus with the nunjucks npm package configured as Backstage's scaffolder configures it
// (plugins/scaffolder-backend/src/lib/templating/SecureTemplater.ts), and prints [{output} | {error}] as JSON.
// A case is {template, context?, cookiecutter?, value?}: "value" cases go through the scaffolder's whole-value
// rendering of template.yaml values (NunjucksWorkflowRunner.render) and print {value}.
'use strict';
const fs = require('fs');
const nunjucks = require('nunjucks');
const { parseEntityRef } = require('@backstage/catalog-model');

// Backstage's default integrations: only these hosts are known without configuration.
const knownHosts = { 'github.com': 'github', 'gitlab.com': 'gitlab', 'bitbucket.org': 'bitbucket', 'dev.azure.com': 'azure' };

function parseRepoUrl(repoUrl) {
  let parsed;
  try {
    parsed = new URL(`https://${repoUrl}`);
  } catch (error) {
    throw new Error(`Invalid repo URL passed to publisher, got ${repoUrl}, ${error}`);
  }
  const host = parsed.host;
  const param = name => parsed.searchParams.get(name) ?? undefined;
  const owner = param('owner');
  const organization = param('organization');
  const workspace = param('workspace');
  const project = param('project');
  const repo = param('repo');
  const type = knownHosts[host];
  if (!type) {
    throw new Error(`No matching integration configuration for host ${host}, please check your integrations config`);
  }
  if (type === 'github' || type === 'gitlab') {
    if (!repo || !owner) {
      throw new Error(`Invalid repo URL passed to publisher: ${repoUrl}, missing repo or owner`);
    }
  }
  return { host, owner, repo, organization, workspace, project };
}

function lodashGet(object, pathString) {
  const parts = String(pathString).replace(/\[(\w+)\]/g, '.$1').split('.').filter(p => p !== '');
  let value = object;
  for (const part of parts) {
    if (value === undefined || value === null) return undefined;
    value = value[part];
  }
  return value;
}

// Backstage passes its own filters through JSON on the way in and out of the sandbox.
const backstageFilters = {
  parseRepoUrl: url => parseRepoUrl(url),
  projectSlug: url => {
    const { owner, repo } = parseRepoUrl(url);
    return `${owner}/${repo}`;
  },
  parseEntityRef: (ref, context) => parseEntityRef(ref, context),
  pick: (obj, key) => lodashGet(obj, key),
};

// fetch:template's nunjucksConfigs ({trimBlocks, lstripBlocks}) are spread into the options, as in SecureTemplater.
function makeEnv(variableStart, nunjucksConfigs = {}) {
  const env = new nunjucks.Environment(null, {
    autoescape: false,
    ...nunjucksConfigs,
    tags: { variableStart, variableEnd: '}}' },
  });
  for (const [name, filter] of Object.entries(backstageFilters)) {
    env.addFilter(name, (...args) => JSON.parse(JSON.stringify(filter(...JSON.parse(JSON.stringify(args))))));
  }
  return env;
}

const env = makeEnv('${{');
const environments = new Map();
function environmentFor(c) {
  const configs = { trimBlocks: !!c.trimBlocks, lstripBlocks: !!c.lstripBlocks };
  const key = JSON.stringify([!!c.cookiecutter, configs]);
  if (!environments.has(key)) {
    const made = makeEnv(c.cookiecutter ? '{{' : '${{', configs);
    if (c.cookiecutter) made.addFilter('jsonify', made.getFilter('dump'));
    environments.set(key, made);
  }
  return environments.get(key);
}

function isSingleTemplateString(input) {
  const parsed = nunjucks.parser.parse(input, {}, { autoescape: false, tags: { variableStart: '${{', variableEnd: '}}' } });
  return parsed.children.length === 1 && !(parsed.children[0]?.children?.[0] instanceof nunjucks.nodes.TemplateData);
}

// NunjucksWorkflowRunner.render for one string.
function renderValue(value, context) {
  try {
    try {
      if (isSingleTemplateString(value)) {
        const wrapped = value.replace(/\${{(.+)}}/g, '${{ ( $1 ) | dump }}');
        const templated = env.renderString(wrapped, context);
        if (templated === '') return { undefined: true };
        return { value: JSON.parse(templated) };
      }
    } catch (ex) {
      // Backstage logs and falls back to rendering the string as it is.
    }
    const templated = env.renderString(value, context);
    if (templated === '') return { undefined: true };
    return { value: templated };
  } catch {
    return { value };
  }
}

// Atrium hands contexts over as QJsonObject, which keeps keys sorted; sort them here too so that both sides iterate
// objects in the same order.
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map(k => [k, sortKeys(value[k])]));
}

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = cases.map(c => {
  const context = sortKeys(c.context ?? {});
  if (c.value) return renderValue(c.template, context);
  let installed;
  try {
    if (c.cookiecutter) installed = nunjucks.installJinjaCompat();
    return { output: environmentFor(c).renderString(c.template, context) };
  } catch (error) {
    return { error: String(error.message) };
  } finally {
    if (installed) installed();
  }
});
process.stdout.write(JSON.stringify(results));
