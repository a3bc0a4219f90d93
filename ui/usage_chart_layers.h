#pragma once

#include "usage_history_model.h"

#include <QList>
#include <QStringList>

namespace syncdesk::ui {

// The usage chart's stacked layers, bottom first: SyncDesk's own calls by category (from
// its ledger, for every hour), the five integrations Salesforce's logs name with the most
// calls, the rest of the named ones, and on top what the org counted that the logs do not
// cover yet ("Other integrations").
enum class UsageChartLayer
{
    ActivityLogging,
    OutboundUpdate,
    InboundPoll,
    LimitsCheck,
    Describe,
    Integration1,
    Integration2,
    Integration3,
    Integration4,
    Integration5,
    RestOfIntegrations,
    OtherIntegrations,
};
inline constexpr int usageChartLayerCount = 12;
inline constexpr int namedIntegrationLayers = 5;

// Which integration each named layer stands for, and every point's value per layer.
class UsageChartLayers
{
public:
    UsageChartLayers() = default;
    // Ranks the integrations by their calls in `ranking` (the period the "Who used the
    // calls" table shows, so both name the same five), ties by name; layers left free go
    // to the others by their calls over all the points.
    UsageChartLayers(const QList<UsageChartPoint> &points, const QHash<QString, qint64> &ranking);

    // The named layers' integrations, most calls first (at most five).
    const QStringList &integrations() const { return m_integrations; }
    // The layer's own calls at the point (not stacked).
    qint64 value(const UsageChartPoint &point, UsageChartLayer layer) const;
    // The named layer's integration; empty when fewer integrations have calls.
    QString integration(UsageChartLayer layer) const;
    static bool isSyncDesk(UsageChartLayer layer)
    {
        return int(layer) < int(UsageChartLayer::Integration1);
    }

private:
    QStringList m_integrations;
};

} // namespace syncdesk::ui
