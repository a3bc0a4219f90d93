#include "tray_status_icon.h"

#include "usage_level_palette.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

TrayStatusIcon::TrayStatusIcon(QAction *showWindow, QAction *syncNow, QAction *pauseSync,
                               QAction *quit, QObject *parent)
    : QSystemTrayIcon(iconFor(std::nullopt), parent)
{
    // QSystemTrayIcon does not own its menu; the icon does, through the QObject tree of an
    // invisible parentless menu deleted with it.
    auto *menu = new QMenu();
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(showWindow);
    menu->addSeparator();
    menu->addAction(syncNow);
    menu->addAction(pauseSync);
    menu->addSeparator();
    menu->addAction(quit);
    setContextMenu(menu);
    setToolTip(tr("SyncDesk"));

    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT activatedToShow();
    });
}

void TrayStatusIcon::showLevel(std::optional<UsageLevel> level, const QString &tooltip)
{
    if (level != m_level) {
        m_level = level;
        setIcon(iconFor(level));
    }
    setToolTip(tooltip);
}

QIcon TrayStatusIcon::iconFor(std::optional<UsageLevel> level)
{
    const QIcon mark(u":/syncdesk/syncdesk.svg"_s);
    QIcon icon;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = mark.pixmap(side, side);
        if (pixmap.isNull()) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
        }
        if (level) {
            // A dot in the corner, ringed so it reads on light and dark panels alike.
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal dot = side * 0.5;
            const QRectF where(side - dot, side - dot, dot, dot);
            painter.setPen(QPen(Qt::white, qMax(1.0, side / 16.0)));
            painter.setBrush(usageLevelColor(*level));
            painter.drawEllipse(where.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace syncdesk::ui
