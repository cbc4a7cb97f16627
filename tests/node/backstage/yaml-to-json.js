#!/usr/bin/env node
// Prints a YAML file as JSON, read the way Backstage's catalog reads template.yaml (the yaml package, keys in the
// order they are written): the dry-run then gets the template exactly as a Backstage backend would hold it.
//
//   node yaml-to-json.js FILE
'use strict';

const fs = require('fs');
const yaml = require('yaml');

process.stdout.write(JSON.stringify(yaml.parse(fs.readFileSync(process.argv[2], 'utf8'))));
