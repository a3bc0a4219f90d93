#include "sync/outbound_batch_plan.h"

#include <QJsonArray>
#include <algorithm>
#include <map>
#include <utility>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// Whether `candidate` supersedes `current` as the value of one field.
bool isLater(const OutboundChange &candidate, const OutboundChange &current)
{
    if (candidate.queuedAt != current.queuedAt)
        return candidate.queuedAt > current.queuedAt;
    return candidate.entryId > current.entryId;
}

enum class Operation
{
    Update, // by Id
    Upsert, // by SyncDesk_Id__c
};

struct Collection
{
    QString object;
    Operation operation = Operation::Update;
    QList<const RecordChangeSet *> sets;
};

QJsonObject recordBody(const RecordChangeSet &set, Operation operation)
{
    QJsonObject record = set.fields;
    record.insert(u"attributes"_s, QJsonObject{{u"type"_s, set.crmObject}});
    if (operation == Operation::Update)
        record.insert(u"Id"_s, set.crmId);
    else
        record.insert(kSyncDeskExternalIdField.toString(), set.externalId);
    return record;
}

OutboundRecordOutcome savedOutcome(const PlannedRecord &record, const SaveResult &saved)
{
    if (!saved.success) {
        const SalesforceError error =
            saved.errors.isEmpty() ? SalesforceError::malformed(u"Refused without a reason."_s)
                                   : saved.errors.first();
        return failedOutcome(record, error);
    }
    OutboundRecordOutcome outcome;
    outcome.recordId = record.recordId;
    outcome.entryIds = record.entryIds;
    outcome.success = true;
    outcome.crmId = saved.id;
    outcome.created = saved.created;
    return outcome;
}

} // namespace

OutboundRecordOutcome failedOutcome(const PlannedRecord &record, const SalesforceError &error)
{
    OutboundRecordOutcome outcome;
    outcome.recordId = record.recordId;
    outcome.entryIds = record.entryIds;
    outcome.category = failureCategoryFor(error);
    outcome.statusCode = error.code;
    outcome.message = error.message;
    outcome.fields = error.fields;
    return outcome;
}

QList<RecordChangeSet> coalesceOutboundChanges(const QList<OutboundChange> &changes)
{
    QList<RecordChangeSet> sets;
    QHash<qint64, qsizetype> setIndex;
    setIndex.reserve(changes.size());
    // Per set, the change of each field whose value is sent: a record has a handful of
    // fields, so a short list searched in order, not a hash per record.
    QList<QList<const OutboundChange *>> winners;
    for (const OutboundChange &change : changes) {
        auto found = setIndex.constFind(change.recordId);
        if (found == setIndex.constEnd()) {
            found = setIndex.insert(change.recordId, sets.size());
            sets.append(RecordChangeSet{
                change.recordId, change.crmObject, change.crmId, change.externalId, {}, {}});
            winners.emplaceBack();
        }
        RecordChangeSet &set = sets[*found];
        set.entryIds.append(change.entryId);
        // A CRM id learnt by a later entry means the record now exists in Salesforce.
        if (set.crmId.isEmpty() && !change.crmId.isEmpty())
            set.crmId = change.crmId;
        QList<const OutboundChange *> &fieldWinners = winners[*found];
        const auto winner =
            std::find_if(fieldWinners.begin(), fieldWinners.end(),
                         [&](const OutboundChange *other) { return other->field == change.field; });
        if (winner == fieldWinners.end())
            fieldWinners.append(&change);
        else if (isLater(change, **winner))
            *winner = &change;
    }
    for (qsizetype i = 0; i < sets.size(); ++i) {
        for (const OutboundChange *winner : std::as_const(winners.at(i)))
            sets[i].fields.insert(winner->field, winner->value);
    }
    return sets;
}

qsizetype PlannedCall::recordCount() const
{
    qsizetype count = 0;
    for (const auto &records : recordsByReference)
        count += records.size();
    return count;
}

QList<qint64> PlannedCall::recordIds() const
{
    QList<qint64> ids;
    for (const auto &records : recordsByReference)
        for (const PlannedRecord &record : records)
            ids.append(record.recordId);
    return ids;
}

QList<qint64> PlannedCall::entryIds() const
{
    QList<qint64> ids;
    for (const auto &records : recordsByReference)
        for (const PlannedRecord &record : records)
            ids += record.entryIds;
    return ids;
}

std::optional<PlannedRecord> PlannedCall::recordAt(const QString &referenceId, int index) const
{
    const auto records = recordsByReference.constFind(referenceId);
    if (records == recordsByReference.constEnd() || index < 0 || index >= records->size())
        return std::nullopt;
    return records->at(index);
}

