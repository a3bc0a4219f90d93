// The soak's set-up: the org, another install's records, the workspace, the first import.
#include "engine_soak.h"

namespace syncdesk::soak {

// ---- set-up -----------------------------------------------------------------------------

void EngineSoakTest::startOrg()
{
    SandboxOrgProcess::Options options;
    options.program = sandboxProgram();
    options.simulateLivelyOrg = false;
    options.extraArguments = {u"--seed"_s, QString::number(m_plan.seed % 1'000'000),
                              u"--contacts"_s, u"30"_s, u"--leads"_s, u"20"_s, u"--accounts"_s,
                              u"15"_s, u"--opportunities"_s, u"5"_s, u"--daily-limit"_s,
                              u"100000"_s,
                              // Read back request by request when an invariant fails.
                              u"--request-log"_s, m_temp.filePath(u"org-requests.jsonl"_s)};
    m_sandbox = std::make_unique<SandboxOrgProcess>(options);
    QSignalSpy started(m_sandbox.get(), &SandboxOrgProcess::started);
    m_sandbox->start();
    ASSERT_TRUE(!started.isEmpty() || started.wait(20'000));
    m_org = std::make_unique<OrgSide>(m_sandbox->baseUrl());
    // The meter from here on is the run's: the org's request log and the workspace's ledger
    // both start now too.
    m_usedAtStart = m_org->control("GET", u"usage"_s).object().value(u"used"_s).toInteger();
    ASSERT_TRUE(m_org->signIn());
    const QJsonObject state = m_org->control("GET", u"state"_s).object();
    m_orgClockOffsetSeconds = state.value(u"clockOffsetSeconds"_s).toInteger();
    m_originalMax = state.value(u"max"_s).toInt();
    m_realOrg = state.contains(u"realOrg"_s);
}

void EngineSoakTest::makeOrgReal()
{
    if (!m_realOrg)
        return;
    ASSERT_TRUE(m_org->control("POST", u"stamps"_s, {{u"wholeSeconds"_s, true}}).ok());
    ASSERT_TRUE(m_org
                    ->control("POST", u"commit-delay"_s,
                              {{u"seconds"_s, kCommitDelaySeconds}, {u"writers"_s, u"all"_s}})
                    .ok());
    const OrgAnswer automation = m_org->control("POST", u"automation"_s,
                                                {{u"object"_s, kAutomationObject},
                                                 {u"field"_s, kAutomationField},
                                                 {u"value"_s, kAutomationValue}});
    ASSERT_TRUE(automation.ok()) << automation.body.constData();
}

void EngineSoakTest::setStorm(bool on)
{
    if (!m_realOrg)
        return;
    m_org->control("POST", u"random-faults"_s,
                   {{u"rate"_s, on ? kFaultRate : 0.0}, {u"seed"_s, qint64(m_plan.seed)}});
    m_org->control("POST", u"lock-rows"_s, {{u"rate"_s, on ? kLockRowRate : 0.0}});
}

void EngineSoakTest::seedForeignInstall()
{
    // Records another SyncDesk workspace created in this org: its own install id, and the
    // bare "sd-<n>" keys of the days before install ids, with record numbers that this
    // workspace's own records will also have.
    const QStringList keys{u"sd-f0f0f0f0f0f0-1"_s,
                           u"sd-f0f0f0f0f0f0-3"_s,
                           u"sd-f0f0f0f0f0f0-60"_s,
                           u"sd-2"_s,
                           u"sd-75"_s,
                           u"sd-f0f0f0f0f0f0-90"_s};
    for (int i = 0; i < keys.size(); ++i) {
        const bool account = i % 3 == 2;
        const QJsonObject body = account
                                     ? QJsonObject{{u"Name"_s, u"Foreign account %1"_s.arg(i)},
                                                   {u"Phone"_s, u"+1 555 999 %1"_s.arg(i)},
                                                   {u"SyncDesk_Id__c"_s, keys.at(i)}}
                                     : QJsonObject{{u"FirstName"_s, u"Foreign"_s},
                                                   {u"LastName"_s, u"Person %1"_s.arg(i)},
                                                   {u"Email"_s, u"foreign%1@other.test"_s.arg(i)},
                                                   {u"Title"_s, u"Theirs"_s},
                                                   {u"SyncDesk_Id__c"_s, keys.at(i)}};
        const QString object = account ? u"Account"_s : u"Contact"_s;
        const OrgAnswer created = m_org->call("POST", u"/sobjects/%1/"_s.arg(object), body);
        ASSERT_EQ(created.status, 201) << created.body.constData();
        const QString id = created.object().value(u"id"_s).toString();
        const std::optional<QJsonObject> row = m_org->record(
            object, id, syncedFields(object) << u"SyncDesk_Id__c"_s << u"SystemModstamp"_s);
        ASSERT_TRUE(row);
        m_foreign.insert(id, *row);
    }
}

void EngineSoakTest::connectWorkspace()
{
    QString output;
    ASSERT_EQ(runCli({u"--data-dir"_s, m_dataDir, u"connect"_s, u"--login-url"_s,
                      m_sandbox->baseUrl().toString()},
                     &output),
              0)
        << output.toStdString();
    m_dbPath = AppPaths::prepare(m_dataDir)->databasePath();
    const DatabaseConnection connection = Database::open(m_dbPath);
    ASSERT_TRUE(connection.ok());
    m_db = connection.db;
    ASSERT_TRUE(ensureDefaultFieldMappings(m_db));
    SettingsStore settings(m_db);
    // The shortest intervals the engine accepts: many cycles in a short soak.
    ASSERT_TRUE(settings.setValue(SettingKeys::OutboundIntervalSeconds, 10));
    ASSERT_TRUE(settings.setValue(SettingKeys::InboundIntervalSeconds, 10));
    // Records purged from the org leave no trace a poll can read: the linked ids are
    // checked every minute here rather than once a day.
    ASSERT_TRUE(settings.setValue(SettingKeys::DeletionSweepSeconds, 60));
}

void EngineSoakTest::trackImportedRecords()
{
    // The first poll imports the org's people and accounts; the harness edits them
    // locally only once they are there, as a rep would.
    const auto persons = m_org->query(u"SELECT Id FROM Contact"_s);
    const auto leads = m_org->query(u"SELECT Id FROM Lead"_s);
    const auto accounts = m_org->query(u"SELECT Id FROM Account"_s);
    ASSERT_TRUE(persons && leads && accounts);
    m_seededPersons = int(persons->size() + leads->size());
    m_seededAccounts = int(accounts->size());
    const int expected = m_seededPersons + m_seededAccounts;
    const bool imported = QTest::qWaitFor(
        [&] {
            tendEngine(false);
            return scalar(u"SELECT COUNT(*) FROM records WHERE crm_id IS NOT NULL AND kind IN "
                          u"('person', 'account')"_s) >= expected;
        },
        90'000);
    ASSERT_TRUE(imported) << "the first poll did not import the org's " << expected
                          << " people and accounts; engine log: "
                          << m_engine->logPath().toStdString();
    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(u"SELECT id, crm_object, crm_id, fields_json FROM records WHERE "
                           u"crm_object IN ('Contact', 'Lead', 'Account')"_s));
    while (query.next()) {
        const QString crmId = query.value(2).toString();
        if (m_foreign.contains(crmId))
            continue;
        TrackedRecord record;
        record.localId = query.value(0).toLongLong();
        record.crmObject = query.value(1).toString();
        record.crmId = crmId;
        m_journal.add(record);
    }
}

} // namespace syncdesk::soak
