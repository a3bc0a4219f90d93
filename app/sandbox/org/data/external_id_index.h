#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

namespace syncdesk::sandbox {

// Which records hold which value in an object's external-id fields, as
// Salesforce indexes them, so that an upsert or a query by external id need
// not read every record. Values are keyed by caseInsensitiveKey(); the index
// covers every record, deleted or not, in its latest (maybe uncommitted)
// version. It is a plain value, so a store snapshot copies it with the rows.
class ExternalIdIndex
{
public:
    ExternalIdIndex() = default;
    explicit ExternalIdIndex(QStringList fields);

    bool covers(const QString &field) const { return m_fields.contains(field); }
    void add(const QString &id, const QJsonObject &row);
    void remove(const QString &id, const QJsonObject &row);
    // Before `changes` are written over `row`.
    void change(const QString &id, const QJsonObject &row, const QJsonObject &changes);
    // The records whose `field` may equal `value` ignoring case; the caller
    // compares, and orders them.
    QList<QString> candidates(const QString &field, QStringView value) const;

private:
    QStringList m_fields;
    QHash<QString, QMultiHash<QString, QString>> m_ids; // field -> value key -> ids
};

} // namespace syncdesk::sandbox
