#include "salesforce/limits_poller.h"

#include "salesforce/limit_info.h"
#include "salesforce/org_limits.h"
#include "salesforce/org_session.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::chrono::seconds kDefaultInterval{60};
constexpr int kHttpUnauthorized = 401;
} // namespace

LimitsPoller::LimitsPoller(OrgSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &LimitsPoller::pollNow);
}

LimitsPoller::~LimitsPoller()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void LimitsPoller::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds LimitsPoller::interval() const
{
    return m_timer.intervalAsDuration();
}

void LimitsPoller::start()
{
    m_timer.start();
    pollNow();
}

void LimitsPoller::stop()
{
    m_timer.stop();
}

void LimitsPoller::pollNow()
{
    if (m_inFlight || m_refreshing)
        return;
    sendRequest(true);
}

void LimitsPoller::sendRequest(bool mayRefresh)
{
    if (!m_session) {
        Q_EMIT pollFailed(u"There is no connection to an org."_s);
        return;
    }
    const QNetworkRequest request = m_session->authorizedRequest(m_session->restUrl(u"limits"));
    QNetworkReply *reply = m_session->network()->get(request);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, mayRefresh] { handleReply(reply, mayRefresh); });
}

void LimitsPoller::handleReply(QNetworkReply *reply, bool mayRefresh)
{
    // A receiver may destroy the poller from inside a signal.
    const QPointer<LimitsPoller> self(this);
    reply->deleteLater();
    m_inFlight = nullptr;
    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    // The header counts this very call, so it is worth reading even on an error
    // answer; it goes out after the body's reading because it is the more current.
    const std::optional<LimitInfo> headerInfo =
        parseLimitInfo(reply->rawHeader("Sforce-Limit-Info"));
    const auto emitHeaderUsage = qScopeGuard([&] {
        if (headerInfo && self)
            Q_EMIT usageRead(headerInfo->apiUsage, UsageSource::LimitInfoHeader, readAt);
    });

    if (status == kHttpUnauthorized && mayRefresh && m_session) {
        m_refreshing = true;
        m_session->refreshAccessToken([self](bool refreshed) {
            if (!self)
                return;
            self->m_refreshing = false;
            if (refreshed)
                self->sendRequest(false);
            else
                Q_EMIT self->pollFailed(
                    u"The org refused SyncDesk's session and it could not be renewed. "
                    "Sign in again."_s);
        });
        return;
    }
    if (status == 0) {
        if (reply->error() != QNetworkReply::OperationCanceledError)
            Q_EMIT pollFailed(u"The org could not be reached: "_s + reply->errorString());
        return;
    }
    const QByteArray body = reply->readAll();
    if (status != 200) {
        Q_EMIT pollFailed(u"The org answered /limits with HTTP %1: %2"_s.arg(status).arg(
            QString::fromUtf8(body.left(300))));
        return;
    }
    const std::variant<OrgLimits, QString> limits = parseOrgLimits(body);
    if (const QString *why = std::get_if<QString>(&limits)) {
        Q_EMIT pollFailed(u"The org's /limits answer could not be read: "_s + *why);
        return;
    }
    Q_EMIT usageRead(*std::get<OrgLimits>(limits).dailyApiRequests(), UsageSource::LimitsResource,
                     readAt);
}

} // namespace syncdesk
