#include "store/activity_store.h"
#include "store/alert_store.h"
#include "store/api_call_ledger_store.h"
#include "store/connection_store.h"
#include "store/describe_cache_store.h"
#include "store/failure_store.h"
#include "store/field_mapping_store.h"
#include "store/record_store.h"
#include "store/usage_sample_store.h"
#include "store_backend_test.h"
#include "store_fixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

using TableStores = syncdesk::test::StoreBackendTest;
SYNCDESK_STORE_ON_BOTH_BACKENDS(TableStores);

TEST_P(TableStores, ConnectionRoundTripAndOneActive)
{
    ConnectionStore connections(openStore());
    OrgConnection org{.label = u"Sandbox"_s,
                      .instanceUrl = QUrl(u"http://127.0.0.1:4321"_s),
                      .loginHost = u"http://127.0.0.1:4321"_s,
                      .orgId = u"00D000000000001EAA"_s,
                      .username = u"admin@sandbox.syncdesk.test"_s,
                      .apiVersion = u"62.0"_s,
                      .clientId = u"SyncDeskDesktop"_s};
    const std::optional<qint64> first = connections.save(org);
    ASSERT_TRUE(first);
    org.label = u"Production"_s;
    const std::optional<qint64> second = connections.save(org);
    ASSERT_TRUE(second);
    ASSERT_NE(*first, *second);

    const std::optional<OrgConnection> read = connections.find(*first);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->label, u"Sandbox"_s);
    EXPECT_EQ(read->instanceUrl, org.instanceUrl);
    EXPECT_EQ(read->orgId, org.orgId);
    EXPECT_EQ(read->username, org.username);
    EXPECT_EQ(read->apiVersion, u"62.0"_s);
    EXPECT_EQ(read->clientId, u"SyncDeskDesktop"_s);
    EXPECT_TRUE(read->createdAt.isValid());

    EXPECT_FALSE(connections.active());
    ASSERT_TRUE(connections.setActive(*first));
    ASSERT_TRUE(connections.setActive(*second));
    ASSERT_TRUE(connections.active());
    EXPECT_EQ(connections.active()->id, *second);
    EXPECT_FALSE(connections.setActive(9999)); // no such connection: nothing changes
    EXPECT_EQ(connections.active()->id, *second);

    OrgConnection renamed = *read;
    renamed.label = u"Old sandbox"_s;
    EXPECT_EQ(connections.save(renamed), first);
    EXPECT_EQ(connections.find(*first)->label, u"Old sandbox"_s);
    EXPECT_TRUE(connections.remove(*first));
    EXPECT_EQ(connections.all().size(), 1);
}

TEST_P(TableStores, FieldMappingsUpsertFilterAndReplace)
{
    FieldMappingStore mappings(openStore());
    const FieldMapping title{.localObject = u"person"_s,
                             .localField = u"title"_s,
                             .crmObject = u"Contact"_s,
                             .crmField = u"Title"_s,
                             .direction = SyncDirection::Both};
    const std::optional<qint64> id = mappings.save(title);
    ASSERT_TRUE(id);
    FieldMapping changed = title;
    changed.direction = SyncDirection::ToCrm;
    EXPECT_EQ(mappings.save(changed), id); // same key: updated, not duplicated
    ASSERT_TRUE(mappings.save({.localObject = u"account"_s,
                               .localField = u"name"_s,
                               .crmObject = u"Account"_s,
                               .crmField = u"Name"_s,
                               .direction = SyncDirection::FromCrm}));

    const QList<FieldMapping> contact = mappings.forCrmObject(u"Contact"_s);
    ASSERT_EQ(contact.size(), 1);
    EXPECT_EQ(contact.first().direction, SyncDirection::ToCrm);
    EXPECT_TRUE(contact.first().syncsToCrm());
    EXPECT_FALSE(contact.first().syncsFromCrm());

    ASSERT_TRUE(mappings.setDirection(*id, SyncDirection::Off));
    EXPECT_EQ(mappings.forCrmObject(u"Contact"_s).first().direction, SyncDirection::Off);

    ASSERT_TRUE(mappings.replaceAll({title}));
    const QList<FieldMapping> all = mappings.all();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().crmField, u"Title"_s);
    EXPECT_EQ(all.first().direction, SyncDirection::Both);

    EXPECT_EQ(syncDirectionFromName(u"from_crm"_s), SyncDirection::FromCrm);
    EXPECT_FALSE(syncDirectionFromName(u"sideways"_s));
}

