#include "soql/soql_error.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

std::pair<int, int> soqlRowAndColumn(QStringView query, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, query.size());
    int row = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (query[i] == u'\n') {
            ++row;
            lineStart = i + 1;
        }
    }
    return {row, int(offset - lineStart + 1)};
}

QString soqlCaretMessage(QStringView query, qsizetype offset, const QString &reason)
{
    offset = std::clamp<qsizetype>(offset, 0, query.size());
    const auto [row, column] = soqlRowAndColumn(query, offset);
    const qsizetype lineStart = offset - (column - 1);
    qsizetype lineEnd = query.indexOf(u'\n', lineStart);
    if (lineEnd < 0)
        lineEnd = query.size();
    QStringView line = query.mid(lineStart, lineEnd - lineStart);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return u"\n"_s + line + u"\n"_s + QString(column - 1, u' ') + u"^\nERROR at Row:"_s +
           QString::number(row) + u":Column:"_s + QString::number(column) + u"\n"_s + reason;
}

SalesforceError soqlError(const QString &errorCode, QStringView query, qsizetype offset,
                          const QString &reason)
{
    return SalesforceError{errorCode, soqlCaretMessage(query, offset, reason), {}};
}

} // namespace syncdesk::sandbox
