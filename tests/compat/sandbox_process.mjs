// What the compat tests share: jsforce from tests/compat/node_modules, a
// syncdesk-sandbox child process, its /_sandbox/ controls and a signed-in
// jsforce connection.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const here = dirname(fileURLToPath(import.meta.url));
export const API_VERSION = '62.0';
export const DATA = `/services/data/v${API_VERSION}`;
export const USERNAME = 'admin@sandbox.syncdesk.test';
export const PASSWORD = 'sandbox';

// jsforce lives in tests/compat/node_modules, installed by `make deps`
// (scripts/install-node-deps.sh). Say so plainly instead of a module trace.
function loadJsforce() {
  if (!existsSync(join(here, 'node_modules', 'jsforce'))) {
    throw new Error(
      `jsforce is not installed in ${join(here, 'node_modules')}: run \`make deps\` ` +
        '(or `npm ci` in tests/compat) first');
  }
  return createRequire(join(here, 'package.json'))('jsforce');
}

export const jsforce = loadJsforce();

// Starts the sandbox with `args` after the common ones; resolves to
// { child, url } once it has printed its URL.
export function startSandbox(args) {
  const bin = process.env.SYNCDESK_SANDBOX_BIN;
  if (!bin || !existsSync(bin))
    throw new Error(`SYNCDESK_SANDBOX_BIN must name the built syncdesk-sandbox (got '${bin ?? ''}')`);
  const child = spawn(bin, ['--port', '0', '--exit-with-stdin', ...args],
                      { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sandbox printed no URL within 30 s')), 30000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`sandbox exited early with ${code}`)));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      // Keep draining stdout so a chatty sandbox never blocks on a full pipe.
      child.stdout.resume();
      resolve({ child, url: line.trim() });
    });
  });
}

// Ends the sandbox through --exit-with-stdin, killing it if it does not go.
export async function stopSandbox(child) {
  if (!child || child.exitCode !== null)
    return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

// A /_sandbox/ control: GET without a body, POST with one.
export async function control(base, path, body) {
  const response = await fetch(`${base}/_sandbox/${path}`, body === undefined
    ? {}
    : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  assert.equal(response.status, 200, `control ${path}: ${JSON.stringify(json)}`);
  return json;
}

export function newConnection(base) {
  return new jsforce.Connection({
    oauth2: { clientId: 'syncdesk-compat', clientSecret: 'unused-by-sandbox', loginUrl: base },
    version: API_VERSION,
  });
}

export async function login(base) {
  const conn = newConnection(base);
  await conn.login(USERNAME, PASSWORD);
  return conn;
}

// Calls the sandbox counted for `work`, by its own meter (/_sandbox/usage).
export async function countedCalls(base, work) {
  const before = (await control(base, 'usage')).used;
  const result = await work();
  const after = (await control(base, 'usage')).used;
  return { result, calls: after - before };
}

export function assertRejectsWith(promise, errorCode) {
  return assert.rejects(promise, (err) => {
    assert.equal(err.errorCode ?? err.name, errorCode, `${err.name}: ${err.message}`);
    return true;
  });
}
