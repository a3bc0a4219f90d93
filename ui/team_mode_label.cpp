#include "team_mode_label.h"

#include "sync/team_console_control.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

QString roleText(AccessRole role)
{
    switch (role) {
    case AccessRole::Owner:
        return TeamModeLabel::tr("owner");
    case AccessRole::Admin:
        return TeamModeLabel::tr("admin");
    case AccessRole::Viewer:
        return TeamModeLabel::tr("viewer");
    case AccessRole::None:
        break;
    }
    return TeamModeLabel::tr("no access");
}

QString roleDetail(AccessRole role)
{
    switch (role) {
    case AccessRole::Owner:
    case AccessRole::Admin:
        return TeamModeLabel::tr("Your database role may carry out every admin action.");
    case AccessRole::Viewer:
        return TeamModeLabel::tr("Your database role may read everything and change nothing.");
    case AccessRole::None:
        break;
    }
    return TeamModeLabel::tr("Your database role may not read the store.");
}

} // namespace

TeamModeLabel::TeamModeLabel(TeamConsoleControl *console, QWidget *parent)
    : QLabel(parent)
    , m_console(console)
{
    setObjectName(u"teamModeLabel"_s);
    connect(console, &SyncControl::statusChanged, this, &TeamModeLabel::refresh);
    refresh();
}

void TeamModeLabel::refresh()
{
    const QString role = roleText(m_console->role());
    const std::optional<EnginePresence> presence = m_console->presence();
    const EngineStatus status = m_console->status();
    QString engine;
    QStringList details{roleDetail(m_console->role())};
    if (!presence) {
        engine = tr("no engine:");
    } else if (!m_console->engineAlive()) {
        engine = tr("engine on %1, silent:").arg(presence->host);
    } else {
        // Its state follows in the window's engine label: "… engine on db-2: Syncing…".
        engine = tr("engine on %1:").arg(presence->host);
        details.append(
            tr("Engine process %1 on %2, started %3.")
                .arg(QString::number(presence->pid), presence->host,
                     QLocale().toString(presence->startedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (!status.detail.isEmpty())
        details.append(status.detail);
    if (!m_console->databaseDisplay().isEmpty())
        details.append(tr("Team database: %1").arg(m_console->databaseDisplay()));
    setText(tr("Team mode · %1 · %2").arg(role, engine));
    setToolTip(details.join(u'\n'));
}

} // namespace syncdesk::ui
