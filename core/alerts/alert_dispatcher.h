#pragma once

#include "alerts/alert_level.h"
#include "alerts/alert_policy.h"
#include "alerts/smtp_mailer.h"
#include "usage/api_usage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace syncdesk {

class SecretStore;
struct AlertRecord;

// Turns usage figures the engine already has into alert emails: the policy decides, the
// alert is written to the alerts table before the first try (so a restart loses nothing
// due), the mailer sends on its own thread, and a failed send is retried with backoff
// (1, 2, 4 … minutes, capped at an hour) with its error kept.
//
// Lives on one thread (the engine's or the GUI's: create it there, or move it before its
// first use) and opens that thread's connection to the store; never blocks it.
class AlertDispatcher : public QObject
{
    Q_OBJECT

public:
    struct Backoff
    {
        std::chrono::milliseconds first{std::chrono::minutes(1)};
        std::chrono::milliseconds cap{std::chrono::hours(1)};
    };

    // Takes ownership of neither; `secrets` must outlive the dispatcher.
    AlertDispatcher(const QString &databasePath, SecretStore *secrets, QObject *parent = nullptr);
    ~AlertDispatcher() override;

    void setOrgName(const QString &orgName) { m_orgName = orgName; }
    void setBackoff(Backoff backoff) { m_backoff = backoff; }
    // CAs to trust for the SMTP server instead of the system's (a company CA, a test).
    void setSmtpCaFile(const QString &caFile) { m_caFile = caFile; }

    // The wait after `attempts` failed tries: first · 2^(attempts−1), at most cap.
    static std::chrono::milliseconds retryDelay(int attempts, Backoff backoff);

public Q_SLOTS:
    // Connect to SalesforceClient::orgUsageObserved (and the ledger's /limits readings).
    void observeUsage(const syncdesk::ApiUsage &usage, const QDateTime &observedAt);
    // The threshold or the alert levels changed in the settings: re-read them.
    void thresholdChanged();
    // At start-up: sends what was due, and schedules the rest.
    void resumePending();
    void sendTestEmail(const QString &recipient);

Q_SIGNALS:
    void alertDelivered(qint64 alertId, const QString &recipient, const QString &subject);
    void alertFailed(qint64 alertId, const QString &error);
    void testEmailFinished(bool ok, const QString &message);

private:
    struct Outgoing
    {
        qint64 alertId = 0; // 0: a test email, not kept
        EmailMessage message;
    };

    QSqlDatabase database() const;
    AlertPolicy &policy();
    void saveDisarmed();
    void raise(const AlertTrigger &trigger);
    void attempt(qint64 alertId);
    void deliver(const Outgoing &outgoing);
    void settle(quint64 ticket, bool ok, const QString &error);
    void fail(qint64 alertId, const QString &error);
    void scheduleRetries();

    QString m_databasePath;
    mutable QSqlDatabase m_db; // the connection of the thread the dispatcher lives on
    SecretStore *m_secrets;
    QString m_orgName;
    QString m_caFile;
    Backoff m_backoff;
    std::optional<AlertPolicy> m_policy;
    SmtpMailer m_mailer;
    QTimer m_retryTimer;
    QHash<quint64, qint64> m_ticketToAlert;
    QSet<qint64> m_inFlight;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace syncdesk
