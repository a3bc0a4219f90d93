#pragma once

#include "salesforce/bulk2_client.h"
#include "salesforce/salesforce_client.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

namespace syncdesk {

// How one column of a query's CSV results becomes JSON. The results are text; the SOQL
// answers SyncDesk reads otherwise carry booleans, numbers and Salesforce's datetime
// form, and the engine compares values across both.
enum class Bulk2ValueType
{
    Text,
    Boolean,  // "true" / "false"
    Number,   // int, double, currency, percent
    DateTime, // "2024-01-01T00:00:00.000Z" in the CSV, "...000+0000" in REST answers
};
// By column (field API name); a column not named is Text.
using Bulk2ColumnTypes = QHash<QString, Bulk2ValueType>;

// What one results page said about the rest.
struct Bulk2QueryPage
{
    QString nextLocator; // empty on the last page (Salesforce sends the string "null")
    qint64 records = 0;  // Sforce-NumberOfRecords
};

// Bulk API 2.0 query jobs on a SalesforceClient's session: create, status (polled at 2 s
// doubling to 60 s), abort, and results pages by Sforce-Locator. Every request is one of
// that client's calls, announced with callMade so the ledger counts it as the org does.
//
// Results pages stream: rows reach the caller in chunks as they arrive, as JSON objects
// keyed by the CSV header and typed by the column types given (an empty value is null:
// Salesforce keeps no empty text, and its query CSV writes null as an empty value). A
// page cut off by a dropped connection has handed over only whole rows; reading it again
// from its locator hands them over again, so a caller stores only what it can redo.
class Bulk2QueryClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = SalesforceClient::Callback<T>;
    // A chunk of rows; false stops reading the page (onDone then gets the caller's refusal
    // as a Malformed error, and no further rows).
    using RowsHandler = std::function<bool(const QJsonArray &rows)>;

    Bulk2QueryClient(SalesforceClient *client, CallCategory category, QObject *parent = nullptr);

    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // Requests sent so far (each one counted call).
    int requestsSent() const { return m_requests; }

    // POST jobs/query; `includeDeleted` runs it as queryAll (deleted and archived rows too).
    void createJob(const QString &soql, bool includeDeleted, Callback<Bulk2JobInfo> onDone);
    // GET jobs/query/{id}: one poll.
    void jobInfo(const QString &jobId, Callback<Bulk2JobInfo> onDone);
    // Polls, first at once, then with the growing interval, until the job is finished (or
    // a poll fails); onProgress sees each unfinished answer.
    void waitUntilFinished(const QString &jobId,
                           std::function<void(const Bulk2JobInfo &)> onProgress,
                           Callback<Bulk2JobInfo> onDone);
    void abort(const QString &jobId, Callback<Bulk2JobInfo> onDone);
    // GET jobs/query/{id}/results: the page at `locator` (empty: the first), at most
    // `maxRecords` rows, handed to onRows in chunks of `chunkRows`.
    void resultsPage(const QString &jobId, const QString &locator, qint64 maxRecords,
                     const Bulk2ColumnTypes &types, qsizetype chunkRows, RowsHandler onRows,
                     Callback<Bulk2QueryPage> onDone);

    // The column types of an sObject describe's fields (its "fields" array).
    static Bulk2ColumnTypes columnTypesOf(const QJsonObject &describe);
    // One CSV value as JSON by its type; an empty value is null.
    static QJsonValue toJson(const QByteArray &value, Bulk2ValueType type);

    // A job that no longer exists at the org (deleted, or past Salesforce's seven days).
    static bool isJobGone(const SalesforceError &error) { return error.httpStatus == 404; }

private:
    void pollAfter(std::chrono::milliseconds wait, const QString &jobId,
                   std::function<void(const Bulk2JobInfo &)> onProgress,
                   Callback<Bulk2JobInfo> onDone);

    QPointer<SalesforceClient> m_client;
    CallCategory m_category;
    std::chrono::milliseconds m_firstPoll{2'000};
    std::chrono::milliseconds m_maxPoll{60'000};
    int m_requests = 0;
};

} // namespace syncdesk
