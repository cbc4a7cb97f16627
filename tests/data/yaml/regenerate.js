// Regenerates the expected results of tests/data/yaml/conformance/*.yaml from the real `yaml` package (v2),
// read the way Backstage's parseEntityYaml reads catalog files:
//   cd /tmp && npm install yaml@2 && NODE_PATH=/tmp/node_modules node tests/data/yaml/regenerate.js
// Each NAME.yaml gets NAME.json: {"documents": [...object roots...], "errors": N}, where N counts the documents
// Backstage rejects (syntax errors and non-object roots). Non-finite numbers are written as "Infinity",
// "-Infinity" and "NaN" strings, since JSON has no such numbers.
const fs = require('fs');
const path = require('path');
const yaml = require('yaml');

const dir = path.join(__dirname, 'conformance');
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()) {
  const text = fs.readFileSync(path.join(dir, file)).toString('utf8');
  const documents = [];
  let errors = 0;
  for (const doc of yaml.parseAllDocuments(text, { merge: false })) {
    if (doc.errors.length) { errors++; continue; }
    let json;
    try { json = doc.toJSON(); } catch (e) { errors++; continue; }
    if (json !== null && typeof json === 'object' && !Array.isArray(json) && !Buffer.isBuffer(json)) documents.push(json);
    else if (json !== null) errors++;
  }
  const out = JSON.stringify({ documents, errors },
    (k, v) => (typeof v === 'number' && !isFinite(v) ? String(v) : v), 2);
  fs.writeFileSync(path.join(dir, file.replace(/\.yaml$/, '.json')), out + '\n');
}
