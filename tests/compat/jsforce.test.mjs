// Runs jsforce, a widely used independent Salesforce client, against a
// syncdesk-sandbox process: if jsforce cannot use the sandbox the way it uses a
// real org, the sandbox's formats are wrong, whatever our own tests say.
//
// Run by ctest as `compat.jsforce`; by hand:
//   SYNCDESK_SANDBOX_BIN=build/app/sandbox/syncdesk-sandbox node --test tests/compat/jsforce.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as sandboxProcess from './sandbox_process.mjs';

const { DATA, USERNAME, PASSWORD } = sandboxProcess;
const CONTACTS = 3000; // two query pages of 2,000
const PAGE_SIZE = 2000;

let sandbox; // the child process
let base;    // http://127.0.0.1:PORT

const control = (path, body) => sandboxProcess.control(base, path, body);
const login = () => sandboxProcess.login(base);
const countedCalls = (work) => sandboxProcess.countedCalls(base, work);
const { assertRejectsWith } = sandboxProcess;

before(async () => {
  ({ child: sandbox, url: base } =
    await sandboxProcess.startSandbox(['--seed', '7', '--contacts', String(CONTACTS)]));
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  await control('reset', {});
});

after(() => sandboxProcess.stopSandbox(sandbox));

test('OAuth password flow signs in and sets the instance URL', async () => {
  const conn = sandboxProcess.newConnection(base);
  const userInfo = await conn.login(USERNAME, PASSWORD);
  assert.ok(conn.accessToken, 'an access token');
  assert.equal(conn.instanceUrl, base);
  assert.match(userInfo.organizationId, /^00D[0-9A-Za-z]{12,15}$/);
  assert.match(userInfo.id, /^005[0-9A-Za-z]{12,15}$/);

  const wrong = sandboxProcess.newConnection(base);
  await assertRejectsWith(wrong.login(USERNAME, 'not-the-password'), 'invalid_grant');
});

test('identity: userInfo names the org and user, and the id URL points at them', async () => {
  const conn = await login();
  const { id, organizationId, url } = conn.userInfo;
  assert.ok(id && organizationId, JSON.stringify(conn.userInfo));
  assert.equal(url, `${base}/id/${organizationId}/${id}`);
  // A second sign-in is the same user in the same org, with a new session.
  const again = await login();
  assert.deepEqual([again.userInfo.id, again.userInfo.organizationId], [id, organizationId]);
  assert.notEqual(again.accessToken, conn.accessToken);
});

test('query with autoFetch follows nextRecordsUrl across pages', async () => {
  const conn = await login();
  const expected = (await control('state')).records.Contact;
  assert.ok(expected > PAGE_SIZE, `the org has more than one page of contacts (${expected})`);

  const pages = [];
  const { result: records, calls } = await countedCalls(async () => {
    const query = conn.query('SELECT Id, LastName FROM Contact');
    query.on('fetch', () => pages.push(query.totalSize));
    const result = await query.run({ autoFetch: true, maxFetch: 100000 });
    assert.equal(result.totalSize, expected, 'totalSize');
    assert.equal(result.done, true);
    return result.records;
  });
  assert.equal(records.length, expected);
  assert.equal(new Set(records.map((r) => r.Id)).size, expected, 'ids are unique');
  for (const record of records) {
    assert.equal(record.attributes.type, 'Contact');
    assert.ok(typeof record.LastName === 'string' && record.LastName.length > 0, JSON.stringify(record));
  }
  const pageCount = Math.ceil(expected / PAGE_SIZE);
  assert.equal(pages.length, pageCount, 'one fetch per page');
  assert.equal(calls, pageCount, 'each page is one counted call');
});

test('sobject update of 500 records goes in collections of 200 and sticks', async () => {
  const conn = await login();
  const { records: rows } = await conn.query('SELECT Id, Department FROM Contact LIMIT 500');
  assert.equal(rows.length, 500);
  const marker = `jsforce-${process.pid}-${Date.now()}`;
  const changes = rows.map((r, i) => ({ Id: r.Id, Department: `${marker}-${i}` }));

  const { result: results, calls } = await countedCalls(
    () => conn.sobject('Contact').update(changes, { allowRecursive: true }));
  assert.equal(calls, 3, '500 records = collections of 200 + 200 + 100');
  assert.equal(results.length, 500);
  results.forEach((result, i) => {
    assert.equal(result.success, true, JSON.stringify(result));
    assert.equal(result.id, changes[i].Id);
    assert.deepEqual(result.errors, []);
  });

  const { records: stored } = await conn.query(
    `SELECT Id, Department FROM Contact WHERE Department LIKE '${marker}-%'`);
  assert.equal(stored.length, 500);
  const byId = new Map(stored.map((r) => [r.Id, r.Department]));
  for (const change of changes)
    assert.equal(byId.get(change.Id), change.Department, change.Id);
});

