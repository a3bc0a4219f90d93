#include "salesforce/org_limits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>
#include <optional>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<qint64> readCount(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // A count is a whole number; anything past 2^53 cannot be one exactly,
        // and converting it would be undefined (found by the fuzzer).
        constexpr double largestExactCount = 9007199254740992.0;
        if (!std::isfinite(number) || std::floor(number) != number
            || std::fabs(number) > largestExactCount)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

} // namespace

std::optional<ApiUsage> OrgLimits::dailyApiRequests() const
{
    const auto it = limits.constFind(u"DailyApiRequests"_s);
    if (it == limits.constEnd())
        return std::nullopt;
    return it->usage();
}

std::variant<OrgLimits, QString> parseOrgLimits(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return parseError.errorString() + u" at offset %1"_s.arg(parseError.offset);
    if (!document.isObject())
        return u"expected a JSON object of limits"_s;

    OrgLimits result;
    const QJsonObject json = document.object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject entry = it.value().toObject();
        const std::optional<qint64> max = readCount(entry.value(u"Max"_s));
        const std::optional<qint64> remaining = readCount(entry.value(u"Remaining"_s));
        // Remaining goes below zero when a paid org runs over its allocation.
        if (!max || !remaining || *max < 0)
            continue;
        result.limits.insert(it.key(), OrgLimit{*max, *remaining});
    }
    if (!result.dailyApiRequests())
        return u"it has no DailyApiRequests entry with Max and Remaining"_s;
    return result;
}

} // namespace syncdesk
