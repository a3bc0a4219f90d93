// Tokens never reach the logs: a whole sign-in, API call, refresh and sign-out
// run with every logging category on, and the captured output is searched.
#include "auth/org_sign_out.h"
#include "salesforce/oauth_token_client.h"
#include "sandbox_sign_in_run.h"
#include "secret_scan.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QTest>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QMutex capturedLock;
QByteArray captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedLock);
    captured +=
        QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

// Turns every category's every level on, whatever QT_LOGGING_RULES says, so
// a debug line that printed a token would be caught.
void enableEveryCategory(QLoggingCategory *category)
{
    for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(type, true);
}

class CaptureLogs
{
public:
    CaptureLogs()
        : m_previousHandler(qInstallMessageHandler(captureMessage))
        , m_previousFilter(QLoggingCategory::installFilter(enableEveryCategory))
    {
        const QMutexLocker lock(&capturedLock);
        captured.clear();
    }
    ~CaptureLogs()
    {
        QLoggingCategory::installFilter(m_previousFilter);
        qInstallMessageHandler(m_previousHandler);
    }

private:
    QtMessageHandler m_previousHandler;
    QLoggingCategory::CategoryFilter m_previousFilter;
};

} // namespace

TEST(SecretScan, FindsATokenInTheShapesItWouldBeLoggedIn)
{
    OAuthTokens tokens;
    tokens.accessToken = "00D5g000004ABCD!AQ4AQFakeAccess/Token+Value"_ba;
    tokens.refreshToken = "5Aep861FakeRefreshToken"_ba;
    EXPECT_FALSE(containsSecret("nothing secret here"_ba, tokens));
    EXPECT_TRUE(containsSecret("Authorization: Bearer " + tokens.accessToken, tokens));
    EXPECT_TRUE(containsSecret(
        "token=" + QUrl::toPercentEncoding(QString::fromLatin1(tokens.accessToken)), tokens));
    EXPECT_TRUE(containsSecret(
        R"({"access_token":"00D5g000004ABCD!AQ4AQFakeAccess\/Token+Value"})"_ba, tokens));
    EXPECT_TRUE(containsSecret("refresh " + tokens.refreshToken + " end", tokens));
}

TEST(SecretScan, NoTokenInTheLogsOfAWholeSignInRefreshAndSignOut)
{
    CaptureLogs capture;
    qDebug("log capture is on"); // proves the handler sees debug lines

    SandboxSignInRun run;
    ASSERT_TRUE(run.startSandbox());
    QString failure;
    const auto tokens = run.run(&failure);
    ASSERT_TRUE(tokens.has_value()) << failure.toStdString();

    // An API call, and a refresh, as a session would make.
    QNetworkRequest request(tokens->instanceUrl.resolved(QUrl(u"/services/data/v62.0/limits"_s)));
    request.setRawHeader("Authorization", "Bearer " + tokens->accessToken);
    QNetworkReply *reply = run.network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(kWaitMs));
    reply->deleteLater();

    OAuthTokenClient tokenClient(&run.network, {run.sandbox.baseUrl(), u"SyncDeskDesktop"_s, {}});
    std::optional<OAuthTokenResult> refreshed;
    tokenClient.refreshAccessToken(tokens->refreshToken,
                                   [&](const OAuthTokenResult &result) { refreshed = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.has_value(); }, kWaitMs));
    const auto *fresh = std::get_if<OAuthTokens>(&*refreshed);
    ASSERT_NE(fresh, nullptr);

    OrgSignOut signOut(&run.network, &run.secrets);
    bool signedOut = false;
    signOut.signOut(*tokens, [&](const SignOutResult &) { signedOut = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return signedOut; }, kWaitMs));

    const QMutexLocker lock(&capturedLock);
    ASSERT_TRUE(captured.contains("log capture is on"));
    // EXPECT_TRUE on a bool: a failure must not print the token it found.
    EXPECT_FALSE(containsSecret(captured, *tokens)) << "a token of the sign-in is in the logs";
    EXPECT_FALSE(containsSecret(captured, *fresh)) << "the refreshed token is in the logs";
}
