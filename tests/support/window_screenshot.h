#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>
#include <gtest/gtest.h>
#include <iostream>

namespace syncdesk::test {

// Saves `window` as <name>_<QT_SCALE_FACTOR>x.png in $SYNCDESK_SCREENSHOT_DIR (or beside the
// test binary) for people to look at, and says where.
inline void saveWindowScreenshot(QWidget *window, const QString &name)
{
    QCoreApplication::processEvents();
    const QString dir =
        qEnvironmentVariable("SYNCDESK_SCREENSHOT_DIR", QCoreApplication::applicationDirPath());
    QDir().mkpath(dir);
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    const QString path = QStringLiteral("%1/%2_%3x.png").arg(dir, name, scale);
    EXPECT_TRUE(window->grab().save(path)) << path.toStdString();
    std::cout << "[ screen ] " << path.toStdString() << std::endl;
}

} // namespace syncdesk::test