TEST_P(TableStores, RecordsInsertMergeAndPage)
{
    RecordStore records(openStore());
    const std::optional<qint64> local =
        records.insert({.kind = RecordKind::Person, .fields = QJsonObject{{u"name"_s, u"Ada"_s}}});
    ASSERT_TRUE(local);
    EXPECT_EQ(records.find(*local)->syncState, RecordSyncState::LocalOnly);

    const std::optional<qint64> merged =
        records.mergeFromCrm(RecordKind::Person, u"Contact"_s, u"003000000000001AAA"_s,
                             QJsonObject{{u"name"_s, u"Grace"_s}, {u"title"_s, u"CTO"_s}});
    ASSERT_TRUE(merged);
    EXPECT_NE(*merged, *local);
    EXPECT_EQ(records.mergeFromCrm(RecordKind::Person, u"Contact"_s, u"003000000000001AAA"_s,
                                   QJsonObject{{u"title"_s, u"CEO"_s}}),
              merged);
    const std::optional<LocalRecord> grace =
        records.findByCrmId(u"Contact"_s, u"003000000000001AAA"_s);
    ASSERT_TRUE(grace);
    EXPECT_EQ(grace->fields.value(u"name"_s).toString(), u"Grace"_s);
    EXPECT_EQ(grace->fields.value(u"title"_s).toString(), u"CEO"_s);
    EXPECT_EQ(grace->syncState, RecordSyncState::Synced);

    ASSERT_TRUE(records.linkToCrm(*local, u"Lead"_s, u"00Q000000000001AAA"_s));
    EXPECT_EQ(records.find(*local)->crmId, u"00Q000000000001AAA"_s);
    EXPECT_EQ(records.count(RecordKind::Person), 2);
    EXPECT_EQ(records.count(RecordKind::Account), 0);
    EXPECT_EQ(records.page(RecordKind::Person, 1, 1).first().id, *merged);
}

TEST_P(TableStores, ActivitiesAreLoggedOncePerExternalId)
{
    ActivityStore activities(openStore());
    const Activity call{.externalId = u"call-17"_s,
                        .kind = Activity::Kind::Call,
                        .subject = u"Call with Ada"_s,
                        .occurredAt = T0};
    const std::optional<qint64> id = activities.add(call);
    ASSERT_TRUE(id);
    EXPECT_EQ(activities.add(call), id);
    ASSERT_TRUE(activities.add({.externalId = u"mail-3"_s,
                                .kind = Activity::Kind::Email,
                                .subject = u"Proposal"_s,
                                .occurredAt = T0}));
    EXPECT_EQ(activities.pending(10).size(), 2);

    ASSERT_TRUE(activities.markLogged(*id, u"00T000000000001AAA"_s));
    const std::optional<Activity> logged = activities.find(*id);
    ASSERT_TRUE(logged);
    EXPECT_EQ(logged->state, Activity::State::Synced);
    EXPECT_EQ(logged->crmTaskId, u"00T000000000001AAA"_s);
    EXPECT_EQ(logged->occurredAt, T0);
    EXPECT_EQ(activities.pending(10).size(), 1);
}

