#pragma once

#include <QLatin1StringView>
#include <QObject>
#include <QString>

namespace syncdesk {

// Listens on one of team mode's NOTIFY channels (TeamEvents) on a PostgreSQL connection of its
// own: libpq reports a notification only while its connection is idle, so never on the one
// the queries run on. Notifications arrive through the event loop; nothing here waits.
//
// A connection the server dropped (a restart, a failover, an idle timeout) says nothing: it
// only stops delivering. So the owner calls reconnectIfDropped() at its own pace (a heartbeat),
// which asks the connection and opens it again when it does not answer.
class TeamChannelListener : public QObject
{
    Q_OBJECT

public:
    // `location`: the PostgreSQL URL the store was opened with (its password remembered).
    TeamChannelListener(QString location, QLatin1StringView channel, QObject *parent = nullptr);
    ~TeamChannelListener() override;

    // False, with the reason in `error`, when the connection or the LISTEN failed.
    bool listen(QString *error = nullptr);
    // True when the connection had been dropped and listens again: whatever was announced
    // meanwhile was missed, and the owner reads its state afresh.
    bool reconnectIfDropped(QString *error = nullptr);
    void stop();
    bool isListening() const;

Q_SIGNALS:
    void notified(const QString &payload);

private:
    QString m_location;
    QString m_channel;
    QString m_connectionName;
};

} // namespace syncdesk
