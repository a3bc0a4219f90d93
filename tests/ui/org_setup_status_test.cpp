// The window's one status-bar line when the org lacks what SyncDesk needs, read from the
// describes the engine cached (no call of its own), and gone once the org is prepared.
#include "main_window.h"
#include "secrets/in_memory_secret_store.h"
#include "store/database.h"
#include "store/describe_cache_store.h"
#include "sync/sync_control.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const bool kOffscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

class IdleSyncControl : public SyncControl
{
public:
    EngineStatus status() const override { return {}; }
    void syncNow() override {}
    void setPaused(bool) override {}
    void retryFailures(const QList<qint64> &) override {}
    void dismissFailures(const QList<qint64> &) override {}
    void reloadConfiguration() override {}
    void refresh() { Q_EMIT describesRefreshed(); }
};

QByteArray describe(const QStringList &fieldNames, const QString &syncDeskField)
{
    QJsonArray fields;
    for (const QString &name : fieldNames)
        fields.append(QJsonObject{{u"name"_s, name},
                                  {u"type"_s, u"string"_s},
                                  {u"length"_s, 80},
                                  {u"createable"_s, true},
                                  {u"updateable"_s, true}});
    if (!syncDeskField.isEmpty())
        fields.append(QJsonObject{{u"name"_s, syncDeskField},
                                  {u"type"_s, u"string"_s},
                                  {u"length"_s, 64},
                                  {u"createable"_s, true},
                                  {u"updateable"_s, true},
                                  {u"externalId"_s, true},
                                  {u"unique"_s, true}});
    return QJsonDocument(QJsonObject{{u"queryable"_s, true},
                                     {u"createable"_s, true},
                                     {u"updateable"_s, true},
                                     {u"fields"_s, fields}})
        .toJson(QJsonDocument::Compact);
}

void cacheDescribes(QSqlDatabase db, bool prepared)
{
    const QStringList person{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s};
    const QHash<QString, QStringList> objects{
        {u"Lead"_s, QStringList(person) << u"Company"_s},
        {u"Contact"_s, person},
        {u"Account"_s, {u"Name"_s, u"Industry"_s, u"Phone"_s, u"Website"_s}},
        {u"Opportunity"_s, {u"Name"_s, u"StageName"_s, u"Amount"_s, u"CloseDate"_s}},
        {u"Task"_s,
         {u"Subject"_s, u"ActivityDate"_s, u"Status"_s, u"Priority"_s, u"TaskSubtype"_s, u"WhoId"_s,
          u"WhatId"_s, u"Description"_s, u"CallDurationInSeconds"_s, u"CallType"_s}}};
    DescribeCacheStore cache(db);
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        QString own;
        if (prepared && it.key() == u"Task"_s)
            own = u"SyncDesk_Activity_Id__c"_s;
        else if (prepared && it.key() != u"Opportunity"_s)
            own = u"SyncDesk_Id__c"_s;
        ASSERT_TRUE(
            cache.put(CachedDescribe{it.key(), u"Mon, 05 Jan 2026 00:00:00 GMT"_s,
                                     QDateTime::currentDateTimeUtc(), describe(it.value(), own)}));
    }
}

} // namespace

TEST(OrgSetupStatus, OneLineWhileTheOrgLacksSyncDeskFieldsAndNoneOnceItHasThem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"window.sqlite"_s);
    {
        const DatabaseConnection connection = Database::open(path);
        ASSERT_TRUE(connection.ok());
        ASSERT_NO_FATAL_FAILURE(cacheDescribes(connection.db, false));
        IdleSyncControl control;
        InMemorySecretStore secrets;
        MainWindow window(connection.db, &control, &secrets);
        window.show();
        auto *line = window.findChild<QLabel *>(u"orgSetupStatus"_s);
        ASSERT_NE(line, nullptr);
        EXPECT_TRUE(line->isVisible());
        EXPECT_TRUE(line->text().contains(u"Preparing the org"_s)) << line->text().toStdString();
        EXPECT_TRUE(line->toolTip().contains(u"Contact.SyncDesk_Id__c"_s));
        EXPECT_TRUE(line->toolTip().contains(u"Task.SyncDesk_Activity_Id__c"_s));

        // The admin created the fields; the engine's next describes say so.
        ASSERT_NO_FATAL_FAILURE(cacheDescribes(connection.db, true));
        control.refresh();
        EXPECT_FALSE(line->isVisible()) << line->toolTip().toStdString();
    }
    Database::closeForThisThread(path);
}
