#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One alert SyncDesk sent, or tried to send. It is written before the first try, with
// the message as composed, so a restart resends exactly what was due.
struct AlertRecord
{
    qint64 id = 0;
    QDateTime sentAt; // when the alert was raised (and, once delivered, when it went)
    QString kind;     // e.g. "threshold_crossed"
    QString level;    // e.g. "threshold", "80", "all_clear"
    QString recipient;
    QString subject;
    bool delivered = false;
    QString error;      // why the last try failed; empty when delivered
    QString crossingId; // the threshold crossing it was sent for
    int attempts = 0;
    QDateTime nextTryAt; // invalid once delivered
    QString bodyText;
    QString bodyHtml;
};

class AlertStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    std::optional<qint64> add(const AlertRecord &alert);
    std::optional<AlertRecord> find(qint64 id) const;
    QList<AlertRecord> since(const QDateTime &since) const;
    // The newest alerts first, for the history view.
    QList<AlertRecord> newest(int limit) const;
    // Undelivered alerts with a next try, soonest first.
    QList<AlertRecord> pending() const;
    // Whether this crossing was already announced: one crossing, one email.
    bool deliveredForCrossing(const QString &crossingId) const;

    bool markDelivered(qint64 id, const QDateTime &at, int attempts);
    bool markFailed(qint64 id, const QString &error, int attempts, const QDateTime &nextTryAt);

private:
    QList<AlertRecord> select(const QString &tail, const QVariant &bound) const;
};

} // namespace syncdesk
