#!/usr/bin/env node
// Prints a YAML file as JSON, read the way Backstage's catalog reads template.yaml (the yaml package, keys in the
// order they are written): the dry-run then gets the template exactly as a Backstage backend would hold it.
//
//   node yaml-to-json.js FILE [STEPS]
//
// With STEPS, only the first STEPS of spec.steps are kept: a test compares a local run, which stops before the first
// step that needs a backend (publish:github…), with a dry-run of the steps before it.
'use strict';

const fs = require('fs');
const yaml = require('yaml');

const template = yaml.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (process.argv[3] !== undefined && template?.spec?.steps) {
  template.spec.steps = template.spec.steps.slice(0, Number(process.argv[3]));
}
process.stdout.write(JSON.stringify(template));
