#include "engine_status_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace syncdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EngineStatusText", text);
}

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
    return at.isValid() ? tr(withTime).arg(clockText(at)) : tr(withoutTime);
}

} // namespace

QString engineStateText(const EngineStatus &status)
{
    switch (status.state) {
    case EngineState::Idle:
        return tr("Idle");
    case EngineState::Syncing:
        return tr("Syncing…");
    case EngineState::PausedByAdmin:
        return tr("Paused");
    case EngineState::PausedNoCredits:
        return untilText("Paused: no API credits until %1", "Paused: no API credits",
                         status.resumesAt);
    case EngineState::DeferredByBudget:
        return untilText("Deferred by budget until %1", "Deferred by budget", status.resumesAt);
    case EngineState::NeedsSignIn:
        return tr("Needs sign-in");
    case EngineState::Stopped:
        return tr("Not syncing");
    }
    return tr("Not syncing");
}

QString syncTimesText(const EngineStatus &status)
{
    QStringList parts;
    if (status.lastSyncAt.isValid())
        parts << tr("Last sync %1").arg(clockText(status.lastSyncAt));
    if (status.nextSyncAt.isValid())
        parts << tr("next %1").arg(clockText(status.nextSyncAt));
    return parts.join(u" · ");
}

} // namespace syncdesk::ui
