// jsforce's Bulk API 2.0 client (conn.bulk2) against a syncdesk-sandbox
// process: ingest jobs (insert, upsert by external id), query jobs read across
// several result pages, a job that takes longer on the org's clock, and the
// daily limit. Every request jsforce makes is counted by wrapping its
// transport, and must equal what the sandbox's meter counted.
//
// Run by ctest as `compat.jsforce_bulk2`; by hand:
//   SYNCDESK_SANDBOX_BIN=build/app/sandbox/syncdesk-sandbox node --test tests/compat/jsforce_bulk2.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as sandboxProcess from './sandbox_process.mjs';

const CONTACTS = 3000;
const PAGE_RECORDS = 1000; // --bulk-query-page-records: jsforce names no maxRecords
const FAST_POLL = { pollInterval: 20, pollTimeout: 60000 };

let sandbox;
let base;

const control = (path, body) => sandboxProcess.control(base, path, body);
const { assertRejectsWith } = sandboxProcess;

// A signed-in connection whose HTTP requests are listed as jsforce sends them.
async function countingLogin() {
  const conn = await sandboxProcess.login(base);
  const requests = [];
  const transport = conn._transport;
  const send = transport.httpRequest.bind(transport);
  transport.httpRequest = (request, options) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return send(request, options);
  };
  return { conn, requests };
}

// Runs `work`, returning its result, the requests jsforce made meanwhile and
// the calls the sandbox's meter counted meanwhile.
async function metered(requests, work) {
  const first = requests.length;
  const before = (await control('usage')).used;
  const result = await work();
  const after = (await control('usage')).used;
  return { result, made: requests.slice(first), counted: after - before };
}

async function contactCount() {
  return (await control('state')).records.Contact;
}

before(async () => {
  ({ child: sandbox, url: base } = await sandboxProcess.startSandbox(
    ['--seed', '11', '--contacts', String(CONTACTS), '--bulk-query-page-records', String(PAGE_RECORDS)]));
  await control('reset', {});
});

after(() => sandboxProcess.stopSandbox(sandbox));

test('bulk2.query reads every Contact across several locator pages, each request counted', async () => {
  const { conn, requests } = await countingLogin();
  const expected = await contactCount();
  assert.ok(expected > 2 * PAGE_RECORDS, `more than two pages of Contacts (${expected})`);
  const { result: records, made, counted } = await metered(requests, async () => {
    const stream = await conn.bulk2.query('SELECT Id, LastName, Account.Name FROM Contact', FAST_POLL);
    return stream.toArray();
  });
  const pages = Math.ceil(expected / PAGE_RECORDS);
  const pageRequests = made.filter((r) => r.endsWith('/results'));
  assert.equal(pageRequests.length, pages, made.join(', '));
  // create, one poll, the pages.
  assert.equal(made.length, 2 + pages, made.join(', '));
  assert.equal(counted, made.length, 'the meter counts every request');

  // Every page is a CSV file with its own header line, as Salesforce sends
  // them; jsforce 3.10 feeds the pages to one CSV parser, so the header of each
  // page after the first arrives as a record.
  const headers = records.filter((r) => r.Id === 'Id');
  assert.equal(headers.length, pages - 1);
  const rows = records.filter((r) => r.Id !== 'Id');
  assert.equal(rows.length, expected);
  assert.equal(new Set(rows.map((r) => r.Id)).size, expected, 'ids are unique');
  for (const row of rows.slice(0, 100)) {
    assert.match(row.Id, /^003/);
    assert.ok(row.LastName.length > 0);
    assert.ok('Account.Name' in row, JSON.stringify(row));
  }
  const rest = await conn.query('SELECT Id FROM Contact WHERE AccountId != null');
  assert.equal(rows.filter((r) => r['Account.Name'] !== '').length, rest.totalSize);
  assert.equal((await conn.limits()).DailyBulkV2QueryJobs.Remaining,
               10000 - (await control('bulk')).queryJobs.used);
});

test('loadAndWaitForResults inserts 12,000 Contacts in two batches: 7 requests, each counted', async () => {
  const { conn, requests } = await countingLogin();
  const rows = 12000;
  const lines = ['LastName,FirstName,Email'];
  for (let i = 0; i < rows; ++i)
    lines.push(i === 7 ? ',NoLastName,' : `"Bulk, ${i}",Ada,bulk${i}@example.test`);
  const countBefore = await contactCount();
  const batchesBefore = (await control('bulk')).batches.used;

  const { result, made, counted } = await metered(requests, () => conn.bulk2.loadAndWaitForResults({
    object: 'Contact', operation: 'insert', input: lines.join('\n') + '\n', ...FAST_POLL,
  }));
  const { successfulResults, failedResults, unprocessedRecords } = result;
  assert.equal(successfulResults.length, rows - 1);
  assert.equal(failedResults.length, 1);
  assert.deepEqual(unprocessedRecords, []);
  assert.match(failedResults[0].sf__Error, /^REQUIRED_FIELD_MISSING:Required fields are missing: \[LastName\]:LastName --$/);
  assert.equal(failedResults[0].sf__Id, '');
  assert.equal(failedResults[0].FirstName, 'NoLastName');
  for (const row of successfulResults.slice(0, 50)) {
    assert.match(row.sf__Id, /^003[0-9A-Za-z]{15}$/);
    assert.equal(row.sf__Created, 'true');
    assert.match(row.LastName, /^Bulk, \d+$/, 'a quoted value with a comma comes back whole');
  }
  assert.equal(new Set(successfulResults.map((r) => r.sf__Id)).size, rows - 1);
  assert.equal(await contactCount(), countBefore + rows - 1);

  // create, upload, close, one poll (no processing delay), three result files.
  assert.deepEqual(made.map((r) => r.split(' ')[0]), ['POST', 'PUT', 'PATCH', 'GET', 'GET', 'GET', 'GET']);
  assert.equal(counted, made.length, `the meter counts every request: ${made.join(', ')}`);
  assert.equal((await control('bulk')).batches.used - batchesBefore, 2, '12,000 records are two batches of 10,000');
  const limits = await conn.limits();
  assert.equal(limits.DailyBulkApiBatches.Max, 15000);
  assert.equal(limits.DailyBulkApiBatches.Remaining, 15000 - (await control('bulk')).batches.used);
});

