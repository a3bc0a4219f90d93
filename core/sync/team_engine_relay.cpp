#include "sync/team_engine_relay.h"

#include "store/database.h"
#include "store/engine_presence_store.h"
#include "store/postgres_database.h"
#include "store/team_events.h"
#include "sync/console_command.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcRelay, "syncdesk.engine.team")

} // namespace

TeamEngineRelay::TeamEngineRelay(QString databaseLocation, SyncControl *control, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_control(control)
    , m_commands(m_location, TeamEvents::CommandsChannel)
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
    m_heartbeat.setInterval(EnginePresence::HeartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        announce();
        // A listening connection the server dropped is opened again within a heartbeat, and
        // the queue read for what was announced meanwhile.
        QString error;
        if (m_commands.reconnectIfDropped(&error))
            m_queueNow.start();
        else if (!error.isEmpty())
            qCWarning(lcRelay).noquote() << "cannot listen for console commands:" << error;
    });
    connect(&m_commands, &TeamChannelListener::notified, this, [this] {
        if (m_running)
            m_queueNow.start();
    });
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
    // The slow queue check still carries out every command should this fail, only later.
    QString listenError;
    if (!m_commands.listen(&listenError))
        qCWarning(lcRelay).noquote() << "cannot listen for console commands:" << listenError;
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
    m_commands.stop();
    EnginePresenceStore store(database());
    if (store.withdraw(m_host, m_pid))
        notifyEvent(TeamEvents::Status);
    else
        qCWarning(lcRelay).noquote()
            << "could not withdraw the engine's presence:" << store.lastError();
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
        const ConsoleCommandOutcome outcome =
            carryOutConsoleCommand(*m_control, database(), command);
        if (outcome.configurationReloaded)
            Q_EMIT configurationReloaded();
        if (!commands.finish(command.id, outcome.state, outcome.result,
                             QDateTime::currentDateTimeUtc()))
            qCWarning(lcRelay).noquote()
                << "cannot record the result of command" << command.id << commands.lastError();
        notifyEvent(TeamEvents::commandEvent(command.id));
        Q_EMIT commandFinished(command.id, outcome.state, outcome.result);
    }
    m_busy = false;
}

} // namespace syncdesk
