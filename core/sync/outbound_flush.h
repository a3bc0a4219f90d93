#pragma once

#include "salesforce/salesforce_error.h"
#include "sync/call_gate.h"
#include "sync/mapped_fields.h"
#include "sync/outbound_batch_plan.h"
#include "sync/read_before_write.h"
#include "sync/syncdesk_external_id.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace syncdesk {

class BulkOutboundFlush;
class SalesforceClient;

// What one flush of the outbox came to.
struct FlushReport
{
    int calls = 0;       // composite calls sent
    int recordsSent = 0; // records in those calls
    int succeeded = 0;
    int failed = 0; // filed in FailureStore, their entries held back
    // A whole call failed (no credits, no session, 5xx...). After a spent limit or a
    // refused session the flush stops there: the rest keeps waiting, unsent.
    std::optional<SalesforceError> callError;
    bool deferred = false; // the call gate said no: the rest waits, unsent
    int conflicts = 0;     // found by reading the records before writing them
    // The API the changes went through ("composite", "bulk2": sync_runs.api) and why
    // (OutboundRoute::why); empty when nothing was to be sent.
    QString api;
    QString apiWhy;
    bool cancelled = false; // the admin cancelled a Bulk job: what it had not processed waits
};

// Sends the waiting outbox to Salesforce in as few composite calls as the planner
// allows. Outbox field names are Salesforce field API names (LastName, Email...).
//
// Records not yet in Salesforce are upserted by SyncDesk_Id__c (SyncDeskExternalId: this
// workspace's install id and the local record id), so it is the same on every resend: a call lost
// to a crash and sent again updates the records it created instead of creating them twice. That is
// why entries are marked in flight before each call and recoverAfterCrash() may simply put them
// back to waiting.
//
// Only fields mapped `both` or `to_crm` (FieldMappingStore, read at each flush) leave,
// under their CRM names; a change to any other field is settled without a call, since
// the configuration says it is not synced.
class OutboundFlush : public QObject
{
    Q_OBJECT

public:
    // `db` must belong to the thread this object lives on; `client` outlives it.
    OutboundFlush(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);
    // An answer not yet stored is stored now.
    ~OutboundFlush() override;

    // Entries read per flush; the rest wait for the next one.
    static constexpr int kMaxEntriesPerFlush = 20'000;
    // The org's clock is read from its Date header (whole seconds, so up to a second
    // off) and it stamps at whole seconds (up to a second earlier than the save).
    static constexpr qint64 kOrgClockUncertaintyMs = 2'000;

    // Sends every waiting entry (calls one after another: the next leaves as the last's
    // answer arrives, and that answer is stored once the next request is sent, or at the
    // latest when its answer comes) and reports when done.
    // One flush at a time: a second call while one runs reports nothing sent.
    void flush(std::function<void(FlushReport)> onDone);
    bool isFlushing() const { return m_flushing; }
    // Asked before each call; see CallGate.
    void setCallGate(CallGate gate);
    // Whether linked records are read just before they are written (ReadBeforeWrite), so
    // that a change made in Salesforce since the last poll is decided, not overwritten.
    void setReadBeforeWrite(bool enabled) { m_readBeforeWrite = enabled; }

    // At start-up: entries a crashed run left in flight wait again. Safe because their
    // resend upserts by external id. Returns how many entries were released.
    int recoverAfterCrash();

    // Big backlogs go through Bulk API 2.0 instead (BulkOutboundFlush, OutboundRoute).
    BulkOutboundFlush *bulk() const { return m_bulk; }

private:
    QList<OutboundChange> joinWaitingWithRecords();
    void planAndSend();
    void sendComposite(const QList<RecordChangeSet> &sets);
    // Marks the next planned call in flight and sends it; false when none left (nothing
    // planned, the gate said no, or the mark failed).
    bool sendNext();
    void finish();
    void settle(const PlannedCall &call, const QString &batchId, const QDateTime &sentAtOrgTime,
                const SalesforceResult<QList<CompositeSubresponse>> &result);
    // Stores the answer held back while the next request went out, if any.
    void settleHeldAnswer();

    QSqlDatabase m_db;
    SalesforceClient *m_client = nullptr;
    SyncDeskExternalId m_externalIds;
    bool m_flushing = false;
    QList<PlannedCall> m_pending;
    // The last answer, stored once the next request has left (its body is read from this
    // thread's event loop, which storing would block) or when that request's answer comes.
    std::function<void()> m_heldAnswer;
    QHash<qint64, QString> m_crmObjectByRecord; // records without a CRM id yet
    MappedFields m_mapped;
    QList<qint64> m_unmappedEntries; // settled without being sent
    FlushReport m_report;
    std::function<void(FlushReport)> m_onDone;
    CallGate m_gate;
    ReadBeforeWrite *m_readBack = nullptr;
    // The linked records this flush's read asked about; none when it does not read.
    std::optional<QSet<qint64>> m_readRecordIds;
    bool m_readBeforeWrite = true;
    BulkOutboundFlush *m_bulk = nullptr;
};

} // namespace syncdesk
