#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk::ui {

// A local object of the workspace and the Salesforce objects it maps to.
struct MappedObject
{
    QString localObject; // field_mappings.local_object: "person", "account"...
    QStringList crmObjects;
    bool fromCrmAllowed = true; // activities are only logged to Salesforce

    QString title() const; // "People ↔ Lead / Contact", translated
};

// People↔Lead/Contact, Accounts↔Account, Opportunities↔Opportunity, Activities→Task.
QList<MappedObject> mappedObjects();
std::optional<MappedObject> mappedObjectFor(const QString &localObject);

// One field of a Salesforce describe, as far as the field editor needs it.
struct CrmFieldInfo
{
    QString sobject;
    QString name;
    QString label;
    QString type; // Salesforce's type name: string, email, reference, address...
    int length = 0;
    bool updateable = false;
    bool createable = false;

    QString typeText() const; // "string (80)", "boolean"
};

// The Salesforce fields SyncDesk may map, read from the describe cache (never from the
// network: the editor must work with no API calls left).
class FieldMappingCatalog
{
public:
    static FieldMappingCatalog fromCache(QSqlDatabase db);

    // Adds the fields of one sObject describe body; false when it does not read as one.
    bool addDescribe(const QByteArray &describeJson, const QDateTime &fetchedAt = {});

    bool hasDescribe(const QString &sobject) const { return m_fields.contains(sobject); }
    QDateTime fetchedAt(const QString &sobject) const { return m_fetchedAt.value(sobject); }
    QList<CrmFieldInfo> fields(const QString &sobject) const { return m_fields.value(sobject); }
    std::optional<CrmFieldInfo> field(const QString &sobject, const QString &name) const;

    // Why SyncDesk cannot write this field (it upserts, so it must both create and
    // update); empty when it can.
    static QString writeRefusal(const CrmFieldInfo &field);
    // Compound and binary types hold no single value a local field could carry.
    static bool isMappableType(const QString &type);

private:
    QHash<QString, QList<CrmFieldInfo>> m_fields;
    QHash<QString, QDateTime> m_fetchedAt;
};

} // namespace syncdesk::ui
