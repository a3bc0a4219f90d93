// The Services dialog with real widgets: each service with its switch and figures from the
// store; a switch is saved at once and the engine told to read it again; held work is
// named with its reason; and a screenshot of it is left for a look.
#include "config_test_support.h"
#include "services_dialog.h"
#include "store/activity_store.h"
#include "sync/default_field_mappings.h"
#include "sync/service_switches.h"

#include <QCheckBox>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::testing;
using namespace syncdesk::ui;
using namespace Qt::Literals::StringLiterals;

TEST(ServicesDialog, ShowsEverySwitchAndSavesAToggleAtOnceForTheEngine)
{
    TempStore store;
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(ensureDefaultFieldMappings(store.db()));
    RecordingSyncControl control;
    ServicesDialog dialog(store.db(), &control);
    dialog.resize(760, 380);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    for (SyncService service : allSyncServices) {
        ASSERT_NE(dialog.switchOf(service), nullptr);
        EXPECT_TRUE(dialog.switchOf(service)->isChecked())
            << syncServiceName(service).toStdString();
    }
    EXPECT_EQ(dialog.callsText(SyncService::LeadsFromSalesforce), u"0"_s);

    QTest::mouseClick(dialog.switchOf(SyncService::ActivityLogging), Qt::LeftButton, {},
                      QPoint(8, dialog.switchOf(SyncService::ActivityLogging)->height() / 2));
    EXPECT_FALSE(ServiceSwitches::fromStore(store.db()).isOn(SyncService::ActivityLogging));
    EXPECT_EQ(control.reloads, 1);

    Activity activity;
    activity.externalId = u"held-1"_s;
    activity.subject = u"Call"_s;
    activity.occurredAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(ActivityStore(store.db()).add(activity));
    dialog.reload();
    // (The English plural comes from the installed translation, which this test leaves out.)
    const QString held = dialog.heldText(SyncService::ActivityLogging);
    EXPECT_TRUE(held.startsWith(u"1 item"_s)) << held.toStdString();
    EXPECT_TRUE(held.endsWith(u" held: activity logging is off"_s)) << held.toStdString();
    dialog.grab().save(screenshotPath(u"services_dialog.png"_s));

    dialog.switchOf(SyncService::ActivityLogging)->setChecked(true);
    EXPECT_TRUE(ServiceSwitches::fromStore(store.db()).isOn(SyncService::ActivityLogging));
    EXPECT_EQ(control.reloads, 2);
    EXPECT_TRUE(dialog.heldText(SyncService::ActivityLogging).isEmpty());
}

// Like the main window, the dialog opens at the size the admin left it, here and after a
// restart (the settings file, in the tests' own folder).
TEST(ServicesDialog, RemembersItsSize)
{
    QSettings().remove(u"servicesDialog"_s);
    TempStore store;
    ASSERT_TRUE(store.ok());
    RecordingSyncControl control;
    QSize first;
    {
        ServicesDialog dialog(store.db(), &control);
        dialog.open();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        first = dialog.size() + QSize(137, 91); // not a size it would take by itself
        dialog.resize(first);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        EXPECT_FALSE(dialog.isVisible());
    }
    QSettings().sync();
    ServicesDialog again(store.db(), &control);
    EXPECT_EQ(again.size(), first);
    again.open();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), first);
}
