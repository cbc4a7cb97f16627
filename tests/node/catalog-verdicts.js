#!/usr/bin/env node
// Backstage's own verdict on every YAML document of the files given on the command line, as JSON on stdout.
//
// This is the oracle of Atrium's validation conformance test (tests/conformance). It runs the real
// @backstage/catalog-model and @backstage/plugin-scaffolder-common through the same steps, in the same order,
// as plugin-catalog-backend's DefaultCatalogProcessingOrchestrator with the default CatalogBuilder setup:
//   parseEntityYaml (plugin-catalog-node)         yaml.parseAllDocuments, null documents skipped
//   validateEntityEnvelope                        EntityEnvelope schema
//   BuiltinKindsEntityProcessor.preProcessEntity  sorts relation lists (copied below; the backend is not installed)
//   policies                                      SchemaValid, DefaultNamespace, NoForeignRootFields, FieldFormat
//   validateEntity                                Entity schema
//   validateEntityKind                            BuiltinKindsEntityProcessor's kind validators + Template v1beta3
//   postProcessEntity                             BuiltinKindsEntityProcessor + ScaffolderEntitiesProcessor relations
// Relations are printed as canonical refs, exactly as Atrium's emitBuiltinRelations() should produce them.
//
// Usage: node catalog-verdicts.js FILE.yaml...
// Output: [{file, document, valid, stage?, message?, entity?, relations?, yamlError?, notEntity?, jsonSafe}]

'use strict';

const fs = require('node:fs');
const yaml = require('yaml');
const model = require('@backstage/catalog-model');
const { templateEntityV1beta3Validator } = require('@backstage/plugin-scaffolder-common');

const policy = model.EntityPolicies.allOf([
  new model.SchemaValidEntityPolicy(),
  new model.DefaultNamespaceEntityPolicy(),
  new model.NoForeignRootFieldsEntityPolicy(),
  new model.FieldFormatEntityPolicy(model.makeValidator()),
]);
const validateEnvelope = model.entityEnvelopeSchemaValidator();
const validateEntitySchema = model.entitySchemaValidator();
// BuiltinKindsEntityProcessor's list, in its order, then ScaffolderEntitiesProcessor's.
const kindValidators = [
  model.apiEntityV1alpha1Validator,
  model.componentEntityV1alpha1Validator,
  model.resourceEntityV1alpha1Validator,
  model.groupEntityV1alpha1Validator,
  model.locationEntityV1alpha1Validator,
  model.userEntityV1alpha1Validator,
  model.systemEntityV1alpha1Validator,
  model.domainEntityV1alpha1Validator,
  templateEntityV1beta3Validator,
];

function getPath(object, path) {
  return path.split('.').reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), object);
}

// plugin-catalog-backend src/processors/BuiltinKindsEntityProcessor.ts, preProcessEntity
function preProcess(entity) {
  for (const field of ['providesApis', 'consumesApis', 'dependsOn', 'dependencyOf', 'memberOf', 'children', 'members']) {
    const value = getPath(entity, `spec.${field}`);
    if (value && Array.isArray(value) && value.every(v => typeof v === 'string')) {
      entity.spec[field] = value.sort();
    }
  }
  return entity;
}

