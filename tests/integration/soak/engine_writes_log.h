#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace syncdesk::soak {

// The engine's writes of each record's fields and its looks at each record, as the
// sandbox org's request log (--request-log) saw them: every /composite write by Id, and
// every /composite query answer that held the record's row, at the org's time (when the
// org did the work: an answer held back by a delay fault was read at that time).
//
// The oracle asks it about an org save that no client could see yet (the org commits
// late): when the engine wrote the same field while the save was invisible, or decided
// that write on a look taken while it was, nobody could have known of the save, so no
// conflict can be recorded, and either value may end.
class EngineWritesLog
{
public:
    static EngineWritesLog read(const QString &requestLogPath);

    // Whether the engine wrote the field after an org save made at `savedAt` and visible
    // from `visibleAt`, either before `visibleAt`, or soon after a look at the record
    // (its read before writing) taken before `visibleAt`.
    bool wroteOverUnseenSave(const QString &crmId, const QString &crmField,
                             const QDateTime &savedAt, const QDateTime &visibleAt) const;

private:
    QHash<QString, QList<QDateTime>> m_writesByRecordField; // "Id.Field" -> request times
    QHash<QString, QList<QDateTime>> m_looksByRecord;       // Id -> request times
};

} // namespace syncdesk::soak
