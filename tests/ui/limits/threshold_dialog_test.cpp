#include "limits_test_support.h"
#include "store/settings_store.h"
#include "threshold_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::ui::test;

namespace {

constexpr qint64 kLimit = 15000;

class ThresholdDialogTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        dialog = std::make_unique<ThresholdDialog>(m_db, kLimit);
        dialog->open();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void TearDown() override
    {
        dialog.reset();
        StoreTest::TearDown();
    }

    // Replaces the number box's text the way a user does: select all, then type.
    void typeCalls(const QString &text)
    {
        QSpinBox *box = dialog->callsBox();
        box->setFocus();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Backspace);
        QTest::keyClicks(box, text);
    }

    void typeContact(const QString &text)
    {
        QLineEdit *edit = dialog->contactEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    void check() { QTest::mouseClick(dialog->enabledBox(), Qt::LeftButton, {}, QPoint(8, 8)); }

    std::unique_ptr<ThresholdDialog> dialog;
};

} // namespace

TEST_F(ThresholdDialogTest, NumberBoxIsDisabledAndReadsNoThresholdUntilChecked)
{
    EXPECT_FALSE(dialog->enabledBox()->isChecked());
    EXPECT_EQ(
        dialog->enabledBox()->text(),
        QStringLiteral("Email CRM Sync Alert Contact after your API threshold has been crossed."));
    EXPECT_FALSE(dialog->callsBox()->isEnabled());
    EXPECT_EQ(dialog->callsBox()->text(), QStringLiteral("No Threshold"));

    check();
    EXPECT_TRUE(dialog->enabledBox()->isChecked());
    EXPECT_TRUE(dialog->callsBox()->isEnabled());
    EXPECT_NE(dialog->callsBox()->text(), QStringLiteral("No Threshold"));
    EXPECT_GT(dialog->callsBox()->value(), 0);
    EXPECT_LT(dialog->callsBox()->value(), kLimit);

    check();
    EXPECT_FALSE(dialog->callsBox()->isEnabled());
    EXPECT_EQ(dialog->callsBox()->text(), QStringLiteral("No Threshold"));
}

TEST_F(ThresholdDialogTest, ZeroIsRefusedWithAnInlineMessage)
{
    check();
    typeContact(QStringLiteral("admin@example.com"));
    typeCalls(QStringLiteral("0"));
    EXPECT_EQ(dialog->callsBox()->value(), 0);
    EXPECT_TRUE(ThresholdDialog::isError(dialog->callsMessage()));
    EXPECT_TRUE(dialog->callsMessage()->text().contains(QStringLiteral("whole positive number")));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
}

TEST_F(ThresholdDialogTest, MinusSignsAndLettersCannotBeTyped)
{
    check();
    typeCalls(QStringLiteral("-5"));
    EXPECT_EQ(dialog->callsBox()->value(), 5);
    typeCalls(QStringLiteral("abc12"));
    EXPECT_EQ(dialog->callsBox()->value(), 12);
    EXPECT_EQ(dialog->callsBox()->cleanText(), QStringLiteral("12"));
}

TEST_F(ThresholdDialogTest, AboveTheLimitIsRefused)
{
    check();
    typeContact(QStringLiteral("admin@example.com"));
    typeCalls(QStringLiteral("15001"));
    EXPECT_EQ(dialog->callsBox()->value(), 15001);
    EXPECT_TRUE(ThresholdDialog::isError(dialog->callsMessage()));
    EXPECT_TRUE(dialog->callsMessage()->text().contains(QStringLiteral("15,000")));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
}

TEST_F(ThresholdDialogTest, CloseToOrAtTheLimitWarnsButAllowsSaving)
{
    check();
    typeContact(QStringLiteral("admin@example.com"));
    for (const QString &calls : {QStringLiteral("14250"), QStringLiteral("15000")}) {
        typeCalls(calls);
        EXPECT_TRUE(dialog->callsMessage()->isVisible()) << calls.toStdString();
        EXPECT_FALSE(ThresholdDialog::isError(dialog->callsMessage()));
        EXPECT_TRUE(dialog->callsMessage()->text().contains(QStringLiteral("below")));
        EXPECT_TRUE(dialog->saveButton()->isEnabled());
    }
    typeCalls(QStringLiteral("14249"));
    EXPECT_FALSE(dialog->callsMessage()->isVisible());
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
}

