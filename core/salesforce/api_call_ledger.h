#pragma once

#include "store/api_call_ledger_store.h"
#include "store/usage_sample_store.h"
#include "usage/api_usage.h"
#include "usage/call_category.h"
#include "usage/org_usage_now.h"
#include "usage/our_calls_window.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// The usage figures at one moment, as the dashboard shows them.
struct OrgUsageSnapshot
{
    std::optional<OrgUsageNow> org; // nullopt until the org has reported once
    OurCallsWindow ourCalls;        // SyncDesk's calls in the 24 hours ending at `now`
    qint64 otherIntegrations = 0;   // the org's count minus ours, at the org sample's time
};

// Keeps what the REST client reports: every call in the ledger table and every usage
// figure the org sent in the samples table, so the 24-hour figures survive a restart.
//
// It writes through `db`, which belongs to the thread that opened it: the ledger must
// live on that thread. Signals from a client on another thread are queued to it.
class ApiCallLedger : public QObject
{
    Q_OBJECT

public:
    explicit ApiCallLedger(QSqlDatabase db, QObject *parent = nullptr);

    // Records every call and every org usage `client` reports, until either is gone.
    void attach(SalesforceClient *client);

    // A GET /limits answer: the authoritative figure, which cost a call.
    void recordLimitsReading(const ApiUsage &usage, const QDateTime &readAt);

    // When the org's figures were last refreshed by any answer; invalid if never.
    QDateTime lastFiguresAt() const;

    OrgUsageSnapshot snapshot(const QDateTime &now) const;

    // Forgets calls and samples older than the retention period (90 days, see
    // UsageAggregates::retentionCutoff). Recording does this by itself at most
    // once an hour; returns how many rows went.
    int pruneBeyondRetention(const QDateTime &now);

    // The store's words for the last failed write; empty when all went well.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A write failed: the figures on screen will undercount until it works again.
    void writeFailed(const QString &message);

private:
    void recordCall(const QString &endpoint, CallCategory category, int httpStatus,
                    const std::optional<ApiUsage> &usage, const QString &errorCode);
    void recordHeaderUsage(const ApiUsage &usage, const QDateTime &observedAt);
    void addSample(const ApiUsage &usage, const QDateTime &at, UsageSample::Source source);
    void reportFailure(const QString &message);

    void pruneNowAndThen(const QDateTime &now);

    ApiCallLedgerStore m_calls;
    UsageSampleStore m_samples;
    QString m_lastError;
    QDateTime m_lastPrune;
};

} // namespace syncdesk
