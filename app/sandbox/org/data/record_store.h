#pragma once

#include "data/external_id_index.h"
#include "schema/object_description.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace syncdesk::sandbox {

// Formats a time the way Salesforce's JSON does: 2013-05-07T22:07:19.000+0000.
QString salesforceDateTime(const QDateTime &time);

// The org's records, in memory. Each record is a JSON object keyed by the
// schema's canonical field names; the store maintains Id, IsDeleted,
// CreatedDate, LastModifiedDate and SystemModstamp itself. Records keep their
// insertion order so that queries without ORDER BY are deterministic.
class RecordStore
{
public:
    struct Change
    {
        enum class Kind
        {
            Inserted,
            Updated,
            Deleted,
            Purged, // gone for good: hard delete or an emptied recycle bin
        };
        Kind kind;
        QString objectName;
        QString id;
    };
    using ChangeListener = std::function<void(const Change &)>;

    // Who saves: the real-org timing options can treat them differently.
    enum class Writer
    {
        Api,     // the REST API (SyncDesk, or a test)
        CrmUser, // people in the Salesforce UI, and the org's own operations
    };

    explicit RecordStore(const OrgSchema &schema);

    // Real-org timing, all off by default. Whole-second stamps: CreatedDate,
    // LastModifiedDate and SystemModstamp carry .000, as Salesforce's do.
    void setWholeSecondStamps(bool on) { m_wholeSeconds = on; }
    bool wholeSecondStamps() const { return m_wholeSeconds; }
    // A commit delay: a write by `writer` is stamped when it starts but readers
    // (visibleRecords, findVisible) see it only `seconds` later; until then
    // they see the version before it, or nothing for an insert.
    void setCommitDelay(Writer writer, qint64 seconds);
    qint64 commitDelay(Writer writer) const;

    const OrgSchema &schema() const { return m_schema; }

    // The object an id belongs to, by key prefix; empty when no object has it.
    QString objectOf(QStringView id) const;
    // The record with this 15- or 18-character id, deleted or not; nullptr if none.
    const QJsonObject *find(QStringView id) const;
    // All records of an object in insertion order; deleted ones only when asked.
    QList<QJsonObject> records(const QString &objectName, bool includeDeleted = false) const;
    qsizetype count(const QString &objectName, bool includeDeleted = false) const;
    // What a reader sees at `now`: committed versions only (see setCommitDelay).
    QList<QJsonObject> visibleRecords(const QString &objectName, bool includeDeleted,
                                      const QDateTime &now) const;
    std::optional<QJsonObject> findVisible(QStringView id, const QDateTime &now) const;

    // Reads by key (record_store_lookups.cpp), for the paths that would
    // otherwise read every record: upserts and queries by id or external id.

    // Whether `field` (canonical name) is an indexed external-id field.
    bool indexesExternalId(const QString &objectName, const QString &field) const;
    // The records, deleted or not, whose latest `field` value may equal
    // `value` ignoring case, in insertion order: candidates to compare.
    QList<QJsonObject> externalIdCandidates(const QString &objectName, const QString &field,
                                            QStringView value) const;
    // visibleRecords() narrowed to these 18-character ids: the same versions
    // in the same order, without reading the other records.
    QList<QJsonObject> visibleRecordsWithIds(const QString &objectName, const QStringList &ids,
                                             bool includeDeleted, const QDateTime &now) const;
    // visibleRecords() narrowed to the records whose visible `field` value may
    // equal one of `values` ignoring case: a superset the caller still filters.
    QList<QJsonObject> visibleRecordsWithExternalIds(const QString &objectName,
                                                     const QString &field,
                                                     const QStringList &values, bool includeDeleted,
                                                     const QDateTime &now) const;

    // Adds a record with the given (already validated) fields; returns its new id.
    // Fields passed as an rvalue become the row without a copy.
    QString insert(const QString &objectName, QJsonObject fields, const QDateTime &now,
                   Writer writer = Writer::Api);
    // Adds a record keeping its id and system fields: for loading saved state.
    void restore(const QString &objectName, const QJsonObject &record);
    // Applies field changes to a live record and moves its timestamps.
    bool update(QStringView id, const QJsonObject &changes, const QDateTime &now,
                Writer writer = Writer::Api);
    // Soft delete: the record stays for queryAll and deleted/ until purged.
    // `fields` are set on the way (MasterRecordId for a merge's losers).
    bool remove(QStringView id, const QDateTime &now, Writer writer = Writer::Api,
                const QJsonObject &fields = {});
    // Hard delete: the record goes, deleted or not, with no recycle-bin trace.
    bool purge(QStringView id);
    // Purges every soft-deleted record; returns how many went.
    qsizetype emptyRecycleBin();
    // The stamp a write at `now` gets (whole seconds when so configured).
    QDateTime stampFor(const QDateTime &now) const;
    // The ids deleted in [start, end], with their deletion times.
    QList<std::pair<QString, QDateTime>>
    deletedBetween(const QString &objectName, const QDateTime &start, const QDateTime &end) const;
    void clear();

    void setChangeListener(ChangeListener listener) { m_listener = std::move(listener); }

private:
    struct Table
    {
        QList<QString> order;             // ids in insertion order
        QHash<QString, QJsonObject> rows; // by 18-character id
        QHash<QString, QDateTime> deletedAt;
        // Rows written but not yet committed: what readers see until visibleAt
        // (nullopt: the row did not exist for them).
        struct Pending
        {
            std::optional<QJsonObject> committed;
            QDateTime visibleAt;
        };
        QHash<QString, Pending> pending;
        quint64 nextSerial = 1;
        // Each id's place in `order`, which only grows at the end: sorting by
        // it puts any subset of records in insertion order.
        QHash<QString, quint64> sequence;
        quint64 nextSequence = 0;
        ExternalIdIndex externalIds;
    };

public:
    // A copy of every table, cheap thanks to Qt's implicit sharing: what an
    // all-or-none operation rolls back to.
    class Snapshot
    {
        friend class RecordStore;
        QHash<QString, Table> m_tables;
    };
    Snapshot snapshot() const;
    void rollBack(const Snapshot &snapshot);

private:
    Table *tableFor(QStringView id, QString *canonicalId);
    // The object's table, made (with its external-id index) on first use.
    Table &tableOf(const ObjectDescription &object);
    void append(Table &table, const QString &id, const QJsonObject &row);
    QList<QJsonObject> visibleAmong(const Table &table, const QList<QString> &ids,
                                    bool includeDeleted, const QDateTime &now) const;
    // The record if it exists and is not deleted; nullptr otherwise.
    QJsonObject *liveRow(QStringView id, QString *canonicalId);
    void notify(Change::Kind kind, const QString &objectName, const QString &id) const;
    // Before a write by `writer` at `now` changes `id`: keeps what readers see.
    void holdBack(Table &table, const QString &id, const QDateTime &now, Writer writer);
    std::optional<QJsonObject> visibleRow(const Table &table, const QString &id,
                                          const QDateTime &now) const;

    const OrgSchema &m_schema;
    QHash<QString, Table> m_tables; // by object name
    ChangeListener m_listener;
    bool m_wholeSeconds = false;
    qint64 m_apiCommitDelay = 0;
    qint64 m_userCommitDelay = 0;
};

} // namespace syncdesk::sandbox
