#include "sync/team_engine_relay.h"

#include "store/database.h"
#include "store/engine_presence_store.h"
#include "store/failure_store.h"
#include "store/postgres_database.h"
#include "store/team_events.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcRelay, "syncdesk.engine.team")

QString nextListenConnectionName()
{
    static std::atomic<int> counter{0};
    return u"syncdesk-team-listen/%1"_s.arg(++counter);
}

QList<qint64> failureIdsOf(const QJsonObject &argument)
{
    QList<qint64> ids;
    const QJsonArray array = argument.value(u"failureIds"_s).toArray();
    for (const QJsonValue &value : array)
        ids.append(value.toInteger());
    return ids;
}

} // namespace

TeamEngineRelay::TeamEngineRelay(QString databaseLocation, SyncControl *control, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_control(control)
    , m_listenConnection(nextListenConnectionName())
    , m_host(QSysInfo::machineHostName())
    , m_pid(QCoreApplication::applicationPid())
{
    // At most four status rows a second, however fast the engine reports.
    m_statusWrite.setSingleShot(true);
    m_statusWrite.setInterval(250);
    connect(&m_statusWrite, &QTimer::timeout, this, [this] {
        announce();
        notifyEvent(TeamEvents::Status);
    });
    m_heartbeat.setInterval(5'000);
    connect(&m_heartbeat, &QTimer::timeout, this, &TeamEngineRelay::announce);
    m_queueCheck.setInterval(30'000);
    connect(&m_queueCheck, &QTimer::timeout, this, &TeamEngineRelay::carryOutQueue);
    // Notifications come in bursts (a console retrying ten failures one by one): one read of
    // the queue serves them all.
    m_queueNow.setSingleShot(true);
    m_queueNow.setInterval(0);
    connect(&m_queueNow, &QTimer::timeout, this, &TeamEngineRelay::carryOutQueue);

    if (!control)
        return;
    connect(control, &SyncControl::statusChanged, this, [this] {
        if (m_running && !m_statusWrite.isActive())
            m_statusWrite.start();
    });
    connect(control, &SyncControl::failuresChanged, this,
            [this] { notifyEvent(TeamEvents::Failures); });
    connect(control, &SyncControl::usageRecorded, this, [this] { notifyEvent(TeamEvents::Usage); });
    connect(control, &SyncControl::runFinished, this,
            [this] { notifyEvent(TeamEvents::RunFinished); });
    connect(control, &SyncControl::describesRefreshed, this,
            [this] { notifyEvent(TeamEvents::Describes); });
    connect(control, &SyncControl::usageLogsRead, this,
            [this] { notifyEvent(TeamEvents::UsageLogs); });
}

TeamEngineRelay::~TeamEngineRelay()
{
    stop();
}

QSqlDatabase TeamEngineRelay::database() const
{
    return Database::forThisThread(m_location).db;
}

bool TeamEngineRelay::start(QString *error)
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_running = true;
    EnginePresence presence;
    presence.host = m_host;
    presence.pid = m_pid;
    presence.startedAt = m_startedAt;
    presence.updatedAt = m_startedAt;
    presence.status = m_control ? m_control->status().toJson() : QJsonObject();
    EnginePresenceStore store(database());
    if (!store.announce(presence)) {
        m_running = false;
        if (error)
            *error = store.lastError();
        return false;
    }
    notifyEvent(TeamEvents::Status);
    subscribe();
    m_heartbeat.start();
    m_queueCheck.start();
    carryOutQueue();
    return true;
}

void TeamEngineRelay::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_statusWrite.stop();
    m_heartbeat.stop();
    m_queueCheck.stop();
    m_queueNow.stop();
    if (QSqlDatabase::contains(m_listenConnection)) {
        QSqlDatabase::database(m_listenConnection, false)
            .driver()
            ->unsubscribeFromNotification(QString(TeamEvents::CommandsChannel));
        PostgresDatabase::close(m_listenConnection);
    }
    EnginePresenceStore store(database());
    if (store.withdraw(m_host, m_pid))
        notifyEvent(TeamEvents::Status);
    else
        qCWarning(lcRelay).noquote()
            << "could not withdraw the engine's presence:" << store.lastError();
}

void TeamEngineRelay::subscribe()
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_location);
    if (!url || !url->isPostgreSql())
        return;
    const DatabaseConnection connection = PostgresDatabase::connect(
        *url, PostgresDatabase::rememberedPassword(*url), m_listenConnection);
    if (!connection.ok()) {
        // The slow queue check still carries out every command, only later.
        qCWarning(lcRelay).noquote()
            << "cannot listen for console commands:" << connection.error->message;
        return;
    }
    QSqlDriver *driver = connection.db.driver();
    connect(driver, &QSqlDriver::notification, this, [this] {
        if (m_running)
            m_queueNow.start();
    });
    if (!driver->subscribeToNotification(QString(TeamEvents::CommandsChannel)))
        qCWarning(lcRelay).noquote()
            << "cannot listen for console commands:" << driver->lastError().text();
}

