#pragma once

#include <QDateTime>
#include <QVariant>

namespace syncdesk::store_time {

// Every *_at column holds UTC milliseconds since the epoch (see schema-1.sql).
inline QVariant toColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromColumn(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace syncdesk::store_time
