// Against the real syncdesk-sandbox binary: the client's OAuth and /limits code
// meets an independent implementation of Salesforce's formats.
#include "salesforce/limits_poller.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/sandbox_sign_in.h"
#include "sandbox/sandbox_org_process.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace syncdesk;

namespace {

constexpr int kWaitMs = 15'000;

SandboxOrgProcess::Options sandboxOptions(bool lively = false)
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = lively;
    return options;
}

// A stand-in sandbox written as a shell script, for the ways a start goes wrong.
QString writeScript(const QTemporaryDir &dir, const char *body)
{
    const QString path = dir.filePath(QStringLiteral("fake-sandbox"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray("#!/bin/sh\n") + body + '\n');
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QString failureOf(SandboxOrgProcess::Options options)
{
    SandboxOrgProcess process(std::move(options));
    QSignalSpy failed(&process, &SandboxOrgProcess::failed);
    QSignalSpy started(&process, &SandboxOrgProcess::started);
    process.start();
    if (failed.isEmpty())
        failed.wait(kWaitMs);
    EXPECT_TRUE(started.isEmpty());
    return failed.isEmpty() ? QString() : failed.first().first().toString();
}

} // namespace

TEST(SandboxOrgProcess, ReportsAMissingProgram)
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral("/nonexistent/syncdesk-sandbox");
    EXPECT_TRUE(failureOf(options).contains(QStringLiteral("not found")));
}

