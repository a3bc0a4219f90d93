#include "usage_chart_layers.h"

#include <algorithm>

namespace syncdesk::ui {

namespace {

constexpr std::array<CallCategory, 5> kSyncDeskCategories{
    CallCategory::ActivityLogging, CallCategory::OutboundUpdate, CallCategory::InboundPoll,
    CallCategory::LimitsCheck, CallCategory::Describe};

} // namespace

UsageChartLayers::UsageChartLayers(const QList<UsageChartPoint> &points,
                                   const QHash<QString, qint64> &ranking)
{
    QHash<QString, qint64> elsewhere; // calls over all the points, for the free layers
    for (const UsageChartPoint &point : points) {
        for (auto it = point.logged.calls.cbegin(); it != point.logged.calls.cend(); ++it)
            elsewhere[it.key()] += it.value();
    }
    // Most calls first, ties by name.
    const auto ranked = [](const QHash<QString, qint64> &calls) {
        QList<std::pair<QString, qint64>> list;
        for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
            if (it.value() > 0)
                list.append({it.key(), it.value()});
        }
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        return list;
    };
    // The period's own first; an integration seen only earlier on the chart still gets a
    // free layer rather than "the rest".
    for (const auto &list : {ranked(ranking), ranked(elsewhere)}) {
        for (const auto &[name, calls] : list) {
            if (m_integrations.size() < namedIntegrationLayers && !m_integrations.contains(name))
                m_integrations.append(name);
        }
    }
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
