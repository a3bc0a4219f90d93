// The engine's cycle: the steps that call Salesforce, what their failures become, and
// the wait for credits after a 403 REQUEST_LIMIT_EXCEEDED.
#include "salesforce/salesforce_client.h"
#include "store/activity_store.h"
#include "store/failure_store.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "sync/activity_flush.h"
#include "sync/bulk_outbound_flush.h"
#include "sync/deletion_sweep.h"
#include "sync/inbound_poll.h"
#include "sync/outbound_flush.h"
#include "sync/sync_engine.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString itemKey(const SyncFailure &failure)
{
    return QString(
        (failure.itemKind == SyncFailure::ItemKind::Activity ? u"activity:"_s : u"record:"_s) +
        QString::number(failure.itemId));
}

} // namespace

void SyncEngine::createActivityAndInboundSteps()
{
    m_activities = new ActivityFlush(m_db, m_client, this);
    m_inbound = new InboundPoll(m_db, m_client, this);
    m_sweep = new DeletionSweep(m_db, m_client, this);
}

void SyncEngine::recoverActivitiesInFlight()
{
    m_activitiesToConfirm = m_activities->recoverAfterCrash();
}

void SyncEngine::startCycle()
{
    if (m_cycleRunning) {
        m_cycleRequested = true;
        return;
    }
    if (!mayCall())
        return;
    m_cycleRunning = true;
    m_cycleStopped = false;
    applyServiceSwitches(ServiceSwitches::fromStore(m_db));
    m_failureMark = FailureStore(m_db).lastId();
    setState(EngineState::Syncing);

    // Outbound reads the records it writes first (ReadBeforeWrite), so it need not wait
    // for the poll to know what changed in Salesforce.
    QList<std::pair<SyncRunKind, Step>> steps{{SyncRunKind::Outbound, outboundStep()},
                                              {SyncRunKind::Activities, activityStep()}};
    if (m_inboundDue) {
        steps.append({SyncRunKind::Inbound, inboundStep()});
        if (deletionSweepDue())
            steps.append({SyncRunKind::Inbound, deletionSweepStep()});
    }
    steps.append({SyncRunKind::Retry, retryStep()});
    runSteps(std::move(steps));
}

void SyncEngine::runSteps(QList<std::pair<SyncRunKind, Step>> steps)
{
    // Paused, out of credits or signed out meanwhile: the rest waits for the next cycle.
    if (steps.isEmpty() || m_cycleStopped || m_status.state != EngineState::Syncing)
        return finishCycle();
    // A step with nothing to send costs nothing and is skipped; one with work costs at
    // least one call, which the budget must allow (over budget: deferred, not failed).
    if (!hasWork(steps.first().first)) {
        steps.removeFirst();
        return runSteps(std::move(steps));
    }
    if (!checkBudget(1)) {
        m_cycleStopped = true;
        return finishCycle();
    }
    const std::pair<SyncRunKind, Step> next = steps.takeFirst();
    const SyncRunKind kind = next.first;
    const Step step = next.second;
    if (kind == SyncRunKind::Inbound) {
        m_inboundDue = false;
        m_nextInboundAt = now().addSecs(m_inboundIntervalSeconds);
    }
    const QDateTime startedAt = now();
    QPointer<SyncEngine> self(this);
    step([self, kind, startedAt, steps](StepReport report) {
        if (!self)
            return;
        self->writeRun(kind, startedAt, report);
        self->settleNewFailures();
        if (report.callError)
            self->reactToCallError(*report.callError);
        self->runSteps(steps);
    });
}

bool SyncEngine::hasWork(SyncRunKind kind) const
{
    switch (kind) {
    case SyncRunKind::Outbound:
        // A Bulk job a crash left holds its changes in flight, not waiting: it is resumed
        // (closed, polled, its results read) though nothing new waits.
        return m_switches.isOn(SyncService::UpdatesToSalesforce) &&
               (OutboxStore(m_db).waitingCountUpTo(1) > 0 || m_outbound->bulk()->hasRecordedJobs());
    case SyncRunKind::Activities:
        // Activities a crash left unconfirmed are looked up by the first flush.
        return m_activities != nullptr && m_switches.isOn(SyncService::ActivityLogging) &&
               (m_activitiesToConfirm > 0 || ActivityStore(m_db).pendingCount() > 0);
    case SyncRunKind::Inbound:
        return m_inbound != nullptr && m_switches.anyInboundOn();
    case SyncRunKind::Retry:
        return m_retryNoCreditsNext || !FailureStore(m_db).dueForRetry(now()).isEmpty();
    }
    return true;
}

