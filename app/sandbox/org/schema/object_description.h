#pragma once

#include "schema/field_description.h"

#include <QList>
#include <QString>

namespace syncdesk::sandbox {

struct ObjectDescription
{
    QString name;        // API name, e.g. "Contact"
    QString label;       // "Contact"
    QString labelPlural; // "Contacts"
    QString keyPrefix;   // "003"
    QList<FieldDescription> fields;

    // Case-insensitive lookup, as Salesforce treats field names; nullptr if absent.
    const FieldDescription *field(QStringView fieldName) const;
    // The field whose relationshipName matches (case-insensitive), e.g. "Account"
    // on Contact gives AccountId; nullptr if none.
    const FieldDescription *relationship(QStringView relationshipName) const;
};

// The set of objects an org exposes. Lookups are case-insensitive.
class OrgSchema
{
public:
    explicit OrgSchema(QList<ObjectDescription> objects);

    // The standard objects SyncDesk syncs: Lead, Contact, Account, Opportunity,
    // Task and User, with realistic field metadata.
    static const OrgSchema &standard();
    // The same objects as an org whose admin has not created SyncDesk's custom
    // fields (SyncDesk_Id__c, SyncDesk_Activity_Id__c).
    static const OrgSchema &withoutSyncDeskFields();

    const ObjectDescription *object(QStringView objectName) const;
    const ObjectDescription *objectForKeyPrefix(QStringView keyPrefix) const;
    const QList<ObjectDescription> &objects() const { return m_objects; }

private:
    QList<ObjectDescription> m_objects;
};

} // namespace syncdesk::sandbox
