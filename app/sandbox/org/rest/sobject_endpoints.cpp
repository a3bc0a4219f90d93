#include "rest/sobject_endpoints.h"

#include "data/record_store.h"
#include "data/salesforce_id.h"
#include "http/ordered_json.h"
#include "http/salesforce_error.h"
#include "limits/org_clock.h"
#include "schema/describe_json.h"
#include "schema/object_description.h"

#include <QJsonArray>
#include <QLocale>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Salesforce keeps 30 days of updated ids and 15 days of deleted ones.
constexpr int updatedWindowDays = 30;
constexpr int deletedWindowDays = 15;

QDateTime parseReplicationTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        // "+0000" without the colon, as Salesforce itself prints it.
        QString withColon = text;
        if (withColon.size() > 5 && (withColon.at(withColon.size() - 5) == u'+' ||
                                     withColon.at(withColon.size() - 5) == u'-'))
            withColon.insert(withColon.size() - 2, u':');
        time = QDateTime::fromString(withColon, Qt::ISODateWithMs);
    }
    return time.toUTC();
}

QDateTime floorToMinute(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
}

// Single-row saves carry an (empty) warnings list beside errors, as current
// API versions send it.
QJsonObject withWarnings(QJsonObject result)
{
    result.insert(u"warnings"_s, QJsonArray());
    return result;
}

// One record, its fields in schema order as Salesforce writes them.
ApiResponse recordResponse(const ObjectDescription &object, const QJsonObject &record)
{
    QStringList order;
    for (const FieldDescription &field : object.fields)
        order.append(field.name);
    ApiResponse response = ApiResponse::json(200, record);
    response.body = toOrderedJson(record, order);
    return response;
}

} // namespace

ApiResponse saveErrorResponse(const SaveResult &result)
{
    QJsonArray errors;
    for (const RecordError &error : result.errors)
        errors.append(SalesforceError{error.statusCode, error.message, error.fields}.toJson());
    return ApiResponse::json(400, errors);
}

SObjectEndpoints::SObjectEndpoints(OrgContext &org)
    : m_org(org)
    , m_writer(org)
{}

QJsonObject SObjectEndpoints::present(const ObjectDescription &object, const QJsonObject &row,
                                      const QString &version, const QStringList &fields)
{
    const QString id = row.value(u"Id"_s).toString();
    QJsonObject shown{{u"attributes"_s, QJsonObject{{u"type"_s, object.name},
                                                    {u"url"_s, QString(u"/services/data/"_s +
                                                                       version + u"/sobjects/"_s +
                                                                       object.name + u'/' + id)}}}};
    auto add = [&](const FieldDescription &field) {
        const QJsonValue value = row.value(field.name);
        shown.insert(field.name, value.isUndefined() ? QJsonValue() : value);
    };
    if (fields.isEmpty()) {
        for (const FieldDescription &field : object.fields)
            add(field);
    } else {
        for (const QString &name : fields)
            if (const FieldDescription *field = object.field(name.trimmed()))
                add(*field);
    }
    return shown;
}

std::optional<ApiResponse> SObjectEndpoints::handle(const DataCall &call)
{
    if (call.segment(0) != u"sobjects"_s)
        return std::nullopt;
    const QByteArray &method = call.request.method;
    if (call.segments.size() == 1) {
        if (method != "GET")
            return methodNotAllowedResponse(method, u"GET,HEAD"_s);
        return ApiResponse::json(200, describeGlobal(m_org.schema, call.version));
    }
    const ObjectDescription *object = m_org.schema.object(call.segment(1));
    if (!object)
        return notFoundResponse();
    const QString third = call.segment(2);
    if (call.segments.size() == 2) {
        if (method == "POST")
            return create(call, *object);
        if (method != "GET")
            return methodNotAllowedResponse(method, u"GET,HEAD,POST"_s);
        const QJsonObject full = describeObject(*object, call.version, &m_org.schema);
        QJsonObject basic{{u"objectDescribe"_s, full}, {u"recentItems"_s, QJsonArray()}};
        QJsonObject summary = full;
        summary.remove(u"fields"_s);
        basic.insert(u"objectDescribe"_s, summary);
        return ApiResponse::json(200, basic);
    }
    if (call.segments.size() == 3 && third == u"describe"_s)
        return describe(call, *object);
    if (call.segments.size() == 3 && (third == u"updated"_s || third == u"deleted"_s))
        return updatedOrDeleted(call, *object, third == u"deleted"_s);
    if (call.segments.size() == 3)
        return row(call, *object);
    if (call.segments.size() == 4)
        return byExternalId(call, *object);
    return notFoundResponse();
}

