#include "sync/syncdesk_external_id.h"

#include "store/settings_store.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

SyncDeskExternalId::SyncDeskExternalId(QString installId)
    : m_installId(std::move(installId))
    , m_prefix(u"sd-"_s + m_installId + u'-')
{}

SyncDeskExternalId SyncDeskExternalId::of(const QSqlDatabase &db)
{
    SettingsStore settings(db);
    QString installId = settings.value(SettingKeys::InstallId);
    if (installId.isEmpty()) {
        // Schema 4 makes one; a row removed by hand is made again, once, and kept.
        installId =
            QString::number(QRandomGenerator::system()->generate64() & 0xffffffffffffULL, 16);
        settings.setValue(SettingKeys::InstallId, installId);
    }
    return SyncDeskExternalId(installId);
}

QString SyncDeskExternalId::forRecord(qint64 recordId) const
{
    return m_prefix + QString::number(recordId);
}

std::optional<qint64> SyncDeskExternalId::recordIdOf(const QString &externalId) const
{
    if (!externalId.startsWith(m_prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 recordId = externalId.mid(m_prefix.size()).toLongLong(&ok);
    return ok && recordId > 0 ? std::optional<qint64>(recordId) : std::nullopt;
}

} // namespace syncdesk
