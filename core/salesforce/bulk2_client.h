#pragma once

#include "salesforce/salesforce_client.h"
#include "sync/call_gate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>

namespace syncdesk {

// A Bulk API 2.0 ingest job as the org reports it.
struct Bulk2JobInfo
{
    QString id;
    QString state; // Open, UploadComplete, InProgress, JobComplete, Failed, Aborted
    QString object;
    QString operation;
    qint64 recordsProcessed = 0;
    qint64 recordsFailed = 0;
    QString errorMessage; // when Failed

    bool isFinished() const
    {
        return state == u"JobComplete" || state == u"Failed" || state == u"Aborted";
    }
};

// One row of a job's results, read by header name (Salesforce does not keep the upload's
// order). `key` is the row's value of the column the caller names (the external id, say).
struct Bulk2ResultRow
{
    QString sfId;
    bool created = false;
    QString error; // failed rows: "CODE:message:fields --"
    QString key;
};

enum class Bulk2Results
{
    Successful,  // successfulResults: sf__Id, sf__Created, the columns
    Failed,      // failedResults: sf__Id, sf__Error, the columns
    Unprocessed, // unprocessedrecords: the columns of rows never processed
};

// Bulk API 2.0 ingest jobs on a SalesforceClient's session: every request is one of that
// client's calls (announced with callMade, so the ledger counts it as the org does) and
// first asks the call gate, as every flush does. A refused gate answers kDeferredCode.
//
// Polling waits 2 s, then twice as long each time up to 60 s: every poll is a counted
// call, and polling every second has emptied real orgs' allocations.
class Bulk2Client : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = SalesforceClient::Callback<T>;
    using RowHandler = std::function<void(const Bulk2ResultRow &row)>;

    // The code of the error an operation answers when the call gate refuses it.
    static constexpr QStringView kDeferredCode = u"SYNCDESK_BUDGET_DEFERRED";
    static bool isDeferred(const SalesforceError &error) { return error.code == kDeferredCode; }

    Bulk2Client(SalesforceClient *client, CallCategory category, QObject *parent = nullptr);

    void setCallGate(CallGate gate) { m_gate = std::move(gate); }
    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    std::chrono::milliseconds firstPollInterval() const { return m_firstPoll; }
    std::chrono::milliseconds maxPollInterval() const { return m_maxPoll; }
    // Requests sent so far (each one counted call).
    int requestsSent() const { return m_requests; }

    // POST jobs/ingest. `externalIdField` is for upsert only.
    void createJob(const QString &object, const QString &operation, const QString &externalIdField,
                   Callback<Bulk2JobInfo> onDone);
    // PUT jobs/ingest/{id}/batches: the job's one upload (≤ 150 MB after base64).
    void upload(const QString &jobId, const QByteArray &csv, Callback<Done> onDone);
    // PATCH jobs/ingest/{id} to UploadComplete (or Aborted).
    void closeUpload(const QString &jobId, Callback<Bulk2JobInfo> onDone);
    void abort(const QString &jobId, Callback<Bulk2JobInfo> onDone);
    // GET jobs/ingest/{id}: one poll.
    void jobInfo(const QString &jobId, Callback<Bulk2JobInfo> onDone);
    // Polls with the growing interval until the job is finished (or a poll fails);
    // onProgress sees each answer before that.
    void waitUntilFinished(const QString &jobId,
                           std::function<void(const Bulk2JobInfo &)> onProgress,
                           Callback<Bulk2JobInfo> onDone);
    // The wait for `jobId` looks again now instead of at its next interval (a job just
    // aborted, say); a look under way is followed by another at once.
    void pollSoon(const QString &jobId);
    // One results file, streamed: each row to onRow, then onDone. A row that cannot be read
    // fails the whole read (Malformed) so that no outcome is taken from a partial file.
    void results(const QString &jobId, Bulk2Results which, const QString &keyColumn,
                 RowHandler onRow, Callback<Done> onDone);

    static SalesforceResult<Bulk2JobInfo> parseJobInfo(const QByteArray &body);

private:
    bool gateRefuses(const std::function<void(const SalesforceError &)> &fail);
    void setState(const QString &jobId, const QString &state, Callback<Bulk2JobInfo> onDone);
    void pollAfter(std::chrono::milliseconds wait, const QString &jobId,
                   std::function<void(const Bulk2JobInfo &)> onProgress,
                   Callback<Bulk2JobInfo> onDone);

    QPointer<SalesforceClient> m_client;
    CallCategory m_category;
    CallGate m_gate;
    std::chrono::milliseconds m_firstPoll{2'000};
    std::chrono::milliseconds m_maxPoll{60'000};
    int m_requests = 0;
    QHash<QString, QPointer<QTimer>> m_pollTimers; // the waits' next looks, by job
    QSet<QString> m_hurried;                       // jobs to look at again at once
};

} // namespace syncdesk
