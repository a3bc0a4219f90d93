// Faults by rate with a seed, on every Salesforce path, and how they are metered.
#include "org_under_test.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

SandboxConfig tinyConfig()
{
    SandboxConfig config;
    config.seedCounts.accounts = 2;
    config.seedCounts.contacts = 2;
    config.seedCounts.leads = 2;
    config.seedCounts.opportunities = 0;
    return config;
}

ApiRequest requestFor(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    return request;
}

// What a reply amounts to, as a client would tell.
QString kindOf(const SandboxOrg::Reply &reply)
{
    if (reply.drop)
        return u"drop"_s;
    if (reply.response.status >= 500)
        return u"5xx"_s;
    if (reply.response.status == 401)
        return u"401"_s;
    if (QJsonDocument::fromJson(reply.response.body).isNull())
        return u"malformed"_s;
    return QString::number(reply.response.status);
}

QByteArray passwordForm(const SandboxConfig &config)
{
    return "grant_type=password&client_id=tests&username=" +
           QUrl::toPercentEncoding(config.username) + "&password=" + config.password.toUtf8();
}

QStringList kindsSeen(quint32 seed, int calls, double rate)
{
    OrgUnderTest org(tinyConfig());
    org.control(u"random-faults"_s, {{u"rate"_s, rate}, {u"seed"_s, qint64(seed)}});
    QStringList kinds;
    for (int i = 0; i < calls; ++i)
        kinds.append(kindOf(org.org().handle(requestFor("GET", u"/services/data"_s))));
    return kinds;
}

} // namespace

TEST(SandboxRandomFaults, OffByDefault)
{
    const QStringList kinds = kindsSeen(1, 200, 0);
    EXPECT_EQ(kinds.count(u"200"_s), 200);
}

TEST(SandboxRandomFaults, RoughlyTheRateAndTheSameSeedGivesTheSameFaults)
{
    const QStringList first = kindsSeen(42, 500, 0.2);
    const qsizetype faulted = 500 - first.count(u"200"_s);
    EXPECT_GT(faulted, 60);
    EXPECT_LT(faulted, 140);
    EXPECT_EQ(first, kindsSeen(42, 500, 0.2));
    EXPECT_NE(first, kindsSeen(43, 500, 0.2));
}

TEST(SandboxRandomFaults, TokenEndpointGetsEveryKindButNeverAGrantError)
{
    OrgUnderTest org(tinyConfig());
    org.control(u"random-faults"_s, {{u"rate"_s, 1.0}, {u"seed"_s, 7}});
    QSet<QString> kinds;
    for (int i = 0; i < 60; ++i) {
        const SandboxOrg::Reply reply = org.org().handle(
            requestFor("POST", u"/services/oauth2/token"_s, passwordForm(tinyConfig())));
        kinds.insert(kindOf(reply));
        EXPECT_FALSE(reply.response.body.contains("invalid_grant"));
    }
    EXPECT_EQ(kinds, (QSet<QString>{u"5xx"_s, u"drop"_s, u"malformed"_s}));
}

TEST(SandboxRandomFaults, DataCallsAlsoGetExpiredSessionsAndOnlyAnsweredCallsCount)
{
    SandboxConfig config = tinyConfig();
    config.faultRate = 0.5;
    config.faultSeed = 11;
    OrgUnderTest org(config);
    const int before = org.used();
    QSet<QString> kinds;
    int answered = 0;
    for (int i = 0; i < 200; ++i) {
        ApiRequest request = requestFor("GET", OrgUnderTest::data(u"limits"_s));
        request.headers.insert("authorization", "Bearer " + org.accessToken().toLatin1());
        const QString kind = kindOf(org.org().handle(request));
        kinds.insert(kind);
        // A truncated body was still a call Salesforce did the work for.
        if (kind == u"200"_s || kind == u"malformed"_s)
            ++answered;
        if (kind == u"401"_s) {
            // Sign in again, through the same faults.
            for (int tries = 0; tries < 50; ++tries) {
                const auto token = org.token({{u"grant_type"_s, u"password"_s},
                                              {u"client_id"_s, u"tests"_s},
                                              {u"username"_s, config.username},
                                              {u"password"_s, config.password}});
                if (token.status() == 200 && token.object().contains(u"access_token"_s)) {
                    org.setAccessToken(token.object()[u"access_token"_s].toString());
                    break;
                }
            }
        }
    }
    EXPECT_TRUE(kinds.contains(u"401"_s));
    EXPECT_TRUE(kinds.contains(u"drop"_s));
    EXPECT_TRUE(kinds.contains(u"5xx"_s));
    EXPECT_TRUE(kinds.contains(u"malformed"_s));
    EXPECT_EQ(org.used(), before + answered);
}

