#include "sync/inbound_apply.h"

#include "store/conflict_store.h"
#include "store/outbox_store.h"
#include "store/store_time.h"
#include "store/watermark_store.h"
#include "sync/outbound_batch_plan.h"
#include "sync/syncdesk_external_id.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

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

InboundApply::InboundApply(QSqlDatabase db, MappedFields fields, qint64 serverClockOffsetMs)
    : TableAccess(std::move(db))
    , m_fields(std::move(fields))
    , m_installId(SyncDeskExternalId::of(m_db).installId())
    , m_serverClockOffsetMs(serverClockOffsetMs)
{}

QDateTime InboundApply::parseModstamp(const QString &systemModstamp)
{
    // Salesforce writes "2026-03-02T09:00:00.000+0000"; Qt reads the offset without colon.
    QDateTime time = QDateTime::fromString(systemModstamp, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

bool InboundApply::apply(const QString &crmObject, RecordKind kind, const QJsonArray &rows,
                         const QDateTime &polledAt, InboundCounts *counts, Watermark watermark,
                         const std::function<bool()> &alongside)
{
    InboundCounts local;
    const bool done = inTransaction([&] {
        m_prefetch.emplace(m_db, crmObject, rows);
        m_records.emplace(m_db);
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
        if (!m_records->writeQueued()) {
            takeErrorFrom(*m_records);
            return false;
        }
        // Nothing new, or not a poll: the watermark stays where it is.
        if (!newestText.isEmpty() && watermark == Watermark::Advance &&
            !moveWatermark(crmObject, newestText, polledAt))
            return false;
        return !alongside || alongside();
    });
    m_prefetch.reset();
    m_records.reset();
    if (done && counts)
        *counts += local;
    return done;
}

bool InboundApply::moveWatermark(const QString &crmObject, const QString &newestStamp,
                                 const QDateTime &polledAt)
{
    WatermarkStore watermarks(m_db);
    // Rows read again by the overlapping window are older than the watermark: it never
    // moves back (unless the fields it covers changed: then this is a backfill).
    const QStringList fields = m_fields.inboundCrmFields(crmObject);
    if (const std::optional<QString> current = watermarks.watermarkCovering(crmObject, fields);
        current && parseModstamp(*current) >= parseModstamp(newestStamp))
        return true;
    if (!watermarks.advance(crmObject, newestStamp, polledAt, fields)) {
        takeErrorFrom(watermarks);
        return false;
    }
    return true;
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
        SyncDeskExternalId(m_installId).recordIdOf(row.value(kSyncDeskExternalIdField).toString());
    if (!localId)
        return std::nullopt;
    RecordStore &records = *m_records;
    // The page's new records, queued so far, can be this one's.
    if (!records.writeQueued()) {
        takeErrorFrom(records);
        *linkFailed = true;
        return std::nullopt;
    }
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
    RecordStore &records = *m_records; // one per page: its statements are prepared once
    const auto prefetched = m_prefetch ? m_prefetch->record(crmId) : std::nullopt;
    // New records wait in `records` to be written many at once; anything else this row
    // does reads or writes the store, so they are written first.
    if ((!prefetched || *prefetched) && !records.writeQueued()) {
        takeErrorFrom(records);
        return false;
    }
    std::optional<LocalRecord> existing =
        prefetched ? *prefetched : records.findByCrmId(crmObject, crmId);
    if (!existing) {
        bool linkFailed = false;
        existing = recordCreatedBySyncDesk(crmObject, crmId, row, &linkFailed);
        if (linkFailed)
            return false;
        if (existing && m_prefetch)
            m_prefetch->forget(); // a link the prefetch did not see
    }
    OutboxStore outbox(m_db);

    if (const std::optional<CrmRef> survivor = survivorOf(crmObject, row)) {
        // Following it changes other records than this row's: the rest of the page reads
        // the store.
        if (m_prefetch)
            m_prefetch->forget();
        // A Lead converted (or a record merged away) before the workspace ever had it is
        // not imported: its survivor comes in on its own, once.
        if (!existing)
            return true;
        if (!followToSurvivor(*existing, *survivor, stamp))
            return false;
        ++counts->updated;
        return true;
    }

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

    // A version from before SyncDesk's last write to the record, read while that write
    // was not yet committed: it carries nothing the workspace lacks, and decided against
    // the base that write moved it would undo the write (and the user's value) locally.
    // The committed version comes later, stamped after the write.
    if (existing && existing->crmWrittenAt.isValid()) {
        const QDateTime stamped = parseModstamp(stamp);
        if (stamped.isValid() && stamped < existing->crmWrittenAt)
            return true;
    }

    QJsonObject incoming = m_fields.toLocal(crmObject, row);
    if (!existing) {
        if (!records.queueFromCrm(kind, crmObject, crmId, incoming, stamp)) {
            takeErrorFrom(records);
            return false;
        }
        ++counts->created;
        return true;
    }

    const FieldDecisions decided =
        decideFields(*existing, crmObject, parseModstamp(stamp), polledAt, incoming);
    if (!decided.ok)
        return false;
    counts->conflicts += decided.conflicts;
    const bool changesLocally = !decided.take.isEmpty() || decided.conflicts > 0;
    // A row read again by the overlapping window, with nothing new in it, changes nothing.
    if (!changesLocally && decided.base.isEmpty() && stamp == existing->crmModstamp &&
        !existing->crmDeletedAt.isValid())
        return true;
    if (!records.applyCrmFields(*existing, decided.take, stamp, decided.base)) {
        takeErrorFrom(records);
        return false;
    }
    if (existing->syncState == RecordSyncState::Pending && decided.entriesLeft == 0)
        records.setSyncState(existing->id, RecordSyncState::Synced);
    if (changesLocally || existing->crmDeletedAt.isValid())
        ++counts->updated;
    return true;
}

std::optional<InboundApply::CrmRef> InboundApply::survivorOf(const QString &crmObject,
                                                             const QJsonObject &row)
{
    // A converted Lead lives on as its Contact; a merge's loser as the master record.
    const QString convertedTo = row.value(u"ConvertedContactId"_s).toString();
    if (crmObject == u"Lead"_s && row.value(u"IsConverted"_s).toBool() && !convertedTo.isEmpty())
        return CrmRef{u"Contact"_s, convertedTo};
    const QString master = row.value(u"MasterRecordId"_s).toString();
    if (row.value(u"IsDeleted"_s).toBool() && !master.isEmpty())
        return CrmRef{crmObject, master};
    return std::nullopt;
}

bool InboundApply::followToSurvivor(const LocalRecord &record, const CrmRef &survivor,
                                    const QString &followedAtStamp)
{
    RecordStore records(m_db);
    const std::optional<LocalRecord> other = records.findByCrmId(survivor.object, survivor.id);
    if (other && other->id == record.id)
        return true;
    auto exec = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery query = prepared(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return run(query);
    };
    // What failed only because the record was converted or merged away goes out again,
    // now to the survivor.
    const QVariantList held{record.id, record.id};
    if (!exec(u"UPDATE outbox SET failure_id = NULL WHERE failure_id IN (SELECT id FROM "
              "sync_failures WHERE item_kind = 'record' AND item_id = ? AND sf_status_code IN "
              "('CANNOT_UPDATE_CONVERTED_LEAD', 'ENTITY_IS_DELETED')) AND record_id = ?"_s,
              held) ||
        !exec(u"DELETE FROM sync_failures WHERE item_kind = 'record' AND item_id = ? AND "
              "sf_status_code IN ('CANNOT_UPDATE_CONVERTED_LEAD', 'ENTITY_IS_DELETED') AND "
              "NOT EXISTS (SELECT 1 FROM outbox WHERE failure_id = sync_failures.id)"_s,
              {record.id}))
        return false;
    if (!other) {
        // The survivor is new to the workspace: this record becomes it. The agreed values
        // stay the base: Salesforce copies a converted Lead's fields into its Contact, and
        // a merge's master takes the values the admin chose, which then read as changes.
        // The row that named the survivor is its stamp for now: the survivor committed
        // with it (a conversion's Contact) or before it (a merge's master), so the
        // deletion sweep may ask about it, and finds it if it was purged before any poll
        // read it.
        return exec(u"UPDATE records SET crm_object = ?, crm_id = ?, crm_modstamp = ?, "
                    "crm_deleted_at = NULL WHERE id = ?"_s,
                    {survivor.object, survivor.id,
                     followedAtStamp.isEmpty() ? QVariant() : QVariant(followedAtStamp),
                     record.id});
    }
    if (record.crmObject == u"Lead"_s && survivor.object == u"Contact"_s)
        return foldConversionTwin(record, *other);
    // Both are in the workspace: the survivor's record takes this one's waiting changes and
    // activities, and this one stays behind, marked deleted in CRM.
    return exec(u"UPDATE outbox SET record_id = ? WHERE record_id = ? AND batch_id IS NULL"_s,
                {other->id, record.id}) &&
           exec(u"UPDATE activities SET record_id = ? WHERE record_id = ?"_s,
                {other->id, record.id}) &&
           exec(u"UPDATE records SET crm_deleted_at = COALESCE(crm_deleted_at, ?) WHERE id = ?"_s,
                {store_time::toColumn(QDateTime::currentDateTimeUtc()), record.id});
}

bool InboundApply::foldConversionTwin(const LocalRecord &person, const LocalRecord &twin)
{
    // The Contact a conversion made was read before the converted Lead (the two commit
    // apart), so it came in as a second person. The person the workspace has known all
    // along becomes the Contact: it takes the twin's link, agreed values, waiting changes
    // (and their values) and activities, and the twin, an artefact of that order, goes.
    QJsonObject fields = person.fields;
    for (const OutboxEntry &entry : OutboxStore(m_db).forRecord(twin.id))
        fields.insert(entry.field, twin.fields.value(entry.field));
    QSqlQuery moveOutbox =
        prepared(u"UPDATE outbox SET record_id = ? WHERE record_id = ? AND batch_id IS NULL"_s);
    moveOutbox.addBindValue(person.id);
    moveOutbox.addBindValue(twin.id);
    QSqlQuery moveActivities =
        prepared(u"UPDATE activities SET record_id = ? WHERE record_id = ?"_s);
    moveActivities.addBindValue(person.id);
    moveActivities.addBindValue(twin.id);
    QSqlQuery dropTwin = prepared(u"DELETE FROM records WHERE id = ?"_s);
    dropTwin.addBindValue(twin.id);
    if (!run(moveOutbox) || !run(moveActivities) || !run(dropTwin))
        return false;
    QSqlQuery relink = prepared(u"UPDATE records SET crm_object = ?, crm_id = ?, fields_json = ?, "
                                "crm_base_json = ?, crm_modstamp = ?, crm_deleted_at = NULL "
                                "WHERE id = ?"_s);
    relink.addBindValue(twin.crmObject);
    relink.addBindValue(twin.crmId);
    relink.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    relink.addBindValue(twin.crmBase.isEmpty()
                            ? QVariant()
                            : QVariant(QString::fromUtf8(
                                  QJsonDocument(twin.crmBase).toJson(QJsonDocument::Compact))));
    relink.addBindValue(twin.crmModstamp.isEmpty() ? QVariant() : QVariant(twin.crmModstamp));
    relink.addBindValue(person.id);
    return run(relink);
}

InboundApply::FieldDecisions InboundApply::decideFields(const LocalRecord &record,
                                                        const QString &crmObject,
                                                        const QDateTime &crmChangedAt,
                                                        const QDateTime &polledAt,
                                                        const QJsonObject &incoming)
{
    FieldDecisions decided;
    OutboxStore outbox(m_db);
    ConflictStore decisions(m_db);
    // The newest local change of each field, and whether any of its changes is on its way.
    QHash<QString, OutboxEntry> newestChange;
    QSet<QString> inFlight;
    const auto prefetched = m_prefetch ? m_prefetch->entries(record.id) : std::nullopt;
    const QList<OutboxEntry> entries = prefetched ? *prefetched : outbox.forRecord(record.id);
    // Fields whose waiting entries dropField() removed below.
    QSet<QString> dropped;
    for (const OutboxEntry &entry : entries) {
        if (!entry.batchId.isEmpty())
            inFlight.insert(entry.field);
        auto found = newestChange.find(entry.field);
        if (found == newestChange.end() || found->id < entry.id)
            newestChange.insert(entry.field, entry);
    }
    auto fail = [&](const TableAccess &store) {
        takeErrorFrom(store);
        decided.ok = false;
        return decided;
    };

    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue crmValue = it.value();
        // A record with a base has agreed values; a field missing from them was never set
        // on Salesforce's side by SyncDesk (null there unless someone changed it since).
        const bool baseKnown = !record.crmBase.isEmpty();
        const QJsonValue base = record.crmBase.contains(field) ? record.crmBase.value(field)
                                                               : QJsonValue(QJsonValue::Null);
        bool crmChanged = !baseKnown || base != crmValue;
        if (inFlight.contains(field))
            continue; // on its way: Salesforce applies it after the value read here
        if (crmChanged && record.crmSent.value(field).toArray().contains(crmValue)) {
            // A value SyncDesk sent without learning the outcome: its own write, which
            // Salesforce did take. Now agreed; a newer local change still goes out.
            decided.base.insert(field, crmValue);
            crmChanged = false;
        }
        const auto change = newestChange.constFind(field);
        if (change == newestChange.cend()) {
            // Only Salesforce can have changed it. Its own copy of SyncDesk's last write
            // comes back equal to the base and changes nothing.
            if (!crmChanged)
                continue;
            decided.base.insert(field, crmValue);
            if (record.fields.value(field) != crmValue)
                decided.take.insert(field, crmValue);
            continue;
        }
        if (crmValue == change->newValue) {
            // Both sides agree: nothing to decide, nothing left to send.
            if (!outbox.dropField(record.id, field))
                return fail(outbox);
            dropped.insert(field);
            decided.base.insert(field, crmValue);
            continue;
        }
        if (!crmChanged)
            continue; // only the local side changed: its change goes out
        if (m_fields.direction(crmObject, field) != SyncDirection::Both) {
            decided.base.insert(field, crmValue);
            decided.take.insert(field, crmValue);
            continue;
        }
        // Both sides changed the field since they last agreed: the later change wins.
        // On the org's clock: a desktop clock that runs behind or ahead must not decide.
        const bool localWins = crmChangedAt.isValid() &&
                               change->queuedAt.addMSecs(m_serverClockOffsetMs) > crmChangedAt;
        const SyncConflict conflict{
            .recordId = record.id,
            .field = field,
            .localValue = change->newValue,
            .crmValue = crmValue,
            .winner = localWins ? SyncConflict::Winner::Local : SyncConflict::Winner::Crm,
            .localChangedAt = change->queuedAt,
            .crmChangedAt = crmChangedAt,
            .decidedAt = polledAt,
        };
        // Salesforce holds crmValue now either way; a local win overwrites it next flush.
        decided.base.insert(field, crmValue);
        if (!localWins) {
            if (!outbox.dropField(record.id, field))
                return fail(outbox);
            dropped.insert(field);
            decided.take.insert(field, crmValue);
        }
        if (!decisions.add(conflict))
            return fail(decisions);
        ++decided.conflicts;
    }
    // dropField() deletes a field's waiting entries; those in flight stay.
    for (const OutboxEntry &entry : entries) {
        if (!entry.batchId.isEmpty() || !dropped.contains(entry.field))
            ++decided.entriesLeft;
    }
    return decided;
}

} // namespace syncdesk
