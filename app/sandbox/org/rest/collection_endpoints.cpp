#include "rest/collection_endpoints.h"

#include "data/record_store.h"
#include "data/salesforce_id.h"
#include "http/salesforce_error.h"
#include "limits/org_clock.h"
#include "rest/sobject_endpoints.h"
#include "schema/object_description.h"

#include <QJsonArray>
#include <optional>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

ApiResponse tooManyRecords()
{
    return SalesforceError{
        u"EXCEEDED_ID_LIMIT"_s,
        u"record limit reached. cannot submit more than 200 records into this call"_s}
        .toResponse(400);
}

const RecordError rolledBack{
    u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s,
    u"Record rolled back because not all records were valid and the request was using AllOrNone header"_s,
    {}};

bool isTrue(const QString &text)
{
    return text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

CollectionEndpoints::CollectionEndpoints(OrgContext &org)
    : m_org(org)
    , m_writer(org)
{}

std::optional<ApiResponse> CollectionEndpoints::handle(const DataCall &call)
{
    if (call.segment(0) != u"composite"_s || call.segment(1) != u"sobjects"_s)
        return std::nullopt;
    const QByteArray &method = call.request.method;
    switch (call.segments.size()) {
    case 2:
        if (method == "POST" || method == "PATCH")
            return save(call, {}, {});
        if (method == "DELETE")
            return destroy(call);
        return methodNotAllowedResponse(method, u"PATCH,POST,DELETE"_s);
    case 3:
        if (method == "GET" || method == "POST")
            return retrieve(call, call.segment(2));
        return methodNotAllowedResponse(method, u"GET,POST"_s);
    case 4:
        if (method == "PATCH")
            return save(call, call.segment(2), call.segment(3));
        return methodNotAllowedResponse(method, u"PATCH"_s);
    default:
        return notFoundResponse();
    }
}

ApiResponse CollectionEndpoints::save(const DataCall &call, const QString &upsertObject,
                                      const QString &externalIdField)
{
    auto parsed = parseJsonBody(call.request.body);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const QJsonObject body = std::get<QJsonDocument>(parsed).object();
    const QJsonArray records = body.value(u"records"_s).toArray();
    if (records.isEmpty())
        return SalesforceError{u"INVALID_FIELD"_s, u"records is required"_s}.toResponse(400);
    if (records.size() > maxRecords)
        return tooManyRecords();
    const bool allOrNone = body.value(u"allOrNone"_s).toBool(false);
    const bool isUpsert = !externalIdField.isEmpty();
    const bool isCreate = !isUpsert && call.request.method == "POST";
    if (isUpsert) {
        const ObjectDescription *object = m_org.schema.object(upsertObject);
        const FieldDescription *field = object ? object->field(externalIdField) : nullptr;
        if (!field || !(field->externalId || field->type == FieldType::Id))
            return SalesforceError{u"INVALID_FIELD"_s,
                                   u"Field name provided, "_s + externalIdField +
                                       u" is not an External ID or indexed field for "_s +
                                       upsertObject}
                .toResponse(400);
    }

    // Only an all-or-none call rolls back. A snapshot held while the records are written
    // makes the first write copy the object's whole table (its rows, order and indexes),
    // a cost per call in proportion to the org's size that Salesforce does not have.
    std::optional<RecordStore::Snapshot> before;
    if (allOrNone)
        before = m_org.store.snapshot();
    QList<SaveResult> results;
    bool anyFailed = false;
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        const QString type = record.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        record.remove(u"attributes"_s);
        SaveResult result;
        if (isCreate && type.isEmpty()) {
            result.errors.append(
                RecordError{u"INVALID_TYPE"_s, u"Must send a concrete entity type."_s, {}});
        } else if (isCreate) {
            result = m_writer.create(type, record);
        } else if (isUpsert) {
            const QString key = record.value(externalIdField).toVariant().toString();
            record.remove(externalIdField);
            result = m_writer.upsert(upsertObject, externalIdField, key, record);
        } else {
            // Field names are case-insensitive: jsforce, like Salesforce's own
            // examples, sends "id".
            QString id;
            for (auto field = record.begin(); field != record.end(); ++field) {
                if (field.key().compare(u"Id"_s, Qt::CaseInsensitive) == 0) {
                    id = field.value().toString();
                    record.erase(field);
                    break;
                }
            }
            if (id.isEmpty())
                result.errors.append(RecordError{
                    u"MISSING_ARGUMENT"_s, u"Id not specified in an update call"_s, {}});
            else
                result = m_writer.update(type, id, record);
        }
        anyFailed = anyFailed || !result.success();
        results.append(result);
        if (anyFailed && allOrNone)
            break;
    }
    if (anyFailed && allOrNone) {
        m_org.store.rollBack(*before);
        // Every record answers: the failed ones with their own errors, the rest
        // as rolled back (or never tried).
        while (results.size() < records.size())
            results.append(SaveResult{{}, {rolledBack}});
        for (SaveResult &result : results) {
            if (result.success()) {
                result.errors = {rolledBack};
                result.id.clear();
            }
            result.created = false;
        }
    }
    QJsonArray answer;
    for (const SaveResult &result : results)
        answer.append(result.toJson(isUpsert));
    return ApiResponse::json(200, answer);
}

