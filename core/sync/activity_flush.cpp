#include "sync/activity_flush.h"

#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "store/activity_store.h"
#include "store/record_store.h"

#include <QDebug>
#include <QPointer>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// Who and what a Task is about; nullopt while the linked record is not in Salesforce.
struct TaskLinks
{
    QString whoId;
    QString whatId;
};

std::optional<TaskLinks> linksFor(const std::optional<LocalRecord> &record)
{
    if (!record)
        return TaskLinks{}; // no person, or one since deleted: a Task about no one
    if (record->crmId.isEmpty())
        return std::nullopt;
    switch (record->kind) {
    case RecordKind::Person: {
        const bool contact = record->crmObject == u"Contact"_s;
        return TaskLinks{record->crmId,
                         contact ? record->fields.value(u"AccountId"_s).toString() : QString()};
    }
    case RecordKind::Account:
    case RecordKind::Opportunity:
        return TaskLinks{QString(), record->crmId};
    }
    return std::nullopt;
}

SyncFailure failureOf(const OutboundRecordOutcome &outcome, const QDateTime &at)
{
    SyncFailure failure;
    failure.itemKind = SyncFailure::ItemKind::Activity;
    failure.itemId = outcome.recordId;
    failure.category = outcome.category;
    failure.sfStatusCode = outcome.statusCode;
    failure.message = outcome.message;
    failure.fields = outcome.fields;
    failure.firstFailedAt = at;
    failure.lastTryAt = at;
    return failure;
}

} // namespace

ActivityFlush::ActivityFlush(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
{}

int ActivityFlush::recoverAfterCrash()
{
    return ActivityStore(m_db).markInFlightUnconfirmed();
}

bool ActivityFlush::callGateCloses()
{
    if (!m_gate || m_gate())
        return false;
    m_report.deferred = true;
    m_pending.clear();
    return true;
}

void ActivityFlush::flush(std::function<void(ActivityFlushReport)> onDone)
{
    if (m_flushing) {
        onDone({});
        return;
    }
    m_flushing = true;
    m_report = {};
    m_pending.clear();
    m_onDone = std::move(onDone);
    confirmNext();
}

void ActivityFlush::confirmNext()
{
    const QList<Activity> unconfirmed = ActivityStore(m_db).inBatch(
        ActivityStore::kUnconfirmedBatch.toString(), kMaxIdsPerTaskLookup * kMaxCollectionsPerCall);
    if (unconfirmed.isEmpty()) {
        planWaiting();
        return sendNext();
    }
    if (callGateCloses())
        return finish();
    QStringList externalIds;
    for (const Activity &activity : unconfirmed)
        externalIds.append(activity.externalId);

    ++m_report.calls;
    QPointer<ActivityFlush> self(this);
    m_client->composite(planTaskLookups(externalIds, OrgSession::kApiVersion), false,
                        CallCategory::ActivityLogging, [self, unconfirmed](const auto &answers) {
                            if (self)
                                self->settleLookup(unconfirmed, answers);
                        });
}

void ActivityFlush::settleLookup(const QList<Activity> &checked,
                                 const SalesforceResult<QList<CompositeSubresponse>> &answers)
{
    const auto found = tasksFoundIn(answers);
    if (const auto *error = std::get_if<SalesforceError>(&found))
        return stop(*error); // they stay unconfirmed for the next flush
    const auto &taskIds = std::get<QHash<QString, QString>>(found);
    ActivityOutcome outcome;
    for (const Activity &activity : checked) {
        const QString taskId = taskIds.value(activity.externalId);
        if (taskId.isEmpty())
            outcome.released.append(activity.id);
        else
            outcome.logged.insert(activity.id, taskId);
    }
    if (!ActivityStore(m_db).recordOutcome(outcome)) {
        qWarning() << "activity flush: cannot record which Tasks the org holds, stopping";
        return finish();
    }
    m_report.logged += int(outcome.logged.size());
    confirmNext();
}

void ActivityFlush::planWaiting()
{
    const QList<Activity> pending = ActivityStore(m_db).pending(kMaxActivitiesPerFlush);
    // The activities' records in one read rather than one statement per record.
    QSet<qint64> recordIds;
    for (const Activity &activity : pending) {
        if (activity.recordId)
            recordIds.insert(*activity.recordId);
    }
    const QHash<qint64, LocalRecord> recordById =
        RecordStore(m_db).findMany(QList<qint64>(recordIds.cbegin(), recordIds.cend()));
    QList<ActivityTask> tasks;
    ActivityOutcome stranded;
    for (const Activity &activity : pending) {
        std::optional<LocalRecord> record;
        if (activity.recordId) {
            const auto found = recordById.constFind(*activity.recordId);
            if (found != recordById.cend())
                record = *found;
        }
        const std::optional<TaskLinks> links = linksFor(record);
        if (!links) {
            // Waits for its person to reach Salesforce, unless nothing will bring it there.
            if (const QString why = whyNeverLinked(*record); !why.isEmpty())
                stranded.failures.append(strandedFailure(activity.id, why));
            continue;
        }
        QJsonObject fields = taskFieldsFor(activity, links->whoId, links->whatId);
        if (m_alreadyLogged.contains(activity.id))
            fields.remove(u"TaskSubtype"_s); // settable on create only
        tasks.append({activity.id, activity.externalId, fields});
    }
    if (!stranded.failures.isEmpty()) {
        if (ActivityStore(m_db).recordOutcome(stranded))
            m_report.failed += int(stranded.failures.size());
        else
            qWarning() << "activity flush: cannot file the activities whose person is stuck";
    }
    m_pending = planActivityCalls(tasks, OrgSession::kApiVersion);
}

QString ActivityFlush::whyNeverLinked(const LocalRecord &record) const
{
    const QString name =
        record.fields.value(u"LastName"_s).toString(record.fields.value(u"Name"_s).toString());
    const QString who = name.isEmpty() ? u"#%1"_s.arg(record.id) : u"“%1”"_s.arg(name);
    if (record.kind == RecordKind::Opportunity)
        return u"Not logged: the opportunity %1 is not in Salesforce, and SyncDesk does not "
               "create opportunities. Link the activity to a person or account, or Dismiss it."_s
                   .arg(who);
    // Changes still waiting (or failed for a reason that clears by itself: a fault, spent
    // credits) will create the record; the activity waits for them without a word.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), SUM(CASE WHEN f.category IN ('validation', 'conflict', "
                  "'auth') THEN 1 ELSE 0 END) FROM outbox o LEFT JOIN sync_failures f ON "
                  "f.id = o.failure_id WHERE o.record_id = ?"_s);
    query.addBindValue(record.id);
    if (!query.exec() || !query.next())
        return {};
    const int entries = query.value(0).toInt();
    const int heldForTheAdmin = query.value(1).toInt();
    if (entries == 0)
        return u"Not logged: its person %1 is not in Salesforce and has no change that would "
               "create it. Edit a synced field of that person, then Retry."_s.arg(who);
    if (heldForTheAdmin > 0)
        return u"Not logged: its person %1 is not in Salesforce yet, because that person's "
               "own change failed. Fix or retry that failure first, then Retry this one."_s.arg(
                   who);
    return {};
}

