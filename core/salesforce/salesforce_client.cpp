#include "salesforce/salesforce_client.h"

#include "salesforce/limit_info.h"
#include "salesforce/org_session.h"

#include <QBuffer>
#include <QNetworkAccessManager>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHttpUnauthorized = 401;
const QString kTokenEndpoint = u"/services/oauth2/token"_s;

} // namespace

SalesforceClient::SalesforceClient(OrgSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // A renewal is a call to the token endpoint: the ledger records it as auth.
    connect(session, &OrgSession::accessTokenRefreshed, this, [this] {
        m_lastRefreshError.reset();
        onRefreshAttempted(200);
    });
    connect(session, &OrgSession::refreshFailed, this, [this](const OAuthError &error) {
        m_lastRefreshError = error;
        if (error.httpStatus != 0)
            onRefreshAttempted(error.httpStatus);
    });
}

SalesforceClient::~SalesforceClient()
{
    // Callbacks must not run into a destroyed owner: cut them off before aborting.
    const QSet<QNetworkReply *> inFlight = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : inFlight) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString SalesforceClient::resourcePath(QStringView resource) const
{
    return u"/services/data/"_s + OrgSession::kApiVersion + u'/' + resource;
}

void SalesforceClient::onRefreshAttempted(int httpStatus)
{
    Q_EMIT callMade(kTokenEndpoint, CallCategory::Auth, httpStatus, std::nullopt, QString());
}

void SalesforceClient::send(Request request, AnswerCallback onAnswer, bool mayRefresh)
{
    if (!m_session) {
        deliverLater<HttpAnswer>(
            std::move(onAnswer),
            SalesforceError::auth(u"no_session"_s, u"There is no connection to an org."_s));
        return;
    }
    QNetworkRequest networkRequest = m_session->authorizedRequest(request.url);
    networkRequest.setTransferTimeout(int(m_timeout.count()));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));

    QNetworkAccessManager *network = m_session->network();
    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = network->get(networkRequest);
    else if (request.method == "POST")
        reply = network->post(networkRequest, request.body);
    else if (request.body.isEmpty())
        reply = network->sendCustomRequest(networkRequest, request.method);
    else
        reply = network->sendCustomRequest(networkRequest, request.method, request.body);
    m_inFlight.insert(reply);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, request = std::move(request), mayRefresh, onAnswer = std::move(onAnswer)] {
            handleReply(reply, request, mayRefresh, onAnswer);
        });
}

void SalesforceClient::handleReply(QNetworkReply *reply, const Request &request, bool mayRefresh,
                                   const AnswerCallback &onAnswer)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const QPointer<SalesforceClient> self(this);
    const QDateTime observedAt = QDateTime::currentDateTimeUtc();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    std::optional<ApiUsage> usage;
    if (const std::optional<LimitInfo> info = parseLimitInfo(reply->rawHeader("Sforce-Limit-Info")))
        usage = info->apiUsage;
    if (usage)
        Q_EMIT orgUsageObserved(*usage, observedAt);
    if (!self)
        return;
    const QByteArray body = reply->readAll();
    const QString errorCode =
        status >= 400 ? parseSalesforceErrorResponse(status, body).code : QString();
    Q_EMIT callMade(request.url.path(), request.category, status, usage, errorCode);
    if (!self)
        return;

    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        onAnswer(SalesforceError::transient(
            timedOut ? u"The org did not answer within %1 s."_s.arg(m_timeout.count() / 1000.0)
                     : u"The org could not be reached: "_s + reply->errorString()));
        return;
    }
    if (status == kHttpUnauthorized) {
        if (!mayRefresh || !m_session) {
            onAnswer(SalesforceError::auth(
                u"INVALID_SESSION_ID"_s,
                u"The org refused the renewed session as well; sign in again."_s, status));
            return;
        }
        m_session->refreshAccessToken([self, request, onAnswer](bool refreshed) {
            if (!self)
                return;
            if (refreshed) {
                self->send(request, onAnswer, false);
                return;
            }
            const OAuthError why = self->m_lastRefreshError.value_or(OAuthError{});
            onAnswer(SalesforceError::auth(
                why.error.isEmpty() ? u"refresh_failed"_s : why.error,
                u"The org's session ended and could not be renewed; sign in again. "_s +
                    why.description,
                why.httpStatus));
        });
        return;
    }
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.lastModified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
    onAnswer(answer);
}

} // namespace syncdesk
