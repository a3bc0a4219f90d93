#pragma once

#include "store/table_access.h"

#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// Which way a mapped field syncs.
enum class SyncDirection
{
    Both,
    ToCrm,
    FromCrm,
    Off,
};

QString syncDirectionName(SyncDirection direction); // "both", "to_crm", "from_crm", "off"
std::optional<SyncDirection> syncDirectionFromName(const QString &name);

struct FieldMapping
{
    qint64 id = 0;
    QString localObject;
    QString localField;
    QString crmObject;
    QString crmField;
    SyncDirection direction = SyncDirection::Both;

    bool syncsToCrm() const
    {
        return direction == SyncDirection::Both || direction == SyncDirection::ToCrm;
    }
    bool syncsFromCrm() const
    {
        return direction == SyncDirection::Both || direction == SyncDirection::FromCrm;
    }
};

class FieldMappingStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Inserts, or updates the mapping of the same local object, local field and CRM object.
    std::optional<qint64> save(const FieldMapping &mapping);
    QList<FieldMapping> all() const;
    QList<FieldMapping> forCrmObject(const QString &crmObject) const;
    bool setDirection(qint64 id, SyncDirection direction);
    // Replaces the whole configuration in one transaction (the field editor's Save).
    bool replaceAll(const QList<FieldMapping> &mappings);
    bool remove(qint64 id);

private:
    QList<FieldMapping> select(const QString &where, const QVariant &bound) const;
};

} // namespace syncdesk
