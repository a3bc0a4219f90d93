#include "config_test_support.h"
#include "field_configuration_page.h"
#include "field_mapping_model.h"
#include "store/describe_cache_store.h"
#include "store/field_mapping_store.h"
#include "store/settings_store.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

// Shaped like Salesforce's sObject describe (tests/data/salesforce/.../
// sobject_describe_success_response.json), cut down to the fields the tests use.
QByteArray describe(const QString &sobject, const QString &fieldsJson)
{
    return QString(u"{\"name\":\""_s + sobject + u"\",\"label\":\""_s + sobject +
                   u"\",\"fields\":["_s + fieldsJson + u"]}"_s)
        .toUtf8();
}

QString field(const QString &name, const QString &type, int length, bool writable)
{
    const QString flag = writable ? u"true"_s : u"false"_s;
    return u"{\"name\":\"%1\",\"label\":\"%1 label\",\"type\":\"%2\",\"length\":%3,"
           "\"updateable\":%4,\"createable\":%4}"_s.arg(name, type, QString::number(length), flag);
}

FieldMapping mapping(const QString &localObject, const QString &localField,
                     const QString &crmObject, const QString &crmField, SyncDirection direction)
{
    FieldMapping m;
    m.localObject = localObject;
    m.localField = localField;
    m.crmObject = crmObject;
    m.crmField = crmField;
    m.direction = direction;
    return m;
}

class FieldConfigurationPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.ok());
        DescribeCacheStore cache(store.db());
        const QDateTime fetched(QDate(2026, 5, 28), QTime(9, 30), Qt::UTC);
        ASSERT_TRUE(cache.put(
            {u"Contact"_s, QString(), fetched,
             describe(u"Contact"_s, field(u"Email"_s, u"email"_s, 80, true) + u","_s +
                                        field(u"LastName"_s, u"string"_s, 80, true) + u","_s +
                                        field(u"Name"_s, u"string"_s, 121, false) + u","_s +
                                        field(u"MailingAddress"_s, u"address"_s, 0, true))}));
        ASSERT_TRUE(cache.put({u"Account"_s, QString(), fetched,
                               describe(u"Account"_s, field(u"Name"_s, u"string"_s, 255, true))}));
        ASSERT_TRUE(FieldMappingStore(store.db())
                        .replaceAll({mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s,
                                             SyncDirection::Both),
                                     mapping(u"account"_s, u"Name"_s, u"Account"_s, u"Name"_s,
                                             SyncDirection::Both)}));

        page = std::make_unique<FieldConfigurationPage>(store.db(), &control);
        ChangeRates rates;
        rates.localRecordsPerDay = {{u"person"_s, 3000}, {u"account"_s, 200}};
        rates.crmRecordsPerDay = {{u"Contact"_s, 4000}, {u"Account"_s, 100}};
        page->setChangeRates(rates);
        page->resize(1280, 800);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    int rowOf(const QString &localField) const
    {
        FieldMappingModel *model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->mappingAt(row).localField == localField)
                return row;
        }
        return -1;
    }

    // Double-clicks a cell open and returns the delegate's combo box.
    QComboBox *openCombo(int row, int column) const
    {
        QTableView *table = page->table();
        const QRect cell = table->visualRect(page->model()->index(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        // An editor closed earlier may wait for deleteLater(): the open one is visible.
        for (QComboBox *combo : table->viewport()->findChildren<QComboBox *>()) {
            if (combo->isVisible())
                return combo;
        }
        return nullptr;
    }

    TempStore store;
    RecordingSyncControl control;
    std::unique_ptr<FieldConfigurationPage> page;
};

TEST_F(FieldConfigurationPageTest, DontSyncThroughTheDelegateChangesTheEstimateAndSaveApplies)
{
    const CallCostEstimate before = page->editedEstimate();
    const QString labelBefore = page->estimateLabel()->text();
    EXPECT_GT(before.outbound, 0);
    EXPECT_GT(before.inbound, 0);

    const int row = rowOf(u"Email"_s);
    ASSERT_GE(row, 0);
    QComboBox *combo = openCombo(row, FieldMappingModel::DirectionColumn);
    ASSERT_NE(combo, nullptr);
    // The last entry is "Don't sync"; End picks it like an admin at the keyboard would.
    QTest::keyClick(combo, Qt::Key_End);
    QTRY_COMPARE(page->model()->mappingAt(row).direction, SyncDirection::Off);

    const CallCostEstimate after = page->editedEstimate();
    // Accounts still go both ways; People no longer cost anything.
    EXPECT_LT(after.outbound, before.outbound);
    EXPECT_NE(page->estimateLabel()->text(), labelBefore);
    EXPECT_DOUBLE_EQ(page->savedEstimate().total(), before.total());
    EXPECT_TRUE(page->estimateLabel()->text().contains(
        u"saved configuration: %1"_s.arg(QLocale().toString(qint64(std::ceil(before.total()))))));

    // A longer inbound interval costs fewer calls, shown at once.
    page->inboundIntervalBox()->setValue(page->inboundIntervalBox()->value() * 2);
    EXPECT_LT(page->editedEstimate().inbound, after.inbound);

    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    EXPECT_EQ(control.reloads, 1);
    const QList<FieldMapping> saved = FieldMappingStore(store.db()).all();
    ASSERT_EQ(saved.size(), 2);
    for (const FieldMapping &m : saved) {
        if (m.localField == u"Email")
            EXPECT_EQ(m.direction, SyncDirection::Off);
        else
            EXPECT_EQ(m.direction, SyncDirection::Both);
    }
    EXPECT_EQ(SettingsStore(store.db()).value(SettingKeys::InboundIntervalSeconds),
              page->inboundIntervalBox()->value() * 60);
    EXPECT_DOUBLE_EQ(page->savedEstimate().total(), page->editedEstimate().total());
    EXPECT_TRUE(page->grab().save(screenshotPath(u"field_configuration_page.png"_s)));
}

// The desktop session's engine reads the org's usage logs (SyncEngineOptions::readUsageLogs),
// and says so in its status: the estimate then counts their calls, edited and saved alike.
TEST_F(FieldConfigurationPageTest, TheEstimateCountsReadingTheUsageLogsWhenTheEngineDoes)
{
    EXPECT_FALSE(page->readsUsageLogs());
    const CallCostEstimate without = page->editedEstimate();
    EXPECT_DOUBLE_EQ(without.usageLogs, 0);
    EXPECT_FALSE(page->estimateLabel()->text().contains(u"usage logs"_s));

    control.engineStatus.readsUsageLogs = true;
    Q_EMIT control.statusChanged(control.engineStatus);
    EXPECT_TRUE(page->readsUsageLogs());
    const CallCostEstimate with = page->editedEstimate();
    EXPECT_DOUBLE_EQ(with.usageLogs, 48); // a listing an hour and one hourly file each
    EXPECT_DOUBLE_EQ(with.total(), without.total() + 48);
    EXPECT_DOUBLE_EQ(page->savedEstimate().total(), with.total());
    const QLocale locale;
    EXPECT_TRUE(page->estimateLabel()->text().contains(u"reading the org's usage logs 48"_s))
        << page->estimateLabel()->text().toStdString();
    EXPECT_TRUE(page->estimateLabel()->text().contains(
        u"saved configuration: %1"_s.arg(locale.toString(qint64(std::ceil(with.total()))))));
    // Nothing was edited: nothing to save.
    EXPECT_FALSE(page->saveButton()->isEnabled());

    // A page opened while such an engine runs counts them from the start.
    FieldConfigurationPage second(store.db(), &control);
    EXPECT_TRUE(second.readsUsageLogs());
    EXPECT_DOUBLE_EQ(second.editedEstimate().usageLogs, 48);

    control.engineStatus.readsUsageLogs = false; // an engine that does not read them
    Q_EMIT control.statusChanged(control.engineStatus);
    EXPECT_DOUBLE_EQ(page->editedEstimate().total(), without.total());
}

TEST_F(FieldConfigurationPageTest, ReadOnlyFieldCannotBeSentToSalesforce)
{
    const int row = page->model()->addMapping();
    FieldMappingModel *model = page->model();
    ASSERT_TRUE(
        model->setData(model->index(row, FieldMappingModel::LocalFieldColumn), u"FullName"_s));

    // Picking the read-only Contact.Name through the field delegate.
    QComboBox *fields = openCombo(row, FieldMappingModel::CrmFieldColumn);
    ASSERT_NE(fields, nullptr);
    const int nameItem = fields->findData(u"Contact.Name"_s);
    ASSERT_GE(nameItem, 0);
    EXPECT_TRUE(fields->itemText(nameItem).contains(u"string (121)"_s));
    fields->setCurrentIndex(nameItem);
    Q_EMIT fields->activated(nameItem);
    QTRY_COMPARE(model->mappingAt(row).crmField, u"Name"_s);
    // It was Both: only reading it stays possible, and the admin is told why.
    EXPECT_EQ(model->mappingAt(row).direction, SyncDirection::FromCrm);
    EXPECT_TRUE(page->messageLabel()->isVisible());
    EXPECT_TRUE(page->messageLabel()->text().contains(u"Contact.Name: it is read-only"_s))
        << qPrintable(page->messageLabel()->text());

    QComboBox *direction = openCombo(row, FieldMappingModel::DirectionColumn);
    ASSERT_NE(direction, nullptr);
    auto *items = qobject_cast<QStandardItemModel *>(direction->model());
    ASSERT_NE(items, nullptr);
    const int toSalesforce = direction->findData(int(SyncDirection::ToCrm));
    const int both = direction->findData(int(SyncDirection::Both));
    ASSERT_GE(toSalesforce, 0);
    ASSERT_GE(both, 0);
    EXPECT_FALSE(items->item(toSalesforce)->isEnabled());
    EXPECT_FALSE(items->item(both)->isEnabled());
    EXPECT_TRUE(items->item(toSalesforce)->toolTip().contains(u"Contact.Name"_s));
    EXPECT_TRUE(items->item(direction->findData(int(SyncDirection::Off)))->isEnabled());
    // Even set directly, the model refuses.
    EXPECT_FALSE(model->setData(model->index(row, FieldMappingModel::DirectionColumn),
                                int(SyncDirection::ToCrm)));
    EXPECT_EQ(model->mappingAt(row).direction, SyncDirection::FromCrm);
    EXPECT_FALSE(model->index(row, FieldMappingModel::DirectionColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
}

TEST_F(FieldConfigurationPageTest, DuplicateTargetAndUnmappableTypeAreRefusedWithTheReason)
{
    FieldMappingModel *model = page->model();
    const int row = model->addMapping();
    model->setData(model->index(row, FieldMappingModel::LocalFieldColumn), u"WorkEmail"_s);
    model->setData(model->index(row, FieldMappingModel::CrmFieldColumn), u"Contact.Email"_s);

    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    EXPECT_EQ(control.reloads, 0);
    EXPECT_TRUE(page->messageLabel()->isVisible());
    EXPECT_TRUE(
        page->messageLabel()->text().contains(u"Email and WorkEmail both map to Contact.Email"_s))
        << qPrintable(page->messageLabel()->text());
    EXPECT_EQ(FieldMappingStore(store.db()).all().size(), 2);

    EXPECT_TRUE(page->grab().save(screenshotPath(u"field_configuration_refused.png"_s)));
    model->setData(model->index(row, FieldMappingModel::CrmFieldColumn),
                   u"Contact.MailingAddress"_s);
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(page->messageLabel()->text().contains(u"type address"_s))
        << qPrintable(page->messageLabel()->text());

    // Removing the bad row makes the configuration valid again.
    page->table()->selectRow(row);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(page->save());
    EXPECT_EQ(control.reloads, 1);
}

TEST_F(FieldConfigurationPageTest, RevertDiscardsEdits)
{
    FieldMappingModel *model = page->model();
    model->setData(model->index(rowOf(u"Email"_s), FieldMappingModel::DirectionColumn),
                   int(SyncDirection::Off));
    EXPECT_TRUE(page->revertButton()->isEnabled());
    QTest::mouseClick(page->revertButton(), Qt::LeftButton);
    EXPECT_EQ(model->mappingAt(rowOf(u"Email"_s)).direction, SyncDirection::Both);
    EXPECT_FALSE(page->saveButton()->isEnabled());
}

TEST(FieldConfigurationPageWithoutCache, ExistingMappingsStayEditable)
{
    TempStore store;
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(FieldMappingStore(store.db())
                    .replaceAll({mapping(u"account"_s, u"Name"_s, u"Account"_s, u"Name"_s,
                                         SyncDirection::Both)}));
    RecordingSyncControl control;
    FieldConfigurationPage page(store.db(), &control);
    page.resize(1280, 800);
    page.show();
    page.objectTabs()->setCurrentIndex(1); // Accounts
    FieldMappingModel *model = page.model();
    ASSERT_EQ(model->rowCount(), 1);
    const QLabel *note = nullptr;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().contains(u"No describe of Account is cached"_s))
            note = label;
    }
    EXPECT_NE(note, nullptr);
    EXPECT_TRUE(model->setData(model->index(0, FieldMappingModel::DirectionColumn),
                               int(SyncDirection::ToCrm)));
    EXPECT_TRUE(model->setData(model->index(0, FieldMappingModel::CrmFieldColumn), u"Site"_s));
    EXPECT_TRUE(page.save());
    EXPECT_EQ(FieldMappingStore(store.db()).all().constFirst().crmField, u"Site"_s);
    EXPECT_TRUE(page.grab().save(screenshotPath(u"field_configuration_no_cache.png"_s)));
}

} // namespace