TEST(SandboxOrgProcess, ReportsAnEarlyExitWithItsStderr)
{
    QTemporaryDir dir;
    SandboxOrgProcess::Options options;
    options.program = writeScript(dir, "echo 'port already taken' >&2; exit 3");
    const QString reason = failureOf(options);
    EXPECT_TRUE(reason.contains(QStringLiteral("code 3"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("port already taken"))) << reason.toStdString();
}

TEST(SandboxOrgProcess, ReportsAFirstLineThatIsNoAddress)
{
    QTemporaryDir dir;
    SandboxOrgProcess::Options options;
    options.program = writeScript(dir, "echo 'hello'; sleep 30");
    EXPECT_TRUE(failureOf(options).contains(QStringLiteral("\"hello\"")));
}

TEST(SandboxOrgProcess, GivesUpWhenNoAddressComes)
{
    QTemporaryDir dir;
    SandboxOrgProcess::Options options;
    options.program = writeScript(dir, "sleep 30");
    options.startTimeoutMs = 300;
    EXPECT_TRUE(failureOf(options).contains(QStringLiteral("did not report")));
}

TEST(SandboxOrgProcess, PassesTheContractArguments)
{
    QTemporaryDir dir;
    SandboxOrgProcess::Options options;
    options.program =
        writeScript(dir, "echo \"http://127.0.0.1:1/$(echo \"$*\" | tr ' ' '+')\"; read line");
    options.simulateLivelyOrg = true;
    SandboxOrgProcess process(options);
    QSignalSpy started(&process, &SandboxOrgProcess::started);
    process.start();
    ASSERT_TRUE(started.wait(kWaitMs));
    EXPECT_EQ(started.first().first().toUrl().path(),
              QStringLiteral("/--port+0+--exit-with-stdin+--simulate+lively"));
    process.stop();
    EXPECT_FALSE(process.isRunning());
}

TEST(SandboxOrg, StartsSignsInWithPkceAndReadsLimits)
{
    SandboxOrgProcess process(sandboxOptions());
    QSignalSpy started(&process, &SandboxOrgProcess::started);
    QSignalSpy failed(&process, &SandboxOrgProcess::failed);
    process.start();
    ASSERT_TRUE(started.wait(kWaitMs))
        << (failed.isEmpty() ? "no answer" : failed.first().first().toString().toStdString());
    const QUrl baseUrl = started.first().first().toUrl();
    EXPECT_EQ(baseUrl.host(), QStringLiteral("127.0.0.1"));

    QNetworkAccessManager network;
    OAuthTokenClient tokenClient(&network, {baseUrl, OAuthClientConfig::desktopClientId(),
                                            OAuthClientConfig::loopbackRedirectUri()});
    SandboxSignIn signIn(&network, &tokenClient);
    QSignalSpy signedIn(&signIn, &SandboxSignIn::signedIn);
    QSignalSpy signInFailed(&signIn, &SandboxSignIn::failed);
    signIn.start();
    ASSERT_TRUE(signedIn.wait(kWaitMs))
        << (signInFailed.isEmpty() ? "no answer"
                                   : signInFailed.first().first().toString().toStdString());
    const auto tokens = signedIn.first().first().value<OAuthTokens>();
    EXPECT_FALSE(tokens.accessToken.isEmpty());
    EXPECT_FALSE(tokens.refreshToken.isEmpty());
    EXPECT_TRUE(tokens.instanceUrl.isValid());

    OrgSession session(&network, &tokenClient, tokens);
    LimitsPoller poller(&session);
    QSignalSpy usage(&poller, &LimitsPoller::usageRead);
    QSignalSpy pollFailed(&poller, &LimitsPoller::pollFailed);
    poller.pollNow();
    // The body's reading, then the header's.
    while (usage.size() < 2 && pollFailed.isEmpty() && usage.wait(kWaitMs)) {
    }
    ASSERT_TRUE(pollFailed.isEmpty()) << pollFailed.first().first().toString().toStdString();
    ASSERT_EQ(usage.size(), 2);
    const auto fromBody = usage.at(0).at(0).value<ApiUsage>();
    const auto fromHeader = usage.at(1).at(0).value<ApiUsage>();
    EXPECT_EQ(usage.at(0).at(1).value<UsageSource>(), UsageSource::LimitsResource);
    EXPECT_EQ(usage.at(1).at(1).value<UsageSource>(), UsageSource::LimitInfoHeader);
    EXPECT_GT(fromBody.max, 0);
    EXPECT_EQ(fromHeader.max, fromBody.max);
    EXPECT_GE(fromBody.used, 1); // the /limits call itself counts
    EXPECT_LE(fromBody.used, fromHeader.used);
}

TEST(SandboxOrg, RefusesACodeExchangedWithTheWrongVerifier)
{
    SandboxOrgProcess process(sandboxOptions());
    QSignalSpy started(&process, &SandboxOrgProcess::started);
    process.start();
    ASSERT_TRUE(started.wait(kWaitMs));
    const QUrl baseUrl = started.first().first().toUrl();

    QNetworkAccessManager network;
    OAuthTokenClient tokenClient(&network, {baseUrl, OAuthClientConfig::desktopClientId(),
                                            OAuthClientConfig::loopbackRedirectUri()});
    std::optional<OAuthTokenResult> result;
    tokenClient.exchangeAuthorizationCode("not-a-real-code", createPkceVerifier(),
                                          [&](const OAuthTokenResult &r) { result = r; });
    QSignalSpy never(&process, &SandboxOrgProcess::stopped);
    for (int i = 0; i < 100 && !result; ++i)
        never.wait(100);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(std::holds_alternative<OAuthError>(*result));
    EXPECT_EQ(std::get<OAuthError>(*result).error, QStringLiteral("invalid_grant"));
    EXPECT_EQ(std::get<OAuthError>(*result).httpStatus, 400);
}

TEST(SandboxOrg, PollerRefreshesAnExpiredSessionOnceAndRetries)
{
    SandboxOrgProcess process(sandboxOptions());
    QSignalSpy started(&process, &SandboxOrgProcess::started);
    process.start();
    ASSERT_TRUE(started.wait(kWaitMs));

    QNetworkAccessManager network;
    OAuthTokenClient tokenClient(&network, {started.first().first().toUrl(),
                                            OAuthClientConfig::desktopClientId(),
                                            OAuthClientConfig::loopbackRedirectUri()});
    SandboxSignIn signIn(&network, &tokenClient);
    QSignalSpy signedIn(&signIn, &SandboxSignIn::signedIn);
    signIn.start();
    ASSERT_TRUE(signedIn.wait(kWaitMs));

    OrgSession session(&network, &tokenClient, signedIn.first().first().value<OAuthTokens>());
    QSignalSpy refreshed(&session, &OrgSession::accessTokenRefreshed);
    LimitsPoller poller(&session);
    QSignalSpy usage(&poller, &LimitsPoller::usageRead);
    QSignalSpy pollFailed(&poller, &LimitsPoller::pollFailed);

    // End the session through the sandbox's test control, as a timeout would.
    QNetworkRequest expire(
        started.first().first().toUrl().resolved(QUrl(QStringLiteral("/_sandbox/sessions"))));
    expire.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *expired = network.post(expire, QByteArrayLiteral(R"({"expireAll":true})"));
    QSignalSpy expiredDone(expired, &QNetworkReply::finished);
    ASSERT_TRUE(expiredDone.wait(kWaitMs));
    ASSERT_EQ(expired->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    expired->deleteLater();
    poller.pollNow();
    while (pollFailed.isEmpty() && usage.wait(kWaitMs)) {
        const bool readBody =
            std::any_of(usage.cbegin(), usage.cend(), [](const QList<QVariant> &s) {
                return s.at(1).value<UsageSource>() == UsageSource::LimitsResource;
            });
        if (readBody)
            break;
    }
    ASSERT_TRUE(pollFailed.isEmpty()) << pollFailed.first().first().toString().toStdString();
    EXPECT_EQ(refreshed.size(), 1);
    EXPECT_TRUE(std::any_of(usage.cbegin(), usage.cend(), [](const QList<QVariant> &s) {
        return s.at(1).value<UsageSource>() == UsageSource::LimitsResource;
    }));
}
