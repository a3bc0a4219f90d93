#pragma once

#include "salesforce/salesforce_error.h"
#include "sync/call_gate.h"
#include "sync/crm_id_batches.h"
#include "sync/mapped_fields.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace syncdesk {

class Bulk2QueryClient;
class SalesforceClient;

// What reading the records about to be written found.
struct ReadBeforeWriteReport
{
    int calls = 0;
    int conflicts = 0; // both sides had changed a field: decided and recorded
    std::optional<SalesforceError> callError;
    bool deferred = false; // the call gate said no
    // The local records the read asked about, listed when it began (by local id: the read
    // may relink one, to a converted Lead's Contact say). A change queued after that, to a
    // record not listed, was not read: it must wait for the next flush and its read, or
    // it would be written over a change in Salesforce unseen.
    QSet<qint64> listedRecordIds;
};

// Reads the current values of the linked records that have changes waiting, just before
// the outbound flush writes them, and decides them as an inbound poll would (InboundApply,
// three-way against the agreed values).
//
// Between two inbound polls a user, a Flow or another integration may change a field
// that SyncDesk is about to write. Written blindly, the newer value would be overwritten
// and never seen: Salesforce keeps no history a poll could read afterwards. Read first,
// the change is a conflict decided for the later side and recorded; when Salesforce's
// change is the later one, the local one is dropped and never sent.
//
// Cost: one /composite call of queries per 2,500 such records (500 ids a query, five to
// a call), asked of the call gate like every other call; for a big backlog, one Bulk API
// 2.0 query job per object when that spends fewer calls (setBulkThreshold). Either way the
// rows are decided by the same InboundApply. The watermarks do not move:
// these are a few records, not everything that changed.
class ReadBeforeWrite : public QObject
{
    Q_OBJECT

public:
    ReadBeforeWrite(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);

    void setCallGate(CallGate gate) { m_gate = std::move(gate); }
    // Records of one object from which it may be read through a Bulk API 2.0 query job
    // (the whole object, rows kept for the listed ids only) instead of /composite batches:
    // only when the job's expected calls (create, polls, results pages of 50,000 by the
    // object's linked records here) are fewer. 0: never.
    void setBulkThreshold(qint64 records) { m_bulkThreshold = records; }
    Bulk2QueryClient *bulkQueryClient() const { return m_bulkQuery; }

    // Reads and decides; onDone is called once, on this object's thread.
    void run(const MappedFields &fields, std::function<void(ReadBeforeWriteReport)> onDone);

    // The SOQL one batch of ids is read with.
    static QString soqlFor(const CrmIdBatch &batch, const QStringList &inboundFields);

private:
    struct BulkRead
    {
        QString crmObject;
        QSet<QString> ids; // the listed records' CRM ids
    };

    bool readsThroughBulk(const QString &crmObject, qint64 ids) const;
    void readNextThroughBulk();
    void readBulkPage(const QString &jobId, const QString &locator);
    void sendNext();
    void stopWith(const SalesforceError &error);
    void finish();

    QSqlDatabase m_db;
    QPointer<SalesforceClient> m_client;
    CallGate m_gate;
    MappedFields m_fields;
    QList<CrmIdBatch> m_queries;
    QList<BulkRead> m_bulkReads;
    Bulk2QueryClient *m_bulkQuery = nullptr;
    qint64 m_bulkThreshold = 0;
    int m_bulkRequestsAtStart = 0;
    ReadBeforeWriteReport m_report;
    std::function<void(ReadBeforeWriteReport)> m_onDone;
};

} // namespace syncdesk
