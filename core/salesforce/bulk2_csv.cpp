#include "salesforce/bulk2_csv.h"

#include <QJsonDocument>

namespace syncdesk {

namespace {

QByteArray quotedIfNeeded(const QByteArray &text)
{
    const bool needsQuotes = text.contains(',') || text.contains('"') || text.contains('\n') ||
                             text.contains('\r') ||
                             (!text.isEmpty() && (text.front() == ' ' || text.back() == ' ' ||
                                                  text.front() == '\t' || text.back() == '\t'));
    if (!needsQuotes)
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

} // namespace

Bulk2Csv::Bulk2Csv(QStringList columns)
    : m_columns(std::move(columns))
{
    QList<QByteArray> header;
    for (const QString &column : std::as_const(m_columns))
        header.append(quotedIfNeeded(column.toUtf8()));
    m_bytes = header.join(',') + '\n';
}

QByteArray Bulk2Csv::field(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return QByteArrayLiteral("#N/A");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = qint64(number);
        return double(whole) == number ? QByteArray::number(whole)
                                       : QByteArray::number(number, 'g', 17);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        // Salesforce reads an emptied text field as null; an empty CSV value would leave it.
        return text.isEmpty() ? QByteArrayLiteral("#N/A") : quotedIfNeeded(text.toUtf8());
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return quotedIfNeeded(document.toJson(QJsonDocument::Compact));
}

void Bulk2Csv::addRow(const QList<QJsonValue> &values)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_bytes += ',';
        if (i < values.size())
            m_bytes += field(values.at(i));
    }
    m_bytes += '\n';
    ++m_rows;
}

} // namespace syncdesk
