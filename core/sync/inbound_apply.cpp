#include "sync/inbound_apply.h"

#include "store/conflict_store.h"
#include "store/outbox_store.h"
#include "store/watermark_store.h"
#include "sync/outbound_flush.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

InboundCounts &InboundCounts::operator+=(const InboundCounts &other)
{
    created += other.created;
    updated += other.updated;
    deleted += other.deleted;
    conflicts += other.conflicts;
    return *this;
}

InboundApply::InboundApply(QSqlDatabase db, MappedFields fields)
    : TableAccess(std::move(db))
    , m_fields(std::move(fields))
{}

QDateTime InboundApply::parseModstamp(const QString &systemModstamp)
{
    // Salesforce writes "2026-03-02T09:00:00.000+0000"; Qt reads the offset without colon.
    QDateTime time = QDateTime::fromString(systemModstamp, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

bool InboundApply::apply(const QString &crmObject, RecordKind kind, const QJsonArray &rows,
                         const QDateTime &polledAt, InboundCounts *counts)
{
    InboundCounts local;
    const bool done = inTransaction([&] {
        QString newestText;
        QDateTime newest;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (!applyRow(crmObject, kind, row, polledAt, &local))
                return false;
            const QString stamp = row.value(u"SystemModstamp"_s).toString();
            const QDateTime parsed = parseModstamp(stamp);
            if (parsed.isValid() && (!newest.isValid() || parsed > newest)) {
                newest = parsed;
                newestText = stamp;
            }
        }
        if (newestText.isEmpty())
            return true; // nothing new: the watermark stays where it is
        WatermarkStore watermarks(m_db);
        if (!watermarks.advance(crmObject, newestText, polledAt)) {
            takeErrorFrom(watermarks);
            return false;
        }
        return true;
    });
    if (done && counts)
        *counts += local;
    return done;
}

bool InboundApply::hasSyncDeskId(const QString &crmObject)
{
    return crmObject == u"Contact" || crmObject == u"Lead" || crmObject == u"Account";
}

std::optional<LocalRecord> InboundApply::recordCreatedBySyncDesk(const QString &crmObject,
                                                                 const QString &crmId,
                                                                 const QJsonObject &row,
                                                                 bool *linkFailed)
{
    const std::optional<qint64> localId =
        OutboundFlush::recordIdFromExternalId(row.value(kSyncDeskExternalIdField).toString());
    if (!localId)
        return std::nullopt;
    RecordStore records(m_db);
    std::optional<LocalRecord> local = records.find(*localId);
    if (!local || !local->crmId.isEmpty())
        return std::nullopt;
    if (!records.linkToCrm(*localId, crmObject, crmId)) {
        takeErrorFrom(records);
        *linkFailed = true;
        return std::nullopt;
    }
    local->crmObject = crmObject;
    local->crmId = crmId;
    return local;
}

bool InboundApply::applyRow(const QString &crmObject, RecordKind kind, const QJsonObject &row,
                            const QDateTime &polledAt, InboundCounts *counts)
{
    const QString crmId = row.value(u"Id"_s).toString();
    if (crmId.isEmpty())
        return true;
    const QString stamp = row.value(u"SystemModstamp"_s).toString();
    RecordStore records(m_db);
    std::optional<LocalRecord> existing = records.findByCrmId(crmObject, crmId);
    if (!existing) {
        bool linkFailed = false;
        existing = recordCreatedBySyncDesk(crmObject, crmId, row, &linkFailed);
        if (linkFailed)
            return false;
    }
    OutboxStore outbox(m_db);

    if (row.value(u"IsDeleted"_s).toBool()) {
        if (!existing || existing->crmDeletedAt.isValid())
            return true;
        // Nothing waiting can reach a deleted record; the local record stays for the admin.
        const QDateTime deletedAt =
            parseModstamp(stamp).isValid() ? parseModstamp(stamp) : polledAt;
        if (!records.markDeletedInCrm(existing->id, stamp, deletedAt)) {
            takeErrorFrom(records);
            return false;
        }
        if (outbox.dropWaitingForRecord(existing->id) < 0) {
            takeErrorFrom(outbox);
            return false;
        }
        if (outbox.countForRecord(existing->id) == 0)
            records.setSyncState(existing->id, RecordSyncState::Synced);
        ++counts->deleted;
        return true;
    }

    QJsonObject incoming = m_fields.toLocal(crmObject, row);
    if (!existing) {
        const std::optional<qint64> id = records.insert(LocalRecord{
            .kind = kind,
            .crmObject = crmObject,
            .crmId = crmId,
            .fields = incoming,
            .syncState = RecordSyncState::Synced,
            .crmModstamp = stamp,
        });
        if (!id) {
            takeErrorFrom(records);
            return false;
        }
        ++counts->created;
        return true;
    }

    if (!decideConflicts(*existing, crmObject, parseModstamp(stamp), polledAt, &incoming,
                         &counts->conflicts))
        return false;
    if (!records.applyCrmFields(existing->id, incoming, stamp)) {
        takeErrorFrom(records);
        return false;
    }
    if (existing->syncState == RecordSyncState::Pending && outbox.countForRecord(existing->id) == 0)
        records.setSyncState(existing->id, RecordSyncState::Synced);
    ++counts->updated;
    return true;
}

bool InboundApply::decideConflicts(const LocalRecord &record, const QString &crmObject,
                                   const QDateTime &crmChangedAt, const QDateTime &polledAt,
                                   QJsonObject *incoming, int *conflicts)
{
    OutboxStore outbox(m_db);
    ConflictStore decisions(m_db);
    for (const OutboxEntry &entry : outbox.forRecord(record.id)) {
        if (!incoming->contains(entry.field))
            continue;
        if (!entry.batchId.isEmpty()) {
            // On its way: Salesforce applies it after the value read here.
            incoming->remove(entry.field);
            continue;
        }
        if (m_fields.direction(crmObject, entry.field) != SyncDirection::Both)
            continue;
        const QJsonValue crmValue = incoming->value(entry.field);
        if (crmValue == entry.newValue) {
            // Both sides agree: nothing to decide, nothing left to send.
            if (!outbox.dropWaiting(entry.id)) {
                takeErrorFrom(outbox);
                return false;
            }
            continue;
        }
        const bool localWins = crmChangedAt.isValid() && entry.queuedAt > crmChangedAt;
        SyncConflict conflict{
            .recordId = record.id,
            .field = entry.field,
            .localValue = entry.newValue,
            .crmValue = crmValue,
            .winner = localWins ? SyncConflict::Winner::Local : SyncConflict::Winner::Crm,
            .localChangedAt = entry.queuedAt,
            .crmChangedAt = crmChangedAt,
            .decidedAt = polledAt,
        };
        if (localWins) {
            incoming->remove(entry.field);
        } else if (!outbox.dropWaiting(entry.id)) {
            takeErrorFrom(outbox);
            return false;
        }
        if (!decisions.add(conflict)) {
            takeErrorFrom(decisions);
            return false;
        }
        ++*conflicts;
    }
    return true;
}

} // namespace syncdesk
