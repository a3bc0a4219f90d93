// The org on a real loopback socket: form-encoded queries, delays and drops.
#include "server/sandbox_http_server.h"
#include "server/sandbox_org.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

class ServedOrg : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SandboxConfig config;
        config.seedCounts = SeedCounts{1, 5, 10, 10, 2, 0};
        m_org = std::make_unique<SandboxOrg>(config);
        QString error;
        ASSERT_TRUE(m_org->open(&error)) << qPrintable(error);
        m_server = std::make_unique<SandboxHttpServer>(*m_org);
        m_port = m_server->listenOnLoopback(0);
        ASSERT_NE(m_port, 0);
        m_base = u"http://127.0.0.1:"_s + QString::number(m_port);
        m_org->setInstanceUrl(m_base);
        const auto token =
            send("POST", u"/services/oauth2/token"_s,
                 "grant_type=password&client_id=t&username=" + config.username.toUtf8() +
                     "&password=" + config.password.toUtf8());
        m_token = QJsonDocument::fromJson(token.body).object()[u"access_token"_s].toString();
        ASSERT_FALSE(m_token.isEmpty());
    }

    struct Result
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
    };

    Result send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setTransferTimeout(10'000);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Result result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->error(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

    std::unique_ptr<SandboxOrg> m_org;
    std::unique_ptr<SandboxHttpServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_base;
    QString m_token;
};

} // namespace

TEST_F(ServedOrg, ListensOnLoopbackOnly)
{
    const QList<QTcpServer *> servers = m_server->servers();
    ASSERT_EQ(servers.size(), 1);
    EXPECT_EQ(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

TEST_F(ServedOrg, PlusInTheQueryStringIsASpace)
{
    const Result result =
        send("GET", u"/services/data/v62.0/query?q=SELECT+Id+FROM+Contact+LIMIT+3"_s);
    EXPECT_EQ(result.status, 200) << result.body.constData();
    EXPECT_EQ(QJsonDocument::fromJson(result.body).object()[u"totalSize"_s].toInt(), 3);
}

TEST_F(ServedOrg, DelayFaultHoldsTheAnswerBack)
{
    m_org->faults().add(Fault{Fault::Kind::Delay, 0, 300, 1, {}});
    QElapsedTimer timer;
    timer.start();
    const Result result = send("GET", u"/services/data/v62.0/limits"_s);
    EXPECT_EQ(result.status, 200);
    EXPECT_GE(timer.elapsed(), 300); // a lower bound the fault guarantees
}

TEST_F(ServedOrg, DropFaultClosesTheConnectionWithoutAnAnswer)
{
    // Every request: Qt's client quietly retries a request whose reused
    // connection closed, so a single drop would go unseen.
    m_org->faults().add(Fault{Fault::Kind::Drop, 0, 0, -1, {}});
    const Result dropped = send("GET", u"/services/data/v62.0/limits"_s);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    EXPECT_EQ(dropped.status, 0);
    m_org->faults().clear();
    EXPECT_EQ(send("GET", u"/services/data/v62.0/limits"_s).status, 200);
}

TEST_F(ServedOrg, HoldFaultNeitherAnswersNorDoesTheWorkOfItsMethodOnly)
{
    const QString job = u"/services/data/v62.0/jobs/ingest"_s;
    const Result created = send("POST", job, R"({"object":"Contact","operation":"insert"})");
    ASSERT_EQ(created.status, 200) << created.body.constData();
    const QString path =
        job + u'/' + QJsonDocument::fromJson(created.body).object()[u"id"_s].toString();
    Fault hold{Fault::Kind::Hold, 0, 0, 1, u"/jobs/ingest/"_s};
    hold.method = "PATCH";
    m_org->faults().add(hold);
    // A GET of the same path is not the held method.
    EXPECT_EQ(send("GET", path).status, 200);
    ASSERT_EQ(m_org->faults().toJson().size(), 1);

    auto used = [this] {
        return QJsonDocument::fromJson(send("GET", u"/_sandbox/usage"_s).body)
            .object()[u"used"_s]
            .toInteger();
    };
    const qint64 usedBefore = used();
    QNetworkRequest request(QUrl(m_base + path));
    request.setTransferTimeout(1'000); // the client gives up; the org never answers
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_network.sendCustomRequest(request, "PATCH", R"({"state":"UploadComplete"})");
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(reply->error(), QNetworkReply::OperationCanceledError);
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->deleteLater();
    EXPECT_TRUE(m_org->faults().toJson().isEmpty());
    EXPECT_EQ(used(), usedBefore); // not counted
    // Not done either: the job is still Open.
    const Result info = send("GET", path);
    EXPECT_EQ(QJsonDocument::fromJson(info.body).object()[u"state"_s].toString(), u"Open"_s);
}

TEST_F(ServedOrg, ABigLogFileStreamsWholeWithItsLength)
{
    // About 40,000 events in one hour: a CSV of several megabytes.
    const QDateTime hour = QDateTime(QDate(2026, 12, 4), QTime(13, 0), Qt::UTC);
    const ApiCaller caller{u"005000000000001AAA"_s,
                           u"bulk@acme.example"_s,
                           u"0H4000000000001AAA"_s,
                           u"Bulk Loader"_s,
                           {},
                           u"203.0.113.5"_s};
    const ApiCallTarget target{u"REST"_s, u"62.0"_s, u"/v62.0/composite/sobjects"_s, u"POST"_s,
                               u"Contact"_s};
    for (int i = 0; i < 40'000; ++i)
        m_org->usageLog().record(hour.addMSecs(i * 90), caller, target, 200, true);
    m_org->clock().freeze(hour.addDays(1));
    m_org->oauth().setSessionTimeout(365 * 24 * 3600);
    const Result list = send("GET", u"/services/data/v62.0/query?q=SELECT+Id,LogFileLength+FROM+"
                                    "EventLogFile+WHERE+Interval+=+'Hourly'"_s);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    const QJsonObject file =
        QJsonDocument::fromJson(list.body).object()[u"records"_s].toArray().first().toObject();
    const Result csv = send("GET", u"/services/data/v62.0/sobjects/EventLogFile/"_s +
                                       file[u"Id"_s].toString() + u"/LogFile"_s);
    EXPECT_EQ(csv.status, 200);
    EXPECT_EQ(csv.error, QNetworkReply::NoError);
    EXPECT_GT(csv.body.size(), 4'000'000);
    EXPECT_EQ(double(csv.body.size()), file[u"LogFileLength"_s].toDouble());
    EXPECT_EQ(csv.body.count('\n'), 40'000);
    EXPECT_TRUE(csv.body.endsWith("\"2026-12-04T13:59:59.910Z\""));
    // The connection is fine for the next request: the length was right.
    EXPECT_EQ(send("GET", u"/services/data/v62.0/limits"_s).status, 200);
}
