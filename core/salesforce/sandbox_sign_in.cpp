#include "salesforce/sandbox_sign_in.h"

#include "salesforce/oauth_token_client.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kAuthorizeTimeoutMs = 30'000;
constexpr int kStateLength = 43;
} // namespace

SandboxSignIn::SandboxSignIn(QNetworkAccessManager *network, OAuthTokenClient *tokenClient,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenClient(tokenClient)
{}

SandboxSignIn::~SandboxSignIn()
{
    if (m_authorizeReply)
        m_authorizeReply->abort();
}

QUrl SandboxSignIn::authorizeUrl(const OAuthClientConfig &config, const QByteArray &codeChallenge,
                                 const QString &state)
{
    QUrl url = config.authorizeUrl();
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, config.clientId);
    query.addQueryItem(u"redirect_uri"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(config.redirectUri.toString())));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(codeChallenge));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"scope"_s, u"api%20refresh_token"_s);
    query.addQueryItem(u"state"_s, state);
    url.setQuery(query);
    return url;
}

void SandboxSignIn::start()
{
    m_pkce = createPkcePair();
    // The state only has to be unguessable; a verifier-shaped random string is.
    m_state = QString::fromLatin1(createPkceVerifier(kStateLength));

    QNetworkRequest request(authorizeUrl(m_tokenClient->config(), m_pkce.challenge, m_state));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kAuthorizeTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_authorizeReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleAuthorizeReply(reply); });
}

void SandboxSignIn::handleAuthorizeReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_authorizeReply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        if (reply->error() != QNetworkReply::OperationCanceledError)
            fail(tr("The org's sign-in page could not be reached: %1").arg(reply->errorString()));
        return;
    }
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (status < 300 || status >= 400 || !location.isValid()) {
        fail(tr("The org did not approve the sign-in (HTTP %1 without a redirect).").arg(status));
        return;
    }
    const QUrlQuery answer(location);
    if (answer.hasQueryItem(u"error"_s)) {
        fail(tr("The org refused the sign-in: %1 %2")
                 .arg(answer.queryItemValue(u"error"_s, QUrl::FullyDecoded),
                      answer.queryItemValue(u"error_description"_s, QUrl::FullyDecoded)));
        return;
    }
    // A redirect carrying another state was not caused by our request.
    if (answer.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state) {
        fail(tr("The org's answer to the sign-in did not carry SyncDesk's state; it was ignored."));
        return;
    }
    const QByteArray code = answer.queryItemValue(u"code"_s, QUrl::FullyDecoded).toUtf8();
    if (code.isEmpty()) {
        fail(tr("The org's answer to the sign-in carried no authorization code."));
        return;
    }

    QPointer<SandboxSignIn> self(this);
    m_tokenClient->exchangeAuthorizationCode(
        code, m_pkce.verifier, [self](const OAuthTokenResult &result) {
            if (!self)
                return;
            if (const OAuthError *error = std::get_if<OAuthError>(&result)) {
                self->fail(tr("The org refused the authorization code: %1").arg(error->message()));
                return;
            }
            Q_EMIT self->signedIn(std::get<OAuthTokens>(result));
        });
}

void SandboxSignIn::fail(const QString &reason)
{
    Q_EMIT failed(reason);
}

} // namespace syncdesk
