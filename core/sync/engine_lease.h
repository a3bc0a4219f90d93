#pragma once

#include "store/database_url.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

namespace syncdesk {

// Team mode's election: of all the engines started for one org (on one host or several),
// only the one holding this lease syncs. The lease is a PostgreSQL session-level advisory
// lock (pg_try_advisory_lock) on a key derived from the org id, held on a connection of its
// own that does nothing else. PostgreSQL releases it when that session ends however it ends
// (process killed, host gone, pg_terminate_backend), and a standby, trying again every
// retry interval, takes it over.
//
// The holder checks its session every check interval; when a check fails it emits lost()
// and must stop syncing at once (it then goes back to standby). Both sides bound how long a
// dead peer goes unnoticed: the client gives up on unacknowledged data after 4 s
// (tcp_user_timeout), so a holder cut off from the server notices within about 5 s, while
// the server keeps a silent session for 10-11 s (keepalives, tcp_user_timeout, set per
// session) before it releases the lock, so a standby cannot take over before a cut-off
// holder has stopped.
//
// Blocking SQL: the lease lives on the engine's thread (or its own), never the GUI's.
// Connect directly to PostgreSQL, not through a transaction-pooling pgbouncer, which would
// not keep the session.
class EngineLease : public QObject
{
    Q_OBJECT

public:
    EngineLease(DatabaseUrl url, QByteArray password, QString orgId, QObject *parent = nullptr);
    ~EngineLease() override;

    // The advisory lock key of an org: 64 bits of SHA-256 over its id's first 15 characters
    // (the 15- and 18-character forms of one org id give the same key).
    static qint64 lockKey(const QString &orgId);

    void setRetryInterval(int ms) { m_retryIntervalMs = ms; }
    void setCheckInterval(int ms) { m_checkIntervalMs = ms; }

    // Starts trying for the lease (the first attempt runs from the event loop).
    void start();
    // Gives the lease up (pg_advisory_unlock) and stops trying.
    void stop();

    bool isHeld() const { return m_held; }
    // The server process of the lease's session (pg_backend_pid()), 0 without one.
    qint64 backendPid() const { return m_backendPid; }

Q_SIGNALS:
    void acquired();
    // The lease is gone (its session or connection failed): stop syncing now.
    void lost(const QString &why);
    // Not held: `why` names the holder (its application_name: host and process) or the
    // reason the server could not be asked. Emitted when that changes, not at every try.
    void standby(const QString &why);

private:
    void attempt();
    void check();
    bool ensureConnection(QString *problem);
    QString holderDescription();
    void dropConnection();
    void goStandby(const QString &why);

    DatabaseUrl m_url;
    QByteArray m_password;
    qint64 m_key = 0;
    QString m_connectionName;
    QTimer m_timer;
    int m_retryIntervalMs = 1000;
    int m_checkIntervalMs = 1000;
    bool m_running = false;
    bool m_held = false;
    qint64 m_backendPid = 0;
    QString m_lastStandby;
};

} // namespace syncdesk