test('upsert by SyncDesk_Id__c updates the matches, creates the rest and clears #N/A fields', async () => {
  const { conn, requests } = await countingLogin();
  const marker = `up-${process.pid}-${Date.now()}`;
  const seeded = await conn.sobject('Contact').create(
    [0, 1].map((i) => ({ LastName: `Old ${i}`, Title: 'Keep?', SyncDesk_Id__c: `${marker}-${i}` })));
  seeded.forEach((r) => assert.equal(r.success, true, JSON.stringify(r)));

  const records = [0, 1, 2, 3].map((i) => ({ SyncDesk_Id__c: `${marker}-${i}`, LastName: `New ${i}`, Title: null }));
  const { result, made, counted } = await metered(requests, () => conn.bulk2.loadAndWaitForResults({
    object: 'Contact', operation: 'upsert', externalIdFieldName: 'SyncDesk_Id__c', input: records, ...FAST_POLL,
  }));
  assert.equal(result.failedResults.length, 0, JSON.stringify(result.failedResults));
  const byKey = new Map(result.successfulResults.map((r) => [r.SyncDesk_Id__c, r]));
  assert.equal(byKey.get(`${marker}-0`).sf__Id, seeded[0].id);
  assert.equal(byKey.get(`${marker}-0`).sf__Created, 'false');
  assert.equal(byKey.get(`${marker}-1`).sf__Created, 'false');
  assert.equal(byKey.get(`${marker}-2`).sf__Created, 'true');
  assert.equal(byKey.get(`${marker}-3`).sf__Created, 'true');
  assert.equal(counted, made.length);

  const stored = await conn.query(
    `SELECT Id, LastName, Title, SyncDesk_Id__c FROM Contact WHERE SyncDesk_Id__c LIKE '${marker}-%' ORDER BY SyncDesk_Id__c`);
  assert.deepEqual(stored.records.map((r) => [r.LastName, r.Title]),
                   [['New 0', null], ['New 1', null], ['New 2', null], ['New 3', null]]);
});

test('a job slowed on the org clock stays InProgress, and every poll is a counted call', async () => {
  const { conn, requests } = await countingLogin();
  await control('bulk', { processingDelaySeconds: 600 });
  try {
    const lines = ['LastName'];
    for (let i = 0; i < 25000; ++i)
      lines.push(`Slow ${i}`);
    const job = conn.bulk2.createJob({ object: 'Contact', operation: 'insert' });
    const { made, counted } = await metered(requests, async () => {
      await job.open();
      await job.uploadData(lines.join('\n'));
      await job.close();
      let polls = 0;
      const seen = [];
      const moves = [];
      job.on('inProgress', (info) => {
        seen.push(info.numberRecordsProcessed);
        // Three chunks of 10,000 records, 600 s of the org's clock each: the
        // first after three polls that saw nothing move, the rest once the
        // first chunk has been seen done.
        if (++polls === 3)
          moves.push(control('clock', { advanceSeconds: 600 }));
        if (info.numberRecordsProcessed === 10000 && moves.length === 1)
          moves.push(control('clock', { advanceSeconds: 1200 }));
      });
      await job.poll(20, 60000);
      await Promise.all(moves);
      assert.ok(polls >= 4, `polled ${polls} times`);
      assert.ok(seen.includes(0) && seen.includes(10000), `progress seen: ${seen}`);
      return polls;
    });
    assert.equal(job.getInfo().numberRecordsProcessed, 25000);
    assert.equal(counted, made.length, `every request, polls included: ${made.length}`);
  } finally {
    await control('bulk', { processingDelaySeconds: 0 });
  }
});

test('a spent daily limit refuses a new bulk job with REQUEST_LIMIT_EXCEEDED', async () => {
  const { conn } = await countingLogin();
  const { max } = await control('usage');
  try {
    await control('usage', { used: max });
    await assertRejectsWith(conn.bulk2.loadAndWaitForResults(
      { object: 'Contact', operation: 'insert', input: 'LastName\nOver\n', ...FAST_POLL }), 'REQUEST_LIMIT_EXCEEDED');
    assert.equal((await control('usage')).used, max, 'a refused request uses nothing');
  } finally {
    await control('usage', { used: 0 });
  }
});
