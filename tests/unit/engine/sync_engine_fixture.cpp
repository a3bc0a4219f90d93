#include "sync_engine_fixture.h"

#include "store/database.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {

void SyncEngineFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(u"syncdesk.sqlite"_s);
    const DatabaseConnection connection = Database::open(m_path);
    ASSERT_TRUE(connection.ok());
    m_db = connection.db;
    ASSERT_NO_FATAL_FAILURE(startSignedInSandbox(m_network, m_org, sandboxArguments()));
}

void SyncEngineFixture::TearDown()
{
    m_engine.reset();
    m_db = QSqlDatabase();
    Database::closeForThisThread(m_path);
}

QDateTime SyncEngineFixture::engineNow() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
}

SyncEngineOptions SyncEngineFixture::engineOptions()
{
    SyncEngineOptions options;
    options.databasePath = m_path;
    options.oauth = OAuthClientConfig{m_org.baseUrl, OAuthClientConfig::desktopClientId(),
                                      OAuthClientConfig::loopbackRedirectUri()};
    options.tokens = m_org.tokens;
    options.clock = [this] { return engineNow(); };
    options.backoffSeed = 1234;
    options.refreshLimits = false;
    options.refreshDescribes = false;
    return options;
}

void SyncEngineFixture::startEngine()
{
    SyncEngineOptions options = engineOptions();
    options.tickInterval = std::chrono::hours(24);
    m_engine = std::make_unique<SyncEngine>(std::move(options));
    m_engine->start();
    ASSERT_EQ(m_engine->status().state, EngineState::Idle);
}

void SyncEngineFixture::runCycle()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
    m_engine->syncNow();
    if (finished.isEmpty())
        ASSERT_TRUE(finished.wait(kWaitMs));
}

void SyncEngineFixture::tickAndWaitForCycle()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
    m_engine->tick();
    if (finished.isEmpty())
        ASSERT_TRUE(finished.wait(kWaitMs));
}

qint64 SyncEngineFixture::createPerson(const QString &lastName)
{
    LocalRecord record;
    record.kind = RecordKind::Person;
    const std::optional<qint64> id = RecordStore(m_db).insert(record);
    EXPECT_TRUE(id);
    if (!id)
        return 0;
    EXPECT_TRUE(LocalChangeWriter(m_db).apply(
        *id,
        QJsonObject{{u"LastName"_s, lastName},
                    {u"Email"_s, QString(u"p"_s + QString::number(*id) + u"@example.test"_s)}},
        QDateTime::currentDateTimeUtc()));
    return *id;
}

QJsonObject SyncEngineFixture::control(const QByteArray &method, const QString &path,
                                       const QJsonObject &body)
{
    QNetworkRequest request(m_org.baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError) << path.toStdString();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

qint64 SyncEngineFixture::sandboxUsed()
{
    return control("GET", u"/_sandbox/usage"_s).value(u"used"_s).toInteger(-1);
}

qint64 SyncEngineFixture::sandboxMax()
{
    return control("GET", u"/_sandbox/usage"_s).value(u"max"_s).toInteger(-1);
}

void SyncEngineFixture::advanceClocks(qint64 seconds)
{
    control("POST", u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, seconds}});
    m_clockOffsetSeconds += seconds;
}

void SyncEngineFixture::revokeRefreshToken()
{
    QNetworkRequest request(m_org.baseUrl.resolved(QUrl(u"/services/oauth2/revoke"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QUrlQuery form;
    form.addQueryItem(u"token"_s, QString::fromLatin1(m_org.tokens.refreshToken));
    std::unique_ptr<QNetworkReply> reply(
        m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError);
}

} // namespace syncdesk::test
