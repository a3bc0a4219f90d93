#include "bulk/bulk_csv.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

std::optional<CsvDialect> CsvDialect::named(const QString &delimiterName,
                                            const QString &lineEndingName)
{
    static const std::pair<QStringView, char> delimiters[] = {
        {u"BACKQUOTE", '`'}, {u"CARET", '^'},     {u"COMMA", ','},
        {u"PIPE", '|'},      {u"SEMICOLON", ';'}, {u"TAB", '\t'},
    };
    CsvDialect dialect;
    const auto delimiter =
        std::find_if(std::begin(delimiters), std::end(delimiters),
                     [&](const auto &entry) { return entry.first == delimiterName; });
    if (delimiter == std::end(delimiters))
        return std::nullopt;
    if (lineEndingName != u"LF"_s && lineEndingName != u"CRLF"_s)
        return std::nullopt;
    dialect.delimiterName = delimiterName;
    dialect.delimiter = delimiter->second;
    dialect.lineEndingName = lineEndingName;
    dialect.lineEnding = lineEndingName == u"CRLF"_s ? "\r\n" : "\n";
    return dialect;
}

CsvRowSpans csvRowSpans(const QByteArray &data, const CsvDialect &dialect)
{
    CsvRowSpans spans;
    const char *bytes = data.constData();
    const qsizetype size = data.size();
    const bool crlf = dialect.lineEnding.size() == 2;
    qsizetype start = 0;
    bool quoted = false;
    const auto close = [&](qsizetype end) {
        if (end > start)
            spans.append({start, end});
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n' && (!crlf || (i > start && bytes[i - 1] == '\r'))) {
            close(crlf ? i - 1 : i);
            start = i + 1;
        }
    }
    close(size);
    return spans;
}

QStringList parseCsvRow(QByteArrayView row, char delimiter)
{
    QStringList values;
    QByteArray value;
    bool quoted = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted) {
            if (c != '"')
                value.append(c);
            else if (i + 1 < row.size() && row[i + 1] == '"')
                value.append(row[++i]);
            else
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            values.append(QString::fromUtf8(value));
            value.clear();
        } else {
            value.append(c);
        }
    }
    values.append(QString::fromUtf8(value));
    return values;
}

void appendCsvRow(QByteArray &out, const QStringList &values, const CsvDialect &dialect)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(dialect.delimiter);
        out.append('"');
        QByteArray utf8 = values.at(i).toUtf8();
        out.append(utf8.replace('"', "\"\""));
        out.append('"');
    }
    out.append(dialect.lineEnding);
}

} // namespace syncdesk::sandbox
