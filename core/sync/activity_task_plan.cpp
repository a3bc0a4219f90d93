#include "sync/activity_task_plan.h"

#include "salesforce/soql_quote.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QJsonObject taskFieldsFor(const Activity &activity, const QString &whoId, const QString &whatId)
{
    const bool call = activity.kind == Activity::Kind::Call;
    QJsonObject fields{
        {u"Subject"_s, activity.subject},
        {u"ActivityDate"_s, activity.occurredAt.toLocalTime().date().toString(Qt::ISODate)},
        {u"Status"_s, activity.taskStatus},
        {u"Priority"_s, activity.priority},
        {u"TaskSubtype"_s, call ? u"Call"_s : u"Email"_s},
    };
    if (!whoId.isEmpty())
        fields.insert(u"WhoId"_s, whoId);
    if (!whatId.isEmpty())
        fields.insert(u"WhatId"_s, whatId);
    if (!activity.body.isEmpty())
        fields.insert(u"Description"_s, activity.body);
    if (call && activity.durationSeconds)
        fields.insert(u"CallDurationInSeconds"_s, *activity.durationSeconds);
    if (call && !activity.callType.isEmpty())
        fields.insert(u"CallType"_s, activity.callType);
    return fields;
}

QList<PlannedCall> planActivityCalls(const QList<ActivityTask> &tasks, QStringView apiVersion)
{
    // The outbound planner upserts by SyncDesk_Id__c; a Task's external id is
    // SyncDesk_Activity_Id__c, so its plan is retargeted to that field afterwards.
    QList<RecordChangeSet> sets;
    sets.reserve(tasks.size());
    for (const ActivityTask &task : tasks)
        sets.append(RecordChangeSet{task.activityId,
                                    u"Task"_s,
                                    QString(),
                                    task.externalId,
                                    task.fields,
                                    {task.activityId}});
    QList<PlannedCall> calls = planOutboundBatches(sets, apiVersion).calls;

    const QString planned = u'/' + kSyncDeskExternalIdField.toString();
    const QString wanted = u'/' + kSyncDeskActivityIdField.toString();
    for (PlannedCall &call : calls) {
        for (CompositeSubrequest &subrequest : call.subrequests) {
            if (subrequest.url.endsWith(planned))
                subrequest.url = subrequest.url.chopped(planned.size()) + wanted;
            QJsonObject body = subrequest.body.toObject();
            QJsonArray records = body.value(u"records"_s).toArray();
            for (qsizetype i = 0; i < records.size(); ++i) {
                QJsonObject record = records.at(i).toObject();
                record.insert(kSyncDeskActivityIdField.toString(),
                              record.take(kSyncDeskExternalIdField.toString()));
                records.replace(i, record);
            }
            body.insert(u"records"_s, records);
            subrequest.body = body;
        }
    }
    return calls;
}

QList<CompositeSubrequest> planTaskLookups(const QStringList &externalIds, QStringView apiVersion)
{
    QList<CompositeSubrequest> lookups;
    const QString path = u"/services/data/"_s + apiVersion + u"/query?q="_s;
    for (qsizetype start = 0; start < externalIds.size() && lookups.size() < kMaxCollectionsPerCall;
         start += kMaxIdsPerTaskLookup) {
        QStringList quoted;
        for (const QString &id : externalIds.mid(start, kMaxIdsPerTaskLookup))
            quoted.append(soqlQuote(id));
        const QString soql = u"SELECT Id, "_s + kSyncDeskActivityIdField + u" FROM Task WHERE "_s +
                             kSyncDeskActivityIdField + u" IN ("_s + quoted.join(u',') + u')';
        CompositeSubrequest lookup;
        lookup.method = QByteArrayLiteral("GET");
        lookup.url = path + QString::fromLatin1(QUrl::toPercentEncoding(soql));
        lookup.referenceId = u"lookup_"_s + QString::number(lookups.size());
        lookups.append(lookup);
    }
    return lookups;
}

SalesforceResult<QHash<QString, QString>>
tasksFoundIn(const SalesforceResult<QList<CompositeSubresponse>> &answers)
{
    if (const auto *error = std::get_if<SalesforceError>(&answers))
        return *error;
    QHash<QString, QString> found;
    for (const CompositeSubresponse &answer : std::get<QList<CompositeSubresponse>>(answers)) {
        if (answer.httpStatus < 200 || answer.httpStatus >= 300)
            return answer.error ? *answer.error
                                : salesforceErrorFromJson(answer.httpStatus, answer.body);
        const QJsonObject page = answer.body.toObject();
        // A lookup asks for at most 200 ids, far below a page of 2,000 rows.
        for (const QJsonValue &value : page.value(u"records"_s).toArray()) {
            const QJsonObject task = value.toObject();
            found.insert(task.value(kSyncDeskActivityIdField.toString()).toString(),
                         task.value(u"Id"_s).toString());
        }
    }
    return found;
}

} // namespace syncdesk
