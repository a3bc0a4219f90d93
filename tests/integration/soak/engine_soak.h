#pragma once

// The soak test's fixture, split by what it plays: set-up (soak_setup.cpp), the two sides
// (soak_sides.cpp), the org's weather and the engine's life (soak_weather.cpp), and the
// oracle (soak_oracle.cpp). See README.md.
#include "app_paths.h"
#include "change_journal.h"
#include "engine_process.h"
#include "org_side.h"
#include "sandbox/sandbox_org_process.h"
#include "soak_report.h"
#include "store/activity_store.h"
#include "store/conflict_store.h"
#include "store/database.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "sync/default_field_mappings.h"
#include "sync/syncdesk_external_id.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <gtest/gtest.h>

namespace syncdesk::soak {

using namespace Qt::Literals::StringLiterals;

// The invariants skipped as known engine gaps (engine_soak_test.cpp).
extern const QSet<QString> kKnownEngineGaps;

// Two changes to one field on the two sides closer than this cannot be ordered by any
// system: the org's stamps have whole seconds and may become visible seconds late.
constexpr qint64 kSameFieldGuardMs = 4'000;

// The org's automation (a Flow-like rule on API saves): every Contact saved through the
// API gets this Title a second later, as the user who saved. The harness leaves the field
// to the rule; the engine must bring the rule's change back, its own saves' included.
inline const QString kAutomationObject = u"Contact"_s;
inline const QString kAutomationField = u"Title"_s;
inline const QString kAutomationValue = u"Reviewed by Flow"_s;
// Saves become visible this long after they are stamped (a long trigger or Flow).
constexpr int kCommitDelaySeconds = 2;
constexpr double kFaultRate = 0.2;
constexpr double kLockRowRate = 0.03;

struct SoakPlan
{
    quint32 seed = 0;
    bool longForm = false;
    qint64 chaosMs = 0; // org time with changes on both sides, faults and kills
    int kills = 0;      // at least this many SIGKILLs before the chaos ends
    int minLifeMs = 0;  // how long the engine runs before it is killed
    int maxLifeMs = 0;
    qint64 convergeMs = 0; // the most the engine gets to converge once the org is calm
    int limitPhases = 0;
    int limitPhaseMs = 0;
};

SoakPlan soakPlan();
QStringList syncedFields(const QString &crmObject);
QString valueFor(const QString &field, qint64 seq, Side side);
QString text(const QJsonValue &value);
QString cliProgram();
QString sandboxProgram();
int runCli(const QStringList &arguments, QString *output = nullptr);

class EngineSoakTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
            GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh (ctest runs it so)";
        m_plan = soakPlan();
        std::printf("soak seed: %u (replay with SYNCDESK_SOAK_SEED=%u), %s form\n", m_plan.seed,
                    m_plan.seed, m_plan.longForm ? "long" : "short");
        std::fflush(stdout);
        m_random.seed(m_plan.seed);
        ASSERT_TRUE(m_temp.isValid());
        m_dataDir = m_temp.filePath(u"state"_s);
        QDir().mkpath(m_dataDir);
        m_journal.traceTo(m_temp.filePath(u"changes.log"_s));
    }

    void TearDown() override
    {
        m_engine.reset();
        m_db = QSqlDatabase();
        if (!m_dbPath.isEmpty())
            Database::closeForThisThread(m_dbPath);
        if (HasFailure() || qEnvironmentVariableIntValue("SYNCDESK_SOAK_KEEP") == 1) {
            m_temp.setAutoRemove(false);
            std::printf("soak state kept in %s (changes.log: every change the harness made; "
                        "org-requests.jsonl: "
                        "every request the org answered; "
                        "state/engine.log: the engine's output)\n",
                        qPrintable(m_temp.path()));
        }
    }

    QDateTime orgNow() const
    {
        return QDateTime::currentDateTimeUtc().addSecs(m_orgClockOffsetSeconds);
    }

    int scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // ---- set-up -------------------------------------------------------------------------

    void startOrg();
    void seedForeignInstall();
    // The ways of a real org that the sandbox can be asked for (/_sandbox/ controls).
    void makeOrgReal();
    void setStorm(bool on);
    void connectWorkspace();
    void trackImportedRecords();

    // ---- the two sides ------------------------------------------------------------------

    TrackedRecord *pickRecord(bool needsCrm, bool personOnly = false);
    QString pickField(const TrackedRecord &record, Side side);
    void localEdit();
    void orgEdit();
    void localCreate();
    void orgCreateLead();
    // An org save made while a local change of the same field waited, watched until it is
    // visible (the commit delay): if the engine sends the local change before that, the
    // order of the two is one no client can know.
    struct InvisibleOrgSave
    {
        qint64 localId = 0;
        QString crmId;
        QString field;
        QDateTime visibleAt;
    };
    void watchInvisibleOrgSaves();
    // A Lead whose create answer was lost: looked up once the org is calm.
    struct LeadToLookUp
    {
        QString email;
        QJsonObject fields;
        QDateTime at;
    };
    void trackOrgLead(const QString &id, const QString &email, const QJsonObject &fields,
                      const QDateTime &at);
    void lookUpLostLeads();
    void orgDelete();
    void orgConvertLead();
    void orgMerge();
    void logActivity();
    void csvImport();
    void trackLocalCreation(qint64 localId, const QString &crmObject, const QJsonObject &fields,
                            const QString &email);

    // ---- the org's weather --------------------------------------------------------------

    void injectFaults();
    void limitWeather(qint64 elapsedMs);
    void tendEngine(bool mayKill);
    void converge();

    // ---- the oracle ---------------------------------------------------------------------

    void linkLocalCreations();
    void verify();
    // The org's meter against SyncDesk's ledger, call by call (soak_meter.cpp); verify()
    // runs it before printing the figures.
    void verifyMeter();

    SoakPlan m_plan;
    QRandomGenerator m_random;
    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_dbPath;
    QSqlDatabase m_db;
    std::unique_ptr<SandboxOrgProcess> m_sandbox;
    std::unique_ptr<OrgSide> m_org;
    std::unique_ptr<EngineProcess> m_engine;
    qint64 m_orgClockOffsetSeconds = 0;
    ChangeJournal m_journal;
    SoakReport m_report{kKnownEngineGaps};
    bool m_realOrg = false; // the sandbox has the real-org controls

    // Another install's records: their org values when seeded.
    QHash<QString, QJsonObject> m_foreign; // id → row
    int m_seededPersons = 0;
    int m_seededAccounts = 0;

    // Figures.
    int m_kills = 0;
    int m_killsInFlight = 0;
    int m_localCreated = 0;
    int m_localPersonsCreated = 0;
    int m_localAccountsCreated = 0;
    int m_orgLeadsCreated = 0;
    int m_orgDeletedPersons = 0;
    int m_hardDeletes = 0;
    int m_conversions = 0;
    int m_mergedAway = 0;
    QSet<QString> m_convertedAccounts;
    int m_activities = 0;
    int m_csvImports = 0;
    int m_faultsInjected = 0;
    int m_limitPhasesRun = 0;
    int m_signInDemands = 0;
    int m_skippedForLimit = 0;
    QList<LeadToLookUp> m_leadsToLookUp;
    QList<InvisibleOrgSave> m_invisibleOrgSaves;
    int m_failuresStandingAfterChaos = 0;
    qint64 m_usedAtStart = 0; // the meter when the org started, before anyone called
    struct MeterFigures
    {
        qint64 org = 0;            // the meter's count over the run
        qint64 orgForSyncDesk = 0; // of which SyncDesk's (client=SyncDesk)
        qint64 harness = 0;        // and the harness's own
        int ledger = 0;            // metered rows in the ledger
        int cutByKill = 0;         // metered by the org, the engine killed before its row
    } m_meter;
    qint64 m_nextKillAtMs = 0;
    qint64 m_killArmedAtMs = -1;
    qint64 m_limitPhaseEndsAt = -1;
    int m_originalMax = 0;
    QList<qint64> m_limitPhaseStarts;
};

} // namespace syncdesk::soak
