#include "sync/engine_status.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr std::array kStateNames{
    std::pair{EngineState::Idle, u"idle"},
    std::pair{EngineState::Syncing, u"syncing"},
    std::pair{EngineState::PausedByAdmin, u"paused"},
    std::pair{EngineState::PausedNoCredits, u"paused_no_credits"},
    std::pair{EngineState::DeferredByBudget, u"deferred_by_budget"},
    std::pair{EngineState::NeedsSignIn, u"needs_sign_in"},
    std::pair{EngineState::Stopped, u"stopped"},
};

} // namespace

QString engineStateName(EngineState state)
{
    for (const auto &[candidate, name] : kStateNames) {
        if (candidate == state)
            return QString::fromUtf16(name);
    }
    return u"stopped"_s;
}

std::optional<EngineState> engineStateFromName(const QString &name)
{
    for (const auto &[state, candidate] : kStateNames) {
        if (name == QStringView(candidate))
            return state;
    }
    return std::nullopt;
}

} // namespace syncdesk
