#pragma once

#include <QLabel>

namespace syncdesk {
class TeamConsoleControl;
} // namespace syncdesk

namespace syncdesk::ui {

// The status bar's team-mode facts, always shown: which role the database gives this user
// and where the elected engine runs ("Team mode · admin · engine on db-2:", followed by the
// window's engine state label: "Syncing…"), with the details in the tooltip.
class TeamModeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit TeamModeLabel(TeamConsoleControl *console, QWidget *parent = nullptr);

    void refresh();

private:
    TeamConsoleControl *m_console;
};

} // namespace syncdesk::ui