TEST_P(TableStores, FailuresKeepRetryStateAndManualRetryClearsBackoff)
{
    FailureStore failures(openStore());
    const std::optional<qint64> id =
        failures.add({.itemKind = SyncFailure::ItemKind::Activity,
                      .itemId = 7,
                      .category = FailureCategory::Validation,
                      .sfStatusCode = u"REQUIRED_FIELD_MISSING"_s,
                      .message = u"Required fields are missing: [Subject]"_s,
                      .fields = {u"Subject"_s},
                      .firstFailedAt = T0,
                      .lastTryAt = T0,
                      .nextRetryAt = T0.addSecs(600)});
    ASSERT_TRUE(id);
    const std::optional<SyncFailure> read = failures.find(*id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->itemKind, SyncFailure::ItemKind::Activity);
    EXPECT_EQ(read->category, FailureCategory::Validation);
    EXPECT_EQ(read->sfStatusCode, u"REQUIRED_FIELD_MISSING"_s);
    EXPECT_EQ(read->fields, QStringList{u"Subject"_s});
    EXPECT_EQ(read->attempts, 1);

    EXPECT_TRUE(failures.dueForRetry(T0.addSecs(599)).isEmpty());
    EXPECT_EQ(failures.dueForRetry(T0.addSecs(600)).size(), 1);

    ASSERT_TRUE(
        failures.recordFailedRetry(*id, u"still missing"_s, T0.addSecs(600), T0.addSecs(1800)));
    EXPECT_EQ(failures.find(*id)->attempts, 2);
    EXPECT_TRUE(failures.dueForRetry(T0.addSecs(900)).isEmpty());

    ASSERT_TRUE(failures.clearBackoff({*id}, T0.addSecs(900)));
    EXPECT_EQ(failures.dueForRetry(T0.addSecs(900)).size(), 1);

    ASSERT_TRUE(failures.resolve(*id));
    EXPECT_EQ(failures.count(), 0);
}

TEST_P(TableStores, LedgerCountsOwnCallsByCategoryInAWindow)
{
    ApiCallLedgerStore ledger(openStore());
    ASSERT_TRUE(ledger.record({.at = T0.addSecs(-25 * 3600),
                               .category = CallCategory::InboundPoll,
                               .endpoint = u"/services/data/v62.0/composite"_s,
                               .httpStatus = 200}));
    ASSERT_TRUE(ledger.record({.at = T0,
                               .category = CallCategory::InboundPoll,
                               .endpoint = u"/services/data/v62.0/composite"_s,
                               .httpStatus = 200,
                               .orgUsage = ApiUsage{120, 15000}}));
    ASSERT_TRUE(ledger.record({.at = T0.addSecs(60),
                               .category = CallCategory::OutboundUpdate,
                               .endpoint = u"/services/data/v62.0/composite"_s,
                               .httpStatus = 403,
                               .errorCode = u"REQUEST_LIMIT_EXCEEDED"_s}));
    ASSERT_TRUE(ledger.record({.at = T0.addSecs(120),
                               .category = CallCategory::InboundPoll,
                               .endpoint = u"/services/data/v62.0/query"_s,
                               .httpStatus = 0}));

    const QDateTime windowStart = T0.addSecs(120).addSecs(-24 * 3600);
    EXPECT_EQ(ledger.countSince(windowStart), 3);
    const QMap<CallCategory, qint64> counts = ledger.countsByCategorySince(windowStart);
    EXPECT_EQ(counts.value(CallCategory::InboundPoll), 2);
    EXPECT_EQ(counts.value(CallCategory::OutboundUpdate), 1);
    EXPECT_FALSE(counts.contains(CallCategory::Auth));

    const QList<ApiCallRecord> calls = ledger.callsSince(windowStart);
    ASSERT_EQ(calls.size(), 3);
    EXPECT_EQ(calls[0].at, T0);
    ASSERT_TRUE(calls[0].orgUsage);
    EXPECT_EQ(*calls[0].orgUsage, (ApiUsage{120, 15000}));
    EXPECT_EQ(calls[1].errorCode, u"REQUEST_LIMIT_EXCEEDED"_s);
    EXPECT_EQ(calls[1].httpStatus, 403);
    EXPECT_FALSE(calls[2].orgUsage);

    EXPECT_EQ(ledger.deleteBefore(windowStart), 1);
    EXPECT_EQ(ledger.countSince(T0.addYears(-1)), 3);
}

