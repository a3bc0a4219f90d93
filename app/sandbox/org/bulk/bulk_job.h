#pragma once

#include "bulk/bulk_csv.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace syncdesk::sandbox {

// One Bulk API 2.0 job, ingest or query, with its data and results. The
// states are Salesforce's: Open -> UploadComplete -> InProgress -> JobComplete
// (or Failed, or Aborted). Query jobs start at UploadComplete.
struct BulkJob
{
    enum class Kind
    {
        Ingest,
        Query
    };
    enum class State
    {
        Open,
        UploadComplete,
        InProgress,
        JobComplete,
        Failed,
        Aborted
    };

    Kind kind = Kind::Ingest;
    QString id;        // 750...
    QString operation; // insert, update, upsert, delete, hardDelete; query, queryAll
    QString object;    // canonical name
    QString externalIdFieldName;
    QString createdById;
    QDateTime createdDate;
    QDateTime systemModstamp;
    State state = State::Open;
    QString apiVersion; // "62.0"
    CsvDialect dialect;
    QString errorMessage;
    qint64 recordsProcessed = 0;
    qint64 recordsFailed = 0;

    // Processing on the org's clock: it starts at processingFrom; each chunk of
    // recordsPerBatch records is due one processing delay after the last.
    QDateTime processingFrom;
    qint64 batchesDone = 0;

    // Ingest: the uploaded CSV (dropped once every row is processed), its
    // header and its records; results as CSV rows without their header.
    QByteArray upload;
    QStringList header;
    CsvRowSpans rows;
    qsizetype nextRow = 0;
    QByteArray successfulRows;
    QByteArray failedRows;

    // Query: the SOQL, then the result CSV: header line and records.
    QString query;
    QByteArray resultHeader;
    QByteArray resultData;
    QList<qsizetype> resultRowStarts; // record i is [starts[i], starts[i+1]) or to the end
    qint64 resultRows = -1;           // -1 until the query has run

    bool isFinished() const
    {
        return state == State::JobComplete || state == State::Failed || state == State::Aborted;
    }
    static QString stateName(State state);
    // nullopt for a name that is not a state.
    static std::optional<State> stateNamed(const QString &name);
};

} // namespace syncdesk::sandbox
