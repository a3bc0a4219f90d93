#include "usage_chart_layers.h"

#include <algorithm>

namespace syncdesk::ui {

namespace {

constexpr std::array<CallCategory, 5> kSyncDeskCategories{
    CallCategory::ActivityLogging, CallCategory::OutboundUpdate, CallCategory::InboundPoll,
    CallCategory::LimitsCheck, CallCategory::Describe};

} // namespace

UsageChartLayers::UsageChartLayers(const QList<UsageChartPoint> &points)
{
    QHash<QString, qint64> totals;
    for (const UsageChartPoint &point : points) {
        for (auto it = point.logged.calls.cbegin(); it != point.logged.calls.cend(); ++it)
            totals[it.key()] += it.value();
    }
    QList<std::pair<QString, qint64>> ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > 0)
            ranked.append({it.key(), it.value()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (qsizetype i = 0; i < ranked.size() && i < namedIntegrationLayers; ++i)
        m_integrations.append(ranked[i].first);
}

qint64 UsageChartLayers::value(const UsageChartPoint &point, UsageChartLayer layer) const
{
    const int index = int(layer);
    if (isSyncDesk(layer)) {
        const CallCategory category = kSyncDeskCategories[std::size_t(index)];
        qint64 calls = point.ourCalls[callCategoryIndex(category)];
        // Reading the org's usage logs is reading usage too: drawn with the limits checks,
        // so that SyncDesk's layers and the others still add up to the org's figure.
        if (category == CallCategory::LimitsCheck)
            calls += point.ourCalls[callCategoryIndex(CallCategory::UsageLog)];
        return calls;
    }
    if (layer == UsageChartLayer::OtherIntegrations)
        return point.otherIntegrations();
    if (layer == UsageChartLayer::RestOfIntegrations) {
        qint64 rest = point.logged.total();
        for (const QString &name : m_integrations)
            rest -= point.logged.calls.value(name);
        return rest;
    }
    const QString name = integration(layer);
    return name.isEmpty() ? 0 : point.logged.calls.value(name);
}

QString UsageChartLayers::integration(UsageChartLayer layer) const
{
    const int named = int(layer) - int(UsageChartLayer::Integration1);
    return named >= 0 && named < m_integrations.size() ? m_integrations[named] : QString();
}

} // namespace syncdesk::ui
