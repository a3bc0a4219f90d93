#include "salesforce/limits_refresher.h"

#include "salesforce/api_call_ledger.h"
#include "salesforce/salesforce_client.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

LimitsRefresher::LimitsRefresher(SalesforceClient *client, ApiCallLedger *ledger, QSqlDatabase db,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(ledger)
    , m_settings(db)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(QDateTime::currentDateTimeUtc()); });
}

LimitsRefreshPolicy LimitsRefresher::currentPolicy() const
{
    // Read at each tick, so a changed setting applies without a restart.
    LimitsRefreshPolicy policy;
    policy.setInterval(std::chrono::seconds(m_settings.value(SettingKeys::LimitsRefreshSeconds)));
    return policy;
}

bool LimitsRefresher::tick(const QDateTime &now)
{
    if (m_inFlight || !m_client || !m_ledger)
        return false;
    if (!currentPolicy().shouldCallLimits(m_ledger->lastFiguresAt(), now))
        return false;

    m_inFlight = true;
    m_client->limits(CallCategory::LimitsCheck, [this](const SalesforceResult<OrgLimits> &result) {
        m_inFlight = false;
        if (const auto *error = std::get_if<SalesforceError>(&result)) {
            Q_EMIT limitsRefreshFailed(error->summary());
            return;
        }
        const std::optional<ApiUsage> daily = std::get<OrgLimits>(result).dailyApiRequests();
        if (!daily) {
            Q_EMIT limitsRefreshFailed(u"The /limits answer has no DailyApiRequests entry."_s);
            return;
        }
        if (m_ledger)
            m_ledger->recordLimitsReading(*daily, QDateTime::currentDateTimeUtc());
        Q_EMIT limitsRefreshed(*daily);
    });
    return true;
}

void LimitsRefresher::start(std::chrono::milliseconds every)
{
    m_timer.start(every);
    tick(QDateTime::currentDateTimeUtc());
}

void LimitsRefresher::stop()
{
    m_timer.stop();
}

} // namespace syncdesk
