#include "usage/call_category.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

TEST(CallCategory, StoredNamesAreTheLedgerNames)
{
    EXPECT_EQ(callCategoryName(CallCategory::ActivityLogging), u"activity_logging"_s);
    EXPECT_EQ(callCategoryName(CallCategory::OutboundUpdate), u"outbound_update"_s);
    EXPECT_EQ(callCategoryName(CallCategory::InboundPoll), u"inbound_poll"_s);
    EXPECT_EQ(callCategoryName(CallCategory::LimitsCheck), u"limits_check"_s);
    EXPECT_EQ(callCategoryName(CallCategory::Describe), u"describe"_s);
    EXPECT_EQ(callCategoryName(CallCategory::Auth), u"auth"_s);
}

TEST(CallCategory, EveryCategoryRoundTripsThroughItsName)
{
    QSet<QString> names;
    for (CallCategory category : allCallCategories) {
        const QString name = callCategoryName(category);
        names.insert(name);
        const auto back = callCategoryFromName(name);
        ASSERT_TRUE(back.has_value()) << name.toStdString();
        EXPECT_EQ(*back, category);
    }
    EXPECT_EQ(names.size(), qsizetype(callCategoryCount));
}

TEST(CallCategory, IndexesFollowTheListOfAllCategories)
{
    for (std::size_t i = 0; i < allCallCategories.size(); ++i)
        EXPECT_EQ(callCategoryIndex(allCallCategories[i]), i);
}

TEST(CallCategory, UnknownNamesAreRefused)
{
    EXPECT_FALSE(callCategoryFromName(u""_s).has_value());
    EXPECT_FALSE(callCategoryFromName(u"Auth"_s).has_value());
    EXPECT_FALSE(callCategoryFromName(u"inbound-poll"_s).has_value());
    EXPECT_FALSE(callCategoryFromName(u" describe"_s).has_value());
    EXPECT_FALSE(callCategoryFromName(u"bulk_upload"_s).has_value());
}
