#include "sync/csv_reader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

CsvReadResult failed(int line, const QString &message)
{
    return CsvReadResult{.records = {}, .error = CsvReadError{.line = line, .message = message}};
}

} // namespace

CsvReadResult CsvReader::parse(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return failed(0, u"the file is not valid UTF-8"_s);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvReadResult result;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteOpenedOnLine = 0;
    bool inQuotes = false;
    bool fieldWasQuoted = false; // the closing quote was seen: only a separator may follow
    bool recordHasContent = false;

    const auto endRecord = [&] {
        fields.append(field);
        result.records.append(CsvRecord{.line = recordLine, .fields = fields});
        fields.clear();
        field.clear();
        fieldWasQuoted = false;
        recordHasContent = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    fieldWasQuoted = true;
                }
                continue;
            }
            if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n')))
                ++line;
            field.append(c);
            continue;
        }

        if (c == u',') {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted)
                return failed(line, u"stray quote: a quote inside a field that does not start "
                                    "with a quote must be inside a quoted field"_s);
            inQuotes = true;
            quoteOpenedOnLine = line;
            recordHasContent = true;
        } else {
            if (fieldWasQuoted)
                return failed(line, u"stray text after a closing quote"_s);
            field.append(c);
            recordHasContent = true;
        }
    }

    if (inQuotes)
        return failed(quoteOpenedOnLine,
                      u"unterminated quote: the quoted field opened here never closes"_s);
    // The last line without a line break; a trailing break left nothing pending.
    if (recordHasContent || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return result;
}

} // namespace syncdesk