TEST(SandboxRandomFaults, QueuedFaultCanTargetTheTokenEndpoint)
{
    OrgUnderTest org(tinyConfig());
    org.control(
        u"faults"_s,
        {{u"kind"_s, u"server_error"_s}, {u"status"_s, 503}, {u"path"_s, u"oauth2/token"_s}});
    const auto form = passwordForm(tinyConfig());
    // Other paths are not hit...
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
    EXPECT_EQ(
        org.org().handle(requestFor("POST", u"/services/oauth2/token"_s, form)).response.status,
        503);
    EXPECT_EQ(
        org.org().handle(requestFor("POST", u"/services/oauth2/token"_s, form)).response.status,
        200);
    org.control(u"faults"_s, {{u"kind"_s, u"drop"_s}, {u"path"_s, u"oauth2/token"_s}});
    EXPECT_TRUE(org.org().handle(requestFor("POST", u"/services/oauth2/token"_s, form)).drop);
}

TEST(SandboxRandomFaults, BadRatesAreRefused)
{
    OrgUnderTest org(tinyConfig());
    EXPECT_EQ(org.control(u"random-faults"_s, {{u"rate"_s, 1.5}}).status(), 400);
    EXPECT_EQ(org.control(u"random-faults"_s, {{u"rate"_s, u"often"_s}}).status(), 400);
    EXPECT_EQ(org.org().randomFaults().rate(), 0);
}

TEST(SandboxRandomFaults, RequestLogSaysWhichCallsTheMeterCountedAndWhose)
{
    // A test counts one client's calls as the org did from the log: a line is metered
    // exactly when the meter counted the call, which is when the answer carried
    // Sforce-Limit-Info (not a 5xx, a drop or an expired session; a truncated answer yes).
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SandboxConfig config = tinyConfig();
    config.faultRate = 0.5;
    config.faultSeed = 5;
    config.requestLogPath = dir.filePath(u"requests.jsonl"_s);
    OrgUnderTest org(config);
    const int before = org.used();
    int withUsageHeader = 0;
    for (int i = 0; i < 120; ++i) {
        ApiRequest request = requestFor("GET", OrgUnderTest::data(u"limits"_s));
        request.headers.insert("authorization", "Bearer " + org.accessToken().toLatin1());
        request.headers.insert("sforce-call-options", "client=SyncDesk");
        const SandboxOrg::Reply reply = org.org().handle(request);
        if (!reply.drop && !reply.response.header("Sforce-Limit-Info").isEmpty())
            ++withUsageHeader;
        if (reply.response.status == 401) {
            const auto token = org.token({{u"grant_type"_s, u"password"_s},
                                          {u"client_id"_s, u"tests"_s},
                                          {u"username"_s, config.username},
                                          {u"password"_s, config.password}});
            if (token.status() == 200 && token.object().contains(u"access_token"_s))
                org.setAccessToken(token.object()[u"access_token"_s].toString());
        }
    }
    QFile log(config.requestLogPath);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    int metered = 0;
    QSet<QString> meteredFaults;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        const bool data = line[u"path"_s].toString().startsWith(u"/services/data/"_s);
        // SyncDesk's calls are named; the token endpoint's here carry no call options.
        EXPECT_EQ(line[u"client"_s].toString(), data ? u"SyncDesk"_s : QString());
        if (line[u"metered"_s].toBool()) {
            ++metered;
            meteredFaults.insert(line[u"fault"_s].toString());
        }
    }
    EXPECT_GT(metered, 20);
    EXPECT_EQ(metered, org.used() - before);
    EXPECT_EQ(metered, withUsageHeader);
    EXPECT_EQ(meteredFaults, (QSet<QString>{QString(), u"malformed_json"_s}));
}
