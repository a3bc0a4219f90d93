#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <chrono>

namespace syncdesk::sandbox {

class OrgClock;
class RecordStore;
struct ObjectDescription;

// The org's people, editing records in the Salesforce UI: they change a field
// or two on a live Contact, Lead, Account or Opportunity, now and then enter a
// new Lead or delete one. Their edits move SystemModstamp, which is what
// SyncDesk's inbound polling must notice; they do not count against the API
// allocation. Edits follow WorkingDayShape; the same seed replays the same
// edits on the same records. Off until start().
class CrmUsers : public QObject
{
    Q_OBJECT

public:
    // Of all actions, how many create a Lead and how many delete one.
    static constexpr double kCreateLeadShare = 0.03;
    static constexpr double kDeleteLeadShare = 0.01;

    CrmUsers(RecordStore &store, const OrgClock &clock, quint32 seed = 1,
             QObject *parent = nullptr);

    // Average edits per hour over a week.
    void setRate(double editsPerHour) { m_editsPerHour = editsPerHour; }
    double rate() const { return m_editsPerHour; }
    void setTickInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // The share of edits (0..1) aimed at records SyncDesk syncs (those with a
    // SyncDesk_Id__c) and at the fields it syncs; 0 (default) picks any record.
    void setSyncedRecordShare(double share) { m_syncedShare = std::clamp(share, 0.0, 1.0); }
    double syncedRecordShare() const { return m_syncedShare; }
    // The users who edit: the org's active Users other than the integration
    // user (the first one seeded), or stable 005 ids when the org has none.
    QStringList userIds() const;

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Makes the edits that came due since the last tick, all stamped now (a
    // catch-up stamped in the past could hide behind a poller's watermark).
    // At most a day is caught up. Does nothing unless started.
    void tick();
    // One user action now: usually an edit, sometimes a Lead created or deleted.
    // Returns false when there was nothing to act on.
    bool act();

    qint64 editsMade() const { return m_edits; }
    qint64 leadsCreated() const { return m_created; }
    qint64 leadsDeleted() const { return m_deleted; }

Q_SIGNALS:
    // The record a user just inserted, updated or deleted.
    void recordTouched(const QString &objectName, const QString &id);

private:
    bool editRandomRecord();
    bool editSyncedRecord();
    bool applyEdit(const ObjectDescription &object, const QJsonObject &record, QStringList fields);
    QString pickUser();
    bool createLead();
    bool deleteRandomLead();
    QStringList editableFields(const ObjectDescription &object) const;

    RecordStore &m_store;
    const OrgClock &m_clock;
    QRandomGenerator m_random;
    // Who edits, and whether an edit aims at a synced record, come from their
    // own stream, so that the same seed still replays the same edits.
    QRandomGenerator m_whoRandom;
    double m_syncedShare = 0;
    QTimer m_timer;
    double m_editsPerHour = 0;
    double m_carry = 0;
    QDateTime m_lastTick;
    qint64 m_edits = 0;
    qint64 m_created = 0;
    qint64 m_deleted = 0;
};

} // namespace syncdesk::sandbox
