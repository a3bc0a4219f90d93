// Measures the sandbox at Bulk API 2.0 scale: a 500,000-Contact ingest job on
// top of the default org, then a query job reading every Contact back. Prints
// wall times, calls counted by the sandbox's meter and the sandbox process's
// memory (VmHWM, VmRSS from /proc). A benchmark: it prints figures and fails
// only when the jobs do not finish or lose records.
//
//   SYNCDESK_SANDBOX_BIN=build/app/sandbox/syncdesk-sandbox node tests/compat/bulk_scale.mjs [records]

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as sandboxProcess from './sandbox_process.mjs';

const RECORDS = Number(process.argv[2] ?? 500000);
const { DATA } = sandboxProcess;

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))[1]);
  return { hwmMiB: (kib('VmHWM') / 1024).toFixed(0), rssMiB: (kib('VmRSS') / 1024).toFixed(0) };
}

const { child, url: base } = await sandboxProcess.startSandbox(['--daily-limit', '100000']);
try {
  const conn = await sandboxProcess.login(base);
  const headers = { Authorization: `Bearer ${conn.accessToken}` };
  const api = async (method, path, body, contentType = 'application/json') => {
    const response = await fetch(`${base}${DATA}${path}`, {
      method, body, headers: body === undefined ? headers : { ...headers, 'content-type': contentType },
    });
    assert.ok(response.status < 300, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
    return response;
  };
  const waitFor = async (path) => {
    let interval = 100;
    for (;;) {
      const info = await (await api('GET', path)).json();
      if (!['UploadComplete', 'InProgress'].includes(info.state))
        return info;
      await new Promise((resolve) => setTimeout(resolve, interval));
      interval = Math.min(interval * 2, 2000);
    }
  };
  const used = async () => (await sandboxProcess.control(base, 'usage')).used;
  const contactsBefore = (await sandboxProcess.control(base, 'state')).records.Contact;
  console.log(`org at start: ${contactsBefore} Contacts, memory ${JSON.stringify(memory(child.pid))}`);

  const lines = ['FirstName,LastName,Email,SyncDesk_Id__c'];
  for (let i = 0; i < RECORDS; ++i)
    lines.push(`Ada,Scale ${i},scale${i}@example.test,scale-${i}`);
  const csv = lines.join('\n') + '\n';

  let calls = await used();
  let started = Date.now();
  const job = await (await api('POST', '/jobs/ingest', JSON.stringify({ object: 'Contact', operation: 'insert' }))).json();
  await api('PUT', `/jobs/ingest/${job.id}/batches`, csv, 'text/csv');
  await api('PATCH', `/jobs/ingest/${job.id}`, JSON.stringify({ state: 'UploadComplete' }));
  const done = await waitFor(`/jobs/ingest/${job.id}`);
  const ingestSeconds = (Date.now() - started) / 1000;
  const successful = await (await api('GET', `/jobs/ingest/${job.id}/successfulResults`)).text();
  assert.equal(done.state, 'JobComplete');
  assert.equal(done.numberRecordsProcessed, RECORDS);
  assert.equal(done.numberRecordsFailed, 0);
  assert.equal(successful.split('\n').length - 2, RECORDS);
  const ingestCalls = (await used()) - calls;
  const bulk = await sandboxProcess.control(base, 'bulk');
  console.log(`ingest ${RECORDS} Contacts (${(csv.length / 1e6).toFixed(1)} MB CSV): ${ingestSeconds.toFixed(1)} s ` +
              `to JobComplete, ${ingestCalls} calls with the results file, ${bulk.batches.used} batches, ` +
              `memory ${JSON.stringify(memory(child.pid))}`);

  calls = await used();
  started = Date.now();
  const queryJob = await (await api('POST', '/jobs/query',
    JSON.stringify({ operation: 'query', query: 'SELECT Id, FirstName, LastName, Email, Account.Name FROM Contact' }))).json();
  const queryDone = await waitFor(`/jobs/query/${queryJob.id}`);
  const completeSeconds = (Date.now() - started) / 1000;
  let rows = 0;
  let pages = 0;
  let locator = '';
  while (locator !== 'null') {
    const page = await api('GET', `/jobs/query/${queryJob.id}/results${locator ? `?locator=${locator}` : ''}`);
    rows += Number(page.headers.get('sforce-numberofrecords'));
    locator = page.headers.get('sforce-locator');
    await page.arrayBuffer();
    ++pages;
  }
  const querySeconds = (Date.now() - started) / 1000;
  assert.equal(rows, contactsBefore + RECORDS);
  assert.equal(queryDone.numberRecordsProcessed, rows);
  console.log(`query ${rows} Contacts: ${completeSeconds.toFixed(1)} s to JobComplete, ${querySeconds.toFixed(1)} s ` +
              `with ${pages} pages read, ${(await used()) - calls} calls, memory ${JSON.stringify(memory(child.pid))}`);
} finally {
  await sandboxProcess.stopSandbox(child);
}
