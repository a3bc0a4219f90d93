#include "sync/team_console_control.h"

#include "store/database.h"
#include "store/database_url.h"
#include "store/postgres_database.h"
#include "store/role_refusal.h"
#include "store/team_events.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcConsole, "syncdesk.console.team")

// "alice on ws-12", as the commands table keeps who asked (not translated: it is data).
QString whoAsks()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", u"someone"_s);
    return user + u" on "_s + QSysInfo::machineHostName();
}

QJsonObject failureArgument(const QList<qint64> &failureIds)
{
    QJsonArray ids;
    for (qint64 id : failureIds)
        ids.append(id);
    return QJsonObject{{u"failureIds"_s, ids}};
}

bool isFinished(TeamCommand::State state)
{
    return state == TeamCommand::State::Done || state == TeamCommand::State::Refused ||
           state == TeamCommand::State::Failed;
}

} // namespace

TeamConsoleControl::TeamConsoleControl(QString databaseLocation, QObject *parent)
    : SyncControl(parent)
    , m_location(std::move(databaseLocation))
    , m_events(m_location, TeamEvents::EventsChannel)
{
    connect(&m_events, &TeamChannelListener::notified, this, &TeamConsoleControl::onNotification);
    m_staleCheck.setSingleShot(true);
    connect(&m_staleCheck, &QTimer::timeout, this, [this] {
        keepListening();
        readPresence();
    });
}

TeamConsoleControl::~TeamConsoleControl() = default;

QSqlDatabase TeamConsoleControl::database() const
{
    return Database::forThisThread(m_location).db;
}

bool TeamConsoleControl::start(QString *error)
{
    m_role = AccessRoleCheck(database()).current().value_or(AccessRole::None);
    // Listening on a connection of its own: the GUI's connection runs the pages' queries.
    if (!m_events.listen(error))
        return false;
    // After listening, so that an engine starting meanwhile is not missed.
    readPresence();
    return true;
}

void TeamConsoleControl::keepListening()
{
    // Asked at the stale check's pace.
    QString error;
    if (!m_events.reconnectIfDropped(&error)) {
        if (!error.isEmpty())
            qCWarning(lcConsole).noquote() << "cannot listen for the engine's events:" << error;
        return;
    }
    qCInfo(lcConsole) << "listening again for the engine's events";
    // What was announced meanwhile was missed: every page reads again.
    Q_EMIT failuresChanged();
    Q_EMIT usageRecorded();
    Q_EMIT runFinished();
    Q_EMIT usageLogsRead();
    Q_EMIT configurationChanged();
    Q_EMIT alertsChanged();
}

QString TeamConsoleControl::databaseDisplay() const
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_location);
    return url ? url->displayString() : QString();
}

bool TeamConsoleControl::engineAlive() const
{
    return m_presence && silenceMs() < m_staleAfterMs;
}

qint64 TeamConsoleControl::silenceMs() const
{
    // The engine stamps updated_at with its host's clock. Once this console has seen the
    // stamp move, it times the silence with its own monotonic clock since then, so a skew
    // between the two hosts' clocks cannot make a live engine look dead (or a dead one live);
    // until then, the two clocks are compared.
    if (m_stampMoved)
        return m_sinceStampMoved.elapsed();
    if (!m_presence || !m_presence->updatedAt.isValid())
        return std::numeric_limits<qint64>::max();
    return m_presence->updatedAt.msecsTo(QDateTime::currentDateTimeUtc());
}

EngineStatus TeamConsoleControl::status() const
{
    if (!m_presence) {
        EngineStatus none;
        none.detail = tr("No engine is running for this database.");
        return none;
    }
    if (!engineAlive()) {
        EngineStatus gone;
        // In this console's clock when it saw the stamp move (see silenceMs()).
        const QDateTime since = m_stampMoved ? QDateTime::currentDateTime().addMSecs(-silenceMs())
                                             : m_presence->updatedAt.toLocalTime();
        gone.detail = tr("No engine has reported since %1.").arg(since.toString(u"HH:mm"_s));
        return gone;
    }
    return EngineStatus::fromJson(m_presence->status);
}

void TeamConsoleControl::setStaleAfter(int ms)
{
    m_staleAfterMs = ms;
    if (m_staleCheck.isActive())
        scheduleStaleCheck();
}

void TeamConsoleControl::readPresence()
{
    EnginePresenceStore store(database());
    m_presence = store.current();
    const QDateTime stamp = m_presence ? m_presence->updatedAt : QDateTime();
    if (!stamp.isValid()) {
        m_stampMoved = false;
    } else if (m_lastStamp.isValid() && stamp != m_lastStamp) {
        m_stampMoved = true;
        m_sinceStampMoved.start();
    }
    m_lastStamp = stamp;
    if (!store.lastError().isEmpty())
        qCWarning(lcConsole).noquote() << "cannot read the engine's presence:" << store.lastError();
    scheduleStaleCheck();
    Q_EMIT statusChanged(status());
}

