#pragma once

#include "salesforce/salesforce_error.h"
#include "store/api_usage_log_store.h"
#include "usage/event_log_file.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// What one read of the org's usage logs came to.
struct UsageLogReadReport
{
    int calls = 0;           // listings and downloads sent
    int filesStored = 0;     // files stored with their counts (a readable file)
    int filesUnreadable = 0; // files stored as fetched but unreadable (see their problem)
    bool refused = false;    // the org would not list its logs (no permission)
    std::optional<SalesforceError> callError; // what stopped the read, if anything did
};

// Reads who spent the org's calls from Salesforce's ApiTotalUsage event log files: lists
// the files (one SOQL query), downloads each new one once and stores its hourly counts per
// connected app, user, client name and API family (ApiUsageLogStore), parsing the CSV as
// it arrives (ApiUsageLogParser), so a large file never sits in memory.
//
// Its calls are spent only when a new file can exist: hourly files appear 3-6 hours after
// their hour and daily ones the next day, so the org is listed at most once an hour, and a
// refused listing (the integration user lacks "View Event Log Files") is tried again only
// a day later. The state lives in the store, so a restart changes neither.
//
// Lives on the thread of `db` and of the client. The engine runs it after a cycle, with
// the connector budget as its call gate (SyncEngine::readUsageLogs).
class ApiUsageLogReader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kListingSpacingSeconds = 3600;
    static constexpr qint64 kRefusedRetrySeconds = 24 * 3600;
    // How far back a listing looks: a new workspace sees the org's last week at once.
    static constexpr int kHistoryDays = 7;

    ApiUsageLogReader(QSqlDatabase db, SalesforceClient *client, std::function<QDateTime()> clock,
                      QObject *parent = nullptr);

    // Asked before each call; false leaves the rest for a later read.
    void setCallGate(std::function<bool()> mayCall) { m_mayCall = std::move(mayCall); }

    // Whether a read would spend a call now: files left from a read the budget cut short,
    // or a listing that is due.
    bool isDue(const QDateTime &now) const;
    QDateTime nextListingAt() const;
    bool isReading() const { return m_reading; }

    void read(std::function<void(UsageLogReadReport)> done);

    // The admin's words for a refused listing.
    static QString missingPermissionMessage();
    // The calls a day of reading costs at most: a listing an hour and one hourly file each.
    static constexpr double estimatedCallsPerDay() { return 24.0 + 24.0; }

Q_SIGNALS:
    // New counts are in the store.
    void countsStored();

private:
    void list(const std::shared_ptr<UsageLogReadReport> &report,
              std::function<void(UsageLogReadReport)> done);
    void downloadNext(const std::shared_ptr<UsageLogReadReport> &report,
                      std::function<void(UsageLogReadReport)> done);
    void finish(const std::shared_ptr<UsageLogReadReport> &report,
                const std::function<void(UsageLogReadReport)> &done);
    bool mayCall() const { return !m_mayCall || m_mayCall(); }
    QDateTime now() const { return m_clock(); }

    ApiUsageLogStore m_store;
    QPointer<SalesforceClient> m_client;
    std::function<QDateTime()> m_clock;
    std::function<bool()> m_mayCall;
    QList<EventLogFileInfo> m_toFetch; // listed, not stored yet
    QDateTime m_failedAt;              // a listing that failed (not refused) waits an hour
    bool m_reading = false;
};

} // namespace syncdesk
