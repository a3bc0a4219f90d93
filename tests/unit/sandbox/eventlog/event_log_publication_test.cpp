// When the org's event log files appear, what they cover, and that they never change.
#include "data/record_store.h"
#include "eventlog/event_log_files.h"

#include <QDateTime>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kDay = QDateTime(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::utc());

struct Published
{
    QStringList hourly; // LogDates
    QStringList daily;
};

class EventLogPublication : public ::testing::Test
{
protected:
    void recordAt(const QDateTime &at, bool counted = true)
    {
        m_log.record(
            at,
            ApiCaller{u"005000000000001AAA"_s, u"admin@acme.example"_s, u"0H4000000000001AAA"_s,
                      u"SyncDesk"_s, u"SyncDesk"_s, u"127.0.0.1"_s},
            ApiCallTarget{u"REST"_s, u"62.0"_s, u"/v62.0/limits"_s, u"GET"_s, {}}, 200, counted);
    }
    Published publishedAt(const QDateTime &now)
    {
        m_files.publishDue(now);
        Published published;
        for (const QJsonObject &record : m_files.records(u"v62.0"_s))
            (record.value(u"Interval"_s).toString() == u"Hourly"_s ? published.hourly
                                                                   : published.daily)
                .append(record.value(u"LogDate"_s).toString());
        return published;
    }
    qint64 hourlyAt(const QDateTime &hour) const
    {
        return m_files.schedule().hourlyAt(hour.toSecsSinceEpoch());
    }

    ApiUsageLog m_log{u"00D000000000001AAA"_s};
    EventLogFiles m_files{m_log, 42, u"005000000000001AAA"_s};
};

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

TEST_F(EventLogPublication, AnHourlyFileAppearsThreeToSixHoursAfterItsHour)
{
    const QDateTime ten = kDay.addSecs(10 * 3600);
    recordAt(ten.addSecs(125));
    recordAt(ten.addSecs(3599));
    const qint64 due = hourlyAt(ten);
    EXPECT_GE(due, ten.addSecs(4 * 3600).toSecsSinceEpoch()); // hour end + 3 h
    EXPECT_LE(due, ten.addSecs(7 * 3600).toSecsSinceEpoch()); // hour end + 6 h

    EXPECT_TRUE(publishedAt(ten.addSecs(3600)).hourly.isEmpty()); // the hour just ended
    EXPECT_TRUE(publishedAt(at(due - 1)).hourly.isEmpty());
    const Published published = publishedAt(at(due));
    EXPECT_EQ(published.hourly, QStringList{u"2026-12-04T10:00:00.000+0000"_s});
    EXPECT_TRUE(published.daily.isEmpty()); // the day is not over
    // Stamped when it came due, however late it was first looked at.
    m_files.clear();
    m_files.publishDue(ten.addDays(1));
    for (const QJsonObject &record : m_files.records(u"v62.0"_s))
        if (record.value(u"Interval"_s).toString() == u"Hourly"_s)
            EXPECT_EQ(record.value(u"CreatedDate"_s).toString(), salesforceDateTime(at(due)));
}

TEST_F(EventLogPublication, DelaysVaryByHourAndStayInTheWindow)
{
    QSet<qint64> delays;
    for (int hour = 0; hour < 48; ++hour) {
        const QDateTime start = kDay.addSecs(hour * 3600);
        const qint64 delay = hourlyAt(start) - start.addSecs(3600).toSecsSinceEpoch();
        EXPECT_GE(delay, PublicationSchedule::kHourlyMinDelay);
        EXPECT_LE(delay, PublicationSchedule::kHourlyMaxDelay);
        delays.insert(delay);
    }
    EXPECT_GT(delays.size(), 10);
}

TEST_F(EventLogPublication, ADailyFileAppearsTheNextUtcDayAndHoldsTheWholeDay)
{
    recordAt(kDay.addSecs(60));
    recordAt(kDay.addSecs(23 * 3600 + 3599));
    const qint64 due = m_files.schedule().dailyAt(kDay.toSecsSinceEpoch());
    const QDateTime nextMidnight = kDay.addDays(1);
    EXPECT_GE(due, nextMidnight.addSecs(3600).toSecsSinceEpoch());
    EXPECT_LE(due, nextMidnight.addSecs(4 * 3600).toSecsSinceEpoch());
    EXPECT_TRUE(publishedAt(at(due - 1)).daily.isEmpty());
    EXPECT_EQ(publishedAt(at(due)).daily, QStringList{u"2026-12-04T00:00:00.000+0000"_s});

    for (const QJsonObject &record : m_files.records(u"v62.0"_s)) {
        if (record.value(u"Interval"_s).toString() != u"Daily"_s)
            continue;
        const QByteArray csv =
            m_files.csv(*m_files.file(record.value(u"Id"_s).toString()))->readAll();
        EXPECT_EQ(csv.count('\n'), 2); // header and two events, from 00:01 and 23:59
        EXPECT_EQ(record.value(u"Sequence"_s).toInt(), 1);
        EXPECT_EQ(record.value(u"EventType"_s).toString(), u"ApiTotalUsage"_s);
        EXPECT_EQ(record.value(u"Id"_s).toString().left(3), u"0AT"_s);
        EXPECT_EQ(record.value(u"Id"_s).toString().size(), 18);
    }
}

TEST_F(EventLogPublication, AnHourOrDayWithoutEventsHasNoFile)
{
    recordAt(kDay.addSecs(2 * 3600 + 5)); // only 02:00-03:00 had a call
    const Published published = publishedAt(kDay.addDays(2));
    EXPECT_EQ(published.hourly, QStringList{u"2026-12-04T02:00:00.000+0000"_s});
    EXPECT_EQ(published.daily, QStringList{u"2026-12-04T00:00:00.000+0000"_s});
}

TEST_F(EventLogPublication, APublishedFileNeverChanges)
{
    const QDateTime nine = kDay.addSecs(9 * 3600);
    recordAt(nine.addSecs(10));
    m_files.publishDue(nine.addSecs(7 * 3600));
    const QJsonObject before = m_files.records(u"v62.0"_s).first();
    const QByteArray csvBefore =
        m_files.csv(*m_files.file(before.value(u"Id"_s).toString()))->readAll();
    // A late event for that hour (the org clock was moved back) and a new layout.
    recordAt(nine.addSecs(5));
    m_files.setLayoutChoice(ApiUsageLayoutChoice::Extended);
    m_files.publishDue(nine.addSecs(8 * 3600));
    const QJsonObject after = m_files.records(u"v62.0"_s).first();
    EXPECT_EQ(after, before);
    EXPECT_EQ(m_files.csv(*m_files.file(after.value(u"Id"_s).toString()))->readAll(), csvBefore);
}

TEST_F(EventLogPublication, FilesAndEventsOlderThanTheRetentionAreDropped)
{
    recordAt(kDay.addSecs(3600));
    EXPECT_EQ(publishedAt(kDay.addDays(2)).hourly.size(), 1);
    EXPECT_EQ(m_log.rowCount(), 1);
    const Published later = publishedAt(kDay.addDays(10));
    EXPECT_TRUE(later.hourly.isEmpty());
    EXPECT_TRUE(later.daily.isEmpty());
    EXPECT_EQ(m_log.rowCount(), 0);
}
