#pragma once

namespace syncdesk {
class TeamConsoleControl;
} // namespace syncdesk

namespace syncdesk::ui {

class MainWindow;

// Team mode's additions to a window built over a TeamConsoleControl: the permanent
// role-and-engine label, the commands' results in the status bar, the pages read again
// when another console changes the configuration, settings saved here announced to the
// others and to the engine, and, for a viewer, the admin actions greyed out.
void wireTeamConsole(MainWindow *window, TeamConsoleControl *console);

} // namespace syncdesk::ui
