#include "bulk/bulk_job.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::pair<BulkJob::State, QStringView> stateNames[] = {
    {BulkJob::State::Open, u"Open"},
    {BulkJob::State::UploadComplete, u"UploadComplete"},
    {BulkJob::State::InProgress, u"InProgress"},
    {BulkJob::State::JobComplete, u"JobComplete"},
    {BulkJob::State::Failed, u"Failed"},
    {BulkJob::State::Aborted, u"Aborted"},
};

} // namespace

QString BulkJob::stateName(State state)
{
    for (const auto &[value, name] : stateNames)
        if (value == state)
            return name.toString();
    return {};
}

std::optional<BulkJob::State> BulkJob::stateNamed(const QString &name)
{
    for (const auto &[value, stateName] : stateNames)
        if (stateName == name)
            return value;
    return std::nullopt;
}

} // namespace syncdesk::sandbox
