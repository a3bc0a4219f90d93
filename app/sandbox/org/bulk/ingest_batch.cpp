#include "bulk/ingest_batch.h"

#include "bulk/bulk_job.h"
#include "data/record_store.h"
#include "rest/record_writer.h"
#include "schema/object_description.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Bulk API 2.0 CSV: an empty value leaves the field as it is; #N/A sets it to null.
constexpr QStringView nullValue = u"#N/A";

bool isIdColumn(const QString &column)
{
    return column.compare(u"Id"_s, Qt::CaseInsensitive) == 0;
}

bool isDelete(const BulkJob &job)
{
    return job.operation == u"delete"_s || job.operation == u"hardDelete"_s;
}

qsizetype columnOf(const BulkJob &job, const QString &name)
{
    for (qsizetype i = 0; i < job.header.size(); ++i)
        if (job.header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QJsonObject fieldsOf(const BulkJob &job, const QStringList &values, qsizetype skipA,
                     qsizetype skipB)
{
    QJsonObject fields;
    for (qsizetype i = 0; i < job.header.size() && i < values.size(); ++i) {
        if (i == skipA || i == skipB || values.at(i).isEmpty())
            continue;
        fields.insert(job.header.at(i), values.at(i) == nullValue ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(values.at(i)));
    }
    return fields;
}

SaveResult saveRow(OrgContext &org, RecordWriter &writer, const BulkJob &job,
                   const QStringList &values)
{
    if (values.size() != job.header.size()) {
        return SaveResult{{},
                          {RecordError{u"INVALID_FIELD"_s,
                                       u"The row has "_s + QString::number(values.size()) +
                                           u" values but the header has "_s +
                                           QString::number(job.header.size()) + u" columns"_s,
                                       {}}}};
    }
    const qsizetype idColumn = columnOf(job, u"Id"_s);
    const QString id = idColumn >= 0 ? values.at(idColumn) : QString();
    if (job.operation == u"insert"_s)
        return writer.create(job.object, fieldsOf(job, values, -1, -1));
    if (job.operation == u"update"_s)
        return writer.update(job.object, id, fieldsOf(job, values, idColumn, -1));
    if (job.operation == u"upsert"_s) {
        const qsizetype keyColumn = columnOf(job, job.externalIdFieldName);
        const QString key = values.at(keyColumn);
        if (key.isEmpty() && !isIdColumn(job.externalIdFieldName)) {
            return SaveResult{{},
                              {RecordError{u"MISSING_ARGUMENT"_s,
                                           job.externalIdFieldName + u" not specified"_s,
                                           {}}}};
        }
        return writer.upsert(job.object, job.externalIdFieldName, key,
                             fieldsOf(job, values, keyColumn, idColumn));
    }
    SaveResult result = writer.remove(id);
    if (result.success() && job.operation == u"hardDelete"_s)
        org.store.purge(result.id);
    return result;
}

} // namespace

QString bulkErrorText(const QString &statusCode, const QString &message, const QStringList &fields)
{
    return statusCode + u':' + message + u':' + fields.join(u',') + u" --"_s;
}

QString checkIngestHeader(const OrgContext &org, const BulkJob &job)
{
    const ObjectDescription *object = org.schema.object(job.object);
    if (job.header.isEmpty())
        return u"InvalidBatch : Failed to process the CSV: it has no header row"_s;
    for (const QString &column : job.header) {
        if (!object->field(column) && !(isIdColumn(column) && job.operation != u"insert"_s))
            return u"InvalidBatch : Field name not found : "_s + column;
    }
    const QString required = isDelete(job) || job.operation == u"update"_s ? u"Id"_s
                             : job.operation == u"upsert"_s                ? job.externalIdFieldName
                                                                           : QString();
    if (!required.isEmpty() && columnOf(job, required) < 0)
        return u"InvalidBatch : Field name not found : "_s + required;
    return {};
}

void processIngestRows(OrgContext &org, BulkJob &job, qsizetype maxRows)
{
    RecordWriter writer(org);
    const qsizetype end = std::min(job.rows.size(), job.nextRow + maxRows);
    for (; job.nextRow < end; ++job.nextRow) {
        const auto [start, stop] = job.rows.at(job.nextRow);
        const QStringList values = parseCsvRow(
            QByteArrayView(job.upload).sliced(start, stop - start), job.dialect.delimiter);
        const SaveResult result = saveRow(org, writer, job, values);
        ++job.recordsProcessed;
        if (result.success()) {
            appendCsvRow(job.successfulRows,
                         QStringList{result.id, result.created ? u"true"_s : u"false"_s} + values,
                         job.dialect);
            continue;
        }
        ++job.recordsFailed;
        const RecordError &error = result.errors.constFirst();
        appendCsvRow(
            job.failedRows,
            QStringList{result.id, bulkErrorText(error.statusCode, error.message, error.fields)} +
                values,
            job.dialect);
    }
}

} // namespace syncdesk::sandbox
