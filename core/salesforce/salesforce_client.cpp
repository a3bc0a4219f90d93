#include "salesforce/salesforce_client.h"

#include "salesforce/limit_info.h"
#include "salesforce/org_session.h"
#include "usage/api_call_record.h"

#include <QBuffer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHttpUnauthorized = 401;
const QString kTokenEndpoint = u"/services/oauth2/token"_s;

// Only the org refusing the grant itself (a revoked or expired refresh token, an inactive
// user or org: all `invalid_grant`), or having no refresh token at all, calls for a new
// sign-in. A 5xx, a dropped or timed-out connection or an unreadable answer from the token
// endpoint says nothing about the grant: those are transient.
bool refreshNeedsSignIn(const OAuthError &error)
{
    return error.error == u"invalid_grant"_s || error.error == OrgSession::kNoRefreshToken;
}

// An HTTP date ("Fri, 04 Dec 2026 15:56:00 GMT", RFC 9110), always in GMT.
QDateTime parseHttpDate(const QByteArray &header)
{
    QString text = QString::fromLatin1(header).trimmed();
    if (!text.endsWith(u" GMT"_s))
        return {};
    text.chop(4);
    QDateTime at = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss"_s);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

// Qt's HTTP/1 connections keep Nagle's algorithm on (QNetworkAccessManager has no option
// for it), and a body goes out in 16 KiB pieces read from the requesting thread. The last,
// short piece then waits until the org acknowledges the ones before it: a delayed ACK
// (40 ms on Linux) or a round trip on every composite call of 1,000 records, for nothing,
// since a request is complete only with it. Turning Nagle off on the connections to the
// org's host and port is what a client with its own sockets does (jsforce, through Node,
// does by default). The sockets are the network thread's: only an option is set on them.
void sendSmallSegmentsAtOnce(const QUrl &server)
{
#ifdef Q_OS_UNIX
    const int port = server.port(server.scheme() == u"http"_s ? 80 : 443);
    // File descriptors are small numbers; a process with more than this many open is not
    // one this runs in (and the worst outcome is a connection left as Qt made it).
    constexpr int kHighestDescriptor = 1'024;
    for (int fd = 0; fd < kHighestDescriptor; ++fd) {
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
            continue; // not a connected socket
        int peerPort = -1;
        if (peer.ss_family == AF_INET)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
        else if (peer.ss_family == AF_INET6)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
        int type = 0;
        socklen_t typeLength = sizeof type;
        if (peerPort != port || ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 ||
            type != SOCK_STREAM)
            continue;
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
#else
    Q_UNUSED(server);
#endif
}

// The size from which a body goes out in more than one piece (see above).
constexpr qsizetype kPiecedUploadBytes = 16 * 1024;

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

QString SalesforceClient::queryPath(const QString &soql, bool includeDeleted) const
{
    return resourcePath(includeDeleted ? u"queryAll/" : u"query/") + u"?q="_s +
           QString::fromLatin1(QUrl::toPercentEncoding(soql));
}

void SalesforceClient::onRefreshAttempted(int httpStatus)
{
    Q_EMIT callMade(kTokenEndpoint, CallCategory::Auth, httpStatus, std::nullopt, QString());
}

void SalesforceClient::send(Request request, AnswerCallback onAnswer, bool mayRefresh)
{
    // A first attempt (not the retry after a renewal) is pending until its callback is done.
    if (mayRefresh) {
        if (m_pending++ == 0)
            Q_EMIT callsPendingChanged(true);
        onAnswer = [self = QPointer<SalesforceClient>(this),
                    onAnswer = std::move(onAnswer)](const SalesforceResult<HttpAnswer> &result) {
            onAnswer(result);
            if (self && --self->m_pending == 0)
                Q_EMIT self->callsPendingChanged(false);
        };
    }
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
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    QNetworkAccessManager *network = m_session->network();
    // A kept-alive connection to the org exists from the first call on; a new one made for
    // this request is set at the next big one.
    if (request.body.size() > kPiecedUploadBytes)
        sendSmallSegmentsAtOnce(request.url);
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
    if (request.onUploaded && !request.body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this,
                [onUploaded = request.onUploaded](qint64 sent, qint64 total) {
                    if (total > 0 && sent == total)
                        onUploaded();
                });
    }
    if (request.onBodyBytes) {
        // Read as it arrives so the reply never buffers the whole file.
        connect(reply, &QNetworkReply::readyRead, this, [reply, onBytes = request.onBodyBytes] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                onBytes(reply->readAll());
        });
    }
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

    // The org's clock against ours, from its Date header (whole seconds): what compares a
    // local change's time with Salesforce's stamps.
    if (const QDateTime serverNow = parseHttpDate(reply->rawHeader("Date"));
        status != 0 && serverNow.isValid())
        m_serverClockOffsetMs = observedAt.msecsTo(serverNow);

    std::optional<ApiUsage> usage;
    if (const std::optional<LimitInfo> info = parseLimitInfo(reply->rawHeader("Sforce-Limit-Info")))
        usage = info->apiUsage;
    if (usage)
        Q_EMIT orgUsageObserved(*usage, observedAt);
    if (!self)
        return;
    QByteArray body = reply->readAll();
    if (request.onBodyBytes && status >= 200 && status < 300) {
        if (!body.isEmpty())
            request.onBodyBytes(body);
        body.clear();
    }
    // A call that timed out reached the org, which counted it (and may have done the work):
    // the ledger keeps it as counted, unlike a refused or dropped connection.
    const bool timedOut = status == 0 && (reply->error() == QNetworkReply::OperationCanceledError ||
                                          reply->error() == QNetworkReply::TimeoutError);
    const QString errorCode = status >= 400 ? parseSalesforceErrorResponse(status, body).code
                              : timedOut    ? kTimedOutErrorCode.toString()
                                            : QString();
    Q_EMIT callMade(request.url.path(), request.category, status, usage, errorCode);
    if (!self)
        return;

    if (status == 0) {
        onAnswer(SalesforceError::transient(
            timedOut ? u"The org did not answer within %1 s."_s.arg(m_timeout.count() / 1000.0)
                     : u"The org could not be reached: "_s + reply->errorString()));
        return;
    }
    if (status == kHttpUnauthorized) {
        if (!m_session) {
            onAnswer(SalesforceError::auth(u"INVALID_SESSION_ID"_s,
                                           u"There is no connection to an org."_s, status));
            return;
        }
        if (!mayRefresh) {
            // The session was renewed a moment ago and ended again (the org's sessions were
            // reset, say): the grant still stands, so a later attempt renews once more.
            onAnswer(SalesforceError::transient(
                u"The org refused the renewed session as well; retrying later."_s, status));
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
            if (refreshNeedsSignIn(why)) {
                onAnswer(SalesforceError::auth(
                    why.error,
                    u"The org's session ended and could not be renewed; sign in again. "_s +
                        why.description,
                    why.httpStatus));
                return;
            }
            // The token endpoint failed, not the grant: a later renewal may well work.
            onAnswer(SalesforceError::transient(
                u"The org's session ended and the token endpoint could not renew it now ("_s +
                    (why.error.isEmpty() ? u"no answer"_s : why.message()) +
                    u"); retrying later."_s,
                why.httpStatus));
        });
        return;
    }
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.lastModified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
    answer.headers = reply->rawHeaderPairs();
    onAnswer(answer);
}

} // namespace syncdesk
