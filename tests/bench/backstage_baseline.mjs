#!/usr/bin/env node
// Backstage's own parse-and-validate, run on a folder of catalog files: the baseline Atrium's load is measured
// against (tests/bench/run-benchmarks).
//
//   node tests/bench/backstage_baseline.mjs [--modules DIR] [--verbose] CATALOG_DIR
//
// It does per file and per entity what plugins/catalog-backend does when it ingests a file location, with the
// packages Backstage itself uses (pinned in tests/node/package.json):
//
//   1. read the file, `yaml.parseAllDocuments`, skip empty documents, reject documents with YAML errors,
//      `toJSON()`, keep plain objects                       (plugin-catalog-node processing/parse.ts, parseEntityYaml)
//   2. validateEntityEnvelope = entityEnvelopeSchemaValidator()  (catalog-backend processing/util.ts)
//   3. the default entity policy, EntityPolicies.allOf([SchemaValidEntityPolicy, DefaultNamespaceEntityPolicy,
//      NoForeignRootFieldsEntityPolicy, FieldFormatEntityPolicy(makeValidator())])
//                                                           (catalog-backend service/CatalogBuilder.ts, buildEntityPolicy)
//   4. validateEntity = entitySchemaValidator(), then the built-in kind validators until one accepts the entity
//                                                           (DefaultCatalogProcessingOrchestrator.runValidateStep,
//                                                            BuiltinKindsEntityProcessor.validateEntityKind)
//   5. the relations BuiltinKindsEntityProcessor.postProcessEntity emits: parseEntityRef on every owner, system,
//      domain, dependsOn, providesApis, ... with the same default kinds; counted, not stored
//
// Left out, all of which would make Backstage slower still: the placeholder processor ($text/$json/$yaml),
// location annotations, rules enforcement, the database writes and stitching. Node runs JavaScript on one thread,
// so this is a single-threaded baseline; Backstage's catalog processes entities concurrently only by interleaving
// promises on that same thread.
//
// Prints one JSON object: counts (files, documents, entities, valid, invalid, relations) and the time spent per
// phase in milliseconds. Exit status 0 when it ran, whatever the entities' validity; 2 on bad usage.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
let modulesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node');
let verbose = false;
let catalogDir;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--modules') modulesDir = args[++i];
  else if (args[i] === '--verbose') verbose = true;
  else if (!catalogDir) catalogDir = args[i];
  else catalogDir = undefined;
}
if (!catalogDir) {
  process.stderr.write('usage: backstage_baseline.mjs [--modules DIR] [--verbose] CATALOG_DIR\n');
  process.exit(2);
}

// The packages live in tests/node/node_modules (npm ci --prefix tests/node), not beside this script.
const require = createRequire(join(resolve(modulesDir), 'package.json'));
const yaml = require('yaml');
const lodash = require('lodash');
const model = require('@backstage/catalog-model');

const loadStart = process.hrtime.bigint();
const ms = ns => Number(ns) / 1e6;

// Every *.yaml / *.yml below the folder except the workspace file: the same files Atrium reads through
// atrium.yaml (the catalog folder plus the team files its Location entities point at).
function listFiles(dir) {
  const result = [];
  const walk = d => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name) && !(d === dir && entry.name === 'atrium.yaml')) result.push(path);
    }
  };
  walk(dir);
  return result.sort();
}

const policy = model.EntityPolicies.allOf([
  new model.SchemaValidEntityPolicy(),
  new model.DefaultNamespaceEntityPolicy(),
  new model.NoForeignRootFieldsEntityPolicy(),
  new model.FieldFormatEntityPolicy(model.makeValidator()),
]);
const validateEntityEnvelope = model.entityEnvelopeSchemaValidator();
const validateEntity = model.entitySchemaValidator();
const kindValidators = [
  model.apiEntityV1alpha1Validator,
  model.componentEntityV1alpha1Validator,
  model.resourceEntityV1alpha1Validator,
  model.groupEntityV1alpha1Validator,
  model.locationEntityV1alpha1Validator,
  model.userEntityV1alpha1Validator,
  model.systemEntityV1alpha1Validator,
  model.domainEntityV1alpha1Validator,
];

