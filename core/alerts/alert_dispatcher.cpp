#include "alerts/alert_dispatcher.h"

#include "alerts/alert_email.h"
#include "alerts/alert_facts.h"
#include "secrets/secret_store.h"
#include "store/alert_store.h"
#include "store/database.h"
#include "store/settings_store.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
Q_LOGGING_CATEGORY(lcAlerts, "syncdesk.alerts")
} // namespace

AlertDispatcher::AlertDispatcher(const QString &databasePath, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_secrets(secrets)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AlertDispatcher::scheduleRetries);
    connect(&m_mailer, &SmtpMailer::finished, this, &AlertDispatcher::settle);
}

AlertDispatcher::~AlertDispatcher()
{
    *m_alive = false;
}

std::chrono::milliseconds AlertDispatcher::retryDelay(int attempts, Backoff backoff)
{
    std::chrono::milliseconds delay = backoff.first;
    for (int i = 1; i < attempts && delay < backoff.cap; ++i)
        delay *= 2;
    return std::min(delay, backoff.cap);
}

QSqlDatabase AlertDispatcher::database() const
{
    // Usage arrives with every API answer: open this thread's connection once, not per call.
    if (!m_db.isOpen())
        m_db = Database::forThisThread(m_databasePath).db;
    return m_db;
}

AlertPolicy &AlertDispatcher::policy()
{
    if (!m_policy) {
        const SettingsStore settings(database());
        m_policy.emplace(AlertPolicyConfig::fromSettings(settings),
                         settings.value(SettingKeys::AlertDisarmedLevels));
    }
    return *m_policy;
}

void AlertDispatcher::saveDisarmed()
{
    SettingsStore settings(database());
    const QString disarmed = policy().disarmedLevels();
    if (settings.value(SettingKeys::AlertDisarmedLevels) != disarmed)
        settings.setValue(SettingKeys::AlertDisarmedLevels, disarmed);
}

void AlertDispatcher::observeUsage(const ApiUsage &usage, const QDateTime &observedAt)
{
    const UsageSample sample{.at = observedAt, .used = usage.used, .max = usage.max};
    const QList<AlertTrigger> triggers = policy().observe(sample);
    saveDisarmed();
    for (const AlertTrigger &trigger : triggers)
        raise(trigger);
}

void AlertDispatcher::thresholdChanged()
{
    policy().setConfig(AlertPolicyConfig::fromSettings(SettingsStore(database())));
    saveDisarmed();
}

void AlertDispatcher::raise(const AlertTrigger &trigger)
{
    QSqlDatabase db = database();
    AlertStore alerts(db);
    const QString crossing = trigger.crossingId();
    if (alerts.deliveredForCrossing(crossing))
        return;
    const AlertEmail email = AlertEmail::compose(AlertFacts::collect(db, trigger, m_orgName));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<qint64> id = alerts.add(AlertRecord{
        .sentAt = now,
        .kind = alertKindName(trigger.level),
        .level = alertLevelName(trigger.level),
        .recipient = SettingsStore(db).value(SettingKeys::AlertContact),
        .subject = email.subject,
        .crossingId = crossing,
        .attempts = 0,
        .nextTryAt = now,
        .bodyText = email.text,
        .bodyHtml = email.html,
    });
    if (!id) {
        qCWarning(lcAlerts) << "Could not record an alert:" << alerts.lastError();
        return;
    }
    attempt(*id);
}

void AlertDispatcher::resumePending()
{
    scheduleRetries();
}

void AlertDispatcher::scheduleRetries()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<QDateTime> soonest;
    for (const AlertRecord &alert : AlertStore(database()).pending()) {
        if (m_inFlight.contains(alert.id))
            continue;
        if (alert.nextTryAt <= now)
            attempt(alert.id);
        else if (!soonest || alert.nextTryAt < *soonest)
            soonest = alert.nextTryAt;
    }
    if (soonest)
        m_retryTimer.start(std::max<qint64>(0, now.msecsTo(*soonest)));
}

