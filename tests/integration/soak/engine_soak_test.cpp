// The soak test: the engine (`syncdesk-cli sync`, its own process and data folder) runs
// against a sandbox org while the harness plays everyone else: reps editing the local
// workspace, importing CSV files and logging calls and emails; CRM users editing the same
// records and fields in the org, creating and deleting; other integrations spending the
// limit; faults on every endpoint. The engine is SIGKILLed at random moments and started
// again. Both sides are driven from one thread on one clock, so the harness knows the
// true order of every change; at the end it checks, field by field, that the later change
// is on both sides, that superseded changes were recorded as conflicts, that nothing was
// created twice, that every activity is one Task, and that another install's records are
// untouched. See README.md beside this file.
#include "engine_soak.h"

using namespace syncdesk::soak;

namespace syncdesk::soak {

// Invariants that the engine is known to break while its fix is being made: reported
// with examples, but they do not fail the test. Empty this list as the fixes land.
const QSet<QString> kKnownEngineGaps = {};

} // namespace syncdesk::soak

TEST_F(EngineSoakTest, ConvergesThroughKillsFaultsAndEditsOnBothSides)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    ASSERT_NO_FATAL_FAILURE(seedForeignInstall());
    ASSERT_NO_FATAL_FAILURE(makeOrgReal());
    ASSERT_NO_FATAL_FAILURE(connectWorkspace());
    ASSERT_NO_FATAL_FAILURE(trackImportedRecords());

    setStorm(true);
    QElapsedTimer chaos;
    chaos.start();
    const qint64 hardEnd = m_plan.chaosMs * 2;
    while ((chaos.elapsed() < m_plan.chaosMs || m_kills < m_plan.kills) &&
           chaos.elapsed() < hardEnd) {
        const int roll = int(m_random.bounded(100));
        if (roll < 34)
            ASSERT_NO_FATAL_FAILURE(localEdit());
        else if (roll < 64)
            ASSERT_NO_FATAL_FAILURE(orgEdit());
        else if (roll < 71)
            ASSERT_NO_FATAL_FAILURE(localCreate());
        else if (roll < 75)
            ASSERT_NO_FATAL_FAILURE(orgCreateLead());
        else if (roll < 77)
            ASSERT_NO_FATAL_FAILURE(orgDelete());
        else if (roll < 78)
            ASSERT_NO_FATAL_FAILURE(orgConvertLead());
        else if (roll < 79)
            ASSERT_NO_FATAL_FAILURE(orgMerge());
        else if (roll < 92)
            ASSERT_NO_FATAL_FAILURE(logActivity());
        else if (roll < 93)
            ASSERT_NO_FATAL_FAILURE(csvImport());
        injectFaults();
        limitWeather(chaos.elapsed());
        tendEngine(true);
        linkLocalCreations();
        QTest::qWait(int(m_random.bounded(100, 500)));
    }
    std::printf("chaos: %.1f s of org time\n", double(chaos.elapsed()) / 1000.0);
    ASSERT_NO_FATAL_FAILURE(converge());
    ASSERT_NO_FATAL_FAILURE(verify());
    const QStringList failing = m_report.print(m_plan.seed);
    EXPECT_TRUE(failing.isEmpty()) << "broken invariants: " << failing.join(u", "_s).toStdString()
                                   << " (replay with SYNCDESK_SOAK_SEED=" << m_plan.seed << ")";
}