// kind -> [spec field, default kind] pairs, as BuiltinKindsEntityProcessor.postProcessEntity emits them.
const relationFields = {
  Component: [['owner', 'Group'], ['subcomponentOf', 'Component'], ['providesApis', 'API'], ['consumesApis', 'API'],
    ['dependsOn', undefined], ['dependencyOf', undefined], ['system', 'System']],
  API: [['owner', 'Group'], ['system', 'System']],
  Resource: [['owner', 'Group'], ['dependsOn', undefined], ['dependencyOf', undefined], ['system', 'System']],
  User: [['memberOf', 'Group']],
  Group: [['parent', 'Group'], ['children', 'Group'], ['members', 'User']],
  System: [['owner', 'Group'], ['domain', 'Domain']],
  Domain: [['owner', 'Group'], ['subdomainOf', 'Domain']],
};

const counts = { files: 0, bytes: 0, documents: 0, yamlErrors: 0, entities: 0, valid: 0, invalid: 0, relations: 0 };
const time = { readNs: 0n, parseNs: 0n, toJsonNs: 0n, validateNs: 0n, relationsNs: 0n };
const byKind = {};
const firstErrors = [];

async function processEntity(entity, file) {
  let t = process.hrtime.bigint();
  try {
    validateEntityEnvelope(entity);
    const enforced = await policy.enforce(entity);
    validateEntity(enforced);
    let valid = false;
    for (const validator of kindValidators) {
      if (await validator.check(enforced)) {
        valid = true;
        break;
      }
    }
    if (!valid) throw new Error(`No processor recognized the entity ${model.stringifyEntityRef(enforced)} as valid`);
    const now = process.hrtime.bigint();
    time.validateNs += now - t;
    t = now;

    const namespace = enforced.metadata.namespace ?? model.DEFAULT_NAMESPACE;
    for (const [field, defaultKind] of relationFields[enforced.kind] ?? []) {
      const targets = enforced.spec?.[field];
      if (!targets) continue;
      for (const target of [targets].flat()) {
        model.parseEntityRef(target, { defaultKind, defaultNamespace: namespace });
        counts.relations += 2; // the outgoing relation and its inverse
      }
    }
    time.relationsNs += process.hrtime.bigint() - t;
    counts.valid++;
    byKind[enforced.kind] = (byKind[enforced.kind] ?? 0) + 1;
  } catch (e) {
    time.validateNs += process.hrtime.bigint() - t;
    counts.invalid++;
    if (firstErrors.length < 10) firstErrors.push(`${relative(catalogDir, file)}: ${e.message}`);
  }
}

for (const file of listFiles(catalogDir)) {
  let t = process.hrtime.bigint();
  const data = readFileSync(file); // a Buffer, as UrlReader/FileReaderProcessor hand it over
  counts.files++;
  counts.bytes += data.length;
  let now = process.hrtime.bigint();
  time.readNs += now - t;
  t = now;

  let documents;
  try {
    documents = yaml.parseAllDocuments(data.toString('utf8'), { merge: false }).filter(d => d);
  } catch (e) {
    counts.yamlErrors++;
    continue;
  }
  now = process.hrtime.bigint();
  time.parseNs += now - t;

  for (const document of documents) {
    counts.documents++;
    if (document.errors?.length) {
      counts.yamlErrors++;
      if (firstErrors.length < 10) firstErrors.push(`${relative(catalogDir, file)}: ${document.errors[0]}`);
      continue;
    }
    t = process.hrtime.bigint();
    const json = document.toJSON();
    time.toJsonNs += process.hrtime.bigint() - t;
    if (json === null) continue;
    if (!lodash.isPlainObject(json)) {
      counts.invalid++;
      continue;
    }
    counts.entities++;
    await processEntity(json, file);
  }
}

const totalNs = process.hrtime.bigint() - loadStart;
const result = {
  tool: 'backstage-baseline',
  versions: {
    node: process.versions.node,
    yaml: require('yaml/package.json').version,
    catalogModel: require('@backstage/catalog-model/package.json').version,
  },
  ...counts,
  byKind,
  ms: {
    total: Math.round(ms(totalNs)),
    read: Math.round(ms(time.readNs)),
    yamlParse: Math.round(ms(time.parseNs)),
    toJson: Math.round(ms(time.toJsonNs)),
    validate: Math.round(ms(time.validateNs)),
    relations: Math.round(ms(time.relationsNs)),
  },
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (verbose) result.firstErrors = firstErrors;
process.stdout.write(JSON.stringify(result) + '\n');