void SyncEngine::writeRun(SyncRunKind kind, const QDateTime &startedAt, const StepReport &report)
{
    // A step with nothing to do spent nothing: the sync log only lists work.
    if (report.calls == 0 && report.ok == 0 && report.failed == 0)
        return;
    SyncRunStore runs(m_db);
    const std::optional<qint64> id = runs.start(kind, startedAt);
    if (!id || !runs.finish(*id, now(), report.calls, report.ok, report.failed, report.summary) ||
        (!report.api.isEmpty() && !runs.setApi(*id, report.api, report.apiWhy)))
        qWarning() << "sync engine: cannot write the sync log:" << runs.lastError();
    Q_EMIT runFinished();
}

void SyncEngine::finishCycle()
{
    m_cycleRunning = false;
    m_retried.clear();
    const QDateTime at = now();
    m_status.lastSyncAt = at;
    m_nextOutboundAt = at.addSecs(m_outboundIntervalSeconds);
    // Describes that are due go out before the end of the cycle is published, so that whoever
    // waits for it (syncdesk-cli sync --once) sees their calls pending, and waits for them.
    if (m_status.state == EngineState::Syncing && !m_pausedByAdmin)
        refreshDescribes();
    if (m_status.state == EngineState::Syncing && !m_pausedByAdmin)
        readUsageLogs();
    if (m_status.state == EngineState::Syncing)
        setState(m_pausedByAdmin ? EngineState::PausedByAdmin : EngineState::Idle);
    else
        publish();
    Q_EMIT cycleFinished();
    if (m_cycleRequested) {
        m_cycleRequested = false;
        QTimer::singleShot(0, this, &SyncEngine::startCycle);
    }
}

SyncEngine::Step SyncEngine::outboundStep()
{
    return [this](std::function<void(StepReport)> done) {
        m_outbound->flush([done = std::move(done)](FlushReport flush) {
            QString summary = tr("%Ln record(s) sent", nullptr, flush.recordsSent);
            if (flush.conflicts > 0)
                summary +=
                    u"; "_s + tr("%Ln conflict(s) found before writing", nullptr, flush.conflicts);
            if (flush.cancelled)
                summary += u"; "_s + tr("cancelled, the rest waits for the next flush");
            done(StepReport{flush.calls, flush.succeeded, flush.failed, flush.callError, summary,
                            flush.api, flush.apiWhy});
        });
    };
}

SyncEngine::Step SyncEngine::activityStep()
{
    return [this](std::function<void(StepReport)> done) {
        m_activities->flush([this, done = std::move(done)](ActivityFlushReport flush) {
            m_activitiesToConfirm = 0;
            done(StepReport{flush.calls, flush.logged, flush.failed, flush.callError,
                            tr("%Ln activity(ies) logged", nullptr, flush.logged)});
        });
    };
}

SyncEngine::Step SyncEngine::inboundStep()
{
    return [this](std::function<void(StepReport)> done) {
        m_inbound->poll([done = std::move(done)](InboundReport poll) {
            const QLocale locale;
            QString summary =
                tr("%1 created, %2 updated, %3 deleted, %n conflict(s)", nullptr, poll.conflicts)
                    .arg(locale.toString(poll.created), locale.toString(poll.updated),
                         locale.toString(poll.deleted));
            // An object Salesforce would not read (a mapped field the org lacks, say) is
            // skipped until the admin fixes it: said in the sync log, never dropped silently.
            for (auto it = poll.objectErrors.cbegin(); it != poll.objectErrors.cend(); ++it) {
                summary += u"; "_s + tr("%1 not read: %2").arg(it.key(), it.value().summary());
                qWarning() << "inbound poll:" << it.key() << "not read:" << it.value().summary();
            }
            if (!poll.storeError.isEmpty())
                summary += u"; "_s + tr("not stored: %1").arg(poll.storeError);
            // Which API read the run's rows, and why, for the Activity tab: each object
            // read through a Bulk query job or over several pages names itself.
            QStringList why;
            for (const QMap<QString, QString> *reads : {&poll.bulkReads, &poll.restReads}) {
                for (auto it = reads->cbegin(); it != reads->cend(); ++it)
                    why.append(it.key() + u": "_s + it.value());
            }
            const QString api = !poll.bulkReads.isEmpty() ? u"bulk2"_s
                                : poll.calls > 0          ? u"composite"_s
                                                          : QString();
            done(StepReport{poll.calls, poll.created + poll.updated + poll.deleted,
                            int(poll.objectErrors.size()) + (poll.storeError.isEmpty() ? 0 : 1),
                            poll.callError, summary, api, why.join(u"; "_s)});
        });
    };
}

