#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

// Where inbound polling resumes for each CRM object: the newest SystemModstamp stored.
// Salesforce's own text is kept ("2026-03-02T09:00:00.000+0000") so that no precision is
// lost between reading it and asking for what came after it.
class WatermarkStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // nullopt: never polled, the next poll imports everything.
    std::optional<QString> watermark(const QString &crmObject) const;
    // The watermark, when it covers every field of `inboundFields`: a field mapped inbound
    // after the object was read has to be read from the start (nullopt), or the records
    // that did not change since would never get its value.
    std::optional<QString> watermarkCovering(const QString &crmObject,
                                             const QStringList &inboundFields) const;
    QDateTime polledAt(const QString &crmObject) const;
    // Takes part in the caller's transaction, so that the watermark moves only together
    // with the records it covers.
    bool advance(const QString &crmObject, const QString &systemModstamp, const QDateTime &polledAt,
                 const QStringList &inboundFields = {});
    bool clear(const QString &crmObject);
};

} // namespace syncdesk