test('sobject create, retrieve and destroy', async () => {
  const conn = await login();
  const countBefore = (await control('state')).records.Contact;
  const contacts = conn.sobject('Contact');

  const single = await contacts.create({ LastName: 'Compat-Single', FirstName: 'Ada' });
  assert.equal(single.success, true, JSON.stringify(single));
  assert.match(single.id, /^003[0-9A-Za-z]{15}$/);

  const many = await contacts.create([1, 2, 3].map((n) => ({ LastName: `Compat-Many-${n}` })));
  assert.equal(many.length, 3);
  many.forEach((r) => assert.equal(r.success, true, JSON.stringify(r)));
  const ids = [single.id, ...many.map((r) => r.id)];
  assert.equal(new Set(ids).size, 4);
  assert.equal((await control('state')).records.Contact, countBefore + 4);

  const fetched = await contacts.retrieve(single.id);
  assert.equal(fetched.Id, single.id);
  assert.equal(fetched.LastName, 'Compat-Single');
  assert.equal(fetched.FirstName, 'Ada');

  // A required field missing fails per record without failing the call.
  const [invalid] = await contacts.create([{ FirstName: 'NoLastName' }]);
  assert.equal(invalid.success, false);
  assert.equal(invalid.errors[0].statusCode, 'REQUIRED_FIELD_MISSING', JSON.stringify(invalid));

  const destroyedOne = await contacts.destroy(single.id);
  assert.equal(destroyedOne.success, true, JSON.stringify(destroyedOne));
  const destroyedMany = await contacts.destroy(many.map((r) => r.id));
  destroyedMany.forEach((r) => assert.equal(r.success, true, JSON.stringify(r)));
  assert.equal((await control('state')).records.Contact, countBefore);

  await assertRejectsWith(contacts.retrieve(single.id), 'NOT_FOUND');
});

test('composite request resolves @{ref.id} between subrequests', async () => {
  const conn = await login();
  const name = `Compat Composite ${Date.now()}`;
  const { result: response, calls } = await countedCalls(() => conn.requestPost(`${DATA}/composite`, {
    allOrNone: true,
    compositeRequest: [
      { method: 'POST', url: `${DATA}/sobjects/Account`, referenceId: 'newAccount', body: { Name: name } },
      {
        method: 'POST', url: `${DATA}/sobjects/Contact`, referenceId: 'newContact',
        body: { LastName: 'Composite', AccountId: '@{newAccount.id}' },
      },
      { method: 'GET', url: `${DATA}/sobjects/Contact/@{newContact.id}?fields=Id,AccountId`, referenceId: 'readBack' },
    ],
  }));
  assert.equal(calls, 1, 'a composite request counts once');
  const [account, contact, readBack] = response.compositeResponse;
  assert.deepEqual(response.compositeResponse.map((r) => [r.referenceId, r.httpStatusCode]),
                   [['newAccount', 201], ['newContact', 201], ['readBack', 200]],
                   JSON.stringify(response));
  assert.match(account.body.id, /^001/);
  assert.equal(account.body.success, true);
  assert.match(contact.body.id, /^003/);
  assert.equal(readBack.body.Id, contact.body.id);
  assert.equal(readBack.body.AccountId, account.body.id, 'the reference was resolved');

  const viaJsforce = await conn.sobject('Contact').retrieve(contact.body.id);
  assert.equal(viaJsforce.AccountId, account.body.id);
  const accounts = await conn.query(`SELECT Id FROM Account WHERE Name = '${name}'`);
  assert.deepEqual(accounts.records.map((r) => r.Id), [account.body.id]);
});

test('limits() agrees with Sforce-Limit-Info and the sandbox usage', async () => {
  const conn = await login();
  const max = 12345;
  await control('allocation', { max });
  try {
    await control('usage', { used: 4321 });
    const limits = await conn.limits();
    const usage = await control('usage');
    assert.equal(usage.used, 4322, 'the limits call itself is counted');
    assert.equal(limits.DailyApiRequests.Max, max);
    assert.equal(limits.DailyApiRequests.Remaining, max - usage.used);
    // jsforce reads api-usage=used/max from the Sforce-Limit-Info header.
    assert.deepEqual(conn.limitInfo.apiUsage, { used: usage.used, limit: max });

    await conn.query('SELECT Id FROM Account LIMIT 1');
    assert.deepEqual(conn.limitInfo.apiUsage, { used: usage.used + 1, limit: max });
  } finally {
    await control('reset', {});
  }
});

test('a spent daily limit rejects with REQUEST_LIMIT_EXCEEDED', async () => {
  const conn = await login();
  const { max } = await control('usage');
  try {
    await control('usage', { used: max });
    await assertRejectsWith(conn.query('SELECT Id FROM Contact LIMIT 1'), 'REQUEST_LIMIT_EXCEEDED');
    await assertRejectsWith(conn.sobject('Contact').create({ LastName: 'Over' }), 'REQUEST_LIMIT_EXCEEDED');
    // A rejected call uses nothing further.
    assert.equal((await control('usage')).used, max);
  } finally {
    await control('usage', { used: 0 });
  }
  const ok = await conn.query('SELECT Id FROM Contact LIMIT 1');
  assert.equal(ok.records.length, 1, 'queries work again once usage is released');
});

test('malformed SOQL surfaces MALFORMED_QUERY', async () => {
  const conn = await login();
  await assertRejectsWith(conn.query('SELEC Id FROM Contact'), 'MALFORMED_QUERY');
  await assertRejectsWith(conn.query('SELECT Id FROM Contact WHERE'), 'MALFORMED_QUERY');
  await assertRejectsWith(conn.query('SELECT Id FROM NoSuchThing__c'), 'INVALID_TYPE');
});
