#include "salesforce/api_call_ledger.h"

#include "salesforce/salesforce_client.h"
#include "usage/other_integrations.h"
#include "usage/usage_aggregates.h"

#include <QLoggingCategory>

namespace syncdesk {

namespace {
Q_LOGGING_CATEGORY(lcLedger, "syncdesk.ledger")
}

ApiCallLedger::ApiCallLedger(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_calls(db)
    , m_samples(db)
{}

void ApiCallLedger::attach(SalesforceClient *client)
{
    // The ledger as context object: the slot runs on the ledger's (the database's)
    // thread, and the connection ends when either side is destroyed.
    connect(client, &SalesforceClient::callMade, this, &ApiCallLedger::recordCall);
    connect(client, &SalesforceClient::orgUsageObserved, this, &ApiCallLedger::recordHeaderUsage);
}

void ApiCallLedger::recordCall(const QString &endpoint, CallCategory category, int httpStatus,
                               const std::optional<ApiUsage> &usage, const QString &errorCode)
{
    ApiCallRecord call;
    call.at = QDateTime::currentDateTimeUtc();
    call.category = category;
    call.endpoint = endpoint;
    call.httpStatus = httpStatus;
    call.orgUsage = usage;
    call.errorCode = errorCode;
    if (!m_calls.record(call))
        reportFailure(m_calls.lastError());
    pruneNowAndThen(call.at);
}

int ApiCallLedger::pruneBeyondRetention(const QDateTime &now)
{
    const QDateTime cutoff = UsageAggregates::retentionCutoff(now);
    m_lastPrune = now;
    return m_calls.deleteBefore(cutoff) + m_samples.deleteBefore(cutoff);
}

void ApiCallLedger::pruneNowAndThen(const QDateTime &now)
{
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 3600)
        pruneBeyondRetention(now);
}

void ApiCallLedger::recordHeaderUsage(const ApiUsage &usage, const QDateTime &observedAt)
{
    addSample(usage, observedAt, UsageSample::Header);
}

void ApiCallLedger::recordLimitsReading(const ApiUsage &usage, const QDateTime &readAt)
{
    addSample(usage, readAt, UsageSample::LimitsResource);
}

void ApiCallLedger::addSample(const ApiUsage &usage, const QDateTime &at,
                              UsageSample::Source source)
{
    UsageSample sample;
    sample.at = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    sample.used = usage.used;
    sample.max = usage.max;
    sample.source = source;
    if (!m_samples.add(sample))
        reportFailure(m_samples.lastError());
}

void ApiCallLedger::reportFailure(const QString &message)
{
    m_lastError = message;
    qCWarning(lcLedger) << "could not record API usage:" << message;
    Q_EMIT writeFailed(message);
}

QDateTime ApiCallLedger::lastFiguresAt() const
{
    const std::optional<UsageSample> latest = m_samples.latest();
    return latest ? latest->at : QDateTime();
}

OrgUsageSnapshot ApiCallLedger::snapshot(const QDateTime &now) const
{
    const std::optional<UsageSample> latest = m_samples.latest();
    std::optional<OrgUsageNow> org;
    if (latest)
        org = OrgUsageNow::from({*latest}, now);

    // The "others" figure compares the org's count with ours at the sample's time,
    // which may be before now: read back far enough for both windows.
    QDateTime earliestEnd = now;
    if (org && org->sample.at < now)
        earliestEnd = org->sample.at;
    const QList<ApiCallRecord> calls =
        m_calls.callsSince(earliestEnd.addSecs(-OurCallsWindow::windowSeconds));

    OrgUsageSnapshot snapshot{org, OurCallsWindow(calls, now), 0};
    if (org)
        snapshot.otherIntegrations = OtherIntegrations::atSample(org->sample, calls);
    return snapshot;
}

} // namespace syncdesk
