#pragma once

#include "salesforce/bulk2_query_client.h"
#include "salesforce/salesforce_error.h"
#include "store/inbound_bulk_read_store.h"
#include "store/record_store.h"
#include "sync/bulk_progress.h"
#include "sync/inbound_apply.h"
#include "sync/mapped_fields.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <chrono>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// Whether the rest of an object's inbound read goes through a Bulk API 2.0 query job, and
// why (shown with the run).
struct InboundRoute
{
    bool bulk = false;
    qint64 compositeCalls = 0; // what each would spend on the rows left
    qint64 bulkCalls = 0;
    QString why;
};

// The calls each way spends on `rows` rows left to read after the poll's first page.
// Composite: one call per further page of 2,000 rows (a poll's composite carries up to
// five objects' pages, but a big object's pages come one a call). Bulk: the describe that
// types the CSV when none is stored, the create, the polls expected while the org runs the
// query (first at once, then 2 s doubling to 60 s) and one call per results page of
// `pageRecords`. Bulk only from `threshold` rows and only when it spends fewer calls: a
// query job's rows arrive only once the whole job has run, so small reads stay composite.
InboundRoute chooseInboundRoute(qint64 rows, qint64 threshold, qint64 pageRecords,
                                bool describeStored);

// What one Bulk read did.
struct InboundBulkReadReport
{
    int calls = 0;
    qint64 rows = 0; // rows applied by this run
    bool finished = false;
    std::optional<SalesforceError> callError;
    QString storeError;
};

// Reads one object's inbound rows through a Bulk API 2.0 query job, as recorded in
// inbound_bulk_reads (InboundPoll records the read before calling run()):
// - the job is created once and its id stored as soon as the org answers;
// - it is polled first at once, then at 2 s doubling to 60 s;
// - results are read page by page by Sforce-Locator with a large maxRecords; each page's
//   rows stream in and are applied through InboundApply, the same rules as a poll's SOQL
//   pages, in transactions of 2,000 rows that also record the rows and newest stamp;
//   the next page's locator is stored once a page is whole, so a crash, a 5xx or a dropped
//   connection resumes at that page of the same job (its rows applied again change nothing);
// - results come in no order, so the object's watermark moves only when the last page is
//   applied, to the newest SystemModstamp applied, and the read is forgotten in the same
//   transaction. The job's SOQL starts at the watermark minus the poll's overlap, like any
//   poll, so rows committed late are read again by the next poll;
// - a job that failed, was aborted or is gone at the org is replaced by a new one from the
//   unchanged watermark.
// The CSV is typed by the object's describe (stored, or asked for once).
class InboundBulkRead : public QObject
{
    Q_OBJECT

public:
    // Rows per results page (maxRecords): a 500,000-row import in five pages.
    static constexpr qint64 kPageRecords = 100'000;
    // Rows applied per transaction, as a SOQL page.
    static constexpr qsizetype kRowsPerTransaction = 2'000;

    InboundBulkRead(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);

    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setPageRecords(qint64 records) { m_pageRecords = std::max<qint64>(1, records); }
    qint64 pageRecords() const { return m_pageRecords; }
    // Where a long read stands (direction Read), as every Bulk job reports it: after each
    // chunk applied and each poll, and once with running false when the run stops.
    void setProgressReporter(BulkProgressReporter reporter) { m_reporter = std::move(reporter); }

    // Runs the recorded read of `crmObject` to its end or to the first failure, then
    // calls onDone once. `why` is the route's reason, for the progress.
    void run(const QString &crmObject, RecordKind kind, const MappedFields &fields,
             const QDateTime &polledAt, InboundCounts *counts, const QString &why,
             std::function<void(InboundBulkReadReport)> onDone);

private:
    void withColumnTypes();
    void step();
    void create();
    void waitForJob();
    void readPage();
    bool applyRows(const QJsonArray &rows);
    void replaceJob(const QString &why);
    void finishRead();
    void stop(std::optional<SalesforceError> error = std::nullopt);
    void reportProgress(bool running = true);

    QSqlDatabase m_db;
    QPointer<SalesforceClient> m_client;
    Bulk2QueryClient *m_bulk = nullptr;
    qint64 m_pageRecords = kPageRecords;
    BulkProgressReporter m_reporter;
    QString m_why;

    // The run under way.
    InboundBulkReadRow m_read;
    RecordKind m_kind = RecordKind::Person;
    MappedFields m_fields;
    QDateTime m_polledAt;
    InboundCounts *m_counts = nullptr;
    Bulk2ColumnTypes m_types;
    InboundBulkReadReport m_report;
    int m_requestsAtStart = 0;
    bool m_replaced = false;
    std::function<void(InboundBulkReadReport)> m_onDone;
};

} // namespace syncdesk