OutboundBatchPlan planOutboundBatches(const QList<RecordChangeSet> &changeSets,
                                      QStringView apiVersion)
{
    // Ordered keys, so the same outbox always gives the same plan.
    std::map<std::pair<QString, Operation>, QList<const RecordChangeSet *>> groups;
    for (const RecordChangeSet &set : changeSets) {
        const Operation operation = set.crmId.isEmpty() ? Operation::Upsert : Operation::Update;
        groups[{set.crmObject, operation}].append(&set);
    }

    QList<Collection> collections;
    for (const auto &[key, sets] : groups) {
        for (qsizetype start = 0; start < sets.size(); start += kMaxRecordsPerCollection)
            collections.append(
                Collection{key.first, key.second, sets.mid(start, kMaxRecordsPerCollection)});
    }

    OutboundBatchPlan plan;
    const QString base = u"/services/data/"_s + apiVersion + u"/composite/sobjects"_s;
    for (qsizetype number = 0; number < collections.size(); ++number) {
        if (number % kMaxCollectionsPerCall == 0)
            plan.calls.append(PlannedCall{});
        PlannedCall &call = plan.calls.last();
        const Collection &collection = collections.at(number);
        const bool upsert = collection.operation == Operation::Upsert;
        // Only letters, digits and underscores are allowed in a reference id.
        const QString referenceId = (upsert ? u"upsert_"_s : u"update_"_s) + collection.object +
                                    u'_' + QString::number(number);

        QJsonArray records;
        QList<PlannedRecord> planned;
        for (const RecordChangeSet *set : collection.sets) {
            planned.append(
                PlannedRecord{referenceId, int(records.size()), set->recordId, set->entryIds});
            records.append(recordBody(*set, collection.operation));
        }
        CompositeSubrequest subrequest;
        subrequest.method = QByteArrayLiteral("PATCH");
        subrequest.url =
            upsert ? QString(base + u'/' + collection.object + u'/' + kSyncDeskExternalIdField)
                   : base;
        subrequest.referenceId = referenceId;
        subrequest.body = QJsonObject{{u"allOrNone"_s, false}, {u"records"_s, records}};
        call.subrequests.append(subrequest);
        call.recordsByReference.insert(referenceId, planned);
    }
    return plan;
}

QList<OutboundRecordOutcome>
mapCompositeOutcomes(const PlannedCall &call,
                     const SalesforceResult<QList<CompositeSubresponse>> &result)
{
    QList<OutboundRecordOutcome> outcomes;
    if (const auto *callError = std::get_if<SalesforceError>(&result)) {
        for (const CompositeSubrequest &subrequest : call.subrequests)
            for (const PlannedRecord &record :
                 call.recordsByReference.value(subrequest.referenceId))
                outcomes.append(failedOutcome(record, *callError));
        return outcomes;
    }

    QHash<QString, const CompositeSubresponse *> answers;
    for (const CompositeSubresponse &answer : std::get<QList<CompositeSubresponse>>(result))
        answers.insert(answer.referenceId, &answer);

    for (const CompositeSubrequest &subrequest : call.subrequests) {
        const QList<PlannedRecord> records = call.recordsByReference.value(subrequest.referenceId);
        const CompositeSubresponse *answer = answers.value(subrequest.referenceId);
        if (!answer) {
            const auto missing = SalesforceError::malformed(u"The composite answer left out "_s +
                                                            subrequest.referenceId + u'.');
            for (const PlannedRecord &record : records)
                outcomes.append(failedOutcome(record, missing));
            continue;
        }
        if (answer->httpStatus < 200 || answer->httpStatus >= 300) {
            const SalesforceError error =
                answer->error ? *answer->error
                              : salesforceErrorFromJson(answer->httpStatus, answer->body);
            for (const PlannedRecord &record : records)
                outcomes.append(failedOutcome(record, error));
            continue;
        }
        const QJsonArray saved = answer->body.toArray();
        for (const PlannedRecord &record : records) {
            if (record.index >= saved.size()) {
                outcomes.append(failedOutcome(
                    record, SalesforceError::malformed(
                                u"The collection answer has fewer results than records."_s,
                                answer->httpStatus)));
                continue;
            }
            outcomes.append(
                savedOutcome(record, parseSaveResult(saved.at(record.index).toObject())));
        }
    }
    return outcomes;
}

FailureCategory failureCategoryFor(const SalesforceError &error)
{
    switch (error.kind) {
    case SalesforceError::Kind::LimitExceeded:
        return FailureCategory::NoApiCredits;
    case SalesforceError::Kind::SessionExpired:
    case SalesforceError::Kind::Auth:
        return FailureCategory::Auth;
    case SalesforceError::Kind::Validation:
    case SalesforceError::Kind::NotFound:
        return FailureCategory::Validation;
    case SalesforceError::Kind::ConcurrentLimit:
    case SalesforceError::Kind::Transient:
    case SalesforceError::Kind::Malformed:
        break;
    }
    return FailureCategory::Transient;
}

QString explainedFailureMessage(const QString &statusCode, const QString &message)
{
    // What Salesforce says names the cause; the admin also needs what happens next.
    QString explained;
    if (statusCode == u"ENTITY_IS_DELETED"_s)
        explained = u"The record was deleted in Salesforce. If it was merged into another "
                    "record, SyncDesk follows the merge at the next inbound poll and sends the "
                    "change there; otherwise undelete it from the Recycle Bin and Retry, or "
                    "Dismiss the change."_s;
    else if (statusCode == u"CANNOT_UPDATE_CONVERTED_LEAD"_s)
        explained = u"The Lead was converted in Salesforce. SyncDesk follows it to its "
                    "Contact at the next inbound poll and sends the change there."_s;
    else
        return message;
    return message.isEmpty() ? explained : explained + u" (Salesforce: "_s + message + u')';
}

BatchOutcome toBatchOutcome(const QList<OutboundRecordOutcome> &outcomes, const QDateTime &at)
{
    BatchOutcome batch;
    for (const OutboundRecordOutcome &outcome : outcomes) {
        if (outcome.success) {
            batch.confirmedEntryIds.append(outcome.entryIds);
            continue;
        }
        SyncFailure failure;
        failure.itemKind = SyncFailure::ItemKind::Record;
        failure.itemId = outcome.recordId;
        failure.category = outcome.category;
        failure.sfStatusCode = outcome.statusCode;
        failure.message = explainedFailureMessage(outcome.statusCode, outcome.message);
        failure.fields = outcome.fields;
        failure.firstFailedAt = at;
        failure.lastTryAt = at;
        batch.failures.append(BatchOutcome::Failed{outcome.entryIds, failure});
    }
    return batch;
}

} // namespace syncdesk
