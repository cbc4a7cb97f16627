#!/usr/bin/env node
// A real Backstage backend (catalog + scaffolder, sqlite in memory) for tests and benchmarks.
//
//   node index.js [CONFIG.yaml | --config CONFIG.yaml]...
//
// Reads app-config.yaml beside this file (static token, sqlite in memory, the fixtures' catalog), then each CONFIG in
// order: Backstage merges them, the later winning. A test adds one with the free port it picked (backend.listen.port
// and backend.baseUrl; port 0 also works when nothing needs baseUrl). Runs from this folder, so that the catalog's file
// locations (./fixtures/...) resolve here whatever the caller's working folder.
//
// Once the backend answers, prints one line `atrium-backstage-peer listening on PORT` to stdout, and exits when stdin
// closes, so that a test that dies never leaves a backend behind.
'use strict';

const http = require('http');
const path = require('path');

const configFiles = [path.join(__dirname, 'app-config.yaml')];
for (const argument of process.argv.slice(2)) {
  if (argument === '--config')
    continue;
  const file = argument.startsWith('--config=') ? argument.slice('--config='.length) : argument;
  configFiles.push(path.resolve(file));
}
// The config loader reads --config arguments; it must see ours only, as absolute paths (we change folder below).
process.argv.splice(2, process.argv.length - 2, ...configFiles.flatMap(file => ['--config', file]));
process.chdir(__dirname);

// Port 0 gives a free port, but Backstage logs the configured one only: find the real one by watching the servers
// that start listening in this process.
const listening = new Promise(resolve => {
  const listen = http.Server.prototype.listen;
  http.Server.prototype.listen = function (...args) {
    this.once('listening', () => resolve(this.address().port));
    return listen.apply(this, args);
  };
});

async function main() {
  const { createBackend } = require('@backstage/backend-defaults');
  const backend = createBackend();
  backend.add(require('@backstage/plugin-catalog-backend'));
  backend.add(require('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'));
  backend.add(require('@backstage/plugin-scaffolder-backend'));
  await backend.start();
  const port = await listening;
  process.stdout.write(`atrium-backstage-peer listening on ${port}\n`);

  const stop = async () => {
    try {
      await backend.stop();
    } finally {
      process.exit(0);
    }
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
