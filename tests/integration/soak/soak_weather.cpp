// The org's weather (faults, a spent limit) and the engine's life (kills, restarts), then
// the calm in which it must converge.
#include "engine_soak.h"
#include "store/settings_store.h"

namespace syncdesk::soak {

// ---- the org's weather ------------------------------------------------------------------

void EngineSoakTest::injectFaults()
{
    // About one request in five answers with a fault, on every endpoint SyncDesk uses,
    // the token endpoint included: one fault waits in the sandbox's plan at a time, and a
    // new one is added while fewer than a quarter as many as the answered calls went out.
    if (m_realOrg)
        return; // the sandbox hands out faults by rate itself (/_sandbox/random-faults)
    const QJsonArray waiting =
        m_org->control("GET", u"faults"_s).object().value(u"faults"_s).toArray();
    if (!waiting.isEmpty())
        return;
    const qint64 answered = scalar(u"SELECT COUNT(*) FROM api_calls"_s);
    if (m_faultsInjected * 4 > answered)
        return;
    static const QStringList paths{QString(),   u"/composite"_s, u"/services/oauth2/token"_s,
                                   u"/query"_s, u"/limits"_s,    u"/composite"_s};
    QJsonObject fault{{u"path"_s, paths.at(m_random.bounded(int(paths.size())))}, {u"count"_s, 1}};
    switch (m_random.bounded(6)) {
    case 0:
        fault.insert(u"kind"_s, u"server_error"_s);
        fault.insert(u"status"_s, 503);
        break;
    case 1:
        fault.insert(u"kind"_s, u"server_error"_s);
        fault.insert(u"status"_s, 500);
        break;
    case 2:
        fault.insert(u"kind"_s, u"drop"_s);
        break;
    case 3:
        fault.insert(u"kind"_s, u"malformed_json"_s);
        break;
    case 4:
        fault.insert(u"kind"_s, u"delay"_s);
        fault.insert(u"delayMs"_s, 1'500);
        break;
    default:
        fault.insert(u"kind"_s, u"expire_session"_s);
        break;
    }
    if (m_org->control("POST", u"faults"_s, fault).ok())
        ++m_faultsInjected;
}

void EngineSoakTest::limitWeather(qint64 elapsedMs)
{
    // Other integrations spend what is left of the limit; then their calls roll off a few
    // at a time until the window has room again.
    const qint64 spacing = m_plan.chaosMs / (m_plan.limitPhases + 1);
    if (m_limitPhaseEndsAt < 0 && m_limitPhasesRun < m_plan.limitPhases &&
        elapsedMs > spacing * (m_limitPhasesRun + 1)) {
        const qint64 used = m_org->control("GET", u"usage"_s).object().value(u"used"_s).toInteger();
        m_org->control("POST", u"allocation"_s, {{u"max"_s, int(std::max<qint64>(used, 1))}});
        m_limitPhaseEndsAt = elapsedMs + m_plan.limitPhaseMs;
        m_limitPhaseStarts.append(elapsedMs);
        ++m_limitPhasesRun;
    } else if (m_limitPhaseEndsAt >= 0) {
        if (elapsedMs >= m_limitPhaseEndsAt) {
            m_org->control("POST", u"allocation"_s, {{u"max"_s, m_originalMax}});
            m_limitPhaseEndsAt = -1;
        } else if (m_random.bounded(4) == 0) {
            const QJsonObject state = m_org->control("GET", u"usage"_s).object();
            const int max = state.value(u"max"_s).toInt();
            m_org->control("POST", u"allocation"_s, {{u"max"_s, max + 2}});
        }
    }
}

void EngineSoakTest::tendEngine(bool mayKill)
{
    watchInvisibleOrgSaves();
    if (!m_engine) {
        m_engine = std::make_unique<EngineProcess>(cliProgram(), m_dataDir);
        m_engine->start();
        m_nextKillAtMs = m_random.bounded(m_plan.minLifeMs, m_plan.maxLifeMs);
        return;
    }
    for (const QString &line : m_engine->takeLines()) {
        if (line.contains(u"refused SyncDesk's sign-in"_s))
            ++m_signInDemands;
    }
    if (!m_engine->isRunning()) {
        // It stopped by itself: an admin (or systemd) starts it again.
        m_engine->start();
        m_killArmedAtMs = -1;
        m_nextKillAtMs = m_random.bounded(m_plan.minLifeMs, m_plan.maxLifeMs);
        return;
    }
    if (!mayKill || m_engine->runningMs() < m_nextKillAtMs)
        return;
    const int inFlight =
        scalar(u"SELECT (SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL) + "
               u"(SELECT COUNT(*) FROM activities WHERE batch_id IS NOT NULL)"_s);
    if (m_killArmedAtMs < 0 && m_random.bounded(2) == 0) {
        // Every other kill aims at a batch in flight: the next /composite call is slowed
        // down, and the kill comes while it is out (or a few seconds later at most).
        m_org->control("POST", u"faults"_s,
                       {{u"kind"_s, u"delay"_s},
                        {u"delayMs"_s, 2'500},
                        {u"path"_s, u"/composite"_s},
                        {u"count"_s, 1}});
        m_killArmedAtMs = m_engine->runningMs();
        return;
    }
    if (m_killArmedAtMs >= 0 && inFlight == 0 && m_engine->runningMs() - m_killArmedAtMs < 6'000)
        return;
    m_killArmedAtMs = -1;
    m_engine->kill();
    ++m_kills;
    if (inFlight > 0)
        ++m_killsInFlight;
    m_engine->start();
    m_nextKillAtMs = m_random.bounded(m_plan.minLifeMs, m_plan.maxLifeMs);
}

void EngineSoakTest::converge()
{
    // Calm: no faults, the whole limit, no more kills; the engine runs on until the
    // workspace has nothing left to send and it has polled twice after the org's last
    // change became visible.
    m_org->control("DELETE", u"faults"_s);
    setStorm(false);
    m_org->control("POST", u"allocation"_s, {{u"max"_s, m_originalMax}});
    // Saves of the storm are visible by now: the Leads whose answer was lost are asked for.
    QTest::qWait((kCommitDelaySeconds + 1) * 1'000);
    ASSERT_NO_FATAL_FAILURE(lookUpLostLeads());
    m_failuresStandingAfterChaos = scalar(u"SELECT COUNT(*) FROM sync_failures"_s);
    // Purges leave no trace a poll can read: the next inbound cycle also checks the linked
    // ids (as the daily deletion sweep would), and convergence waits for that check.
    ASSERT_TRUE(
        SettingsStore(m_db).setValue(SettingKeys::LastDeletionSweep, u"2000-01-01T00:00:00Z"_s));
    const QDateTime calmFrom = QDateTime::currentDateTimeUtc();
    const qint64 visibleAfter = m_journal.lastOrgChangeAt()
                                    .addSecs(-m_orgClockOffsetSeconds + 1 + kCommitDelaySeconds + 2)
                                    .toMSecsSinceEpoch();
    qint64 lastRetryMs = 0;
    QElapsedTimer waited;
    waited.start();
    bool converged = false;
    while (waited.elapsed() < m_plan.convergeMs) {
        tendEngine(false);
        // The admin's "Retry all": failures from the stormy part need not wait out their
        // backoff (up to an hour) for this test to end.
        if (scalar(u"SELECT COUNT(*) FROM sync_failures"_s) > 0 &&
            waited.elapsed() - lastRetryMs > 15'000) {
            runCli({u"--data-dir"_s, m_dataDir, u"failures"_s, u"retry"_s, u"--all"_s});
            lastRetryMs = waited.elapsed();
        }
        QSqlQuery polls(m_db);
        polls.prepare(
            u"SELECT COUNT(*) FROM sync_runs WHERE kind = 'inbound' AND started_at > ?"_s);
        polls.addBindValue(std::max(visibleAfter, calmFrom.toMSecsSinceEpoch()));
        const int pollsAfter = polls.exec() && polls.next() ? polls.value(0).toInt() : 0;
        // The engine's own last save may fire the org's automation a second later, seen
        // once its commit is visible: a poll must start after that too.
        QSqlQuery afterSaves(m_db);
        afterSaves.prepare(u"SELECT COUNT(*) FROM sync_runs WHERE kind = 'inbound' AND "
                           u"started_at > (SELECT COALESCE(MAX(called_at), 0) FROM api_calls "
                           u"WHERE category IN ('outbound_update', 'activity_logging')) + ?"_s);
        afterSaves.addBindValue((1 + kCommitDelaySeconds + 2) * 1'000);
        const bool polledAfterSaves =
            afterSaves.exec() && afterSaves.next() && afterSaves.value(0).toInt() > 0;
        const QDateTime swept = QDateTime::fromString(
            SettingsStore(m_db).value(SettingKeys::LastDeletionSweep), Qt::ISODate);
        const bool sweptAfterCalm = swept.isValid() && swept >= calmFrom.addSecs(-1);
        if (pollsAfter >= 2 && polledAfterSaves && sweptAfterCalm &&
            scalar(u"SELECT COUNT(*) FROM outbox"_s) == 0 &&
            scalar(u"SELECT COUNT(*) FROM activities WHERE crm_task_id IS NULL"_s) == 0 &&
            scalar(u"SELECT COUNT(*) FROM sync_failures"_s) == 0) {
            converged = true;
            break;
        }
        QTest::qWait(500);
    }
    std::printf("converged: %s after %.1f s\n", converged ? "yes" : "NO",
                double(waited.elapsed()) / 1000.0);
    if (!converged) {
        QStringList standing;
        QSqlQuery failures(m_db);
        failures.exec(u"SELECT item_kind, item_id, category, sf_status_code FROM sync_failures"_s);
        while (failures.next()) {
            standing << u"%1 %2: %3 %4"_s.arg(
                failures.value(0).toString(), failures.value(1).toString(),
                failures.value(2).toString(), failures.value(3).toString());
        }
        m_report.broken(u"converges"_s,
                        u"after %1 s: outbox %2, activities unlogged %3, failures standing [%4]"_s
                            .arg(waited.elapsed() / 1000)
                            .arg(scalar(u"SELECT COUNT(*) FROM outbox"_s))
                            .arg(scalar(u"SELECT COUNT(*) FROM activities WHERE crm_task_id IS "
                                        u"NULL"_s))
                            .arg(standing.join(u"; "_s)));
    }
    m_engine->stop();
}

} // namespace syncdesk::soak
