#include "rest/query_endpoint.h"

#include "data/record_store.h"
#include "eventlog/event_log_files.h"
#include "http/ordered_json.h"
#include "http/salesforce_error.h"
#include "limits/org_clock.h"
#include "rest/query_cursors.h"
#include "schema/event_log_file_object.h"
#include "soql/soql_executor.h"
#include "soql/soql_key_filter.h"
#include "soql/soql_parser.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

ApiResponse pageResponse(const QueryCursors::Page &page, const QString &resource,
                         const QString &version)
{
    QJsonArray records;
    for (const QJsonObject &record : page.records)
        records.append(record);
    QJsonObject body{{u"totalSize"_s, qint64(page.totalSize)},
                     {u"done"_s, page.nextLocator.isEmpty()},
                     {u"records"_s, records}};
    if (!page.nextLocator.isEmpty()) {
        body.insert(u"nextRecordsUrl"_s, QString(u"/services/data/"_s + version + u'/' + resource +
                                                 u'/' + page.nextLocator));
    }
    ApiResponse response = ApiResponse::json(200, body);
    const QStringList envelope{u"totalSize"_s, u"done"_s, u"nextRecordsUrl"_s, u"records"_s};
    response.body = toOrderedJson(body, envelope + page.columns);
    return response;
}

} // namespace

QueryEndpoint::QueryEndpoint(OrgContext &org)
    : m_org(org)
{}

std::optional<ApiResponse> QueryEndpoint::handle(const DataCall &call)
{
    const QString resource = call.segment(0);
    if (resource != u"query"_s && resource != u"queryAll"_s)
        return std::nullopt;
    if (call.request.method != "GET")
        return methodNotAllowedResponse(call.request.method, u"GET,HEAD"_s);
    if (call.segments.size() == 2)
        return nextPage(call.segment(1), resource, call.version);
    if (call.segments.size() != 1)
        return notFoundResponse();
    const QString soql = call.request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    if (soql.isEmpty()) {
        return SalesforceError{u"MALFORMED_QUERY"_s, u"A query string has to be specified"_s}
            .toResponse(400);
    }
    ApiResponse response = run(soql, resource == u"queryAll"_s, call.version);
    if (response.status == 200 && resource == u"queryAll"_s) {
        // Pages of a queryAll continue under queryAll/.
        response.body.replace("/query/", "/queryAll/");
    }
    return response;
}

ApiResponse QueryEndpoint::run(const QString &soql, bool includeDeleted, const QString &version)
{
    // EventLogFile exists for users with "View Event Log Files"; for the others
    // the parser answers INVALID_TYPE, as Salesforce does.
    const bool eventLogsVisible = m_org.eventLogFiles && m_org.eventLogFiles->viewPermission();
    auto parsed = parseSoql(soql, eventLogsVisible ? withEventLogFile(m_org.schema) : m_org.schema);
    if (auto *error = std::get_if<SalesforceError>(&parsed))
        return error->toResponse(400);
    const SoqlQuery &query = std::get<SoqlQuery>(parsed);
    // Readers see committed rows only (a commit delay hides recent writes).
    const QDateTime now = m_org.clock.now();
    const QList<QJsonObject> candidates = query.objectName() == u"EventLogFile"_s
                                              ? eventLogFileRecords(version, now)
                                              : recordsToQuery(query, includeDeleted, now);
    const ParentLookup parents = [this, now](const QString &id) {
        return m_org.store.findVisible(id, now).value_or(QJsonObject());
    };
    if (query.isCount()) {
        QueryCursors::Page page;
        page.totalSize = countSoql(query, candidates, parents);
        return pageResponse(page, u"query"_s, version);
    }
    QList<QJsonObject> rows = executeSoql(query, candidates, parents, version);
    const QueryCursors::Page page =
        m_org.cursors.open(std::move(rows), soqlColumnOrder(query), m_org.clock.now());
    return pageResponse(page, u"query"_s, version);
}

QList<QJsonObject> QueryEndpoint::recordsToQuery(const SoqlQuery &query, bool includeDeleted,
                                                 const QDateTime &now) const
{
    const QString &object = query.objectName();
    const std::optional<SoqlKeyFilter> key =
        query.condition()
            ? findSoqlKeyFilter(*query.condition(),
                                [&](const QString &field) {
                                    return m_org.store.indexesExternalId(object, field);
                                })
            : std::nullopt;
    // The executor still evaluates the whole clause, on these rows only: the
    // same rows in the same order as the full read would give it.
    if (!key)
        return m_org.store.visibleRecords(object, includeDeleted, now);
    if (key->isId)
        return m_org.store.visibleRecordsWithIds(object, key->values, includeDeleted, now);
    return m_org.store.visibleRecordsWithExternalIds(object, key->field, key->values,
                                                     includeDeleted, now);
}

QList<QJsonObject> QueryEndpoint::eventLogFileRecords(const QString &version,
                                                      const QDateTime &now) const
{
    m_org.eventLogFiles->publishDue(now);
    return m_org.eventLogFiles->records(version);
}

ApiResponse QueryEndpoint::nextPage(const QString &locator, const QString &resource,
                                    const QString &version)
{
    const auto page = m_org.cursors.next(locator, m_org.clock.now());
    if (!page) {
        return SalesforceError{u"INVALID_QUERY_LOCATOR"_s, u"invalid query locator"_s}.toResponse(
            400);
    }
    return pageResponse(*page, resource, version);
}

} // namespace syncdesk::sandbox
