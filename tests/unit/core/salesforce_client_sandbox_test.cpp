// SalesforceClient against the real syncdesk-sandbox binary: paging, the spent
// limit, a renewed session, per-record errors, composite references, faults, and
// usage that matches the org's own count.
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "sandbox/sandbox_org_process.h"
#include "signed_in_sandbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace syncdesk;
using Kind = SalesforceError::Kind;

namespace {

constexpr int kWaitMs = 30'000;

struct RecordedCall
{
    QString endpoint;
    CallCategory category;
    int httpStatus;
    std::optional<ApiUsage> usage;
};

class SalesforceClientSandbox : public ::testing::Test
{
protected:
    void startOrg(const QStringList &extraArguments = {})
    {
        test::SignedInSandbox org;
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(m_network, org, extraArguments));
        m_process = std::move(org.process);
        m_tokenClient = std::move(org.tokenClient);
        m_baseUrl = org.baseUrl;
        m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), org.tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
        QObject::connect(m_client.get(), &SalesforceClient::callMade, m_client.get(),
                         [this](const QString &endpoint, CallCategory category, int status,
                                const std::optional<ApiUsage> &usage) {
                             m_calls.append({endpoint, category, status, usage});
                         });
        QObject::connect(m_client.get(), &SalesforceClient::orgUsageObserved, m_client.get(),
                         [this](const ApiUsage &usage, const QDateTime &) { m_lastUsage = usage; });
    }

    // A test control of the sandbox: POST with a body, or GET without one.
    QJsonObject control(const char *path, const QByteArray &body = {})
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(QString::fromLatin1(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(body.isEmpty() ? m_network.get(request)
                                                            : m_network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs)) << path;
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200) << path;
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    qint64 sandboxUsed()
    {
        return control("/_sandbox/usage").value(QStringLiteral("used")).toInteger();
    }

    // Runs one client operation and waits for its callback.
    template <typename T, typename Start> SalesforceResult<T> run(Start start)
    {
        std::optional<SalesforceResult<T>> result;
        start([&result](const SalesforceResult<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        return result.value_or(SalesforceError::malformed(QStringLiteral("no answer")));
    }

    template <typename T> static T valueOf(const SalesforceResult<T> &result)
    {
        if (const auto *error = std::get_if<SalesforceError>(&result)) {
            ADD_FAILURE() << error->summary().toStdString();
            return T{};
        }
        return std::get<T>(result);
    }

    template <typename T> static SalesforceError errorOf(const SalesforceResult<T> &result)
    {
        if (const auto *error = std::get_if<SalesforceError>(&result))
            return *error;
        ADD_FAILURE() << "expected an error";
        return {};
    }

    QueryResult queryNow(const QString &soql)
    {
        return valueOf(run<QueryResult>(
            [&](auto done) { m_client->query(soql, CallCategory::InboundPoll, done); }));
    }

    // Calls the org counts: every answer from /services/data/vNN.0/ except 401s,
    // the free versions list and the token endpoint.
    qsizetype countedCalls() const
    {
        return std::count_if(m_calls.cbegin(), m_calls.cend(), [](const RecordedCall &call) {
            return call.httpStatus != 0 && call.httpStatus != 401 &&
                   call.endpoint.startsWith(QStringLiteral("/services/data/v"));
        });
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    QUrl m_baseUrl;
    QList<RecordedCall> m_calls;
    std::optional<ApiUsage> m_lastUsage;
};

} // namespace

TEST_F(SalesforceClientSandbox, QueriesFiveThousandRowsAcrossPages)
{
    ASSERT_NO_FATAL_FAILURE(startOrg({QStringLiteral("--contacts"), QStringLiteral("5000")}));
    const QueryResult result = queryNow(QStringLiteral("SELECT Id, LastName FROM Contact"));
    EXPECT_EQ(result.totalSize, 5000);
    EXPECT_EQ(result.records.size(), 5000);
    EXPECT_EQ(result.pages, 3);
    QSet<QString> ids;
    for (const QJsonValue &record : result.records)
        ids.insert(record.toObject().value(QStringLiteral("Id")).toString());
    ids.remove(QString());
    EXPECT_EQ(ids.size(), 5000);

    ASSERT_EQ(m_calls.size(), 3);
    for (const RecordedCall &call : std::as_const(m_calls)) {
        EXPECT_EQ(call.httpStatus, 200);
        EXPECT_EQ(call.category, CallCategory::InboundPoll);
        EXPECT_FALSE(call.endpoint.contains(QStringLiteral("SELECT")));
    }
    EXPECT_EQ(sandboxUsed(), m_calls.size());
    ASSERT_TRUE(m_lastUsage.has_value());
    EXPECT_EQ(m_lastUsage->used, m_calls.size());
}

TEST_F(SalesforceClientSandbox, ReportsASpentLimitAsLimitExceeded)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    for (int i = 0; i < 3; ++i)
        valueOf(
            run<OrgLimits>([&](auto done) { m_client->limits(CallCategory::LimitsCheck, done); }));
    control("/_sandbox/allocation", R"({"max":3})");
    const SalesforceError error = errorOf(run<QueryResult>([&](auto done) {
        m_client->query(QStringLiteral("SELECT Id FROM Contact"), CallCategory::InboundPoll, done);
    }));
    EXPECT_EQ(error.kind, Kind::LimitExceeded) << error.summary().toStdString();
    EXPECT_EQ(error.httpStatus, 403);
    EXPECT_EQ(error.code, QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    ASSERT_FALSE(m_calls.isEmpty());
    EXPECT_EQ(m_calls.last().httpStatus, 403);
    ASSERT_TRUE(m_lastUsage.has_value());
    EXPECT_EQ(*m_lastUsage, (ApiUsage{3, 3}));
}

TEST_F(SalesforceClientSandbox, RenewsAnExpiredSessionTransparently)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    QSignalSpy refreshed(m_session.get(), &OrgSession::accessTokenRefreshed);
    control("/_sandbox/sessions", R"({"expireAll":true})");
    const QueryResult result = queryNow(QStringLiteral("SELECT Id FROM Account LIMIT 5"));
    EXPECT_EQ(result.records.size(), 5);
    EXPECT_EQ(refreshed.size(), 1);
    ASSERT_EQ(m_calls.size(), 3);
    EXPECT_EQ(m_calls[0].httpStatus, 401);
    EXPECT_EQ(m_calls[1].category, CallCategory::Auth);
    EXPECT_EQ(m_calls[1].httpStatus, 200);
    EXPECT_EQ(m_calls[2].httpStatus, 200);
    EXPECT_EQ(sandboxUsed(), 1);
}