ApiResponse SObjectEndpoints::describe(const DataCall &call, const ObjectDescription &object)
{
    if (call.request.method != "GET")
        return methodNotAllowedResponse(call.request.method, u"GET,HEAD"_s);
    const QByteArray since = call.request.header("if-modified-since");
    if (!since.isEmpty()) {
        const QDateTime sinceTime = QLocale::c().toDateTime(QString::fromLatin1(since).trimmed(),
                                                            u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        QDateTime asUtc = sinceTime;
        asUtc.setTimeSpec(Qt::UTC);
        if (asUtc.isValid() &&
            m_org.schemaModifiedAt.toSecsSinceEpoch() <= asUtc.toSecsSinceEpoch())
            return ApiResponse::empty(304);
    }
    ApiResponse response =
        ApiResponse::json(200, describeObject(object, call.version, &m_org.schema));
    response.setHeader("Last-Modified", QLocale::c()
                                            .toString(m_org.schemaModifiedAt.toUTC(),
                                                      u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                            .toLatin1());
    return response;
}

ApiResponse SObjectEndpoints::create(const DataCall &call, const ObjectDescription &object)
{
    auto parsed = parseJsonBody(call.request.body);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const QJsonDocument document = std::get<QJsonDocument>(parsed);
    if (!document.isObject())
        return SalesforceError{u"JSON_PARSER_ERROR"_s, u"Cannot deserialize instance of "_s +
                                                           object.name +
                                                           u" from START_ARRAY value"_s}
            .toResponse(400);
    const SaveResult result = m_writer.create(object.name, document.object());
    if (!result.success())
        return saveErrorResponse(result);
    return ApiResponse::json(201, withWarnings(result.toJson()));
}

ApiResponse SObjectEndpoints::row(const DataCall &call, const ObjectDescription &object)
{
    const QString id = salesforce_id::toEighteen(call.segment(2));
    const QJsonObject *stored = id.isEmpty() ? nullptr : m_org.store.find(id);
    const bool live = stored && !stored->value(u"IsDeleted"_s).toBool() &&
                      m_org.store.objectOf(id) == object.name;
    const QByteArray &method = call.request.method;
    if (method == "GET") {
        // A reader sees the committed version (a commit delay hides recent writes).
        const std::optional<QJsonObject> visible =
            id.isEmpty() ? std::nullopt : m_org.store.findVisible(id, m_org.clock.now());
        if (!visible || visible->value(u"IsDeleted"_s).toBool() ||
            m_org.store.objectOf(id) != object.name)
            return notFoundResponse();
        const QStringList fields =
            call.request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded)
                .split(u',', Qt::SkipEmptyParts);
        return recordResponse(object, present(object, *visible, call.version, fields));
    }
    // A record in the recycle bin (deleted, merged away) says so.
    const bool inRecycleBin =
        stored && stored->value(u"IsDeleted"_s).toBool() && m_org.store.objectOf(id) == object.name;
    if (inRecycleBin && (method == "PATCH" || method == "DELETE"))
        return SalesforceError{u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s}.toResponse(404);
    if (method == "PATCH") {
        if (!live)
            return notFoundResponse();
        auto parsed = parseJsonBody(call.request.body);
        if (auto *error = std::get_if<ApiResponse>(&parsed))
            return *error;
        const SaveResult result =
            m_writer.update(object.name, id, std::get<QJsonDocument>(parsed).object());
        return result.success() ? ApiResponse::empty(204) : saveErrorResponse(result);
    }
    if (method == "DELETE") {
        if (!live)
            return notFoundResponse();
        const SaveResult result = m_writer.remove(id);
        return result.success() ? ApiResponse::empty(204) : saveErrorResponse(result);
    }
    return methodNotAllowedResponse(method, u"GET,PATCH,HEAD,DELETE"_s);
}

ApiResponse SObjectEndpoints::byExternalId(const DataCall &call, const ObjectDescription &object)
{
    const QString fieldName = call.segment(2);
    const QString value = call.segment(3);
    const FieldDescription *field = object.field(fieldName);
    if (!field || !(field->externalId || field->type == FieldType::Id)) {
        return SalesforceError{
            u"NOT_FOUND"_s,
            u"Provided external ID field does not exist or is not accessible: "_s + fieldName}
            .toResponse(404);
    }
    const QStringList matches = m_writer.matchExternalId(object.name, field->name, value);
    if (matches.size() > 1) {
        // Several records share the value: Salesforce answers 300 with their URLs.
        QJsonArray urls;
        for (const QString &id : matches)
            urls.append(QString(u"/services/data/"_s + call.version + u"/sobjects/"_s +
                                object.name + u'/' + id));
        return ApiResponse::json(300, urls);
    }
    const QByteArray &method = call.request.method;
    if (method == "GET") {
        const std::optional<QJsonObject> visible =
            matches.isEmpty() ? std::nullopt
                              : m_org.store.findVisible(matches.first(), m_org.clock.now());
        if (!visible || visible->value(u"IsDeleted"_s).toBool())
            return notFoundResponse();
        return recordResponse(object, present(object, *visible, call.version));
    }
    if (method != "PATCH")
        return methodNotAllowedResponse(method, u"GET,PATCH,HEAD"_s);
    auto parsed = parseJsonBody(call.request.body);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const SaveResult result =
        m_writer.upsert(object.name, field->name, value, std::get<QJsonDocument>(parsed).object());
    if (!result.success())
        return saveErrorResponse(result);
    return ApiResponse::json(result.created ? 201 : 200, withWarnings(result.toJson(true)));
}

ApiResponse SObjectEndpoints::updatedOrDeleted(const DataCall &call,
                                               const ObjectDescription &object, bool deleted)
{
    if (call.request.method != "GET")
        return methodNotAllowedResponse(call.request.method, u"GET,HEAD"_s);
    const QUrlQuery &query = call.request.query;
    const QDateTime start =
        parseReplicationTime(query.queryItemValue(u"start"_s, QUrl::FullyDecoded));
    const QDateTime end = parseReplicationTime(query.queryItemValue(u"end"_s, QUrl::FullyDecoded));
    if (!start.isValid() || !end.isValid() || end < start) {
        return SalesforceError{u"INVALID_REPLICATION_DATE"_s,
                               u"start and end must be valid dateTimes, with start before end"_s}
            .toResponse(400);
    }
    const QDateTime now = m_org.clock.now();
    const QDateTime earliest = now.addDays(-(deleted ? deletedWindowDays : updatedWindowDays));
    if (start < floorToMinute(earliest)) {
        return SalesforceError{
            u"INVALID_REPLICATION_DATE"_s,
            u"startDate cannot be more than "_s +
                QString::number(deleted ? deletedWindowDays : updatedWindowDays) + u" days ago"_s}
            .toResponse(400);
    }
    // Salesforce covers whole minutes only, never the future.
    const QDateTime covered = floorToMinute(std::min(end, now));
    if (deleted) {
        QJsonArray records;
        for (const auto &[id, when] : m_org.store.deletedBetween(object.name, start, covered))
            records.append(
                QJsonObject{{u"id"_s, id}, {u"deletedDate"_s, salesforceDateTime(when)}});
        return ApiResponse::json(
            200,
            QJsonObject{{u"deletedRecords"_s, records},
                        {u"earliestDateAvailable"_s, salesforceDateTime(floorToMinute(earliest))},
                        {u"latestDateCovered"_s, salesforceDateTime(covered)}});
    }
    QJsonArray ids;
    for (const QJsonObject &row : m_org.store.visibleRecords(object.name, false, now)) {
        const QDateTime stamp = parseReplicationTime(row.value(u"SystemModstamp"_s).toString());
        if (stamp >= start && stamp <= covered)
            ids.append(row.value(u"Id"_s));
    }
    return ApiResponse::json(
        200, QJsonObject{{u"ids"_s, ids}, {u"latestDateCovered"_s, salesforceDateTime(covered)}});
}

} // namespace syncdesk::sandbox
