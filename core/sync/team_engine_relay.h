#pragma once

#include "store/team_channel_listener.h"
#include "store/team_command_store.h"
#include "sync/sync_control.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace syncdesk {

// Team mode's link between the elected engine and the consoles, on the thread of the
// process that holds the engine lease (the CLI's main thread).
//
// Outwards, it keeps `engine_presence` current: the engine's status on every statusChanged
// (coalesced, so a burst of statuses writes a few rows a second, not hundreds) and a
// heartbeat, so that a console tells a dead engine by an old updated_at; and it names each
// SyncControl signal on TeamEvents::EventsChannel, so consoles read again what changed.
//
// Inwards, it carries out the consoles' commands: it LISTENs on TeamEvents::CommandsChannel
// on a connection of its own that runs nothing else (libpq only reports a notification
// that arrives while the connection is idle), and also reads the queue at start and on a
// slow timer, for a notification sent while no engine listened. Each command is claimed
// (so an engine taking over never repeats it), handed to the SyncControl and finished with
// a sentence for the admin, then announced as "command:<id>".
class TeamEngineRelay : public QObject
{
    Q_OBJECT

public:
    // `databaseLocation`: the PostgreSQL URL the store was opened with (Database::open).
    TeamEngineRelay(QString databaseLocation, SyncControl *control, QObject *parent = nullptr);
    // Withdraws the presence (see stop()).
    ~TeamEngineRelay() override;

    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }
    void setQueueCheckInterval(int ms) { m_queueCheck.setInterval(ms); }
    void setStatusCoalescing(int ms) { m_statusWrite.setInterval(ms); }

    // Announces the engine, starts listening and carries out what is already queued. False,
    // with the server's words in `error`, when the store could not be reached.
    bool start(QString *error = nullptr);
    // A clean stop: no more commands taken; the presence row goes (when it is still ours).
    void stop();

    // Tells the consoles that `name` (a TeamEvents name) changed, for events that do not come
    // from the SyncControl (an alert sent by the engine's process, say).
    void notifyEvent(const QString &name);

    QString host() const { return m_host; }
    qint64 pid() const { return m_pid; }

Q_SIGNALS:
    // A console's reload_configuration was carried out: what else the process reads from the
    // settings (the alert thresholds) should be read again too.
    void configurationReloaded();
    void commandFinished(qint64 commandId, syncdesk::TeamCommand::State state,
                         const QString &result);

private:
    QSqlDatabase database() const;
    void announce();
    void carryOutQueue();

    QString m_location;
    QPointer<SyncControl> m_control;
    TeamChannelListener m_commands;
    QString m_host;
    qint64 m_pid = 0;
    QDateTime m_startedAt;
    QTimer m_statusWrite;
    QTimer m_heartbeat;
    QTimer m_queueCheck;
    QTimer m_queueNow;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace syncdesk
