#pragma once

#include "usage/usage_level.h"

#include <QSystemTrayIcon>

class QAction;

namespace syncdesk::ui {

// The tray icon: SyncDesk's mark with a dot in the usage level's colour, so the admin
// sees the org's state without opening the window; its menu reaches the main actions.
class TrayStatusIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    // The actions are the window's own, so a shortcut and the tray do the same thing.
    TrayStatusIcon(QAction *showWindow, QAction *syncNow, QAction *pauseSync, QAction *quit,
                   QObject *parent = nullptr);

    void showLevel(std::optional<UsageLevel> level, const QString &tooltip);
    std::optional<UsageLevel> shownLevel() const { return m_level; }

    // The icon for a level (no level: the plain mark), drawn at the tray's sizes.
    static QIcon iconFor(std::optional<UsageLevel> level);

Q_SIGNALS:
    void activatedToShow();

private:
    std::optional<UsageLevel> m_level;
};

} // namespace syncdesk::ui
