// The jsforce side of throughput_bench: the same work as SyncDesk's engine, done the way a
// jsforce user would, against the sandbox the bench started. Run by throughput_bench:
//
//   node tests/bench/jsforce_side.mjs --base URL [--seed N] [--import-soql SOQL]
//        [--creates N] [--upserts N] [--updates N] [--tasks N]
//
// In that order: the seed creates N Contacts to grow the org before an import (setup, not
// a figure); the import reads every row of the query (queryAll, like InboundPoll) and keeps
// them all in memory; the creates make N Contacts through sObject Collections (allOrNone
// false, 200 a call); the upserts make N more by SyncDesk_Id__c, the way SyncDesk sends new
// records; the updates change the same five fields on the first N created; the tasks log N
// Tasks on them. Prints one JSON line per step:
//   {"step":"creates","records":2000,"seconds":0.41,"calls":10}
// `seconds` runs from the first request to the last answer processed; `calls` is the
// sandbox's own meter (/_sandbox/usage used, after minus before).

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const compat = join(here, '..', 'compat');
const API_VERSION = '62.0';
const USERNAME = 'admin@sandbox.syncdesk.test';
const PASSWORD = 'sandbox';

function loadJsforce() {
  if (!existsSync(join(compat, 'node_modules', 'jsforce')))
    throw new Error(`jsforce is not installed in ${join(compat, 'node_modules')}: run \`make deps\``);
  return createRequire(join(compat, 'package.json'))('jsforce');
}

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    seed: { type: 'string', default: '0' },
    'import-soql': { type: 'string' },
    creates: { type: 'string', default: '0' },
    upserts: { type: 'string', default: '0' },
    updates: { type: 'string', default: '0' },
    tasks: { type: 'string', default: '0' },
  },
});
if (!args.base)
  throw new Error('--base URL is required');

const jsforce = loadJsforce();

async function used() {
  const response = await fetch(`${args.base}/_sandbox/usage`);
  const json = await response.json();
  if (typeof json.used !== 'number')
    throw new Error(`/_sandbox/usage answered ${JSON.stringify(json)}`);
  return json.used;
}

// Times `work` (which returns the records it handled) and meters its calls.
async function step(name, work) {
  const before = await used();
  const start = process.hrtime.bigint();
  const records = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const calls = (await used()) - before;
  console.log(JSON.stringify({ step: name, records, seconds, calls }));
}

function refusals(results) {
  const failed = results.filter((r) => !r.success);
  if (failed.length > 0)
    throw new Error(`${failed.length} refused, first: ${JSON.stringify(failed[0].errors)}`);
}

function contactFields(i, round) {
  return {
    FirstName: `FirstName ${i} r${round}`,
    LastName: `LastName ${i} r${round}`,
    Email: `js${i}.r${round}@example.test`,
    Phone: `+1 555 ${round} ${String(i).padStart(4, '0')}`,
    Title: `Title ${i} r${round}`,
  };
}

// The fields SyncDesk's taskFieldsFor() sends for a call or an email.
function taskFields(i, whoId) {
  const call = i % 2 === 0;
  const task = {
    Subject: `Bench activity ${i}`,
    ActivityDate: `2026-03-0${2 + (i % 7)}`,
    Status: 'Completed',
    Priority: 'Normal',
    TaskSubtype: call ? 'Call' : 'Email',
    WhoId: whoId,
    Description: 'Logged by throughput_bench (jsforce)',
  };
  if (call) {
    task.CallDurationInSeconds = 60 + (i % 600);
    task.CallType = 'Outbound';
  }
  return task;
}

const conn = new jsforce.Connection({
  oauth2: { clientId: 'syncdesk-bench', clientSecret: 'unused-by-sandbox', loginUrl: args.base },
  version: API_VERSION,
});
await conn.login(USERNAME, PASSWORD);

const options = { allOrNone: false, allowRecursive: true };
const held = []; // the imported rows, kept as an importer would keep them

const seedCount = Number(args.seed);
if (seedCount > 0) {
  await step('seed', async () => {
    const records = [];
    for (let i = 0; i < seedCount; ++i)
      records.push({ ...contactFields(i, 0), Email: `seed${i}@example.test` });
    const results = await conn.sobject('Contact').create(records, options);
    refusals(results);
    return results.length;
  });
}

if (args['import-soql']) {
  await step('import', async () => {
    const query = conn.query(args['import-soql'], { scanAll: true });
    const result = await query.run({ autoFetch: true, maxFetch: 10_000_000 });
    held.push(...result.records);
    return held.length;
  });
}

const createCount = Number(args.creates);
let ids = [];
if (createCount > 0) {
  await step('creates', async () => {
    const records = [];
    for (let i = 0; i < createCount; ++i)
      records.push(contactFields(i, 1));
    const results = await conn.sobject('Contact').create(records, options);
    refusals(results);
    ids = results.map((r) => r.id);
    return results.length;
  });
}

const upsertCount = Number(args.upserts);
if (upsertCount > 0) {
  await step('upserts', async () => {
    const records = [];
    for (let i = 0; i < upsertCount; ++i)
      records.push({ SyncDesk_Id__c: `jsforce-bench-${i}`, ...contactFields(i, 1) });
    const results = await conn.sobject('Contact').upsert(records, 'SyncDesk_Id__c', options);
    refusals(results);
    return results.length;
  });
}

const updateCount = Math.min(Number(args.updates), ids.length);
if (updateCount > 0) {
  await step('updates', async () => {
    const records = [];
    for (let i = 0; i < updateCount; ++i)
      records.push({ Id: ids[i], ...contactFields(i, 2) });
    const results = await conn.sobject('Contact').update(records, options);
    refusals(results);
    return results.length;
  });
}

const taskCount = ids.length > 0 ? Number(args.tasks) : 0;
if (taskCount > 0) {
  await step('tasks', async () => {
    const records = [];
    for (let i = 0; i < taskCount; ++i)
      records.push(taskFields(i, ids[i % ids.length]));
    const results = await conn.sobject('Task').create(records, options);
    refusals(results);
    return results.length;
  });
}
