#pragma once

#include "store/database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <ostream>

inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

// A store in a fresh temporary folder, closed after each test.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("syncdesk.sqlite"));
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        syncdesk::Database::closeForThisThread(m_path);
    }

    // Opens and migrates the store; the test fails when that does not work.
    QSqlDatabase openStore()
    {
        const syncdesk::DatabaseConnection connection = syncdesk::Database::open(m_path);
        EXPECT_TRUE(connection.ok())
            << (connection.error ? connection.error->message.toStdString() : std::string());
        m_db = connection.db;
        return m_db;
    }

    void closeStore()
    {
        m_db = QSqlDatabase();
        syncdesk::Database::closeForThisThread(m_path);
    }

    QByteArray fileBytes() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QByteArray &bytes) const
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // Runs a statement the store API does not offer (tests set up odd states with it).
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
};