TEST_P(TableStores, UsageSamplesInOrderWithTheirSource)
{
    UsageSampleStore samples(openStore());
    ASSERT_TRUE(samples.add(
        {.at = T0.addSecs(60), .used = 130, .max = 15000, .source = UsageSample::LimitsResource}));
    ASSERT_TRUE(samples.add({.at = T0, .used = 120, .max = 15000, .source = UsageSample::Header}));
    const QList<UsageSample> all = samples.since(T0);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].used, 120);
    EXPECT_EQ(all[0].source, UsageSample::Header);
    EXPECT_EQ(all[1].source, UsageSample::LimitsResource);
    EXPECT_EQ(samples.latest()->used, 130);
    EXPECT_EQ(samples.since(T0.addSecs(1)).size(), 1);
    EXPECT_EQ(samples.deleteBefore(T0.addSecs(1)), 1);
}

TEST_P(TableStores, AlertsRememberTheirCrossing)
{
    AlertStore alerts(openStore());
    ASSERT_TRUE(alerts.add({.sentAt = T0,
                            .kind = u"threshold_crossed"_s,
                            .level = u"orange"_s,
                            .recipient = u"ops@example.com"_s,
                            .subject = u"API usage at 80%"_s,
                            .delivered = false,
                            .error = u"connection refused"_s,
                            .crossingId = u"c-1"_s}));
    EXPECT_FALSE(alerts.deliveredForCrossing(u"c-1"_s));
    ASSERT_TRUE(alerts.add({.sentAt = T0.addSecs(60),
                            .kind = u"threshold_crossed"_s,
                            .level = u"orange"_s,
                            .recipient = u"ops@example.com"_s,
                            .subject = u"API usage at 80%"_s,
                            .delivered = true,
                            .crossingId = u"c-1"_s}));
    EXPECT_TRUE(alerts.deliveredForCrossing(u"c-1"_s));
    const QList<AlertRecord> sent = alerts.since(T0);
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent[0].error, u"connection refused"_s);
    EXPECT_FALSE(sent[0].delivered);
    EXPECT_TRUE(sent[1].error.isEmpty());
}

TEST_P(TableStores, DescribeCacheKeepsBodyAndLastModified)
{
    DescribeCacheStore cache(openStore());
    EXPECT_FALSE(cache.find(u"Contact"_s));
    ASSERT_TRUE(cache.put({.sobject = u"Contact"_s,
                           .lastModified = u"Mon, 02 Mar 2026 09:00:00 GMT"_s,
                           .fetchedAt = T0,
                           .body = R"({"name":"Contact","fields":[]})"}));
    ASSERT_TRUE(cache.put({.sobject = u"Contact"_s,
                           .lastModified = u"Tue, 03 Mar 2026 09:00:00 GMT"_s,
                           .fetchedAt = T0.addDays(1),
                           .body = R"({"name":"Contact","fields":[{}]})"}));
    const std::optional<CachedDescribe> cached = cache.find(u"Contact"_s);
    ASSERT_TRUE(cached);
    EXPECT_EQ(cached->lastModified, u"Tue, 03 Mar 2026 09:00:00 GMT"_s);
    EXPECT_EQ(cached->fetchedAt, T0.addDays(1));
    EXPECT_EQ(cached->body, QByteArray(R"({"name":"Contact","fields":[{}]})"));
    EXPECT_TRUE(cache.remove(u"Contact"_s));
    EXPECT_FALSE(cache.find(u"Contact"_s));
}
