#include "store/settings_store.h"
#include "store_backend_test.h"
#include "store_fixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

using SettingsStoreTest = syncdesk::test::StoreBackendTest;
SYNCDESK_STORE_ON_BOTH_BACKENDS(SettingsStoreTest);

TEST_P(SettingsStoreTest, UnsetKeysReadTheirDeclaredDefaults)
{
    SettingsStore settings(openStore());
    EXPECT_EQ(settings.value(SettingKeys::ThresholdEnabled),
              SettingKeys::ThresholdEnabled.defaultValue);
    EXPECT_EQ(settings.value(SettingKeys::ThresholdPercent),
              SettingKeys::ThresholdPercent.defaultValue);
    EXPECT_EQ(settings.value(SettingKeys::SmtpSecurity), u"starttls"_s);
    EXPECT_EQ(settings.value(SettingKeys::LimitsRefreshSeconds), 300);
}

TEST_P(SettingsStoreTest, TypedValuesRoundTripAndSurviveReopening)
{
    {
        SettingsStore settings(openStore());
        EXPECT_TRUE(settings.setValue(SettingKeys::ThresholdEnabled, false));
        EXPECT_TRUE(settings.setValue(SettingKeys::ThresholdPercent, 85));
        EXPECT_TRUE(settings.setValue(SettingKeys::AlertContact, u"crm-alerts@example.com"_s));
        EXPECT_TRUE(settings.setValue(SettingKeys::SmtpHost, u"127.0.0.1"_s));
        EXPECT_TRUE(settings.setValue(SettingKeys::SmtpPort, 2525));
        EXPECT_TRUE(settings.setValue(SettingKeys::SmtpUser, u"mailer"_s));
        EXPECT_TRUE(settings.setValue(SettingKeys::InboundIntervalSeconds, 900));
        EXPECT_TRUE(settings.setValue(SettingKeys::OutboundIntervalSeconds, 120));
        EXPECT_TRUE(settings.setValue(SettingKeys::ConnectorBudget, 5000));
        EXPECT_TRUE(settings.setValue(SettingKeys::ReserveForOthers, 1500));
        EXPECT_TRUE(settings.setValue(SettingKeys::AutoRetry, false));
        // A second write replaces the first.
        EXPECT_TRUE(settings.setValue(SettingKeys::ThresholdPercent, 90));
    }
    closeStore();

    SettingsStore settings(openStore());
    EXPECT_FALSE(settings.value(SettingKeys::ThresholdEnabled));
    EXPECT_EQ(settings.value(SettingKeys::ThresholdPercent), 90);
    EXPECT_EQ(settings.value(SettingKeys::AlertContact), u"crm-alerts@example.com"_s);
    EXPECT_EQ(settings.value(SettingKeys::SmtpHost), u"127.0.0.1"_s);
    EXPECT_EQ(settings.value(SettingKeys::SmtpPort), 2525);
    EXPECT_EQ(settings.value(SettingKeys::SmtpUser), u"mailer"_s);
    EXPECT_EQ(settings.value(SettingKeys::InboundIntervalSeconds), 900);
    EXPECT_EQ(settings.value(SettingKeys::OutboundIntervalSeconds), 120);
    EXPECT_EQ(settings.value(SettingKeys::ConnectorBudget), 5000);
    EXPECT_EQ(settings.value(SettingKeys::ReserveForOthers), 1500);
    EXPECT_FALSE(settings.value(SettingKeys::AutoRetry));
}

TEST_P(SettingsStoreTest, ResetReturnsToTheDefault)
{
    SettingsStore settings(openStore());
    ASSERT_TRUE(settings.setValue(SettingKeys::SmtpPort, 25));
    ASSERT_TRUE(settings.reset(SettingKeys::SmtpPort));
    EXPECT_EQ(settings.value(SettingKeys::SmtpPort), SettingKeys::SmtpPort.defaultValue);
}

TEST_P(SettingsStoreTest, AnUnreadableStoredValueFallsBackToTheDefault)
{
    openStore();
    ASSERT_TRUE(exec(u"INSERT INTO settings (setting_key, setting_value, updated_at) "
                     "VALUES ('smtp/port', 'not a number', 0)"_s));
    SettingsStore settings(m_db);
    EXPECT_EQ(settings.value(SettingKeys::SmtpPort), SettingKeys::SmtpPort.defaultValue);
}