// The grant stands (the renewal worked): a later call renews again, no sign-in is needed.
TEST_F(SalesforceClientSandbox, GivesATransientErrorWhenTheRenewedSessionIsRefusedToo)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    // The first try and the retry after the renewal both find their session ended.
    control("/_sandbox/faults", R"({"kind":"expire_session","count":2,"path":"/limits"})");
    const SalesforceError error = errorOf(
        run<OrgLimits>([&](auto done) { m_client->limits(CallCategory::LimitsCheck, done); }));
    EXPECT_EQ(error.kind, Kind::Transient) << error.summary().toStdString();
    EXPECT_EQ(error.httpStatus, 401);
    ASSERT_EQ(m_calls.size(), 3);
    EXPECT_EQ(m_calls[0].httpStatus, 401);
    EXPECT_EQ(m_calls[1].category, CallCategory::Auth);
    EXPECT_EQ(m_calls[2].httpStatus, 401);
}

TEST_F(SalesforceClientSandbox, ReportsPerRecordValidationErrorsOfACollectionUpdate)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    const QueryResult contacts = queryNow(QStringLiteral("SELECT Id FROM Contact LIMIT 3"));
    ASSERT_EQ(contacts.records.size(), 3);
    QJsonArray records;
    for (int i = 0; i < 3; ++i) {
        QJsonObject record{
            {QStringLiteral("Id"), contacts.records[i].toObject().value(QStringLiteral("Id"))},
            {QStringLiteral("Title"), QStringLiteral("Buyer %1").arg(i)}};
        if (i == 1)
            record.insert(QStringLiteral("CreatedDate"),
                          QStringLiteral("2020-01-01T00:00:00.000+0000"));
        records.append(record);
    }
    const QList<SaveResult> results = valueOf(run<QList<SaveResult>>([&](auto done) {
        m_client->updateRecords(QStringLiteral("Contact"), records, false,
                                CallCategory::OutboundUpdate, done);
    }));
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results[0].success);
    EXPECT_TRUE(results[2].success);
    ASSERT_FALSE(results[1].success);
    ASSERT_EQ(results[1].errors.size(), 1);
    EXPECT_EQ(results[1].errors[0].kind, Kind::Validation);
    EXPECT_EQ(results[1].errors[0].code, QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
    EXPECT_TRUE(results[1].errors[0].fields.contains(QStringLiteral("CreatedDate")));

    const QJsonObject saved = valueOf(run<QJsonObject>([&](auto done) {
        m_client->getRecord(QStringLiteral("Contact"), results[2].id, {QStringLiteral("Title")},
                            CallCategory::InboundPoll, done);
    }));
    EXPECT_EQ(saved.value(QStringLiteral("Title")).toString(), QStringLiteral("Buyer 2"));
}

