#!/usr/bin/env node
// Renders every case of a corpus with nunjitsu, the renderer of Backstage's scaffolder-backend 4.x, configured as the
// scaffolder configures it (Backstage's filters registered; cookiecutterCompat as fetch:template's input), and prints
// [{output} | {error}] as JSON: the error is nunjitsu's whole message ("Template error at line 2, column 1: ...").
//
//   node nunjitsu-errors.js CORPUS.json
//
// The corpus is {context, cases: [{template, cookiecutter?}]}.
'use strict';

const fs = require('fs');
const { createTemplateRenderer } = require('nunjitsu');

// Only their names matter here: nunjitsu suggests them for a misspelt filter.
const backstageFilters = {
  parseRepoUrl: url => url,
  parseEntityRef: ref => ref,
  pick: (obj, key) => obj?.[key],
  projectSlug: url => url,
};

const { context, cases } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = cases.map(c => {
  const renderer = createTemplateRenderer({
    filters: backstageFilters,
    allowRegexExecution: true,
    cookiecutterCompat: Boolean(c.cookiecutter),
  });
  try {
    return { output: renderer.render(c.template, context) };
  } catch (error) {
    return { error: String(error.message) };
  }
});
process.stdout.write(JSON.stringify(results));
