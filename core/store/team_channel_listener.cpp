#include "store/team_channel_listener.h"

#include "store/database_url.h"
#include "store/postgres_database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString nextConnectionName(const QString &channel)
{
    static std::atomic<int> counter{0};
    return u"syncdesk-listen/%1/%2"_s.arg(channel).arg(++counter);
}

} // namespace

TeamChannelListener::TeamChannelListener(QString location, QLatin1StringView channel,
                                         QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_channel(channel)
    , m_connectionName(nextConnectionName(m_channel))
{}

TeamChannelListener::~TeamChannelListener()
{
    stop();
}

bool TeamChannelListener::isListening() const
{
    return QSqlDatabase::contains(m_connectionName);
}

bool TeamChannelListener::listen(QString *error)
{
    stop();
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_location, error);
    if (!url)
        return false;
    const DatabaseConnection connection =
        PostgresDatabase::connect(*url, PostgresDatabase::rememberedPassword(*url),
                                  m_connectionName, PostgresDatabase::DeadPeerOptions);
    if (!connection.ok()) {
        if (error)
            *error = connection.error->message;
        return false;
    }
    QSqlDriver *driver = connection.db.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                Q_EMIT notified(payload.toString());
            });
    if (!driver->subscribeToNotification(m_channel)) {
        if (error)
            *error = driver->lastError().text();
        PostgresDatabase::close(m_connectionName);
        return false;
    }
    return true;
}

bool TeamChannelListener::reconnectIfDropped(QString *error)
{
    if (isListening()) {
        QSqlQuery ping(QSqlDatabase::database(m_connectionName, false));
        if (ping.exec(u"SELECT 1"_s))
            return false;
    }
    return listen(error);
}

void TeamChannelListener::stop()
{
    if (!isListening())
        return;
    QSqlDatabase::database(m_connectionName, false)
        .driver()
        ->unsubscribeFromNotification(m_channel);
    PostgresDatabase::close(m_connectionName);
}

} // namespace syncdesk
