#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace syncdesk {

// The SyncDesk_Id__c value of a local record: "sd-<install id>-<record id>".
//
// The record id alone is not unique beyond one database: a second workstation, a
// reinstall or a fresh data folder against the same org counts from 1 again, and an
// upsert by such a key would land on another workspace's record. The install id is a
// random value made once per database (schema 4), so the key is the same on every resend
// from this workspace (a call lost to a crash and sent again updates what it created)
// and never the same as another workspace's.
class SyncDeskExternalId
{
public:
    explicit SyncDeskExternalId(QString installId);
    // The install id stored in the database `db`.
    static SyncDeskExternalId of(const QSqlDatabase &db);

    QString installId() const { return m_installId; }
    QString forRecord(qint64 recordId) const;
    // The local record id in a value this workspace wrote; nullopt for any other value,
    // another workspace's included.
    std::optional<qint64> recordIdOf(const QString &externalId) const;

private:
    QString m_installId;
    QString m_prefix;
};

} // namespace syncdesk
