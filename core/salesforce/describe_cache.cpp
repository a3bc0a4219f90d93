#include "salesforce/describe_cache.h"

#include "salesforce/salesforce_client.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
constexpr auto kHttpDateFormat = u"ddd, dd MMM yyyy HH:mm:ss 'GMT'";
}

DescribeCache::DescribeCache(SalesforceClient *client, QSqlDatabase db, QObject *parent,
                             std::function<QDateTime()> clock)
    : QObject(parent)
    , m_client(client)
    , m_store(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{}

QString DescribeCache::toHttpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QString::fromUtf16(kHttpDateFormat));
}

QDateTime DescribeCache::fromHttpDate(const QString &text)
{
    QDateTime time = QLocale::c().toDateTime(text, QString::fromUtf16(kHttpDateFormat));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

void DescribeCache::describe(const QString &objectName, Callback onDone)
{
    if (!m_client) {
        onDone(SalesforceError::transient(u"The org connection is gone."_s));
        return;
    }
    std::optional<CachedDescribe> cached = m_store.find(objectName);
    // A copy whose date cannot be read (or whose body is not JSON) is asked for afresh.
    QDateTime ifModifiedSince;
    if (cached) {
        ifModifiedSince = fromHttpDate(cached->lastModified);
        if (!ifModifiedSince.isValid() || !QJsonDocument::fromJson(cached->body).isObject())
            cached.reset();
    }
    if (!cached)
        ifModifiedSince = QDateTime();

    m_client->describeObject(objectName, ifModifiedSince, CallCategory::Describe,
                             [this, objectName, cached, onDone = std::move(onDone)](
                                 const SalesforceResult<DescribeResult> &result) {
                                 handleAnswer(objectName, cached, result, onDone);
                             });
}

void DescribeCache::handleAnswer(const QString &objectName,
                                 const std::optional<CachedDescribe> &cached,
                                 const SalesforceResult<DescribeResult> &result,
                                 const Callback &onDone)
{
    if (const auto *error = std::get_if<SalesforceError>(&result))
        return onDone(*error);
    const DescribeResult &answer = std::get<DescribeResult>(result);

    if (std::holds_alternative<NotModified>(answer)) {
        if (!cached)
            return onDone(SalesforceError::malformed(
                u"Salesforce answered 304 Not Modified to an unconditional describe."_s, 304));
        // Asked and confirmed: the stored copy counts as refreshed now.
        CachedDescribe refreshed = *cached;
        refreshed.fetchedAt = m_clock();
        m_store.put(refreshed);
        return onDone(ObjectDescription{QJsonDocument::fromJson(cached->body).object(), true});
    }

    const Described &described = std::get<Described>(answer);
    // Without Last-Modified there is nothing to ask with next time: not worth keeping.
    if (described.lastModified.isValid()) {
        CachedDescribe entry;
        entry.sobject = objectName;
        entry.lastModified = toHttpDate(described.lastModified);
        entry.fetchedAt = m_clock();
        entry.body = QJsonDocument(described.json).toJson(QJsonDocument::Compact);
        // A failed write only costs a full describe next time.
        m_store.put(entry);
    }
    onDone(ObjectDescription{described.json, false});
}

} // namespace syncdesk
