#pragma once

#include "store/settings_store.h"
#include "usage/api_usage.h"
#include "usage/limits_refresh_policy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <chrono>

namespace syncdesk {

class ApiCallLedger;
class SalesforceClient;

// Spends a call on GET /limits only when no other answer has refreshed the org's
// figures for the configured time (SettingKeys::LimitsRefreshSeconds, default
// 5 minutes): most answers carry Sforce-Limit-Info for free. The reading goes
// into the ledger as a /limits sample.
//
// Lives on the thread of `db`, like the ledger it writes through.
class LimitsRefresher : public QObject
{
    Q_OBJECT

public:
    LimitsRefresher(SalesforceClient *client, ApiCallLedger *ledger, QSqlDatabase db,
                    QObject *parent = nullptr);

    // Decides whether /limits is due at `now` and, if so, calls it. Returns whether a
    // call was started. Nothing is started while an earlier call is still out.
    bool tick(const QDateTime &now);

    // Production: tick with the current time every `every`.
    void start(std::chrono::milliseconds every = std::chrono::seconds(30));
    void stop();

    bool isCallInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void limitsRefreshed(const syncdesk::ApiUsage &usage);
    void limitsRefreshFailed(const QString &message);

private:
    LimitsRefreshPolicy currentPolicy() const;

    QPointer<SalesforceClient> m_client;
    QPointer<ApiCallLedger> m_ledger;
    SettingsStore m_settings;
    QTimer m_timer;
    bool m_inFlight = false;
};

} // namespace syncdesk
