#include "rest/query_cursors.h"

#include "data/salesforce_id.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 idleLifetimeSeconds = 15 * 60;
constexpr qsizetype maxOpenCursors = 50;
} // namespace

QueryCursors::Page QueryCursors::open(QList<QJsonObject> rows, const QStringList &columns,
                                      const QDateTime &now)
{
    expire(now);
    if (rows.size() <= pageSize) {
        Page page;
        page.totalSize = rows.size();
        page.records = std::move(rows);
        page.columns = columns;
        return page;
    }
    // Query locators carry the 01g key prefix in Salesforce.
    const QString cursorId = salesforce_id::make(u"01g", ++m_serial);
    Cursor &cursor = m_cursors[cursorId];
    cursor.rows = std::move(rows);
    cursor.columns = columns;
    cursor.lastUsed = now;
    return pageAt(cursorId, cursor, 0);
}

std::optional<QueryCursors::Page> QueryCursors::next(const QString &locator, const QDateTime &now)
{
    expire(now);
    const qsizetype dash = locator.lastIndexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = locator.mid(dash + 1).toLongLong(&ok);
    auto cursor = m_cursors.find(locator.left(dash));
    if (!ok || cursor == m_cursors.end() || offset < 0 || offset >= cursor->rows.size())
        return std::nullopt;
    cursor->lastUsed = now;
    return pageAt(cursor.key(), *cursor, offset);
}

QueryCursors::Page QueryCursors::pageAt(const QString &cursorId, Cursor &cursor, qsizetype offset)
{
    Page page;
    page.totalSize = cursor.rows.size();
    page.records = cursor.rows.mid(offset, pageSize);
    page.columns = cursor.columns;
    const qsizetype nextOffset = offset + pageSize;
    if (nextOffset < cursor.rows.size())
        page.nextLocator = cursorId + u'-' + QString::number(nextOffset);
    else
        m_cursors.remove(cursorId); // the last page closes the locator
    return page;
}

void QueryCursors::expire(const QDateTime &now)
{
    m_cursors.removeIf([&](const auto &entry) {
        return entry.value().lastUsed.secsTo(now) > idleLifetimeSeconds;
    });
    while (m_cursors.size() >= maxOpenCursors) {
        auto oldest = m_cursors.begin();
        for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it)
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        m_cursors.erase(oldest);
    }
}

} // namespace syncdesk::sandbox
