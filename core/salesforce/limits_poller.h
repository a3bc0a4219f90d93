#pragma once

#include "usage/api_usage.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QNetworkReply;

namespace syncdesk {

class OrgSession;

// Where a usage reading came from: the /limits body is authoritative, the
// `Sforce-Limit-Info` header comes free with every answer.
enum class UsageSource
{
    LimitsResource,
    LimitInfoHeader,
};

// Reads the org's daily API usage from GET /limits at a fixed interval. Each
// poll spends one API call, so the interval is the admin's to choose.
class LimitsPoller : public QObject
{
    Q_OBJECT

public:
    explicit LimitsPoller(OrgSession *session, QObject *parent = nullptr);
    ~LimitsPoller() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    // Polls now, then at every interval.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // One poll, outside the schedule; ignored while a poll is in flight.
    void pollNow();

Q_SIGNALS:
    void usageRead(const syncdesk::ApiUsage &usage, syncdesk::UsageSource source,
                   const QDateTime &readAt);
    void pollFailed(const QString &message);

private:
    void sendRequest(bool mayRefresh);
    void handleReply(QNetworkReply *reply, bool mayRefresh);

    QPointer<OrgSession> m_session;
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight;
    bool m_refreshing = false;
};

} // namespace syncdesk