ApiResponse CollectionEndpoints::destroy(const DataCall &call)
{
    const QStringList ids = call.request.query.queryItemValue(u"ids"_s, QUrl::FullyDecoded)
                                .split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return SalesforceError{u"REQUIRED_FIELD_MISSING"_s, u"At least 1 Id is required."_s}
            .toResponse(400);
    if (ids.size() > maxRecords)
        return tooManyRecords();
    const bool allOrNone = isTrue(call.request.query.queryItemValue(u"allOrNone"_s));
    std::optional<RecordStore::Snapshot> before;
    if (allOrNone)
        before = m_org.store.snapshot();
    QList<SaveResult> results;
    bool anyFailed = false;
    for (const QString &id : ids) {
        results.append(m_writer.remove(id.trimmed()));
        anyFailed = anyFailed || !results.last().success();
    }
    if (anyFailed && allOrNone) {
        m_org.store.rollBack(*before);
        for (SaveResult &result : results)
            if (result.success())
                result.errors = {rolledBack};
    }
    QJsonArray answer;
    for (const SaveResult &result : results)
        answer.append(result.toJson());
    return ApiResponse::json(200, answer);
}

ApiResponse CollectionEndpoints::retrieve(const DataCall &call, const QString &objectName)
{
    const ObjectDescription *object = m_org.schema.object(objectName);
    if (!object)
        return notFoundResponse();
    QStringList ids;
    QStringList fields;
    if (call.request.method == "POST") {
        auto parsed = parseJsonBody(call.request.body);
        if (auto *error = std::get_if<ApiResponse>(&parsed))
            return *error;
        const QJsonObject body = std::get<QJsonDocument>(parsed).object();
        for (const QJsonValue &id : body.value(u"ids"_s).toArray())
            ids.append(id.toString());
        for (const QJsonValue &field : body.value(u"fields"_s).toArray())
            fields.append(field.toString());
    } else {
        ids = call.request.query.queryItemValue(u"ids"_s, QUrl::FullyDecoded)
                  .split(u',', Qt::SkipEmptyParts);
        fields = call.request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded)
                     .split(u',', Qt::SkipEmptyParts);
    }
    if (ids.isEmpty() || fields.isEmpty())
        return SalesforceError{u"REQUIRED_FIELD_MISSING"_s,
                               u"At least 1 Id and 1 field are required."_s}
            .toResponse(400);
    if (ids.size() > 2000)
        return tooManyRecords();
    for (const QString &name : fields)
        if (!object->field(name.trimmed()))
            return SalesforceError{u"INVALID_FIELD"_s, u"No such column '"_s + name +
                                                           u"' on sobject of type "_s +
                                                           object->name}
                .toResponse(400);
    QJsonArray answer;
    const QDateTime now = m_org.clock.now();
    for (const QString &id : ids) {
        const QString canonicalId = salesforce_id::toEighteen(id.trimmed());
        const std::optional<QJsonObject> row =
            canonicalId.isEmpty() ? std::nullopt : m_org.store.findVisible(canonicalId, now);
        if (!row || row->value(u"IsDeleted"_s).toBool() ||
            m_org.store.objectOf(canonicalId) != object->name)
            answer.append(QJsonValue::Null);
        else
            answer.append(SObjectEndpoints::present(*object, *row, call.version, fields));
    }
    return ApiResponse::json(200, answer);
}

} // namespace syncdesk::sandbox
