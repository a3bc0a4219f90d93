#pragma once

#include "store/database.h"

#include <QColor>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace syncdesk::ui::test {

// gtest_discover_tests runs the binary outside ctest's ENVIRONMENT: offscreen by default.
inline const bool kOffscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

// A fresh store in a temporary folder, migrated to the newest schema.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("syncdesk.sqlite"));
        const DatabaseConnection connection = Database::open(m_path);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_path);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
};

inline bool nearColor(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

} // namespace syncdesk::ui::test
