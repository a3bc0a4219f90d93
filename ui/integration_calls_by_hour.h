#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <map>

namespace syncdesk::ui {

// The other integrations' counted calls hour by hour, by name, as Salesforce's
// ApiTotalUsage logs give them, for the usage chart. SyncDesk's own rows are left out: the
// ledger counts those by category, for every hour, covered or not.
class IntegrationCallsByHour
{
public:
    // What the logs say about a span of whole hours.
    struct Span
    {
        int hours = 0;                // the hours that start in the span
        int coveredHours = 0;         // of which a log file covers
        QHash<QString, qint64> calls; // per integration, in the covered hours
        qint64 total() const;
        bool fullyCovered() const { return hours > 0 && coveredHours == hours; }
    };

    IntegrationCallsByHour() = default;
    // The hours of [from, to) from the store (ApiUsageLogStore), on the caller's connection.
    static IntegrationCallsByHour read(QSqlDatabase db, const QDateTime &from, const QDateTime &to);

    // Marks an hour covered, with its calls per integration (tests compose these).
    void addCoveredHour(const QDateTime &hourStart, const QHash<QString, qint64> &calls = {});
    // The hours that start in [from, to).
    Span span(const QDateTime &from, const QDateTime &to) const;

private:
    std::map<qint64, QHash<QString, qint64>> m_covered; // by hour start, epoch ms
};

} // namespace syncdesk::ui
