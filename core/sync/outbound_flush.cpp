#include "sync/outbound_flush.h"

#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "store/field_mapping_store.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "sync/bulk_outbound_flush.h"

#include <QDebug>
#include <QPointer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// The Salesforce object a local record goes to; empty when the flush does not send it.
QString crmObjectFor(RecordKind kind, const QString &crmObject)
{
    switch (kind) {
    case RecordKind::Person:
        // A person the CRM already knows keeps its object; a new one becomes a Contact
        // unless it was created as a Lead.
        return crmObject == u"Lead"_s ? u"Lead"_s : u"Contact"_s;
    case RecordKind::Account:
        return u"Account"_s;
    case RecordKind::Opportunity:
        // Opportunities have no SyncDesk_Id__c to upsert by.
        return {};
    }
    return {};
}

} // namespace

OutboundFlush::OutboundFlush(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_externalIds(SyncDeskExternalId::of(m_db))
    , m_readBack(new ReadBeforeWrite(m_db, client, this))
    , m_bulk(new BulkOutboundFlush(m_db, client, this))
{}

OutboundFlush::~OutboundFlush()
{
    settleHeldAnswer();
}

void OutboundFlush::setCallGate(CallGate gate)
{
    m_gate = gate;
    m_bulk->setCallGate(gate);
    m_readBack->setCallGate(std::move(gate));
}

int OutboundFlush::recoverAfterCrash()
{
    const int released = OutboxStore(m_db).releaseInFlight();
    // Bulk jobs the crash left are resumed, not resent: their entries stay in flight.
    if (m_bulk->recoverAfterCrash() < 0)
        qWarning() << "outbound flush: cannot keep the entries of recorded Bulk jobs in flight";
    return released;
}

QList<OutboundChange> OutboundFlush::joinWaitingWithRecords()
{
    OutboxStore outbox(m_db);
    if (outbox.releaseHeldForCreates() < 0)
        qWarning() << "outbound flush: cannot add held fields to new records' creates:"
                   << outbox.lastError();
    // A backlog big enough for Bulk API 2.0 is read whole: one job, not one per 20,000.
    const int limit = outbox.waitingCountUpTo(m_bulk->threshold()) >= m_bulk->threshold()
                          ? BulkOutboundFlush::kMaxEntriesPerFlush
                          : kMaxEntriesPerFlush;
    // Entries with their records' kind and link in one read: the flush needs no field of
    // the records themselves.
    const QList<OutboxStore::WaitingChange> waiting = outbox.waitingWithRecords(limit);

    QList<OutboundChange> changes;
    changes.reserve(waiting.size());
    m_crmObjectByRecord.clear();
    m_unmappedEntries.clear();
    for (const OutboxStore::WaitingChange &waitingChange : waiting) {
        const OutboxEntry &entry = waitingChange.entry;
        const QString crmObject = waitingChange.crmId.isEmpty()
                                      ? crmObjectFor(waitingChange.kind, waitingChange.crmObject)
                                      : waitingChange.crmObject;
        if (crmObject.isEmpty())
            continue;
        // Queued after the read began, to a record it did not ask about: unread, it waits
        // for the next flush and its read rather than go out over a change unseen.
        if (m_readRecordIds && !waitingChange.crmId.isEmpty() &&
            !m_readRecordIds->contains(entry.recordId))
            continue;
        const QString crmField = m_mapped.localToCrm(crmObject, entry.field);
        if (crmField.isEmpty()) {
            m_unmappedEntries.append(entry.id);
            continue;
        }
        if (waitingChange.crmId.isEmpty())
            m_crmObjectByRecord.insert(entry.recordId, crmObject);
        changes.append({entry.id, entry.recordId, crmObject, waitingChange.crmId,
                        m_externalIds.forRecord(entry.recordId), crmField, entry.newValue,
                        entry.queuedAt});
    }
    return changes;
}

void OutboundFlush::flush(std::function<void(FlushReport)> onDone)
{
    if (m_flushing) {
        onDone({});
        return;
    }
    m_flushing = true;
    m_report = {};
    m_onDone = std::move(onDone);
    m_mapped = MappedFields(FieldMappingStore(m_db).all());
    m_readRecordIds.reset();
    if (!m_readBeforeWrite)
        return planAndSend();
    const QPointer<OutboundFlush> self(this);
    // A backlog that may go through Bulk API 2.0 may be read through a Bulk query job too.
    m_readBack->setBulkThreshold(m_bulk->threshold());
    m_readBack->run(m_mapped, [self](const ReadBeforeWriteReport &read) {
        if (!self)
            return;
        self->m_report.calls += read.calls;
        self->m_report.conflicts += read.conflicts;
        self->m_readRecordIds = read.listedRecordIds;
        if (read.deferred || read.callError) {
            // Unread, a change would be written blind: what waits keeps waiting, unsent.
            self->m_report.deferred = read.deferred;
            self->m_report.callError = read.callError;
            return self->finish();
        }
        self->planAndSend();
    });
}

void OutboundFlush::planAndSend()
{
    const QList<OutboundChange> changes = joinWaitingWithRecords();
    if (!m_unmappedEntries.isEmpty()) {
        BatchOutcome unmapped;
        unmapped.settledUnsentEntryIds = m_unmappedEntries;
        if (!OutboxStore(m_db).recordOutcome(unmapped))
            qWarning() << "outbound flush: cannot settle changes to fields that are not synced";
    }
    const QList<RecordChangeSet> sets = coalesceOutboundChanges(changes);
    // Bulk API 2.0 when it spends fewer calls (and for jobs a crash left): see OutboundRoute.
    const OutboundRoute route = m_bulk->routeFor(sets, 0);
    const bool bulk = route.api == OutboundRoute::Api::Bulk;
    if (!sets.isEmpty()) {
        m_report.api = bulk ? u"bulk2"_s : u"composite"_s;
        m_report.apiWhy = route.why;
    }
    if (bulk || m_bulk->hasRecordedJobs()) {
        const QPointer<OutboundFlush> self(this);
        m_bulk->run(
            bulk ? sets : QList<RecordChangeSet>(),
            [self, bulk, sets](FlushReport ran) {
                if (!self)
                    return;
                self->m_report.cancelled = ran.cancelled;
                self->m_report.calls += ran.calls;
                self->m_report.recordsSent += ran.recordsSent;
                self->m_report.succeeded += ran.succeeded;
                self->m_report.failed += ran.failed;
                self->m_report.deferred = self->m_report.deferred || ran.deferred;
                if (!self->m_report.callError)
                    self->m_report.callError = ran.callError;
                if (bulk || ran.deferred || ran.callError)
                    return self->finish();
                self->sendComposite(sets);
            },
            bulk ? route.why : tr("a Bulk API job left by a restart is resumed"));
        return;
    }
    sendComposite(sets);
}

void OutboundFlush::sendComposite(const QList<RecordChangeSet> &sets)
{
    const OutboundBatchPlan plan = planOutboundBatches(sets, OrgSession::kApiVersion);
    m_pending = plan.calls;
    if (!sendNext())
        finish();
}

bool OutboundFlush::sendNext()
{
    if (m_pending.isEmpty())
        return false;
    if (m_gate && !m_gate()) {
        m_report.deferred = true;
        m_pending.clear();
        return false;
    }
    const PlannedCall call = m_pending.takeFirst();

    const QList<qint64> entryIds = call.entryIds();
    // In flight before the call leaves: a crash from here on leaves the entries in
    // flight, not waiting, and recoverAfterCrash() knows the resend is harmless.
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!OutboxStore(m_db).markInFlight(batchId, entryIds)) {
        qWarning() << "outbound flush: cannot mark a batch in flight, stopping";
        m_pending.clear();
        return false;
    }

    ++m_report.calls;
    m_report.recordsSent += int(call.recordCount());
    // No later than the org's stamp of what the call writes (kOrgClockUncertaintyMs).
    const QDateTime sentAtOrgTime = QDateTime::currentDateTimeUtc().addMSecs(
        m_client->serverClockOffsetMs() - kOrgClockUncertaintyMs);
    QPointer<OutboundFlush> self(this);
    m_client->composite(
        call.subrequests, false, CallCategory::OutboundUpdate,
        [self, call, batchId, sentAtOrgTime](const auto &result) {
            if (!self)
                return;
            // The previous answer, if its store still waits, goes first: answers are stored
            // in the order their calls left.
            self->settleHeldAnswer();
            const auto *error = std::get_if<SalesforceError>(&result);
            if (error && !self->m_report.callError)
                self->m_report.callError = *error;
            // Spent limit or refused session: every further call would
            // be refused the same way.
            if (error && (error->kind == SalesforceError::Kind::LimitExceeded ||
                          error->kind == SalesforceError::Kind::SessionExpired ||
                          error->kind == SalesforceError::Kind::Auth))
                self->m_pending.clear();
            // The next call leaves before this answer is stored, so that the
            // org works on it meanwhile; still one call at a time at the org.
            // Their entries are apart (a record goes in one call of a flush)
            // and each call's are in flight before it leaves.
            const bool another = self->sendNext();
            self->m_heldAnswer = [flush = self.data(), call, batchId, sentAtOrgTime, result] {
                flush->settle(call, batchId, sentAtOrgTime, result);
            };
            if (!another) {
                self->settleHeldAnswer();
                self->finish();
            }
        },
        // Stored while the org works on the next call, not while its body is still read.
        [self] {
            if (self)
                self->settleHeldAnswer();
        });
    return true;
}