void TeamConsoleControl::scheduleStaleCheck()
{
    // The relay's heartbeat writes the row without a notification, so the row is read again
    // when it would turn stale, not on every beat; a silent engine is looked for again at
    // the same pace, in case it comes back without announcing itself.
    qint64 wait = m_staleAfterMs;
    if (engineAlive())
        wait = std::max<qint64>(m_staleAfterMs - silenceMs(), 0) + 250;
    m_staleCheck.start(int(wait));
}

void TeamConsoleControl::onNotification(const QString &payload)
{
    if (payload == TeamEvents::Status)
        readPresence();
    else if (payload == TeamEvents::Failures)
        Q_EMIT failuresChanged();
    else if (payload == TeamEvents::Usage)
        Q_EMIT usageRecorded();
    else if (payload == TeamEvents::RunFinished)
        Q_EMIT runFinished();
    else if (payload == TeamEvents::Describes)
        Q_EMIT describesRefreshed();
    else if (payload == TeamEvents::UsageLogs)
        Q_EMIT usageLogsRead();
    else if (payload == TeamEvents::Configuration)
        Q_EMIT configurationChanged();
    else if (payload == TeamEvents::Alerts)
        Q_EMIT alertsChanged();
    else if (payload.startsWith(u"command:"_s))
        reportCommand(payload.mid(8).toLongLong());
}

void TeamConsoleControl::reportCommand(qint64 commandId)
{
    const std::optional<TeamCommand> command = TeamCommandStore(database()).byId(commandId);
    if (!command || !isFinished(command->state))
        return;
    Q_EMIT commandFinished(*command);
    if (command->kind == TeamCommand::Kind::Retry &&
        command->state == TeamCommand::State::Refused) {
        QList<qint64> ids;
        for (const QJsonValue &id : command->argument.value(u"failureIds"_s).toArray())
            ids.append(id.toInteger());
        Q_EMIT retryRefused(ids, status().nextCheckAt);
    }
}

void TeamConsoleControl::issue(TeamCommand::Kind kind, const QJsonObject &argument,
                               const QString &action)
{
    const QSqlDatabase db = database();
    TeamCommandStore commands(db);
    const std::optional<qint64> id =
        commands.issue(kind, argument, whoAsks(), QDateTime::currentDateTimeUtc());
    if (!id) {
        QString message = RoleRefusal::message(db, commands.lastError(), action);
        if (message.isEmpty())
            message =
                tr("The engine could not be asked to %1: %2").arg(action, commands.lastError());
        Q_EMIT actionRefused(message);
        return;
    }
    QString error;
    if (!TeamEvents::notify(db, TeamEvents::CommandsChannel, QString::number(*id), &error))
        // The engine's slow look at the queue still finds the command.
        qCWarning(lcConsole).noquote() << "cannot notify the engine of command" << *id << error;
    Q_EMIT commandIssued(*id, kind);
}

void TeamConsoleControl::syncNow()
{
    issue(TeamCommand::Kind::SyncNow, {}, tr("start a sync"));
}

void TeamConsoleControl::setPaused(bool paused)
{
    issue(paused ? TeamCommand::Kind::Pause : TeamCommand::Kind::Resume, {},
          paused ? tr("pause the engine") : tr("resume the engine"));
}

void TeamConsoleControl::retryFailures(const QList<qint64> &failureIds)
{
    issue(TeamCommand::Kind::Retry, failureArgument(failureIds), tr("retry sync failures"));
}

void TeamConsoleControl::dismissFailures(const QList<qint64> &failureIds)
{
    issue(TeamCommand::Kind::Dismiss, failureArgument(failureIds), tr("dismiss sync failures"));
}

void TeamConsoleControl::reloadConfiguration()
{
    QString error;
    if (!TeamEvents::notify(database(), TeamEvents::EventsChannel,
                            QString(TeamEvents::Configuration), &error))
        qCWarning(lcConsole).noquote() << "cannot tell the other consoles:" << error;
    issue(TeamCommand::Kind::ReloadConfiguration, {}, tr("read the configuration again"));
}

void TeamConsoleControl::refreshUsage()
{
    issue(TeamCommand::Kind::RefreshUsage, {}, tr("read the org's usage"));
}

void TeamConsoleControl::cancelBulkJobs()
{
    issue(TeamCommand::Kind::CancelBulk, {}, tr("cancel the Bulk API job"));
}

} // namespace syncdesk
