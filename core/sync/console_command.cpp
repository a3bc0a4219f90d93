#include "sync/console_command.h"

#include "store/failure_store.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// The engine's answers, as every console then shows them (lupdate takes the context from here).
struct ConsoleCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommand)
};

QList<qint64> failureIdsOf(const QJsonObject &argument)
{
    QList<qint64> ids;
    const QJsonArray array = argument.value(u"failureIds"_s).toArray();
    for (const QJsonValue &value : array)
        ids.append(value.toInteger());
    return ids;
}

ConsoleCommandOutcome retry(SyncControl &control, QSqlDatabase db, const QList<qint64> &failureIds)
{
    using State = TeamCommand::State;
    // The engine refuses to retry no_api_credits failures while the org has no calls left
    // (SyncEngine::retryFailures, signalled later by retryRefused); the command's answer is
    // given now, by the same rule, so the admin reads it at once and on every console.
    const EngineStatus status = control.status();
    QList<qint64> allowed;
    int refused = 0;
    FailureStore failures(db);
    const QList<SyncFailure> chosen = [&] {
        if (failureIds.isEmpty())
            return failures.all();
        QList<SyncFailure> found;
        for (qint64 id : failureIds)
            if (const std::optional<SyncFailure> failure = failures.find(id))
                found.append(*failure);
        return found;
    }();
    for (const SyncFailure &failure : chosen) {
        if (status.state == EngineState::PausedNoCredits &&
            failure.category == FailureCategory::NoApiCredits)
            ++refused;
        else
            allowed.append(failure.id);
    }
    const QString back =
        status.nextCheckAt.isValid()
            ? ConsoleCommandText::tr("The org has no API calls left; the engine asks again at %1.")
                  .arg(status.nextCheckAt.toUTC().toString(Qt::ISODate))
            : ConsoleCommandText::tr("The org has no API calls left.");
    if (allowed.isEmpty() && refused > 0)
        return {State::Refused,
                ConsoleCommandText::tr("%n failure(s) not retried.", nullptr, refused) + u' ' +
                    back};
    if (allowed.isEmpty())
        return {State::Done, ConsoleCommandText::tr("No such failures: nothing to retry.")};
    // The engine retries "all" itself, so that failures recorded meanwhile are included.
    control.retryFailures(failureIds.isEmpty() && refused == 0 ? QList<qint64>() : allowed);
    QString result = ConsoleCommandText::tr("%n failure(s) retried.", nullptr, int(allowed.size()));
    if (refused > 0)
        result += u' ' + ConsoleCommandText::tr("%n failure(s) not retried.", nullptr, refused) +
                  u' ' + back;
    return {State::Done, result};
}

} // namespace

ConsoleCommandOutcome carryOutConsoleCommand(SyncControl &control, QSqlDatabase db,
                                             const TeamCommand &command)
{
    using Kind = TeamCommand::Kind;
    using State = TeamCommand::State;
    switch (command.kind) {
    case Kind::SyncNow:
        control.syncNow();
        return {State::Done, ConsoleCommandText::tr("A sync cycle was started.")};
    case Kind::Pause:
        control.setPaused(true);
        return {State::Done, ConsoleCommandText::tr("The engine is paused.")};
    case Kind::Resume:
        control.setPaused(false);
        return {State::Done, ConsoleCommandText::tr("The engine resumed.")};
    case Kind::Retry:
        return retry(control, db, failureIdsOf(command.argument));
    case Kind::Dismiss: {
        const QList<qint64> ids = failureIdsOf(command.argument);
        if (ids.isEmpty())
            return {State::Refused, ConsoleCommandText::tr("No failures were named to dismiss.")};
        control.dismissFailures(ids);
        return {State::Done,
                ConsoleCommandText::tr("%n failure(s) dismissed.", nullptr, int(ids.size()))};
    }
    case Kind::ReloadConfiguration:
        control.reloadConfiguration();
        return {State::Done, ConsoleCommandText::tr("The engine read the configuration again."),
                true};
    case Kind::RefreshUsage:
        control.refreshUsage();
        return {State::Done, ConsoleCommandText::tr("The org's usage is being read.")};
    case Kind::CancelBulk:
        if (!control.status().bulk.running)
            return {State::Refused, ConsoleCommandText::tr("No Bulk API job is running.")};
        control.cancelBulkJobs();
        return {State::Done, ConsoleCommandText::tr("The Bulk API job is being cancelled.")};
    }
    return {State::Failed, ConsoleCommandText::tr("This engine does not know the command.")};
}

} // namespace syncdesk
