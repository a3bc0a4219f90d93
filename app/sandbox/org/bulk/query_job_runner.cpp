#include "bulk/query_job_runner.h"

#include "bulk/bulk_job.h"
#include "data/record_store.h"
#include "limits/org_clock.h"
#include "rest/org_context.h"
#include "soql/soql_executor.h"
#include "soql/soql_parser.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Rows are filtered and projected this many at a time when the query has no
// ORDER BY or LIMIT, so a 500,000-row job never holds all its JSON rows at once.
constexpr qsizetype sliceRows = 10'000;

QString csvValue(const QJsonValue &value, FieldType type)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == std::floor(number) && std::abs(number) < 1e15
                   ? QString::number(qint64(number))
                   : QString::number(number, 'g', 15);
    }
    case QJsonValue::String: {
        // Bulk CSV writes datetimes in UTC with Z: 2024-01-01T00:00:00.000Z.
        const QString text = value.toString();
        if (type == FieldType::DateTime && text.endsWith(u"+0000"_s))
            return text.chopped(5) + u'Z';
        return text;
    }
    default:
        return {};
    }
}

QString cellOf(const QJsonObject &row, const SoqlFieldPath &path)
{
    QJsonObject record = row;
    for (const SoqlRelationshipHop &hop : path.hops) {
        const QJsonValue parent = record.value(hop.relationshipName);
        if (!parent.isObject())
            return {};
        record = parent.toObject();
    }
    return csvValue(record.value(path.fieldName), path.type);
}

void appendRows(BulkJob &job, const SoqlQuery &query, const QList<QJsonObject> &rows)
{
    QStringList values;
    for (const QJsonObject &row : rows) {
        values.clear();
        for (const SoqlFieldPath &path : query.selectedFields())
            values.append(cellOf(row, path));
        job.resultRowStarts.append(job.resultData.size());
        appendCsvRow(job.resultData, values, job.dialect);
    }
}

} // namespace

std::optional<SalesforceError> checkBulkQuery(const OrgContext &org, const QString &soql,
                                              QString *object)
{
    auto parsed = parseSoql(soql, org.schema);
    if (auto *error = std::get_if<SalesforceError>(&parsed))
        return *error;
    const SoqlQuery &query = std::get<SoqlQuery>(parsed);
    if (query.isCount() || query.offset() > 0) {
        return SalesforceError{u"API_ERROR"_s,
                               u"Bulk API 2.0 query jobs support neither COUNT() nor OFFSET"_s};
    }
    *object = query.objectName();
    return std::nullopt;
}

void runQueryJob(OrgContext &org, BulkJob &job)
{
    auto parsed = parseSoql(job.query, org.schema);
    if (auto *error = std::get_if<SalesforceError>(&parsed)) {
        job.errorMessage = error->errorCode + u" : "_s + error->message;
        return;
    }
    const SoqlQuery &query = std::get<SoqlQuery>(parsed);
    const QDateTime now = org.clock.now();
    const ParentLookup parents = [&org, now](const QString &id) {
        return org.store.findVisible(id, now).value_or(QJsonObject());
    };
    QStringList header;
    for (const SoqlFieldPath &path : query.selectedFields())
        header.append(path.dottedName());
    job.resultHeader.clear();
    appendCsvRow(job.resultHeader, header, job.dialect);
    job.resultData.clear();
    job.resultRowStarts.clear();

    const QString version = u'v' + job.apiVersion;
    const QList<QJsonObject> candidates =
        org.store.visibleRecords(query.objectName(), job.operation == u"queryAll"_s, now);
    const bool rowByRow = query.orderBy().isEmpty() && !query.limit();
    if (!rowByRow) {
        appendRows(job, query, executeSoql(query, candidates, parents, version));
    } else {
        for (qsizetype from = 0; from < candidates.size(); from += sliceRows)
            appendRows(job, query,
                       executeSoql(query, candidates.mid(from, sliceRows), parents, version));
    }
    job.resultRows = job.resultRowStarts.size();
}

} // namespace syncdesk::sandbox
