#pragma once

#include "store/field_mapping_store.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

// The field configuration seen from one CRM object at a time, for the two directions
// that move data:
// - inbound reads the CRM fields mapped `both` or `from_crm` and stores them under
//   their local names (crmToLocal / toLocal);
// - outbound sends the local fields mapped `both` or `to_crm` under their CRM names
//   (localToCrm / toCrm).
// `off` fields, and fields of the other direction, are in neither view: they are never
// selected and never sent. Built once per run from FieldMappingStore::all(); a plain
// value, cheap to copy, safe to use on any thread.
class MappedFields
{
public:
    MappedFields() = default;
    explicit MappedFields(const QList<FieldMapping> &mappings);

    // CRM objects with at least one inbound field, in a stable order.
    QStringList inboundObjects() const;
    // CRM field names read inbound for the object, sorted.
    QStringList inboundCrmFields(const QString &crmObject) const;
    // Local field names sent outbound for the object, sorted.
    QStringList outboundLocalFields(const QString &crmObject) const;

    // The local name of an inbound CRM field; empty when the field is not read inbound.
    QString crmToLocal(const QString &crmObject, const QString &crmField) const;
    // The CRM name of an outbound local field; empty when the field is not sent.
    QString localToCrm(const QString &crmObject, const QString &localField) const;
    // The local object the CRM object maps to ("person" for Lead and Contact); empty if none.
    QString localObject(const QString &crmObject) const;
    // The direction of a local field for the object; Off when it is not mapped.
    SyncDirection direction(const QString &crmObject, const QString &localField) const;

    // A Salesforce record's inbound fields, renamed to local names; other keys dropped.
    QJsonObject toLocal(const QString &crmObject, const QJsonObject &crmRecord) const;
    // Local values of outbound fields, renamed to CRM names; other keys dropped.
    QJsonObject toCrm(const QString &crmObject, const QJsonObject &localFields) const;

private:
    struct ObjectFields
    {
        QString localObject;
        QHash<QString, QString> crmToLocal;       // inbound only
        QHash<QString, QString> localToCrm;       // outbound only
        QHash<QString, SyncDirection> directions; // by local field
    };
    QHash<QString, ObjectFields> m_objects;
};

} // namespace syncdesk
