#include "auth/org_sign_in.h"

#include "auth/token_revocation.h"
#include "secrets/secret_store.h"

#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// An authorization code lives 15 minutes; an admin who has not come back by
// then will not, and the loopback port should not stay open.
constexpr int kGiveUpAfterMs = 15 * 60 * 1000;
constexpr int kStateLength = 43;
} // namespace

OrgSignIn::OrgSignIn(QNetworkAccessManager *network, SecretStore *secrets, OpenBrowser openBrowser,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_openBrowser(std::move(openBrowser))
{
    m_giveUpTimer.setSingleShot(true);
    m_giveUpTimer.setInterval(kGiveUpAfterMs);
    connect(&m_giveUpTimer, &QTimer::timeout, this,
            [this] { fail(tr("The sign-in was not completed in the browser in time.")); });
}

OrgSignIn::~OrgSignIn()
{
    delete m_flow;
    delete m_replyHandler;
}

void OrgSignIn::start(const Request &request)
{
    cancel();
    if (request.consumerKey.trimmed().isEmpty()) {
        fail(tr("Enter the consumer key of the org's app for SyncDesk."));
        return;
    }
    auto *replyHandler = new LoopbackReplyHandler(request.redirectPort, this);
    if (!replyHandler->isListening()) {
        delete replyHandler;
        fail(tr("SyncDesk could not receive the sign-in on port %1 of this computer: is another "
                "program using it?")
                 .arg(request.redirectPort));
        return;
    }
    m_replyHandler = replyHandler;
    m_pkce = createPkcePair();
    // The state only has to be unguessable; a verifier-shaped string is, and
    // it survives URL encoding unchanged.
    m_state = QString::fromLatin1(createPkceVerifier(kStateLength));

    const QUrl login = request.loginHost.url();
    auto *flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow = flow;
    flow->setAuthorizationUrl(login.resolved(QUrl(u"/services/oauth2/authorize"_s)));
    flow->setAccessTokenUrl(login.resolved(QUrl(u"/services/oauth2/token"_s)));
    flow->setClientIdentifier(request.consumerKey.trimmed());
    flow->setScope(u"api refresh_token"_s);
    flow->setState(m_state);
    flow->setReplyHandler(replyHandler);
    flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            addPkceParameters(static_cast<int>(stage), parameters);
        });

    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        if (m_openBrowser)
            m_openBrowser(url);
    });
    // Connected after the flow's own handler, which in Qt 6.4 drops a callback
    // with the wrong state or an error without a word: this one says why.
    connect(replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &OrgSignIn::checkCallback);
    connect(replyHandler, &LoopbackReplyHandler::tokenRequestFailed, this,
            [this](const OAuthError &error) {
                fail(tr("The org refused the sign-in: %1").arg(error.message()));
            });
    connect(replyHandler, &LoopbackReplyHandler::tokensGranted, this, &OrgSignIn::keepRefreshToken);

    m_giveUpTimer.start();
    flow->grant();
}

void OrgSignIn::addPkceParameters(int stage, QMultiMap<QString, QVariant> *parameters) const
{
    switch (static_cast<QAbstractOAuth::Stage>(stage)) {
    case QAbstractOAuth::Stage::RequestingAuthorization:
        parameters->replace(u"code_challenge"_s, QString::fromLatin1(m_pkce.challenge));
        parameters->replace(u"code_challenge_method"_s, u"S256"_s);
        break;
    case QAbstractOAuth::Stage::RequestingAccessToken:
        parameters->replace(u"code_verifier"_s, QString::fromLatin1(m_pkce.verifier));
        break;
    default:
        break;
    }
}

void OrgSignIn::checkCallback(const QVariantMap &values)
{
    if (!isRunning())
        return;
    const QString error = values.value(u"error"_s).toString();
    if (!error.isEmpty()) {
        const QString description =
            QUrl::fromPercentEncoding(values.value(u"error_description"_s).toString().toUtf8());
        fail(tr("The org refused the sign-in: %1 %2").arg(error, description));
        return;
    }
    const QString state = QUrl::fromPercentEncoding(values.value(u"state"_s).toString().toUtf8());
    if (state != m_state) {
        fail(tr("A sign-in answer arrived that SyncDesk did not ask for (wrong state); it was "
                "refused. Please sign in again."));
    }
}

void OrgSignIn::keepRefreshToken(const OAuthTokens &tokens)
{
    if (!isRunning())
        return;
    if (tokens.refreshToken.isEmpty()) {
        fail(tr("The org granted no refresh token: add the refresh_token scope to its app for "
                "SyncDesk, then sign in again."));
        return;
    }
    const QString key = SecretStore::refreshTokenKey(tokens.orgId(), tokens.userId());
    QPointer<OrgSignIn> self(this);
    m_secrets->writeSecret(key, tokens.refreshToken, [self, tokens](const SecretResult &result) {
        if (!self)
            return;
        if (!result.ok()) {
            // Tokens nobody can find again must not stay valid at the org.
            revokeOAuthToken(self->m_network, tokens.instanceUrl, tokens.refreshToken,
                             self->m_network, [](const auto &) {});
            self->fail(result.message);
            return;
        }
        self->finish();
        Q_EMIT self->signedIn(tokens);
    });
}

void OrgSignIn::cancel()
{
    m_giveUpTimer.stop();
    if (m_flow)
        m_flow->deleteLater();
    if (m_replyHandler) {
        m_replyHandler->close();
        m_replyHandler->deleteLater();
    }
    m_flow = nullptr;
    m_replyHandler = nullptr;
}

void OrgSignIn::finish()
{
    cancel();
    m_pkce = {};
    m_state.clear();
}

void OrgSignIn::fail(const QString &reason)
{
    finish();
    Q_EMIT failed(reason);
}

quint16 OrgSignIn::listenPort() const
{
    return m_replyHandler ? m_replyHandler->port() : 0;
}

QUrl OrgSignIn::redirectUri() const
{
    return m_replyHandler ? m_replyHandler->redirectUri() : QUrl();
}

} // namespace syncdesk
