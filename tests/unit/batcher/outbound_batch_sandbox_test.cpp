// A planned batch sent to the real syncdesk-sandbox org: 1,000 new Contacts cost one
// call, each comes back with its id, and sending the same plan again upserts the
// same records instead of creating duplicates.
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "sandbox/sandbox_org_process.h"
#include "signed_in_sandbox.h"
#include "sync/outbound_batch_plan.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 60'000;

class OutboundBatchSandbox : public ::testing::Test
{
protected:
    void TearDown() override
    {
        m_client.reset();
        m_session.reset();
    }

    void startOrg()
    {
        test::SignedInSandbox org;
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(m_network, org, {}));
        m_process = std::move(org.process);
        m_tokenClient = std::move(org.tokenClient);
        m_baseUrl = org.baseUrl;
        const auto tokens = org.tokens;
        m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
    }

    qint64 sandboxUsed()
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(u"/_sandbox/usage"_s)));
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs));
        return QJsonDocument::fromJson(reply->readAll()).object().value(u"used"_s).toInteger(-1);
    }

    template <typename T, typename Start> std::optional<SalesforceResult<T>> run(Start start)
    {
        std::optional<SalesforceResult<T>> result;
        start([&result](const SalesforceResult<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        return result;
    }

    qint64 countBatchContacts()
    {
        const auto result = run<QueryResult>([&](auto done) {
            m_client->query(u"SELECT COUNT() FROM Contact WHERE SyncDesk_Id__c LIKE 'batch-%'"_s,
                            CallCategory::InboundPoll, done);
        });
        if (!result || !std::holds_alternative<QueryResult>(*result))
            return -1;
        return std::get<QueryResult>(*result).totalSize;
    }

    QList<OutboundRecordOutcome> send(const PlannedCall &call)
    {
        const auto result = run<QList<CompositeSubresponse>>([&](auto done) {
            m_client->composite(call.subrequests, false, CallCategory::OutboundUpdate, done);
        });
        if (!result)
            return {};
        if (const auto *error = std::get_if<SalesforceError>(&*result))
            ADD_FAILURE() << error->summary().toStdString();
        return mapCompositeOutcomes(call, *result);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    QUrl m_baseUrl;
};

} // namespace

TEST_F(OutboundBatchSandbox, ThousandNewContactsCostOneCallAndResendingCreatesNoDuplicate)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());

    QList<OutboundChange> changes;
    const QDateTime queuedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    for (qint64 record = 1; record <= 1000; ++record) {
        const QString externalId = u"batch-"_s + QString::number(record);
        changes.append({record * 2,
                        record,
                        u"Contact"_s,
                        {},
                        externalId,
                        u"LastName"_s,
                        QString(u"Batch "_s + QString::number(record)),
                        queuedAt});
        changes.append({record * 2 + 1,
                        record,
                        u"Contact"_s,
                        {},
                        externalId,
                        u"Email"_s,
                        QString(externalId + u"@example.test"_s),
                        queuedAt});
    }
    const OutboundBatchPlan plan =
        planOutboundBatches(coalesceOutboundChanges(changes), OrgSession::kApiVersion);
    ASSERT_EQ(plan.calls.size(), 1);

    const qint64 before = sandboxUsed();
    const QList<OutboundRecordOutcome> outcomes = send(plan.calls.first());
    const qint64 after = sandboxUsed();
    EXPECT_EQ(after - before, 1);

    ASSERT_EQ(outcomes.size(), 1000);
    QSet<QString> ids;
    QSet<qint64> records;
    for (const auto &outcome : outcomes) {
        EXPECT_TRUE(outcome.success)
            << outcome.statusCode.toStdString() << ' ' << outcome.message.toStdString();
        EXPECT_FALSE(outcome.crmId.isEmpty());
        EXPECT_EQ(outcome.entryIds.size(), 2);
        ids.insert(outcome.crmId);
        records.insert(outcome.recordId);
    }
    EXPECT_EQ(ids.size(), 1000);
    EXPECT_EQ(records.size(), 1000);
    EXPECT_EQ(countBatchContacts(), 1000);

    // The same plan again, as after a crash before the outcome was recorded.
    const QList<OutboundRecordOutcome> again = send(plan.calls.first());
    ASSERT_EQ(again.size(), 1000);
    for (const auto &outcome : again) {
        EXPECT_TRUE(outcome.success);
        EXPECT_TRUE(ids.contains(outcome.crmId));
        EXPECT_EQ(outcome.created, std::optional<bool>(false));
    }
    EXPECT_EQ(countBatchContacts(), 1000);
}
