#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk::sandbox {

// Open query results, paged by nextRecordsUrl. Like Salesforce's query
// locators they expire when unused for a while, and only so many stay open.
class QueryCursors
{
public:
    struct Page
    {
        QList<QJsonObject> records;
        qsizetype totalSize = 0;
        QString nextLocator; // "01g...-4000", empty when done
        QStringList columns; // the SELECT order, for writing the records
    };

    static constexpr qsizetype pageSize = 2000;

    // Keeps `rows` and returns their first page.
    Page open(QList<QJsonObject> rows, const QStringList &columns, const QDateTime &now);
    // The page starting at a locator from an earlier page; nullopt when the
    // locator is unknown or expired.
    std::optional<Page> next(const QString &locator, const QDateTime &now);
    void clear() { m_cursors.clear(); }

private:
    struct Cursor
    {
        QList<QJsonObject> rows;
        QStringList columns;
        QDateTime lastUsed;
    };
    Page pageAt(const QString &cursorId, Cursor &cursor, qsizetype offset);
    void expire(const QDateTime &now);

    QHash<QString, Cursor> m_cursors;
    quint64 m_serial = 0;
};

} // namespace syncdesk::sandbox
