// A Task's ActivityDate is a date without a time: the day the rep made the call, in the
// rep's own time zone, not the UTC day (a 19:00 call in New York is 00:00 UTC next day).
#include "sync/activity_task_plan.h"

#include <QJsonObject>
#include <gtest/gtest.h>
#include <time.h>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

// Sets the process's time zone for one test and puts the previous one back.
class LocalTimeZone
{
public:
    explicit LocalTimeZone(const char *zone)
        : m_previous(qgetenv("TZ"))
        , m_hadPrevious(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_hadPrevious)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_previous;
    bool m_hadPrevious;
};

} // namespace

TEST(ActivityTaskPlan, TheActivityDateIsTheLocalDayOfTheCall)
{
    const LocalTimeZone newYork("America/New_York");
    Activity call;
    call.kind = Activity::Kind::Call;
    call.subject = u"Call"_s;
    // 19:30 on 2 March in New York (EST, UTC-5).
    call.occurredAt = QDateTime(QDate(2026, 3, 3), QTime(0, 30), Qt::UTC);

    const QJsonObject fields = taskFieldsFor(call, u"003000000000001AAA"_s, {});
    EXPECT_EQ(fields.value(u"ActivityDate"_s).toString(), u"2026-03-02"_s);
}
