#include "store/api_usage_log_store.h"

#include "store/store_time.h"

#include <QSet>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The caller columns are NOT NULL: a field the log left empty is ''.
QVariant textOrEmpty(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

} // namespace

QList<EventLogFileInfo> ApiUsageLogStore::storedFiles() const
{
    QSqlQuery query =
        prepared(u"SELECT file_id, log_interval, log_date, sequence FROM usage_log_files"_s);
    QList<EventLogFileInfo> files;
    if (!run(query))
        return files;
    while (query.next()) {
        EventLogFileInfo file;
        file.id = query.value(0).toString();
        file.hourly = query.value(1).toString() == u"Hourly"_s;
        file.logDate = store_time::fromColumn(query.value(2));
        file.sequence = query.value(3).toInt();
        files.append(file);
    }
    return files;
}

bool ApiUsageLogStore::storeFile(const EventLogFileInfo &file, const UsageLogParseResult &result,
                                 const QDateTime &fetchedAt)
{
    return inTransaction([&] {
        // The earlier version of this file (a lower Sequence, another Id) and its counts go.
        QSqlQuery replaced =
            prepared(u"DELETE FROM usage_log_counts WHERE file_id IN (SELECT file_id FROM "
                     "usage_log_files WHERE file_id = ? OR (log_interval = ? AND log_date = ?))"_s);
        replaced.addBindValue(file.id);
        replaced.addBindValue(file.intervalName());
        replaced.addBindValue(store_time::toColumn(file.logDate));
        if (!run(replaced))
            return false;
        QSqlQuery files = prepared(u"DELETE FROM usage_log_files WHERE file_id = ? OR "
                                   "(log_interval = ? AND log_date = ?)"_s);
        files.addBindValue(file.id);
        files.addBindValue(file.intervalName());
        files.addBindValue(store_time::toColumn(file.logDate));
        if (!run(files))
            return false;

        // Rows left out are said with the first one's line, the file still counts.
        QString skippedNote;
        if (result.skippedRows > 0 && !result.problems.isEmpty())
            skippedNote = u"line %1: %2"_s.arg(result.problems.first().line)
                              .arg(result.problems.first().message);
        QSqlQuery insertFile =
            prepared(u"INSERT INTO usage_log_files (file_id, log_interval, log_date, sequence, "
                     "fetched_at, counted_rows, skipped_rows, skipped_note, problem) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insertFile.addBindValue(file.id);
        insertFile.addBindValue(file.intervalName());
        insertFile.addBindValue(store_time::toColumn(file.logDate));
        insertFile.addBindValue(file.sequence);
        insertFile.addBindValue(store_time::toColumn(fetchedAt));
        insertFile.addBindValue(result.countedRows);
        insertFile.addBindValue(result.skippedRows);
        insertFile.addBindValue(textOrNull(skippedNote));
        // A file-wide error keeps the file out of the coverage.
        insertFile.addBindValue(textOrNull(result.fileError.value_or(QString())));
        if (!run(insertFile))
            return false;

        QSqlQuery insertCount =
            prepared(u"INSERT INTO usage_log_counts (file_id, hour_start, connected_app_id, "
                     "connected_app_name, user_id, user_name, client_name, api_family, calls) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const UsageLogCount &count : result.counts) {
            insertCount.bindValue(0, file.id);
            insertCount.bindValue(1, store_time::toColumn(count.hourStart));
            insertCount.bindValue(2, textOrEmpty(count.caller.connectedAppId));
            insertCount.bindValue(3, textOrEmpty(count.caller.connectedAppName));
            insertCount.bindValue(4, textOrEmpty(count.caller.userId));
            insertCount.bindValue(5, textOrEmpty(count.caller.userName));
            insertCount.bindValue(6, textOrEmpty(count.caller.clientName));
            insertCount.bindValue(7, textOrEmpty(count.caller.apiFamily));
            insertCount.bindValue(8, count.calls);
            if (!run(insertCount))
                return false;
        }
        return true;
    });
}

QList<UsageLogCount> ApiUsageLogStore::counts(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery query =
        prepared(u"SELECT c.hour_start, c.connected_app_id, c.connected_app_name, c.user_id, "
                 "c.user_name, c.client_name, c.api_family, SUM(c.calls) "
                 "FROM usage_log_counts c JOIN usage_log_files f ON f.file_id = c.file_id "
                 "WHERE c.hour_start >= ? AND c.hour_start < ? AND f.problem IS NULL AND "
                 "(f.log_interval = 'Hourly' OR NOT EXISTS (SELECT 1 FROM usage_log_files h WHERE "
                 "h.log_interval = 'Hourly' AND h.problem IS NULL AND h.log_date = c.hour_start)) "
                 "GROUP BY c.hour_start, c.connected_app_id, c.connected_app_name, c.user_id, "
                 "c.user_name, c.client_name, c.api_family ORDER BY c.hour_start"_s);
    query.addBindValue(store_time::toColumn(from));
    query.addBindValue(store_time::toColumn(to));
    QList<UsageLogCount> counts;
    if (!run(query))
        return counts;
    while (query.next()) {
        counts.append(
            UsageLogCount{store_time::fromColumn(query.value(0)),
                          UsageLogCaller{query.value(1).toString(), query.value(2).toString(),
                                         query.value(3).toString(), query.value(4).toString(),
                                         query.value(5).toString(), query.value(6).toString()},
                          query.value(7).toLongLong()});
    }
    return counts;
}

QList<QDateTime> ApiUsageLogStore::coveredHours(const QDateTime &from, const QDateTime &to) const
{
    // A daily file that starts a day before `from` may still cover its first hours.
    QSqlQuery query = prepared(u"SELECT log_interval, log_date FROM usage_log_files WHERE "
                               "problem IS NULL AND log_date > ? AND log_date < ?"_s);
    query.addBindValue(store_time::toColumn(from.addMSecs(-kDayMs)));
    query.addBindValue(store_time::toColumn(to));
    QSet<qint64> hours;
    if (!run(query))
        return {};
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    while (query.next()) {
        const qint64 start = query.value(1).toLongLong();
        const qint64 end = start + (query.value(0).toString() == u"Hourly"_s ? kHourMs : kDayMs);
        for (qint64 hour = start; hour < end; hour += kHourMs) {
            if (hour >= fromMs && hour < toMs)
                hours.insert(hour);
        }
    }
    QList<qint64> sorted(hours.cbegin(), hours.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<QDateTime> covered;
    covered.reserve(sorted.size());
    for (qint64 hour : std::as_const(sorted))
        covered.append(QDateTime::fromMSecsSinceEpoch(hour, QTimeZone::utc()));
    return covered;
}

QStringList ApiUsageLogStore::fileProblemsSince(const QDateTime &since) const
{
    QSqlQuery query = prepared(
        u"SELECT log_interval, log_date, problem, skipped_rows, skipped_note FROM usage_log_files "
        "WHERE "
        "log_date >= ? AND (problem IS NOT NULL OR skipped_rows > 0) ORDER BY log_date"_s);
    query.addBindValue(store_time::toColumn(since));
    QStringList problems;
    if (!run(query))
        return problems;
    while (query.next()) {
        const QString when = store_time::fromColumn(query.value(1)).toString(Qt::ISODate);
        problems.append(query.value(2).isNull()
                            ? u"%1 log of %2: %3 row(s) could not be read and were left out "
                              "(first at %4)"_s.arg(query.value(0).toString(), when)
                                  .arg(query.value(3).toLongLong())
                                  .arg(query.value(4).toString())
                            : u"%1 log of %2 could not be read: %3"_s.arg(
                                  query.value(0).toString(), when, query.value(2).toString()));
    }
    return problems;
}

UsageLogReaderState ApiUsageLogStore::readerState() const
{
    QSqlQuery query = prepared(u"SELECT listed_at, listing_found_new, refused_at, problem "
                               "FROM usage_log_reader WHERE id = 1"_s);
    UsageLogReaderState state;
    if (run(query) && query.next()) {
        state.listedAt = store_time::fromColumn(query.value(0));
        state.listingFoundNew = query.value(1).toBool();
        state.refusedAt = store_time::fromColumn(query.value(2));
        state.problem = query.value(3).toString();
    }
    return state;
}

bool ApiUsageLogStore::setReaderState(const UsageLogReaderState &state)
{
    QSqlQuery query = prepared(
        u"INSERT INTO usage_log_reader (id, listed_at, listing_found_new, refused_at, problem) "
        "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET listed_at = excluded.listed_at, "
        "listing_found_new = excluded.listing_found_new, refused_at = excluded.refused_at, "
        "problem = excluded.problem"_s);
    query.addBindValue(store_time::toColumn(state.listedAt));
    query.addBindValue(state.listingFoundNew ? 1 : 0);
    query.addBindValue(store_time::toColumn(state.refusedAt));
    query.addBindValue(textOrNull(state.problem));
    return run(query);
}

int ApiUsageLogStore::deleteBefore(const QDateTime &before)
{
    int deleted = 0;
    inTransaction([&] {
        QSqlQuery counts = prepared(u"DELETE FROM usage_log_counts WHERE hour_start < ?"_s);
        counts.addBindValue(store_time::toColumn(before));
        if (!run(counts))
            return false;
        deleted = counts.numRowsAffected();
        // A file ends a day after its start at the latest.
        QSqlQuery files =
            prepared(u"DELETE FROM usage_log_files WHERE log_date < ? AND "
                     "file_id NOT IN (SELECT DISTINCT file_id FROM usage_log_counts)"_s);
        files.addBindValue(store_time::toColumn(before.addMSecs(-kDayMs)));
        if (!run(files))
            return false;
        deleted += files.numRowsAffected();
        return true;
    });
    return deleted;
}

} // namespace syncdesk
