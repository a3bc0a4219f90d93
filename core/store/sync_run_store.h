#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

enum class SyncRunKind
{
    Outbound,
    Inbound,
    Activities,
    Retry,
};

QString syncRunKindName(SyncRunKind kind);

// One row of the sync log (the Activity tab).
struct SyncRun
{
    qint64 id = 0;
    SyncRunKind kind = SyncRunKind::Outbound;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running (or after a crash mid-run)
    int calls = 0;
    int itemsOk = 0;
    int itemsFailed = 0;
    QString summary;
    // The API the run's changes went through ("composite", "bulk2") and why (the route's
    // reason); empty for runs that chose none (schema 8).
    QString api;
    QString apiReason;
};

class SyncRunStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    std::optional<qint64> start(SyncRunKind kind, const QDateTime &at);
    bool finish(qint64 id, const QDateTime &at, int calls, int itemsOk, int itemsFailed,
                const QString &summary);
    bool setApi(qint64 id, const QString &api, const QString &reason);
    // Newest first.
    QList<SyncRun> recent(int limit) const;
};

} // namespace syncdesk
