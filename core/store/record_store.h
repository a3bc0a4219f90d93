#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

enum class RecordKind
{
    Person,
    Account,
    Opportunity,
};

// Where a local record stands with Salesforce.
enum class RecordSyncState
{
    LocalOnly, // never sent
    Pending,   // local changes in the outbox
    Synced,
    Failed, // a change is held by a sync failure
};

QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(const QString &name);
QString recordSyncStateName(RecordSyncState state);

// A person, account or opportunity of the local workspace.
struct LocalRecord
{
    qint64 id = 0;
    RecordKind kind = RecordKind::Person;
    QString crmObject; // Lead, Contact, Account, Opportunity; empty until linked
    QString crmId;
    QJsonObject fields;
    RecordSyncState syncState = RecordSyncState::LocalOnly;
    QDateTime updatedAt;
    QString crmModstamp;    // SystemModstamp as last read inbound, Salesforce's text
    QDateTime crmDeletedAt; // invalid unless Salesforce deleted the linked record
    // The value each synced field last had on both sides (local field name → value):
    // the base of inbound's three-way decisions. Empty for a record never synced.
    QJsonObject crmBase;
    // No later than the org's stamp of SyncDesk's last confirmed write (org clock);
    // invalid when SyncDesk never wrote it.
    QDateTime crmWrittenAt;
    // Values SyncDesk sent whose outcome it never learned (local field name → array of
    // values): Salesforce may hold any of them, as SyncDesk's own write. A field leaves
    // this when its agreed value (crmBase) moves.
    QJsonObject crmSent;
};

class RecordStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    std::optional<qint64> insert(const LocalRecord &record);
    // A record read from Salesforce that the workspace did not have (synced, its values
    // agreed), queued and written with others in one statement on SQLite (the rows as one
    // bound JSON array: no per-row binding or statement); elsewhere written at once. Queued
    // rows are invisible to reads until writeQueued(), which the caller runs before it
    // reads or writes records otherwise, and before its transaction ends. False when a
    // write failed.
    bool queueFromCrm(RecordKind kind, const QString &crmObject, const QString &crmId,
                      const QJsonObject &fields, const QString &crmModstamp);
    bool writeQueued();
    std::optional<LocalRecord> find(qint64 id) const;
    // Those of `ids` that exist, by id: one statement per few hundred.
    QHash<qint64, LocalRecord> findMany(const QList<qint64> &ids) const;
    std::optional<LocalRecord> findByCrmId(const QString &crmObject, const QString &crmId) const;
    // Those of `crmIds` linked to a local record, by CRM id.
    QHash<QString, LocalRecord> findManyByCrmId(const QString &crmObject,
                                                const QStringList &crmIds) const;
    // A page of one kind, by id, for list models that fetch lazily.
    QList<LocalRecord> page(RecordKind kind, int limit, int offset) const;
    int count(RecordKind kind) const;

    // Inbound: merges Salesforce's values into the record linked to crmObject/crmId,
    // creating it when it is new. Returns the record id.
    std::optional<qint64> mergeFromCrm(RecordKind kind, const QString &crmObject,
                                       const QString &crmId, const QJsonObject &fields);
    bool linkToCrm(qint64 id, const QString &crmObject, const QString &crmId);
    struct CrmLink
    {
        qint64 recordId = 0;
        QString crmObject;
        QString crmId;
    };
    // Many links with one prepared statement; false if any record is missing.
    bool linkAllToCrm(const QList<CrmLink> &links);

    // Inbound, inside the caller's transaction (the poll stores an object's rows and its
    // watermark together): merges values read from Salesforce, records its
    // SystemModstamp, and clears a deletion mark (an undeleted record is live again).
    // `base` holds the fields whose agreed value moves (merged into crm_base_json).
    bool applyCrmFields(qint64 id, const QJsonObject &fields, const QString &crmModstamp,
                        const QJsonObject &base = {});
    // The same for a record already read in this transaction.
    bool applyCrmFields(const LocalRecord &existing, const QJsonObject &fields,
                        const QString &crmModstamp, const QJsonObject &base = {});
    // Salesforce confirmed a write: `field` now holds `value` on both sides. Takes part in
    // the caller's transaction.
    bool setCrmBaseField(qint64 id, const QString &field, const QJsonValue &value);
    // The same for many records and fields at once (record id → field → agreed value).
    bool mergeCrmBase(const QHash<qint64, QJsonObject> &agreedByRecord);
    // Values sent for these records (record id → field → value) whose outcome SyncDesk
    // never learned: kept in crmSent until the field's agreed value moves. Takes part in
    // the caller's transaction.
    bool noteSentUnconfirmed(const QHash<qint64, QJsonObject> &sentByRecord);
    // SyncDesk's writes to these records were confirmed; the org stamped them no earlier
    // than `orgTime`. Keeps the later of that and what is stored.
    bool markWrittenByUs(const QList<qint64> &ids, const QDateTime &orgTime);
    // Salesforce deleted the linked record: the local one stays, marked, with its CRM link.
    bool markDeletedInCrm(qint64 id, const QString &crmModstamp, const QDateTime &deletedAt);
    bool setSyncState(qint64 id, RecordSyncState state);
    // Records Salesforce no longer has at all (hard deleted, or purged from the Recycle
    // Bin): marked deleted in CRM, their waiting changes and the failures that held changes
    // dropped, in one transaction.
    // Returns how many were marked, or -1.
    int markGoneFromCrm(const QString &crmObject, const QStringList &crmIds, const QDateTime &at);

private:
    // Prepared on first use and kept: one store object serves a whole inbound page.
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_applyStamp;
    std::optional<QSqlQuery> m_applyFields;
    std::optional<QSqlQuery> m_insertQueued;
    RecordKind m_queuedKind = RecordKind::Person;
    QString m_queuedObject;
    QString m_queuedJson; // [[crm id, fields, stamp], ...] without the closing bracket
    int m_queuedRows = 0;
};

} // namespace syncdesk