SyncFailure ActivityFlush::strandedFailure(qint64 activityId, const QString &why)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    SyncFailure failure;
    failure.itemKind = SyncFailure::ItemKind::Activity;
    failure.itemId = activityId;
    failure.category = FailureCategory::Validation;
    failure.sfStatusCode = u"PERSON_NOT_IN_SALESFORCE"_s;
    failure.message = why;
    failure.firstFailedAt = at;
    failure.lastTryAt = at;
    return failure;
}

void ActivityFlush::sendNext()
{
    if (m_pending.isEmpty() || callGateCloses())
        return finish();
    const PlannedCall call = m_pending.takeFirst();

    // The planner carries each activity's id where a record's goes.
    const QList<qint64> activityIds = call.recordIds();
    // In flight before the call leaves: after a crash from here on, recoverAfterCrash()
    // finds them and the next flush asks the org before sending them again.
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!ActivityStore(m_db).markInFlight(batchId, activityIds)) {
        qWarning() << "activity flush: cannot mark a batch in flight, stopping";
        m_pending.clear();
        return finish();
    }

    ++m_report.calls;
    m_report.sent += int(activityIds.size());
    QPointer<ActivityFlush> self(this);
    m_client->composite(call.subrequests, false, CallCategory::ActivityLogging,
                        [self, call](const auto &result) {
                            if (!self)
                                return;
                            self->settle(call, result);
                            if (const auto *error = std::get_if<SalesforceError>(&result))
                                return self->stop(*error);
                            self->sendNext();
                        });
}

void ActivityFlush::settle(const PlannedCall &call,
                           const SalesforceResult<QList<CompositeSubresponse>> &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ActivityOutcome outcome;
    if (const auto *error = std::get_if<SalesforceError>(&result))
        outcome.maybeApplied = error->kind == SalesforceError::Kind::Transient ||
                               error->kind == SalesforceError::Kind::Malformed;
    for (const OutboundRecordOutcome &saved : mapCompositeOutcomes(call, result)) {
        if (saved.success) {
            outcome.logged.insert(saved.recordId, saved.crmId);
        } else if (isAlreadyLogged(saved)) {
            // The upsert found the Task a lost answer had created (its save became visible
            // only after the lookup) and refused to set the create-only TaskSubtype on it.
            // It is logged: sent again without that field, the upsert returns its id.
            m_alreadyLogged.insert(saved.recordId);
            outcome.released.append(saved.recordId);
        } else {
            outcome.failures.append(failureOf(saved, now));
        }
    }
    // Should this fail, the activities stay in flight and are checked after a restart.
    if (!ActivityStore(m_db).recordOutcome(outcome)) {
        qWarning() << "activity flush: cannot record the outcome of a batch";
        return;
    }
    m_report.logged += int(outcome.logged.size());
    m_report.failed += int(outcome.failures.size());
}

bool ActivityFlush::isAlreadyLogged(const OutboundRecordOutcome &outcome) const
{
    return outcome.statusCode == u"INVALID_FIELD_FOR_INSERT_UPDATE"_s &&
           outcome.fields.contains(u"TaskSubtype"_s) && !m_alreadyLogged.contains(outcome.recordId);
}

void ActivityFlush::stop(const SalesforceError &error)
{
    m_report.callError = error;
    m_pending.clear();
    finish();
}

void ActivityFlush::finish()
{
    m_flushing = false;
    auto onDone = std::move(m_onDone);
    m_onDone = nullptr;
    if (onDone)
        onDone(m_report);
}

} // namespace syncdesk
