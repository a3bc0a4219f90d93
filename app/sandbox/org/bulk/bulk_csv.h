#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace syncdesk::sandbox {

// The CSV dialect of one Bulk API 2.0 job: its columnDelimiter and lineEnding,
// by the names the job JSON uses (COMMA, TAB, ...; LF, CRLF).
struct CsvDialect
{
    QString delimiterName = QStringLiteral("COMMA");
    QString lineEndingName = QStringLiteral("LF");
    char delimiter = ',';
    QByteArray lineEnding = "\n";

    // nullopt when either name is not one Salesforce accepts.
    static std::optional<CsvDialect> named(const QString &delimiterName,
                                           const QString &lineEndingName);
};

// Where each record of a CSV body starts and ends, [first, second), without
// its line ending. A line ending inside double quotes belongs to the value;
// blank lines are skipped.
using CsvRowSpans = QList<std::pair<qsizetype, qsizetype>>;
CsvRowSpans csvRowSpans(const QByteArray &data, const CsvDialect &dialect);

// The values of one record; "" quotes read as one ", UTF-8 decoded.
QStringList parseCsvRow(QByteArrayView row, char delimiter);

// Appends one record the way Salesforce writes result files: every value in
// double quotes, quotes doubled, then the line ending.
void appendCsvRow(QByteArray &out, const QStringList &values, const CsvDialect &dialect);

} // namespace syncdesk::sandbox
