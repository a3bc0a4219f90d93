#pragma once

#include "usage/api_call_record.h"
#include "usage/usage_sample.h"

#include <QDateTime>
#include <QTimeZone>

namespace syncdesk::test {

using namespace Qt::Literals::StringLiterals;

// A fixed moment, so no test depends on the wall clock.
inline QDateTime baseTime()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
}

inline QDateTime minutesAfterBase(qint64 minutes)
{
    return baseTime().addSecs(minutes * 60);
}

inline ApiCallRecord callAt(const QDateTime &at, CallCategory category = CallCategory::InboundPoll,
                            int status = 200,
                            const QString &endpoint = u"/services/data/v62.0/query"_s)
{
    ApiCallRecord call;
    call.at = at;
    call.category = category;
    call.endpoint = endpoint;
    call.httpStatus = status;
    return call;
}

inline UsageSample sampleAt(const QDateTime &at, qint64 used, qint64 max = 15000,
                            UsageSample::Source source = UsageSample::Header)
{
    return UsageSample{at, used, max, source};
}

} // namespace syncdesk::test
