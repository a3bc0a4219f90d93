#pragma once

#include "store/access_role_check.h"
#include "store/engine_presence_store.h"
#include "store/team_channel_listener.h"
#include "store/team_command_store.h"
#include "sync/sync_control.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <optional>

namespace syncdesk {

// A team-mode console's SyncControl (issue 15): the engine runs in another process, maybe
// on another host, elected by EngineLease, and this side only reads and asks.
//
// status() is the elected engine's row in `engine_presence`; an engine that has not written
// it for staleAfter() is reported as Stopped ("No engine has reported since 14:05"). The
// signals come from the engine's relay (TeamEngineRelay) and other consoles through
// LISTEN syncdesk_events, on a connection of this thread that runs nothing else, delivered
// by the event loop: nothing here waits for the server beyond one short statement.
//
// The admin actions become rows in `commands` plus NOTIFY syncdesk_commands; the engine
// carries them out and announces "command:<id>", and every console reports the result
// (commandFinished). The database decides who may ask: a viewer's insert is refused, and
// reported through actionRefused with a sentence that says so.
class TeamConsoleControl : public SyncControl
{
    Q_OBJECT

public:
    // `databaseLocation`: the PostgreSQL URL the store was opened with (Database::open) on
    // this thread; the password was remembered (PostgresDatabase::rememberPassword).
    explicit TeamConsoleControl(QString databaseLocation, QObject *parent = nullptr);
    ~TeamConsoleControl() override;

    // Reads the role and the engine's presence, then listens. False, with the server's
    // words in `error`, when the listening connection could not be opened.
    bool start(QString *error = nullptr);

    EngineStatus status() const override;
    // The elected engine's row as last read; nullopt when there is none.
    std::optional<EnginePresence> presence() const { return m_presence; }
    // Whether the engine's row is recent enough to trust (see staleAfter()).
    bool engineAlive() const;
    AccessRole role() const { return m_role; }
    // The store's URL as given (Database::open), for connections of other threads.
    QString location() const { return m_location; }
    // The server and database as the admin may see them (DatabaseUrl::displayString()).
    QString databaseDisplay() const;
    bool mayAct() const { return m_role == AccessRole::Owner || m_role == AccessRole::Admin; }

    // How long an engine may stay silent before it counts as gone: three of the relay's
    // 5-second heartbeats.
    void setStaleAfter(int ms);
    int staleAfter() const { return m_staleAfterMs; }

public Q_SLOTS:
    void syncNow() override;
    void setPaused(bool paused) override;
    void retryFailures(const QList<qint64> &failureIds) override;
    void dismissFailures(const QList<qint64> &failureIds) override;
    // A page saved settings or field mappings: every console reads them again (NOTIFY
    // "configuration") and the engine is asked to (a reload_configuration command).
    void reloadConfiguration() override;
    void refreshUsage() override;
    void cancelBulkJobs() override;

Q_SIGNALS:
    // Settings or field mappings changed in the store (this console or another).
    void configurationChanged();
    // The alert history changed: the engine sent or failed a threshold email.
    void alertsChanged();
    // This console's command is in the queue.
    void commandIssued(qint64 commandId, syncdesk::TeamCommand::Kind kind);
    // A command of any console was carried out (Done), declined (Refused) or failed.
    void commandFinished(const syncdesk::TeamCommand &command);
    // The command could not even be queued: the database refused (a viewer) or failed.
    void actionRefused(const QString &message);

private:
    QSqlDatabase database() const;
    void keepListening();
    void onNotification(const QString &payload);
    void readPresence();
    void scheduleStaleCheck();
    qint64 silenceMs() const;
    void issue(TeamCommand::Kind kind, const QJsonObject &argument, const QString &action);
    void reportCommand(qint64 commandId);

    QString m_location;
    TeamChannelListener m_events;
    AccessRole m_role = AccessRole::None;
    std::optional<EnginePresence> m_presence;
    QDateTime m_lastStamp;           // updated_at as last read
    bool m_stampMoved = false;       // seen to change since this console started
    QElapsedTimer m_sinceStampMoved; // since it last changed
    int m_staleAfterMs = 15'000;
    QTimer m_staleCheck;
};

} // namespace syncdesk
