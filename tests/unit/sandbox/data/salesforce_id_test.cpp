#include "data/salesforce_id.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

TEST(SalesforceId, WidensSalesforcesOwnExample)
{
    EXPECT_EQ(salesforce_id::toEighteen(u"a0D30000001n7Pi"), u"a0D30000001n7PiEAI"_s);
    EXPECT_EQ(salesforce_id::toEighteen(u"a0D30000001n7PiEAI"), u"a0D30000001n7PiEAI"_s);
    EXPECT_EQ(salesforce_id::toEighteen(u"a0D30000001n7Pieai"), u"a0D30000001n7PiEAI"_s);
}

TEST(SalesforceId, RefusesWhatIsNotAnId)
{
    EXPECT_TRUE(salesforce_id::toEighteen(u"").isEmpty());
    EXPECT_TRUE(salesforce_id::toEighteen(u"a0D30000001n7P").isEmpty());     // 14
    EXPECT_TRUE(salesforce_id::toEighteen(u"a0D30000001n7Pi!").isEmpty());   // 16
    EXPECT_TRUE(salesforce_id::toEighteen(u"a0D30000001n7P-").isEmpty());    // bad character
    EXPECT_TRUE(salesforce_id::toEighteen(u"a0D30000001n7PiAAA").isEmpty()); // wrong checksum
}

TEST(SalesforceId, MadeIdsCarryPrefixChecksumAndSerial)
{
    for (quint64 serial : {1ull, 61ull, 62ull, 3843ull, 123456789ull}) {
        const QString id = salesforce_id::make(u"003", serial);
        ASSERT_EQ(id.size(), 18);
        EXPECT_TRUE(id.startsWith(u"003"_s));
        EXPECT_EQ(salesforce_id::toEighteen(id.left(15)), id);
        EXPECT_EQ(salesforce_id::serialOf(id), serial);
    }
    EXPECT_NE(salesforce_id::make(u"003", 1), salesforce_id::make(u"003", 2));
}
