#pragma once

#include "store/activity_store.h"
#include "sync/outbound_batch_plan.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

constexpr QStringView kSyncDeskActivityIdField = u"SyncDesk_Activity_Id__c";
// External ids per lookup query: short enough for Salesforce's URL limit, and five of
// them (one composite call) cover one planned call of Tasks.
constexpr int kMaxIdsPerTaskLookup = 200;

// The Task fields of one activity. whoId: the linked Contact or Lead; whatId: the
// Account; either may be empty, and is then left out.
QJsonObject taskFieldsFor(const Activity &activity, const QString &whoId, const QString &whatId);

// One Task to send, for the activity `activityId`.
struct ActivityTask
{
    qint64 activityId = 0;
    QString externalId; // SyncDesk_Activity_Id__c
    QJsonObject fields;
};

// The Tasks as upserts by SyncDesk_Activity_Id__c, planned by planOutboundBatches (so in
// collections of 200, five per composite call). Each PlannedRecord's recordId and
// entryIds carry the activity id, so mapCompositeOutcomes maps the answers back.
QList<PlannedCall> planActivityCalls(const QList<ActivityTask> &tasks, QStringView apiVersion);

// Composite query subrequests (at most five) that find the Tasks holding these external
// ids; the answers go to tasksFoundIn().
QList<CompositeSubrequest> planTaskLookups(const QStringList &externalIds, QStringView apiVersion);

// SyncDesk_Activity_Id__c → Task Id, from the answers to planTaskLookups(); an error
// when a lookup did not answer, since then nothing may be concluded about its ids.
SalesforceResult<QHash<QString, QString>>
tasksFoundIn(const SalesforceResult<QList<CompositeSubresponse>> &answers);

} // namespace syncdesk
