#pragma once

#include "salesforce/salesforce_error.h"
#include "salesforce/salesforce_results.h"
#include "store/record_store.h"
#include "sync/inbound_apply.h"
#include "sync/inbound_bulk_read.h"
#include "sync/mapped_fields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// What one inbound poll did.
struct InboundReport
{
    int calls = 0; // API calls spent (each /composite is one)
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int conflicts = 0;
    // Objects read through a Bulk API 2.0 query job (InboundBulkRead), and why.
    QMap<QString, QString> bulkReads;
    // Objects read through more than one page of REST queries, and why not Bulk.
    QMap<QString, QString> restReads;
    // A whole call failed (limit, auth, transient): the poll stopped there. The pages read
    // before it are stored, with their watermarks; the next poll goes on from them.
    std::optional<SalesforceError> callError;
    // The calls went through but Salesforce refused one object's query (a mapped field
    // the org lacks, say): that object is skipped, its watermark unchanged; the others
    // are stored.
    QMap<QString, SalesforceError> objectErrors;
    // The store refused a write: the object it happened in kept its records and watermark.
    QString storeError;
};

// Reads what changed in Salesforce since the last poll and stores it locally.
//
// Cost: one poll is one /composite call holding one queryAll per CRM object with any
// field mapped `both` or `from_crm` (Lead, Contact, Account, Opportunity: at most five
// queries go in one composite). Each selects Id, SystemModstamp, IsDeleted and the
// inbound fields only, `WHERE SystemModstamp >= <watermark - kOverlapSeconds>` (no WHERE
// on the first run, or when a field was newly mapped inbound: everything is read),
// ORDER BY SystemModstamp, Id. The overlap is there because Salesforce stamps a row when
// its transaction starts, at whole seconds, and shows it only when it commits: a strict
// `>` on the last stamp read misses rows saved in the same second and rows committed late
// by a long trigger, Flow or Bulk job. Rows read again change nothing. Results longer than a page
// (2,000 rows) are continued by their nextRecordsUrl, again up to five per composite
// call, so a poll with no changes costs exactly one call and the first import of four
// objects costs one call plus one per round of further pages. queryAll, not query,
// because only it returns deleted rows.
//
// Big reads: the first page's totalSize says how many rows the object has to read (the
// same number a SELECT COUNT() would give, for nothing: the page is asked for anyway, and
// a COUNT() subrequest would be one more query where a composite allows five). When the
// rows left reach the Bulk threshold and a query job spends fewer calls
// (chooseInboundRoute), the rest of that object is read through a Bulk API 2.0 query job
// (InboundBulkRead) once the composite rounds are done: a 500,000-Contact first import
// costs about ten calls instead of 250. Below the threshold nothing changes, and a quiet
// poll still costs one call. A recorded Bulk read resumes at the next poll, before any
// query of its object.
//
// Storing: each page of each object is stored with that object's watermark in one
// transaction as it arrives (InboundApply), so a call that fails after many pages keeps
// them and the next poll goes on from there.
//
// Mapping: Leads and Contacts become person records, Accounts accounts, Opportunities
// opportunities, matched by CRM object and id.
//
// Deletion: a row with IsDeleted marks the local record deleted in CRM
// (records.crm_deleted_at) and drops its waiting outbox entries, which could only fail
// against a deleted record. The local record and its CRM link stay, so its activities
// and history keep their person, and an undelete in Salesforce (a live row again)
// clears the mark. Deleted rows of records the workspace never had are not imported.
//
// Decisions are three-way, per field, against the value both sides last agreed on
// (InboundApply): a change on one side only is no conflict. When both sides changed a
// field mapped `both`, the later change wins: Salesforce's SystemModstamp against the
// outbox entry's queued_at (a tie goes to Salesforce, whose value is already in place).
// - Salesforce later: its value is stored and the outbox entry dropped.
// - local later: the local value stays and goes out with the next flush.
// Either way the decision and the losing value go to sync_conflicts (ConflictStore).
// If both sides hold the same value there is no conflict and the entry is dropped.
// An entry already in flight is not decided here: its write reaches Salesforce after
// the value read, so the local value stays.
class InboundPoll : public QObject
{
    Q_OBJECT

public:
    // The objects polled, in this order, when mapped inbound.
    static const QStringList &pollableObjects();
    static constexpr int kMaxQueriesPerComposite = 5;
    // How far before the watermark each poll reads again (see above).
    static constexpr qint64 kOverlapSeconds = 300;
    // Rows left after the first page from which an object may be read through Bulk.
    static constexpr qint64 kDefaultBulkThreshold = 50'000;

    InboundPoll(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);

    // Reads the field configuration, polls, stores, then calls onDone once (on this
    // object's thread). A poll asked for while one runs gets an empty report at once.
    void poll(std::function<void(InboundReport)> onDone);
    bool isPolling() const { return m_polling; }
    // Objects whose service the admin switched off: left out of the composite, their
    // watermarks kept, so that the first poll after they are on reads what changed.
    void setObjectsOff(QSet<QString> objects) { m_objectsOff = std::move(objects); }

    // The SOQL one object is read with; an empty watermark reads everything.
    static QString soqlFor(const QString &crmObject, const QStringList &inboundFields,
                           const QString &watermark);
    // The same for a Bulk query job: no ORDER BY (a job's results come in no order anyway,
    // and sorting makes Salesforce's job slower and unable to split).
    static QString bulkSoqlFor(const QString &crmObject, const QStringList &inboundFields,
                               const QString &watermark);

    // Rows left after an object's first page from which it may go through Bulk.
    void setBulkThreshold(qint64 rows) { m_bulkThreshold = std::max<qint64>(1, rows); }
    // The Bulk reads themselves (their page size, poll intervals and progress).
    InboundBulkRead *bulkRead() const { return m_bulkRead; }

private:
    struct ObjectRead
    {
        QString crmObject;
        RecordKind kind = RecordKind::Person;
        QString nextUrl; // empty when done
        bool failed = false;
        bool firstPage = true; // its totalSize says how much there is to read
        qint64 bulkRows = -1;  // >= 0: the rest goes through Bulk, this many rows expected
    };

    // Asks for the next page of every object that has one; false when none has.
    bool sendNextRound();
    void takeRound(const SalesforceResult<QList<CompositeSubresponse>> &result);
    bool storePage(ObjectRead &read, const QJsonArray &rows);
    // After an object's first page: whether its rest goes through Bulk.
    void routeRest(ObjectRead &read, const QueryPage &page);
    bool planBulkRead(const ObjectRead &read);
    void runNextBulkRead();
    void finish();
    void deliver(InboundReport report);

    QSqlDatabase m_db;
    QPointer<SalesforceClient> m_client;
    bool m_polling = false;
    std::function<void(InboundReport)> m_onDone;
    InboundReport m_report;
    InboundCounts m_counts;
    QDateTime m_polledAt;
    MappedFields m_fields;
    QList<ObjectRead> m_reads;
    QSet<QString> m_objectsOff;
    qint64 m_bulkThreshold = kDefaultBulkThreshold;
    InboundBulkRead *m_bulkRead = nullptr;
    QStringList m_bulkQueue; // objects whose Bulk read runs once the composite rounds end
};

} // namespace syncdesk
