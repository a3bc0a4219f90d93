#include "sandbox_workspace_test.h"

#include "signed_in_sandbox.h"
#include "store/database.h"
#include "store_backend_test.h"
#include "sync/default_field_mappings.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {

namespace {

const QString PostgresConnection = u"sandbox-workspace"_s;

// SYNCDESK_TEST_STORE=postgresql puts the workspace on a fresh database of a throwaway
// PostgreSQL cluster instead (store_backend_test.h): a way to try the engine's steps on team
// mode's store before their tests run on both backends.
bool onPostgres()
{
    return qEnvironmentVariable("SYNCDESK_TEST_STORE") == u"postgresql"_s;
}

DatabaseConnection openWorkspace(const QString &path)
{
    if (!onPostgres())
        return Database::open(path);
    QString error;
    const QString url = SharedPostgresCluster::freshDatabase(&error);
    const std::optional<DatabaseUrl> parsed =
        url.isEmpty() ? std::nullopt : DatabaseUrl::parse(url, &error);
    if (!parsed)
        return DatabaseConnection{.error = StoreError{StoreError::Kind::CannotOpen, error}};
    return PostgresDatabase::open(*parsed, SharedPostgresCluster::rolePassword(),
                                  PostgresConnection);
}

} // namespace

void SandboxWorkspaceTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(u"syncdesk.sqlite"_s);
    const DatabaseConnection connection = openWorkspace(m_path);
    ASSERT_TRUE(connection.ok()) << (connection.error ? connection.error->message.toStdString()
                                                      : std::string());
    m_db = connection.db;
    // Only mapped fields travel: the defaults map the fields the tests write and read.
    ASSERT_TRUE(ensureDefaultFieldMappings(m_db));

    SignedInSandbox org;
    ASSERT_NO_FATAL_FAILURE(startSignedInSandbox(m_network, org, sandboxArguments()));
    m_process = std::move(org.process);
    m_tokenClient = std::move(org.tokenClient);
    m_baseUrl = org.baseUrl;
    m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), org.tokens);
    m_client = std::make_unique<SalesforceClient>(m_session.get());
}

void SandboxWorkspaceTest::TearDown()
{
    m_client.reset();
    m_session.reset();
    m_db = QSqlDatabase();
    if (onPostgres())
        PostgresDatabase::close(PostgresConnection);
    else
        Database::closeForThisThread(m_path);
}

QJsonObject SandboxWorkspaceTest::sandboxControl(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(
        body.isEmpty() ? m_network.get(request)
                       : m_network.post(request, QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError) << path.toStdString();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

qint64 SandboxWorkspaceTest::sandboxUsed()
{
    return sandboxControl(u"/_sandbox/usage"_s).value(u"used"_s).toInteger(-1);
}

std::optional<QueryResult> SandboxWorkspaceTest::query(const QString &soql)
{
    std::optional<SalesforceResult<QueryResult>> result;
    m_client->query(soql, CallCategory::InboundPoll,
                    [&result](const SalesforceResult<QueryResult> &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    if (!result || !std::holds_alternative<QueryResult>(*result))
        return std::nullopt;
    return std::get<QueryResult>(*result);
}

} // namespace syncdesk::test
