#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QJsonObject>

namespace syncdesk {

// A local edit to a record: the new field values and their outbox entries are written
// in one transaction, so there is never a change that Salesforce will not hear about,
// nor an outbox entry for a change that was not made.
class LocalChangeWriter : public TableAccess
{
public:
    using TableAccess::TableAccess;

    bool apply(qint64 recordId, const QJsonObject &changedFields,
               const QDateTime &changedAt = QDateTime::currentDateTimeUtc());
};

} // namespace syncdesk
