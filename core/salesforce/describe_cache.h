#pragma once

#include "salesforce/salesforce_error.h"
#include "salesforce/salesforce_results.h"
#include "store/describe_cache_store.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <functional>

namespace syncdesk {

class SalesforceClient;

// An sObject's describe, and whether the stored copy answered it (after a 304).
struct ObjectDescription
{
    QJsonObject json;
    bool fromCache = false;
};

// Describes objects through the describe cache table: a cached describe is sent
// back as If-Modified-Since, so an unchanged object costs a 304 and no body. The
// 304 still counts as an API call. Lives on the thread of `db`.
class DescribeCache : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SalesforceResult<ObjectDescription> &)>;

    // `clock` (UTC now) stamps when each stored copy was last refreshed, whether by a new
    // body or a 304; the system clock when empty.
    DescribeCache(SalesforceClient *client, QSqlDatabase db, QObject *parent = nullptr,
                  std::function<QDateTime()> clock = {});

    void describe(const QString &objectName, Callback onDone);

    // The HTTP date format of Last-Modified, kept in the store as received.
    static QString toHttpDate(const QDateTime &time);
    static QDateTime fromHttpDate(const QString &text);

private:
    void handleAnswer(const QString &objectName, const std::optional<CachedDescribe> &cached,
                      const SalesforceResult<DescribeResult> &result, const Callback &onDone);

    QPointer<SalesforceClient> m_client;
    DescribeCacheStore m_store;
    std::function<QDateTime()> m_clock;
};

} // namespace syncdesk
