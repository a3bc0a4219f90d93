#pragma once

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace syncdesk::soak {

enum class Side
{
    Local,
    Org,
};

// One change the harness made, on one side, to one field.
struct FieldChange
{
    qint64 seq = 0; // the harness's order: one clock for both sides
    Side side = Side::Local;
    QJsonValue value;
    QDateTime at; // org time
};

// What the harness knows of one synced field of one record.
struct FieldHistory
{
    std::optional<FieldChange> lastLocal;
    std::optional<FieldChange> lastOrg;
    int localChanges = 0;
    int orgChanges = 0;
    // A change was made on one side while the other side's latest change had not reached
    // it: both sides changed since they last agreed, so the engine must decide, and record
    // the decision in sync_conflicts. `conflictAmbiguous`: the engine may have applied the
    // other side's change in the instant between the harness's look and its write.
    bool conflictExpected = false;
    bool conflictAmbiguous = false;
    // The org's side of each expected conflict: a save the engine may have written over
    // before the org committed it (EngineWritesLog tells).
    QList<FieldChange> conflictOrgChanges;
    // The engine wrote a local change of this field while an org save of it had not yet
    // committed (the org's commits are late): no client can see such a save before
    // writing, so either of the two last values may end on both sides.
    bool orderUnknowable = false;

    // The change that must be on both sides at the end: the later one.
    std::optional<FieldChange> winner() const;
};

// A record both sides know (or will): the local id, and the org's once linked.
struct TrackedRecord
{
    qint64 localId = 0;
    QString crmObject; // Contact, Lead, Account
    QString crmId;
    bool createdLocally = false;
    bool deletedInOrg = false;
    bool hardDeleted = false; // purged: no trace in queryAll
    bool mergedAway = false;  // deleted by a merge into another record
    bool hasActivities = false;
    bool hadApiSave = false;             // saved through the API since the start: automation ran
    QString convertedFromLead;           // the Lead this Contact was converted from
    QString email;                       // the creation marker of records the harness created
    QHash<QString, FieldHistory> fields; // local field name → history
};

// The oracle's memory: every change the harness made, in order, per record and field.
class ChangeJournal
{
public:
    qint64 nextSeq() { return ++m_seq; }
    // Every change also goes to this file, one line each, to replay a failure by hand.
    void traceTo(const QString &path);
    void trace(const QString &line);

    TrackedRecord &add(TrackedRecord record);
    TrackedRecord *byLocalId(qint64 localId);
    TrackedRecord *byCrmId(const QString &crmId);
    QList<TrackedRecord *> all();
    void linkCrm(qint64 localId, const QString &crmObject, const QString &crmId);
    void linkLocal(TrackedRecord &record, qint64 localId);
    // A Lead converted: the record is now the Contact (the Lead stays, converted).
    void convert(TrackedRecord &record, const QString &contactId);

    // `otherSideHasIt`: whether the other side showed its latest change to this field
    // just before this one was made.
    void recordChange(TrackedRecord &record, const QString &field, Side side,
                      const QJsonValue &value, const QDateTime &at, bool otherSideHasIt,
                      bool ambiguous);

    int changes(Side side) const { return side == Side::Local ? m_localChanges : m_orgChanges; }
    QDateTime lastOrgChangeAt() const { return m_lastOrgChangeAt; }
    void noteOrgChange(const QDateTime &at);

private:
    qint64 m_seq = 0;
    QFile m_trace;
    QList<TrackedRecord> m_records;
    QHash<qint64, qsizetype> m_byLocal;
    QHash<QString, qsizetype> m_byCrm;
    int m_localChanges = 0;
    int m_orgChanges = 0;
    QDateTime m_lastOrgChangeAt;
};

} // namespace syncdesk::soak
