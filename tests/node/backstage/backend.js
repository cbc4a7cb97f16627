#!/usr/bin/env node
// A real Backstage backend (catalog + scaffolder, sqlite in memory) for tests and benchmarks.
//
//   node backend.js CONFIG.yaml
//
// CONFIG is an app-config written by the caller; its backend.listen.port may be 0 (the system picks a free port).
// Once the backend answers, prints one line `atrium-backstage-peer listening on PORT` to stdout, and exits when
// stdin closes, so that a test that dies never leaves a backend behind.
'use strict';

const http = require('http');
const path = require('path');

const configFile = process.argv[2];
if (!configFile) {
  console.error('usage: node backend.js CONFIG.yaml');
  process.exit(2);
}
// The config loader reads --config arguments; it must not see the caller's own.
process.argv.splice(2, process.argv.length - 2, '--config', path.resolve(configFile));

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
