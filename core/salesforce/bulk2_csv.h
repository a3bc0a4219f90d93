#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace syncdesk {

// The CSV a Bulk API 2.0 ingest job uploads (comma, LF): a header of field API names, then
// one line per record. In that format an empty value leaves the field as it is and `#N/A`
// sets it to null, so a JSON null is written `#N/A` and a field a record does not change is
// left empty. (A text value that is exactly "#N/A" therefore cannot be sent this way.)
class Bulk2Csv
{
public:
    explicit Bulk2Csv(QStringList columns);

    // One record: `values` in the columns' order; an undefined value is left empty.
    void addRow(const QList<QJsonValue> &values);

    const QStringList &columns() const { return m_columns; }
    qsizetype rowCount() const { return m_rows; }
    const QByteArray &bytes() const { return m_bytes; }

    // A value as one CSV field: quoted when it holds a comma, a quote, a line break or
    // spaces at either end (quotes doubled); null is #N/A, undefined is empty.
    static QByteArray field(const QJsonValue &value);

private:
    QStringList m_columns;
    QByteArray m_bytes;
    qsizetype m_rows = 0;
};

} // namespace syncdesk
