#pragma once

#include "store/table_access.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace syncdesk {

// An sObject's describe as Salesforce last sent it, with its Last-Modified header so
// the next fetch can ask If-Modified-Since and usually get a cheap 304.
struct CachedDescribe
{
    QString sobject;
    QString lastModified; // the HTTP date exactly as received
    QDateTime fetchedAt;
    QByteArray body; // the JSON body
};

class DescribeCacheStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    bool put(const CachedDescribe &describe);
    std::optional<CachedDescribe> find(const QString &sobject) const;
    bool remove(const QString &sobject);
};

} // namespace syncdesk