// plugin-catalog-backend BuiltinKindsEntityProcessor.postProcessEntity and
// plugin-catalog-backend-module-scaffolder-entity-model ScaffolderEntitiesProcessor.postProcessEntity
function postProcess(entity) {
  const relations = [];
  const selfRef = model.getCompoundEntityRef(entity);
  const self = model.stringifyEntityRef(selfRef);
  function doEmit(targets, context, outgoing, incoming) {
    if (!targets) {
      return;
    }
    for (const target of [targets].flat()) {
      const ref = model.parseEntityRef(target, context);
      // The catalog lower-cases refs when it stores relations; non-string parts fail there.
      const targetRef = model.stringifyEntityRef(ref);
      relations.push({ source: self, type: outgoing, target: targetRef });
      relations.push({ source: targetRef, type: incoming, target: self });
    }
  }
  const ns = selfRef.namespace;
  const spec = entity.spec;
  switch (entity.kind) {
    case 'Component':
      doEmit(spec.owner, { defaultKind: 'Group', defaultNamespace: ns }, 'ownedBy', 'ownerOf');
      doEmit(spec.subcomponentOf, { defaultKind: 'Component', defaultNamespace: ns }, 'partOf', 'hasPart');
      doEmit(spec.providesApis, { defaultKind: 'API', defaultNamespace: ns }, 'providesApi', 'apiProvidedBy');
      doEmit(spec.consumesApis, { defaultKind: 'API', defaultNamespace: ns }, 'consumesApi', 'apiConsumedBy');
      doEmit(spec.dependsOn, { defaultNamespace: ns }, 'dependsOn', 'dependencyOf');
      doEmit(spec.dependencyOf, { defaultNamespace: ns }, 'dependencyOf', 'dependsOn');
      doEmit(spec.system, { defaultKind: 'System', defaultNamespace: ns }, 'partOf', 'hasPart');
      break;
    case 'API':
      doEmit(spec.owner, { defaultKind: 'Group', defaultNamespace: ns }, 'ownedBy', 'ownerOf');
      doEmit(spec.system, { defaultKind: 'System', defaultNamespace: ns }, 'partOf', 'hasPart');
      break;
    case 'Resource':
      doEmit(spec.owner, { defaultKind: 'Group', defaultNamespace: ns }, 'ownedBy', 'ownerOf');
      doEmit(spec.dependsOn, { defaultNamespace: ns }, 'dependsOn', 'dependencyOf');
      doEmit(spec.dependencyOf, { defaultNamespace: ns }, 'dependencyOf', 'dependsOn');
      doEmit(spec.system, { defaultKind: 'System', defaultNamespace: ns }, 'partOf', 'hasPart');
      break;
    case 'User':
      doEmit(spec.memberOf, { defaultKind: 'Group', defaultNamespace: ns }, 'memberOf', 'hasMember');
      break;
    case 'Group':
      doEmit(spec.parent, { defaultKind: 'Group', defaultNamespace: ns }, 'childOf', 'parentOf');
      doEmit(spec.children, { defaultKind: 'Group', defaultNamespace: ns }, 'parentOf', 'childOf');
      doEmit(spec.members, { defaultKind: 'User', defaultNamespace: ns }, 'hasMember', 'memberOf');
      break;
    case 'System':
      doEmit(spec.owner, { defaultKind: 'Group', defaultNamespace: ns }, 'ownedBy', 'ownerOf');
      doEmit(spec.domain, { defaultKind: 'Domain', defaultNamespace: ns }, 'partOf', 'hasPart');
      break;
    case 'Domain':
      doEmit(spec.owner, { defaultKind: 'Group', defaultNamespace: ns }, 'ownedBy', 'ownerOf');
      doEmit(spec.subdomainOf, { defaultKind: 'Domain', defaultNamespace: ns }, 'partOf', 'hasPart');
      break;
    default:
      break;
  }
  if (entity.apiVersion === 'scaffolder.backstage.io/v1beta3' && entity.kind === 'Template') {
    doEmit(spec.owner, { defaultKind: 'Group', defaultNamespace: ns }, 'ownedBy', 'ownerOf');
  }
  return relations;
}

async function verdict(json) {
  let entity = structuredClone(json);
  const fail = (stage, error) => ({ valid: false, stage, message: String(error && error.message ? error.message : error) });
  try {
    validateEnvelope(entity);
  } catch (e) {
    return fail('envelope', e);
  }
  entity = preProcess(entity);
  try {
    entity = await policy.enforce(entity);
  } catch (e) {
    return fail('policy', e);
  }
  try {
    validateEntitySchema(entity);
  } catch (e) {
    return fail('entity', e);
  }
  let recognized = false;
  for (const validator of kindValidators) {
    try {
      if (await validator.check(entity)) {
        recognized = true;
      }
    } catch (e) {
      return fail('kind', e);
    }
  }
  if (!recognized) {
    return fail('kind', `No processor recognized the entity ${model.stringifyEntityRef(entity)} as valid, possibly caused by a foreign kind or apiVersion`);
  }
  try {
    return { valid: true, relations: postProcess(entity) };
  } catch (e) {
    return fail('relations', e);
  }
}

async function main() {
  const results = [];
  for (const file of process.argv.slice(2)) {
    const text = fs.readFileSync(file, 'utf8');
    const documents = yaml.parseAllDocuments(text, { merge: false });
    let index = -1;
    for (const document of documents) {
      ++index;
      const base = { file, document: index };
      if (document.errors?.length) {
        results.push({ ...base, yamlError: String(document.errors[0]) });
        continue;
      }
      const json = document.toJSON();
      if (json === null) {
        continue; // parseEntityYaml skips empty documents
      }
      if (typeof json !== 'object' || Array.isArray(json) || Object.getPrototypeOf(json) !== Object.prototype) {
        results.push({ ...base, notEntity: true });
        continue;
      }
      const jsonSafe = model.CommonValidatorFunctions.isJsonSafe(json);
      results.push({ ...base, entity: json, jsonSafe, ...(await verdict(json)) });
    }
  }
  // Non-ASCII is escaped so that a leading U+FEFF inside a string survives Qt's UTF-8 decoding on the other side.
process.stdout.write(`${JSON.stringify(results, null, 1).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`);
}

main().catch(e => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
