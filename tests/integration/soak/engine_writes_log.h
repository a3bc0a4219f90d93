#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace syncdesk::soak {

// The engine's writes of each record's fields, as the sandbox org's request log
// (--request-log) saw them: every /composite write by Id, at the org's time.
//
// The oracle asks it about an org save that no client could see yet (the org commits
// late): when the engine wrote the same field inside that window, nobody could have
// known of the save, so no conflict can be recorded, and either value may end.
class EngineWritesLog
{
public:
    static EngineWritesLog read(const QString &requestLogPath);

    bool wroteWithin(const QString &crmId, const QString &crmField, const QDateTime &from,
                     const QDateTime &to) const;

private:
    QHash<QString, QList<QDateTime>> m_writesByRecordField; // "Id.Field" -> request times
};

} // namespace syncdesk::soak
