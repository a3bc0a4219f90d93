#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace syncdesk {

// One org SyncDesk connects to. Deliberately no token, secret or password: those are
// in the OS keychain, looked up by id.
struct OrgConnection
{
    qint64 id = 0; // 0 until saved
    QString label;
    QUrl instanceUrl;
    QString loginHost;
    QString orgId;
    QString username;
    QString apiVersion;
    QString clientId;
    bool active = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class ConnectionStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Inserts when connection.id is 0, else updates; returns the id.
    std::optional<qint64> save(const OrgConnection &connection);
    std::optional<OrgConnection> find(qint64 id) const;
    QList<OrgConnection> all() const;
    std::optional<OrgConnection> active() const;
    // Makes id the one active connection, in one transaction.
    bool setActive(qint64 id);
    bool remove(qint64 id);
};

} // namespace syncdesk