void AlertDispatcher::attempt(qint64 alertId)
{
    const std::optional<AlertRecord> alert = AlertStore(database()).find(alertId);
    if (!alert || alert->delivered || m_inFlight.contains(alertId))
        return;
    m_inFlight.insert(alertId);
    deliver(Outgoing{alertId, EmailMessage{.to = alert->recipient,
                                           .subject = alert->subject,
                                           .text = alert->bodyText,
                                           .html = alert->bodyHtml}});
}

void AlertDispatcher::sendTestEmail(const QString &recipient)
{
    const AlertEmail email = AlertEmail::testMessage(m_orgName);
    deliver(Outgoing{
        0, EmailMessage{
               .to = recipient, .subject = email.subject, .text = email.text, .html = email.html}});
}

void AlertDispatcher::deliver(const Outgoing &outgoing)
{
    SmtpSettings smtp = SmtpSettings::fromSettings(SettingsStore(database()));
    smtp.caFile = m_caFile;
    Outgoing message = outgoing;
    message.message.from = smtp.from;
    const auto send = [this](const SmtpSettings &settings, const Outgoing &out) {
        m_ticketToAlert.insert(m_mailer.send(settings, out.message), out.alertId);
    };
    if (message.message.to.isEmpty()) {
        if (message.alertId != 0)
            fail(message.alertId, tr("No alert contact is set."));
        else
            Q_EMIT testEmailFinished(false, tr("No recipient was given."));
        return;
    }
    if (smtp.user.isEmpty() || !m_secrets) {
        send(smtp, message);
        return;
    }
    // The password is read for this send only and goes no further than curl.
    std::weak_ptr<bool> alive = m_alive;
    m_secrets->readSecret(SmtpSettings::passwordKey(smtp.host, smtp.user),
                          [this, alive, smtp, message, send](const SecretResult &result) mutable {
                              if (alive.expired() || !*alive.lock())
                                  return;
                              if (!result.ok()) {
                                  const QString why =
                                      result.status == SecretResult::Status::NotFound
                                          ? tr("No SMTP password is saved for %1.").arg(smtp.user)
                                          : result.message;
                                  if (message.alertId != 0)
                                      fail(message.alertId, why);
                                  else
                                      Q_EMIT testEmailFinished(false, why);
                                  return;
                              }
                              smtp.password = result.value;
                              send(smtp, message);
                          });
}

void AlertDispatcher::settle(quint64 ticket, bool ok, const QString &error)
{
    const qint64 alertId = m_ticketToAlert.take(ticket);
    if (alertId == 0) {
        Q_EMIT testEmailFinished(ok, ok ? tr("Test email sent.") : error);
        return;
    }
    if (!ok) {
        fail(alertId, error);
        return;
    }
    m_inFlight.remove(alertId);
    AlertStore alerts(database());
    const std::optional<AlertRecord> alert = alerts.find(alertId);
    const int attempts = alert ? alert->attempts + 1 : 1;
    alerts.markDelivered(alertId, QDateTime::currentDateTimeUtc(), attempts);
    Q_EMIT alertDelivered(alertId, alert ? alert->recipient : QString(),
                          alert ? alert->subject : QString());
}

void AlertDispatcher::fail(qint64 alertId, const QString &error)
{
    m_inFlight.remove(alertId);
    AlertStore alerts(database());
    const std::optional<AlertRecord> alert = alerts.find(alertId);
    const int attempts = alert ? alert->attempts + 1 : 1;
    const QDateTime next =
        QDateTime::currentDateTimeUtc().addMSecs(retryDelay(attempts, m_backoff).count());
    alerts.markFailed(alertId, error, attempts, next);
    qCInfo(lcAlerts) << "Alert" << alertId << "not delivered, attempt" << attempts << ":" << error;
    Q_EMIT alertFailed(alertId, error);
    if (!m_retryTimer.isActive() ||
        m_retryTimer.remainingTime() > retryDelay(attempts, m_backoff).count())
        m_retryTimer.start(int(retryDelay(attempts, m_backoff).count()));
}

} // namespace syncdesk