TEST_F(ThresholdDialogTest, ABadEmailAddressIsRefused)
{
    check();
    typeCalls(QStringLiteral("12000"));
    for (const QString &bad : {QStringLiteral("admin@"), QStringLiteral("admin example.com"),
                               QStringLiteral("admin@example")}) {
        typeContact(bad);
        EXPECT_TRUE(ThresholdDialog::isError(dialog->contactMessage())) << bad.toStdString();
        EXPECT_FALSE(dialog->saveButton()->isEnabled());
    }
    typeContact(QStringLiteral("crm.alerts@example.com"));
    EXPECT_FALSE(dialog->contactMessage()->isVisible());
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
}

TEST_F(ThresholdDialogTest, EnterSavesPersistsAndEmits)
{
    QSignalSpy saved(dialog.get(), &ThresholdDialog::thresholdSaved);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    check();
    typeCalls(QStringLiteral("12000"));
    typeContact(QStringLiteral("crm.alerts@example.com"));
    QTest::keyClick(dialog->contactEdit(), Qt::Key_Return);

    ASSERT_EQ(saved.count(), 1);
    EXPECT_TRUE(saved.at(0).at(0).toBool());
    EXPECT_EQ(saved.at(0).at(1).toInt(), 12000);
    EXPECT_EQ(saved.at(0).at(2).toString(), QStringLiteral("crm.alerts@example.com"));
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_FALSE(dialog->isVisible());

    const SettingsStore settings(m_db);
    EXPECT_TRUE(settings.value(SettingKeys::ThresholdEnabled));
    EXPECT_EQ(settings.value(SettingKeys::ThresholdCalls), 12000);
    EXPECT_EQ(settings.value(SettingKeys::AlertContact), QStringLiteral("crm.alerts@example.com"));

    // A new dialog shows what was saved.
    ThresholdDialog again(m_db, kLimit);
    EXPECT_TRUE(again.enabledBox()->isChecked());
    EXPECT_EQ(again.callsBox()->value(), 12000);
    EXPECT_EQ(again.contactEdit()->text(), QStringLiteral("crm.alerts@example.com"));
}

TEST_F(ThresholdDialogTest, EnterDoesNothingWhileInvalid)
{
    QSignalSpy saved(dialog.get(), &ThresholdDialog::thresholdSaved);
    check();
    typeCalls(QStringLiteral("16000"));
    typeContact(QStringLiteral("crm.alerts@example.com"));
    QTest::keyClick(dialog->contactEdit(), Qt::Key_Return);
    EXPECT_EQ(saved.count(), 0);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(SettingsStore(m_db).value(SettingKeys::ThresholdCalls), 0);
}

TEST_F(ThresholdDialogTest, EscapeCancelsWithoutSaving)
{
    QSignalSpy saved(dialog.get(), &ThresholdDialog::thresholdSaved);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    check();
    typeCalls(QStringLiteral("9000"));
    typeContact(QStringLiteral("crm.alerts@example.com"));
    QTest::keyClick(dialog->contactEdit(), Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_EQ(saved.count(), 0);
    EXPECT_EQ(SettingsStore(m_db).value(SettingKeys::ThresholdCalls), 0);
    EXPECT_TRUE(SettingsStore(m_db).value(SettingKeys::AlertContact).isEmpty());
}

TEST_F(ThresholdDialogTest, SavingUncheckedKeepsTheNumberForNextTime)
{
    check();
    typeCalls(QStringLiteral("11000"));
    typeContact(QStringLiteral("crm.alerts@example.com"));
    check(); // unchecked again
    QSignalSpy saved(dialog.get(), &ThresholdDialog::thresholdSaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(saved.at(0).at(0).toBool());
    const SettingsStore settings(m_db);
    EXPECT_FALSE(settings.value(SettingKeys::ThresholdEnabled));
    EXPECT_EQ(settings.value(SettingKeys::ThresholdCalls), 11000);
}

TEST_F(ThresholdDialogTest, ControlsHaveAccessibleNamesAndTabOrder)
{
    EXPECT_FALSE(dialog->enabledBox()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog->callsBox()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog->contactEdit()->accessibleName().isEmpty());
    check();
    dialog->activateWindow();
    dialog->enabledBox()->setFocus();
    QTest::keyClick(dialog->enabledBox(), Qt::Key_Tab);
    EXPECT_TRUE(dialog->callsBox()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(dialog->contactEdit()->hasFocus());
}
