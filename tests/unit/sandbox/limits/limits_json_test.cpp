#include "limits/daily_allocation.h"
#include "limits/limits_json.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(SYNCDESK_TEST_DATA_DIR) + u"/salesforce/"_s + relativePath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relativePath.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool isMaxRemaining(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return value.isObject() && object.value(u"Max"_s).isDouble() &&
           object.value(u"Remaining"_s).isDouble();
}

// Per-connected-app entries: everything beside Max and Remaining.
QStringList nestedApps(const QJsonObject &limit)
{
    QStringList apps = limit.keys();
    apps.removeAll(u"Max"_s);
    apps.removeAll(u"Remaining"_s);
    return apps;
}

void expectSameShape(const QJsonObject &golden, const QJsonObject &body, const char *source)
{
    ASSERT_FALSE(golden.isEmpty()) << source;
    for (auto it = golden.begin(); it != golden.end(); ++it) {
        SCOPED_TRACE(std::string(source) + ": " + it.key().toStdString());
        ASSERT_TRUE(body.contains(it.key()));
        ASSERT_TRUE(isMaxRemaining(it.value())); // the fixture itself
        const QJsonValue ours = body.value(it.key());
        ASSERT_TRUE(isMaxRemaining(ours));
        const QJsonObject oursObject = ours.toObject();
        EXPECT_LE(oursObject.value(u"Remaining"_s).toInteger(),
                  oursObject.value(u"Max"_s).toInteger());
        EXPECT_GE(oursObject.value(u"Remaining"_s).toInteger(), 0);

        const QStringList goldenApps = nestedApps(it.value().toObject());
        const QStringList ourApps = nestedApps(oursObject);
        // Which connected apps an org lists varies; that it lists them does not.
        if (!goldenApps.isEmpty())
            EXPECT_FALSE(ourApps.isEmpty());
        for (const QString &app : ourApps)
            EXPECT_TRUE(isMaxRemaining(oursObject.value(app))) << app.toStdString();
    }
}

QDateTime someTuesday()
{
    return QDateTime(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc());
}

} // namespace

TEST(LimitsBody, HasEveryLimitOfTheCamelFixture)
{
    DailyAllocation allocation;
    expectSameShape(fixture(u"apache-camel/limits.json"_s), limitsBody(allocation, someTuesday()),
                    "apache-camel");
}

TEST(LimitsBody, HasEveryLimitOfTheDeveloperEditionFixture)
{
    DailyAllocation allocation;
    expectSameShape(fixture(u"swiftlysalesforce/MockLimits.json"_s),
                    limitsBody(allocation, someTuesday()), "swiftlysalesforce");
}

TEST(LimitsBody, PermissionSetsNestCreateCustom)
{
    DailyAllocation allocation;
    const QJsonObject permissionSets =
        limitsBody(allocation, someTuesday()).value(u"PermissionSets"_s).toObject();
    EXPECT_TRUE(isMaxRemaining(permissionSets.value(u"CreateCustom"_s)));
}

TEST(LimitsBody, DailyApiRequestsComesFromTheAllocation)
{
    DailyAllocation allocation;
    const QDateTime now = someTuesday();
    allocation.tryConsume(now.addSecs(-3600), 47);
    const QJsonObject daily = limitsBody(allocation, now).value(u"DailyApiRequests"_s).toObject();
    EXPECT_EQ(daily.value(u"Max"_s).toInteger(), 15000);
    EXPECT_EQ(daily.value(u"Remaining"_s).toInteger(), 14953);

    // A day later the calls have rolled off.
    const QJsonObject tomorrow =
        limitsBody(allocation, now.addDays(1)).value(u"DailyApiRequests"_s).toObject();
    EXPECT_EQ(tomorrow.value(u"Remaining"_s).toInteger(), 15000);
}

TEST(LimitsBody, RemainingNeverGoesNegativeInOverage)
{
    DailyAllocation allocation(1000);
    allocation.setOverage(1100);
    const QDateTime now = someTuesday();
    ASSERT_TRUE(allocation.tryConsume(now, 1050));
    const QJsonObject daily = limitsBody(allocation, now).value(u"DailyApiRequests"_s).toObject();
    EXPECT_EQ(daily.value(u"Max"_s).toInteger(), 1000);
    EXPECT_EQ(daily.value(u"Remaining"_s).toInteger(), 0);
}

TEST(LimitsBody, SerialisesToTheSameFormAsTheFixture)
{
    DailyAllocation allocation;
    const QByteArray json = QJsonDocument(limitsBody(allocation, someTuesday())).toJson();
    // Whole numbers, no decimal point, as Salesforce writes them.
    EXPECT_TRUE(json.contains("\"Max\": 15000"));
    EXPECT_FALSE(json.contains(".0"));
}
