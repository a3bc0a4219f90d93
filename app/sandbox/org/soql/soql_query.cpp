#include "soql/soql_query.h"

namespace syncdesk::sandbox {

QString SoqlFieldPath::dottedName() const
{
    QString name;
    for (const SoqlRelationshipHop &hop : hops)
        name += hop.relationshipName + QLatin1Char('.');
    return name + fieldName;
}

QDateTime SoqlQuery::referenceTime() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

} // namespace syncdesk::sandbox
