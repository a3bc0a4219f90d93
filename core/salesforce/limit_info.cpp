#include "salesforce/limit_info.h"

#include <QByteArray>
#include <QList>

namespace syncdesk {

namespace {

std::optional<qint64> parseCount(QByteArrayView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// `17/250(appName=Foo)`: the usage, then the app's name in parentheses.
std::optional<PerAppApiUsage> parsePerAppUsage(QByteArrayView text)
{
    const qsizetype open = text.indexOf('(');
    const QByteArrayView counts = open < 0 ? text : text.first(open);
    const std::optional<ApiUsage> usage = parseUsedOfMax(counts);
    if (!usage)
        return std::nullopt;

    PerAppApiUsage result{*usage, {}};
    if (open >= 0) {
        QByteArrayView details = text.sliced(open + 1);
        const qsizetype close = details.lastIndexOf(')');
        if (close >= 0)
            details = details.first(close);
        const qsizetype equals = details.indexOf('=');
        if (equals >= 0 && details.first(equals).trimmed() == "appName")
            result.appName = QString::fromUtf8(details.sliced(equals + 1).trimmed());
    }
    return result;
}

} // namespace

std::optional<ApiUsage> parseUsedOfMax(QByteArrayView text)
{
    const qsizetype slash = text.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const std::optional<qint64> used = parseCount(text.first(slash));
    const std::optional<qint64> max = parseCount(text.sliced(slash + 1));
    if (!used || !max)
        return std::nullopt;
    return ApiUsage{*used, *max};
}

std::optional<LimitInfo> parseLimitInfo(QByteArrayView headerValue)
{
    std::optional<ApiUsage> apiUsage;
    LimitInfo info;
    for (const QByteArray &part : headerValue.toByteArray().split(';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArrayView name = QByteArrayView(part).first(equals).trimmed();
        const QByteArrayView value = QByteArrayView(part).sliced(equals + 1).trimmed();
        if (name == "api-usage")
            apiUsage = parseUsedOfMax(value);
        else if (name == "per-app-api-usage")
            info.perAppApiUsage = parsePerAppUsage(value);
        else if (name == "api-bursts")
            info.apiBursts = parseUsedOfMax(value);
    }
    if (!apiUsage)
        return std::nullopt;
    info.apiUsage = *apiUsage;
    return info;
}

} // namespace syncdesk