TEST_F(SalesforceClientSandbox, RunsACompositeWithAReference)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    const QList<CompositeSubrequest> subrequests{
        {"POST", m_client->resourcePath(u"sobjects/Account"), QStringLiteral("newAccount"),
         QJsonObject{{QStringLiteral("Name"), QStringLiteral("Composite Test Ltd")}}},
        {"POST", m_client->resourcePath(u"sobjects/Contact"), QStringLiteral("newContact"),
         QJsonObject{{QStringLiteral("LastName"), QStringLiteral("Referenced")},
                     {QStringLiteral("AccountId"), QStringLiteral("@{newAccount.id}")}}},
        {"GET", m_client->resourcePath(u"sobjects/Contact/@{newContact.id}?fields=AccountId"),
         QStringLiteral("readBack"), QJsonValue(QJsonValue::Undefined)},
    };
    const QList<CompositeSubresponse> responses =
        valueOf(run<QList<CompositeSubresponse>>([&](auto done) {
            m_client->composite(subrequests, true, CallCategory::OutboundUpdate, done);
        }));
    ASSERT_EQ(responses.size(), 3);
    EXPECT_EQ(responses[0].httpStatus, 201);
    EXPECT_EQ(responses[1].httpStatus, 201);
    EXPECT_EQ(responses[2].httpStatus, 200);
    for (const CompositeSubresponse &response : responses)
        EXPECT_FALSE(response.error.has_value()) << response.error->summary().toStdString();
    const QString accountId = responses[0].body.toObject().value(QStringLiteral("id")).toString();
    EXPECT_FALSE(accountId.isEmpty());
    EXPECT_EQ(responses[2].body.toObject().value(QStringLiteral("AccountId")).toString(),
              accountId);
    EXPECT_EQ(sandboxUsed(), 1);
}

TEST_F(SalesforceClientSandbox, MakesA503Transient)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    control("/_sandbox/faults", R"({"kind":"server_error","status":503})");
    const SalesforceError error = errorOf(
        run<OrgLimits>([&](auto done) { m_client->limits(CallCategory::LimitsCheck, done); }));
    EXPECT_EQ(error.kind, Kind::Transient) << error.summary().toStdString();
    EXPECT_EQ(error.httpStatus, 503);
    ASSERT_EQ(m_calls.size(), 1);
    EXPECT_EQ(m_calls[0].httpStatus, 503);
}

TEST_F(SalesforceClientSandbox, MakesATruncatedBodyMalformed)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    control("/_sandbox/faults", R"({"kind":"malformed_json"})");
    const SalesforceError error = errorOf(run<QueryResult>([&](auto done) {
        m_client->query(QStringLiteral("SELECT Id FROM Account"), CallCategory::InboundPoll, done);
    }));
    EXPECT_EQ(error.kind, Kind::Malformed) << error.summary().toStdString();
    // The org did the work, so the call counted.
    EXPECT_EQ(sandboxUsed(), 1);
    ASSERT_TRUE(m_lastUsage.has_value());
    EXPECT_EQ(m_lastUsage->used, 1);
}

TEST_F(SalesforceClientSandbox, MakesTimeoutsAndDroppedConnectionsTransient)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    control("/_sandbox/faults", R"({"kind":"delay","delayMs":5000})");
    m_client->setRequestTimeout(std::chrono::milliseconds(300));
    const SalesforceError timedOut = errorOf(
        run<OrgLimits>([&](auto done) { m_client->limits(CallCategory::LimitsCheck, done); }));
    EXPECT_EQ(timedOut.kind, Kind::Transient) << timedOut.summary().toStdString();
    EXPECT_EQ(timedOut.httpStatus, 0);

    // Qt's network access sends a request again on a fresh connection when a
    // reused one closes unanswered, so the org drops every try.
    m_client->setRequestTimeout(std::chrono::seconds(30));
    control("/_sandbox/faults", R"({"kind":"drop","count":-1})");
    const SalesforceError dropped = errorOf(
        run<OrgLimits>([&](auto done) { m_client->limits(CallCategory::LimitsCheck, done); }));
    EXPECT_EQ(dropped.kind, Kind::Transient) << dropped.summary().toStdString();
    EXPECT_EQ(dropped.httpStatus, 0);
    ASSERT_FALSE(m_calls.isEmpty());
    EXPECT_EQ(m_calls.last().httpStatus, 0);
}

