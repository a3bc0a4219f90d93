#include "engine_status_text.h"

#include "sync/sync_service.h"

#include <QCoreApplication>
#include <QLocale>

namespace syncdesk::ui {

namespace {

// lupdate sees this context; a plain tr() helper here would file the strings
// under the namespace instead of the context the code asks for at run time.
struct EngineStatusText
{
    Q_DECLARE_TR_FUNCTIONS(EngineStatusText)
};

// Today's times need no date; anything else does, or "until 09:00" would mislead.
QString clockText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString untilText(const char *withTime, const char *withoutTime, const QDateTime &at)
{
    return at.isValid() ? EngineStatusText::tr(withTime).arg(clockText(at))
                        : EngineStatusText::tr(withoutTime);
}

} // namespace

QString engineStateText(const EngineStatus &status)
{
    switch (status.state) {
    case EngineState::Idle:
        return EngineStatusText::tr("Idle");
    case EngineState::Syncing:
        return EngineStatusText::tr("Syncing…");
    case EngineState::PausedByAdmin:
        return EngineStatusText::tr("Paused");
    case EngineState::PausedNoCredits:
        // The engine resumes when a check of the org's figures finds calls: say when it looks.
        return untilText(
            QT_TRANSLATE_NOOP("EngineStatusText", "Paused: no API credits; next check %1"),
            QT_TRANSLATE_NOOP("EngineStatusText", "Paused: no API credits"), status.nextCheckAt);
    case EngineState::DeferredByBudget:
        return untilText(QT_TRANSLATE_NOOP("EngineStatusText", "Deferred by budget until %1"),
                         QT_TRANSLATE_NOOP("EngineStatusText", "Deferred by budget"),
                         status.resumesAt);
    case EngineState::NeedsSignIn:
        return EngineStatusText::tr("Needs sign-in");
    case EngineState::Stopped:
        return EngineStatusText::tr("Not syncing");
    }
    return EngineStatusText::tr("Not syncing");
}

QString syncTimesText(const EngineStatus &status)
{
    QStringList parts;
    if (status.lastSyncAt.isValid())
        parts << EngineStatusText::tr("Last sync %1").arg(clockText(status.lastSyncAt));
    if (status.nextSyncAt.isValid())
        parts << EngineStatusText::tr("next %1").arg(clockText(status.nextSyncAt));
    return parts.join(u" · ");
}

QString heldWorkText(const EngineStatus &status)
{
    // Both reasons in full do not fit the status bar: they go to the tooltip
    // (heldWorkDetail()).
    if (status.heldChanges > 0 && status.heldActivities > 0) {
        return EngineStatusText::tr("%1 and %2 held: their services are off")
            .arg(EngineStatusText::tr("%n change(s)", nullptr, status.heldChanges),
                 EngineStatusText::tr("%n activity(ies)", nullptr, status.heldActivities));
    }
    return heldWorkDetail(status);
}

QString heldWorkDetail(const EngineStatus &status)
{
    QStringList lines;
    if (status.heldChanges > 0)
        lines << EngineStatusText::tr("%n change(s) %1", nullptr, status.heldChanges)
                     .arg(heldBecauseOff(SyncService::UpdatesToSalesforce));
    if (status.heldActivities > 0)
        lines << EngineStatusText::tr("%n activity(ies) %1", nullptr, status.heldActivities)
                     .arg(heldBecauseOff(SyncService::ActivityLogging));
    return lines.join(u'\n');
}

} // namespace syncdesk::ui