void OutboundFlush::settleHeldAnswer()
{
    if (auto held = std::exchange(m_heldAnswer, nullptr))
        held();
}

void OutboundFlush::settle(const PlannedCall &call, const QString &batchId,
                           const QDateTime &sentAtOrgTime,
                           const SalesforceResult<QList<CompositeSubresponse>> &result)
{
    const QList<OutboundRecordOutcome> outcomes = mapCompositeOutcomes(call, result);
    BatchOutcome batchOutcome = toBatchOutcome(outcomes, QDateTime::currentDateTimeUtc());
    batchOutcome.sentAtOrgTime = sentAtOrgTime;
    for (const OutboundRecordOutcome &outcome : outcomes) {
        if (!outcome.success) {
            ++m_report.failed;
            continue;
        }
        ++m_report.succeeded;
        const auto crmObject = m_crmObjectByRecord.constFind(outcome.recordId);
        if (crmObject != m_crmObjectByRecord.constEnd() && !outcome.crmId.isEmpty())
            batchOutcome.links.append({outcome.recordId, *crmObject, outcome.crmId});
    }
    // One transaction for the links and the outcome: one commit per call rather than one
    // per record. Should it fail, the entries stay in flight under batchId and go out
    // again after recoverAfterCrash(); the upsert makes that resend harmless.
    if (!OutboxStore(m_db).recordOutcome(batchOutcome))
        qWarning() << "outbound flush: cannot record the outcome of batch" << batchId;
}

void OutboundFlush::finish()
{
    m_flushing = false;
    auto onDone = std::move(m_onDone);
    m_onDone = nullptr;
    if (onDone)
        onDone(m_report);
}

} // namespace syncdesk