TEST_F(SalesforceClientSandbox, ObservesExactlyTheOrgsCountAfterAMixedRun)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    const QList<ApiVersion> versions = valueOf(run<QList<ApiVersion>>(
        [&](auto done) { m_client->versions(CallCategory::Describe, done); }));
    EXPECT_FALSE(versions.isEmpty());
    EXPECT_EQ(sandboxUsed(), 0); // the versions list is free

    valueOf(run<OrgLimits>([&](auto done) { m_client->limits(CallCategory::LimitsCheck, done); }));
    const DescribeResult global = valueOf(run<DescribeResult>(
        [&](auto done) { m_client->describeGlobal({}, CallCategory::Describe, done); }));
    ASSERT_TRUE(std::holds_alternative<Described>(global));
    EXPECT_TRUE(std::get<Described>(global).json.value(QStringLiteral("sobjects")).isArray());
    const DescribeResult contact = valueOf(run<DescribeResult>([&](auto done) {
        m_client->describeObject(QStringLiteral("Contact"), {}, CallCategory::Describe, done);
    }));
    ASSERT_TRUE(std::holds_alternative<Described>(contact));
    const QDateTime lastModified = std::get<Described>(contact).lastModified;
    ASSERT_TRUE(lastModified.isValid());
    const DescribeResult again = valueOf(run<DescribeResult>([&](auto done) {
        m_client->describeObject(QStringLiteral("Contact"), lastModified, CallCategory::Describe,
                                 done);
    }));
    EXPECT_TRUE(std::holds_alternative<NotModified>(again));

    const SaveResult created = valueOf(run<SaveResult>([&](auto done) {
        m_client->createRecord(QStringLiteral("Contact"),
                               QJsonObject{{QStringLiteral("LastName"), QStringLiteral("Mixed")}},
                               CallCategory::ActivityLogging, done);
    }));
    ASSERT_TRUE(created.success);
    valueOf(run<Done>([&](auto done) {
        m_client->updateRecord(QStringLiteral("Contact"), created.id,
                               QJsonObject{{QStringLiteral("Title"), QStringLiteral("CTO")}},
                               CallCategory::OutboundUpdate, done);
    }));
    control("/_sandbox/sessions", R"({"expireAll":true})");
    valueOf(run<Done>([&](auto done) {
        m_client->deleteRecord(QStringLiteral("Contact"), created.id, CallCategory::OutboundUpdate,
                               done);
    }));
    const SalesforceError gone = errorOf(run<QJsonObject>([&](auto done) {
        m_client->getRecord(QStringLiteral("Contact"), created.id, {}, CallCategory::InboundPoll,
                            done);
    }));
    EXPECT_EQ(gone.kind, Kind::NotFound) << gone.summary().toStdString();

    const QList<SaveResult> batch = valueOf(run<QList<SaveResult>>([&](auto done) {
        m_client->createRecords(
            QStringLiteral("Contact"),
            QJsonArray{QJsonObject{{QStringLiteral("LastName"), QStringLiteral("One")}},
                       QJsonObject{{QStringLiteral("FirstName"), QStringLiteral("NoLastName")}}},
            false, CallCategory::OutboundUpdate, done);
    }));
    ASSERT_EQ(batch.size(), 2);
    EXPECT_TRUE(batch[0].success);
    ASSERT_FALSE(batch[1].success);
    EXPECT_EQ(batch[1].errors.first().code, QStringLiteral("REQUIRED_FIELD_MISSING"));
    const QList<SaveResult> deleted = valueOf(run<QList<SaveResult>>([&](auto done) {
        m_client->deleteRecords({batch[0].id}, false, CallCategory::OutboundUpdate, done);
    }));
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_TRUE(deleted[0].success);
    const SalesforceError badQuery = errorOf(run<QueryResult>([&](auto done) {
        m_client->query(QStringLiteral("SELECT Nme FROM Contact"), CallCategory::InboundPoll, done);
    }));
    EXPECT_EQ(badQuery.kind, Kind::Validation) << badQuery.summary().toStdString();

    // Too many records is refused before any call is spent.
    QJsonArray tooMany;
    for (int i = 0; i < 201; ++i)
        tooMany.append(QJsonObject{{QStringLiteral("LastName"), QString::number(i)}});
    const qsizetype callsBefore = m_calls.size();
    EXPECT_EQ(errorOf(run<QList<SaveResult>>([&](auto done) {
                  m_client->createRecords(QStringLiteral("Contact"), tooMany, false,
                                          CallCategory::OutboundUpdate, done);
              })).kind,
              Kind::Validation);
    EXPECT_EQ(m_calls.size(), callsBefore);

    const qint64 orgCount = sandboxUsed();
    ASSERT_TRUE(m_lastUsage.has_value());
    EXPECT_EQ(m_lastUsage->used, orgCount);
    EXPECT_EQ(countedCalls(), orgCount);
    EXPECT_TRUE(std::any_of(m_calls.cbegin(), m_calls.cend(), [](const RecordedCall &call) {
        return call.category == CallCategory::Auth;
    }));
}
