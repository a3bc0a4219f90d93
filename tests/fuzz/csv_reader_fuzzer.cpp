// Fuzzes the CSV reader behind `syncdesk-cli import` and File > Import: any bytes must
// give records or one error with a line, never a crash or a hang, and what it reads
// must survive being written back out and read again.
#include "sync/csv_reader.h"

#include <cstdint>
#include <cstdlib>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Every field quoted, quotes doubled, CRLF between records: the one spelling that
// any RFC 4180 reader must read back unchanged.
QByteArray writeBack(const QList<CsvRecord> &records)
{
    QString text;
    for (const CsvRecord &record : records) {
        QStringList quoted;
        for (const QString &field : record.fields)
            quoted.append(u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"');
        text += quoted.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvReadResult result = CsvReader::parse(bytes);

    if (!result.ok()) {
        require(result.records.isEmpty());
        require(result.error->line >= 0);
        require(!result.error->message.isEmpty());
        return 0;
    }

    // Lines are 1-based and never go backwards; no line is past the end of the input.
    const int lineCount = int(bytes.count('\n') + bytes.count('\r')) + 1;
    int previousLine = 0;
    for (const CsvRecord &record : result.records) {
        require(record.line >= 1 && record.line <= lineCount);
        require(record.line > previousLine);
        require(!record.fields.isEmpty());
        previousLine = record.line;
    }

    const CsvReadResult again = CsvReader::parse(writeBack(result.records));
    require(again.ok());
    require(again.records.size() == result.records.size());
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        require(again.records.at(i).fields == result.records.at(i).fields);
        require(again.records.at(i).line >= i + 1);
    }
    return 0;
}
