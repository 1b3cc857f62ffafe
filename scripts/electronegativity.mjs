#!/usr/bin/env node
/**
 * `npm run security`: Electronegativity (Doyensec's Electron security scanner) over src/. Every
 * finding must be either fixed or listed with a written reason in
 * scripts/electronegativity-allow.json ({ id, file, reason }); anything else fails the run.
 * The scan stays offline: the tool's translation download and its Electron release check (both
 * network calls) are stubbed out, and the Electron version is given, not looked up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const input = join(root, 'src');
const allowFile = join(root, 'scripts', 'electronegativity-allow.json');

// Replace `got` (the tool's HTTP client) with one that fails at once, before the tool loads it.
const toolRequire = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'));
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline: electronegativity may not use the network here'));
const fakeGot = Object.assign(offline, { head: offline, get: offline });
toolRequire(gotPath);
toolRequire.cache[gotPath].exports = fakeGot;

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const run = toolRequire('@doyensec/electronegativity');
const log = console.log;
console.log = () => undefined; // the tool chats about the stubbed downloads
let result;
try {
  result = await (run.default ?? run)({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    // Needs Electron's release list from the network; Dependabot and `npm outdated` cover it.
    excludeFromScan: [
      'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK'.toLowerCase().replace(/_/g, ''),
      'availablesecurityfixesglobalcheck',
    ],
  });
} finally {
  console.log = log;
}

const allow = JSON.parse(readFileSync(allowFile, 'utf8'));
for (const entry of allow) {
  if (!entry.id || !entry.reason || entry.reason.trim().length < 20) {
    console.error(`electronegativity: allow-list entry ${JSON.stringify(entry)} needs an id and a written reason`);
    process.exit(2);
  }
}

const normalise = (file) => relative(input, resolve(input, file)).split('\\').join('/');
const findings = result.issues.map((issue) => ({
  id: issue.id,
  file: normalise(issue.file),
  line: issue.location?.line ?? 0,
  severity: issue.severity?.name ?? '?',
  confidence: issue.confidence?.name ?? '?',
  description: issue.description,
}));
const reasonFor = (f) => allow.find((a) => a.id === f.id && (a.file === undefined || a.file === f.file))?.reason;
const allowed = findings.filter((f) => reasonFor(f) !== undefined);
const open = findings.filter((f) => reasonFor(f) === undefined);
const unused = allow.filter((a) => !findings.some((f) => f.id === a.id && (a.file === undefined || a.file === f.file)));

console.log(
  `electronegativity ${toolRequire('@doyensec/electronegativity/package.json').version} over ` +
    `${relative(root, input)}/ (Electron ${electronVersion}): ${result.globalChecks} global and ` +
    `${result.atomicChecks} atomic checks`,
);
for (const f of allowed)
  console.log(`  allowed  ${f.id}  ${f.file}:${f.line}  (${f.severity}/${f.confidence})\n           ${reasonFor(f)}`);
for (const f of open)
  console.log(`  FINDING  ${f.id}  ${f.file}:${f.line}  (${f.severity}/${f.confidence})  ${f.description}`);
for (const a of unused)
  console.log(`  note     allow-list entry ${a.id}${a.file ? ` (${a.file})` : ''} matched nothing; remove it`);
for (const e of result.errors ?? []) console.log(`  parse error  ${e.file ?? ''} ${e.message ?? JSON.stringify(e)}`);
console.log(`${findings.length} finding(s): ${allowed.length} allowed with a reason, ${open.length} open`);
process.exit(open.length > 0 ? 1 : 0);
void dirname;
