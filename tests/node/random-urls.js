#!/usr/bin/env node
// Deterministic random URL-like strings with Node's verdict on each (`new URL(s)` without a base, which is what
// FieldFormatEntityPolicy's isValidUrl does), for the conformance tests. Same SEED, same strings.
// Usage: node random-urls.js SEED COUNT   prints [{"url": "...", "valid": true|false}, ...]

'use strict';

let seed = Number(process.argv[2] || 1);
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = list => list[Math.floor(random() * list.length)];

const schemes = ['http:', 'https:', 'HTTP:', 'ftp:', 'file:', 'ws:', 'foo:', 'a+b:', 'mailto:', '', '1a:', 'x y:'];
const fragments = [
  '//', '/', '\\', 'a', 'b.c', '.', '..', ':', ':80', ':65536', ':x', '@', 'u:p@', '[', ']', '[::1]',
  '[1:2:3:4:5:6:7:8]', '[::ffff:1.2.3.4]', '%', '%41', '%zz', '%00', '%2e', '0x7f', '1.2.3.4', '256', '4294967296',
  '08', '0', 'xn--', 'xn--ls8h', 'xn--a', 'ü', '例', '\u200d', ' ', '\t', '?', '#', '^', '|', '<', '_', '-', '~',
  '\u00ad', 'Ａ', '。', 'ß', 'localhost', 'C:', 'c|', 'א', 'ب', '1', '٣', '\u05d0\u05d1', '⑴', '℡', 'ﬁ', 'İ', 'Σ',
  'ς', '\u200c', '\u094d', 'क', '\u0301', '\u180e', '\ufe0f', '\u2064', '\ud83d\ude00', '\ue000', '\u0378', '½',
  'ⓐ', '\u2024', '\uff0e', '%e2%82%ac', '%c3%28', '%ef%bb%bf',
];
const results = [];
for (let i = 0; i < Number(process.argv[3] || 1000); ++i) {
  let url = pick(schemes);
  const parts = 1 + Math.floor(random() * 5);
  for (let j = 0; j < parts; ++j) url += pick(fragments);
  let valid;
  try {
    new URL(url);
    valid = true;
  } catch {
    valid = false;
  }
  results.push({ url, valid });
}
process.stdout.write(JSON.stringify(results));