bool SyncEngine::deletionSweepDue()
{
    SettingsStore settings(m_db);
    const QDateTime last =
        QDateTime::fromString(settings.value(SettingKeys::LastDeletionSweep), Qt::ISODate);
    if (!last.isValid()) {
        // Right after the first import there is nothing to look for: the first sweep is a
        // day later.
        settings.setValue(SettingKeys::LastDeletionSweep, now().toString(Qt::ISODate));
        return false;
    }
    constexpr qint64 kShortestSweepSeconds = 60; // a typo must not sweep on every cycle
    return last.secsTo(now()) >= std::max<qint64>(settings.value(SettingKeys::DeletionSweepSeconds),
                                                  kShortestSweepSeconds);
}

SyncEngine::Step SyncEngine::deletionSweepStep()
{
    return [this](std::function<void(StepReport)> done) {
        m_sweep->sweep([this, done = std::move(done)](DeletionSweepReport sweep) {
            if (!sweep.callError)
                SettingsStore(m_db).setValue(SettingKeys::LastDeletionSweep,
                                             now().toString(Qt::ISODate));
            done(StepReport{sweep.calls, sweep.deleted, 0, sweep.callError,
                            tr("Deletion check of %1 linked records: %n deleted in Salesforce "
                               "without a trace",
                               nullptr, sweep.deleted)
                                .arg(QLocale().toString(sweep.checked))});
        });
    };
}

SyncEngine::Step SyncEngine::retryStep()
{
    return [this](std::function<void(StepReport)> done) {
        FailureStore failures(m_db);
        QList<SyncFailure> due = failures.dueForRetry(now());
        if (m_retryNoCreditsNext) {
            m_retryNoCreditsNext = false;
            if (m_autoRetry)
                due += failures.inCategory(FailureCategory::NoApiCredits);
        }
        // A switched-off service's failures wait with the rest of its work.
        due.removeIf([this](const SyncFailure &f) { return m_switches.holdsRetryOf(f); });
        if (due.isEmpty())
            return done({});
        releaseForRetry(due);
        Q_EMIT failuresChanged();
        // The released items go out the way they first did: outbound, then activities.
        auto total = std::make_shared<StepReport>();
        auto add = [total](const StepReport &part) {
            total->calls += part.calls;
            total->ok += part.ok;
            total->failed += part.failed;
            if (part.callError && !total->callError)
                total->callError = part.callError;
            if (total->api.isEmpty()) {
                total->api = part.api;
                total->apiWhy = part.apiWhy;
            }
        };
        const auto skipped = [](const std::function<void(StepReport)> &none) { none({}); };
        const Step activities =
            m_switches.isOn(SyncService::ActivityLogging) ? activityStep() : skipped;
        const Step sendChanges =
            m_switches.isOn(SyncService::UpdatesToSalesforce) ? outboundStep() : skipped;
        sendChanges([add, total, activities, done](StepReport outbound) {
            add(outbound);
            if (total->callError && !total->callError->isRetryable()) {
                total->summary = tr("%Ln failure(s) retried", nullptr, total->ok + total->failed);
                return done(*total);
            }
            activities([add, total, done](StepReport logged) {
                add(logged);
                total->summary = tr("%Ln failure(s) retried", nullptr, total->ok + total->failed);
                done(*total);
            });
        });
    };
}

int SyncEngine::releaseForRetry(const QList<SyncFailure> &failures)
{
    FailureStore store(m_db);
    int released = 0;
    for (const SyncFailure &failure : failures) {
        m_retried.insert(itemKey(failure), RetriedItem{failure.attempts, failure.firstFailedAt});
        if (store.release(failure.id))
            ++released;
        else
            qWarning() << "sync engine: cannot release failure" << failure.id << store.lastError();
    }
    // SQLite hands the highest id out again once it is deleted: new failures are the
    // ones above what is left now.
    m_failureMark = store.lastId();
    return released;
}

void SyncEngine::settleNewFailures()
{
    FailureStore store(m_db);
    const QList<SyncFailure> added = store.addedAfter(m_failureMark);
    if (added.isEmpty())
        return;
    const QDateTime at = now();
    for (const SyncFailure &failure : added) {
        m_failureMark = std::max(m_failureMark, failure.id);
        // A retried item failing again is filed anew: it keeps its count and first time.
        const RetriedItem before = m_retried.take(itemKey(failure));
        const int attempts = before.attempts + 1;
        // Only transient failures retry on a timer; no_api_credits ones wait for credits,
        // validation and the rest for the admin.
        const QDateTime next = failure.category == FailureCategory::Transient
                                   ? m_backoff.nextRetryAt(attempts, at)
                                   : QDateTime();
        const QDateTime first = before.firstFailedAt.isValid() ? before.firstFailedAt : at;
        if (!store.setRetryState(failure.id, attempts, first, next))
            qWarning() << "sync engine: cannot schedule the retry of failure" << failure.id;
    }
    Q_EMIT failuresChanged();
}

} // namespace syncdesk