void TeamEngineRelay::announce()
{
    if (!m_running)
        return;
    EnginePresence presence;
    presence.host = m_host;
    presence.pid = m_pid;
    presence.startedAt = m_startedAt;
    presence.updatedAt = QDateTime::currentDateTimeUtc();
    presence.status = m_control ? m_control->status().toJson() : QJsonObject();
    EnginePresenceStore store(database());
    if (!store.announce(presence))
        qCWarning(lcRelay).noquote() << "cannot update the engine's presence:" << store.lastError();
}

void TeamEngineRelay::notifyEvent(const QString &name)
{
    QString error;
    if (!TeamEvents::notify(database(), TeamEvents::EventsChannel, name, &error))
        qCWarning(lcRelay).noquote() << "cannot notify the consoles:" << error;
}

void TeamEngineRelay::carryOutQueue()
{
    // A command's own effects (a reload, a retry) never re-enter here, but a notification
    // handled while one runs must not start a second pass over the same queue.
    if (!m_running || m_busy || !m_control)
        return;
    m_busy = true;
    TeamCommandStore commands(database());
    const QList<TeamCommand> queue = commands.pending();
    for (const TeamCommand &command : queue) {
        if (!m_running || !m_control)
            break;
        if (!commands.claim(command.id))
            continue; // another engine, or an earlier pass, has it
        const Outcome outcome = carryOut(command);
        if (!commands.finish(command.id, outcome.state, outcome.result,
                             QDateTime::currentDateTimeUtc()))
            qCWarning(lcRelay).noquote()
                << "cannot record the result of command" << command.id << commands.lastError();
        notifyEvent(TeamEvents::commandEvent(command.id));
        Q_EMIT commandFinished(command.id, outcome.state, outcome.result);
    }
    m_busy = false;
}

TeamEngineRelay::Outcome TeamEngineRelay::carryOut(const TeamCommand &command)
{
    using Kind = TeamCommand::Kind;
    using State = TeamCommand::State;
    switch (command.kind) {
    case Kind::SyncNow:
        m_control->syncNow();
        return {State::Done, tr("A sync cycle was started.")};
    case Kind::Pause:
        m_control->setPaused(true);
        return {State::Done, tr("The engine is paused.")};
    case Kind::Resume:
        m_control->setPaused(false);
        return {State::Done, tr("The engine resumed.")};
    case Kind::Retry:
        return retry(failureIdsOf(command.argument));
    case Kind::Dismiss: {
        const QList<qint64> ids = failureIdsOf(command.argument);
        if (ids.isEmpty())
            return {State::Refused, tr("No failures were named to dismiss.")};
        m_control->dismissFailures(ids);
        return {State::Done, tr("%n failure(s) dismissed.", nullptr, int(ids.size()))};
    }
    case Kind::ReloadConfiguration:
        m_control->reloadConfiguration();
        Q_EMIT configurationReloaded();
        return {State::Done, tr("The engine read the configuration again.")};
    case Kind::RefreshUsage:
        m_control->refreshUsage();
        return {State::Done, tr("The org's usage is being read.")};
    case Kind::CancelBulk:
        if (!m_control->status().bulk.running)
            return {State::Refused, tr("No Bulk API job is running.")};
        m_control->cancelBulkJobs();
        return {State::Done, tr("The Bulk API job is being cancelled.")};
    }
    return {State::Failed, tr("This engine does not know the command.")};
}

TeamEngineRelay::Outcome TeamEngineRelay::retry(const QList<qint64> &failureIds)
{
    using State = TeamCommand::State;
    // The engine refuses to retry no_api_credits failures while the org has no calls left
    // (SyncEngine::retryFailures, signalled later by retryRefused); the command's answer is
    // given now, by the same rule, so the admin reads it at once and on every console.
    const EngineStatus status = m_control->status();
    QList<qint64> allowed;
    int refused = 0;
    FailureStore failures(database());
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
    const QString back = status.nextCheckAt.isValid()
                             ? tr("The org has no API calls left; the engine asks again at %1.")
                                   .arg(status.nextCheckAt.toUTC().toString(Qt::ISODate))
                             : tr("The org has no API calls left.");
    if (allowed.isEmpty() && refused > 0)
        return {State::Refused, tr("%n failure(s) not retried.", nullptr, refused) + u' ' + back};
    if (allowed.isEmpty())
        return {State::Done, tr("No such failures: nothing to retry.")};
    // The engine retries "all" itself, so that failures recorded meanwhile are included.
    m_control->retryFailures(failureIds.isEmpty() && refused == 0 ? QList<qint64>() : allowed);
    QString result = tr("%n failure(s) retried.", nullptr, int(allowed.size()));
    if (refused > 0)
        result += u' ' + tr("%n failure(s) not retried.", nullptr, refused) + u' ' + back;
    return {State::Done, result};
}

} // namespace syncdesk
