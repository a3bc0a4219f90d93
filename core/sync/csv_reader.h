#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

// One CSV record and the 1-based line of the file it starts on: quoted fields may
// hold newlines, so a record's line is not its index.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvReadError
{
    int line = 0;
    QString message;
};

struct CsvReadResult
{
    QList<CsvRecord> records;
    std::optional<CsvReadError> error; // set: records is empty, nothing is usable

    bool ok() const { return !error.has_value(); }
};

// RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside;
// CRLF, LF or lone CR line ends; UTF-8 with or without a byte order mark. A final
// line break does not make an empty last record.
class CsvReader
{
public:
    static CsvReadResult parse(const QByteArray &utf8);
};

} // namespace syncdesk
