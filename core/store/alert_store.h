#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One alert SyncDesk sent, or tried to send.
struct AlertRecord
{
    qint64 id = 0;
    QDateTime sentAt;
    QString kind;  // e.g. "threshold_crossed"
    QString level; // e.g. "orange", "red"
    QString recipient;
    QString subject;
    bool delivered = false;
    QString error;      // why delivery failed; empty when delivered
    QString crossingId; // the threshold crossing it was sent for
};

class AlertStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    std::optional<qint64> add(const AlertRecord &alert);
    QList<AlertRecord> since(const QDateTime &since) const;
    // Whether this crossing was already announced: one crossing, one email.
    bool deliveredForCrossing(const QString &crossingId) const;
};

} // namespace syncdesk
