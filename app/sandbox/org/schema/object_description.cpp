#include "schema/object_description.h"

namespace syncdesk::sandbox {

const FieldDescription *ObjectDescription::field(QStringView fieldName) const
{
    for (const FieldDescription &candidate : fields)
        if (candidate.name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return &candidate;
    return nullptr;
}

const FieldDescription *ObjectDescription::relationship(QStringView relationshipName) const
{
    for (const FieldDescription &candidate : fields)
        if (!candidate.relationshipName.isEmpty() &&
            candidate.relationshipName.compare(relationshipName, Qt::CaseInsensitive) == 0)
            return &candidate;
    return nullptr;
}

OrgSchema::OrgSchema(QList<ObjectDescription> objects)
    : m_objects(std::move(objects))
{}

const ObjectDescription *OrgSchema::object(QStringView objectName) const
{
    for (const ObjectDescription &candidate : m_objects)
        if (candidate.name.compare(objectName, Qt::CaseInsensitive) == 0)
            return &candidate;
    return nullptr;
}

const ObjectDescription *OrgSchema::objectForKeyPrefix(QStringView keyPrefix) const
{
    for (const ObjectDescription &candidate : m_objects)
        if (candidate.keyPrefix == keyPrefix)
            return &candidate;
    return nullptr;
}

} // namespace syncdesk::sandbox
