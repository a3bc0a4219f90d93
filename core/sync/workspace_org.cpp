#include "sync/workspace_org.h"

#include "store/settings_store.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QString WorkspaceOrg::boundOrgId() const
{
    return SettingsStore(m_db).value(SettingKeys::SyncOrgId);
}

WorkspaceOrg::Match WorkspaceOrg::match(const QString &orgId) const
{
    const QString bound = boundOrgId();
    if (bound.isEmpty())
        return Match::Unbound;
    return bound == orgId ? Match::Same : Match::Other;
}

bool WorkspaceOrg::bindIfUnbound(const QString &orgId)
{
    switch (match(orgId)) {
    case Match::Same:
        return true;
    case Match::Other:
        return false;
    case Match::Unbound:
        break;
    }
    SettingsStore settings(m_db);
    if (settings.setValue(SettingKeys::SyncOrgId, orgId))
        return true;
    takeErrorFrom(settings);
    return false;
}

bool WorkspaceOrg::switchTo(const QString &orgId)
{
    return inTransaction([&] {
        const QStringList forget{
            u"UPDATE records SET crm_id = NULL, crm_object = CASE WHEN crm_object = 'Lead' "
            "THEN 'Lead' ELSE NULL END, crm_base_json = NULL, crm_sent_json = NULL, "
            "crm_modstamp = NULL, "
            "crm_deleted_at = NULL, sync_state = CASE WHEN EXISTS (SELECT 1 FROM outbox WHERE "
            "outbox.record_id = records.id) THEN 'pending' ELSE 'local_only' END"_s,
            u"UPDATE outbox SET batch_id = NULL, failure_id = NULL"_s,
            u"UPDATE activities SET batch_id = NULL, failure_id = NULL, sync_state = 'pending' "
            "WHERE sync_state = 'failed'"_s,
            u"DELETE FROM sync_failures"_s,
            u"DELETE FROM sync_watermarks"_s,
            u"DELETE FROM describe_cache"_s,
        };
        for (const QString &sql : forget) {
            if (!run(sql))
                return false;
        }
        SettingsStore settings(m_db);
        if (!settings.setValue(SettingKeys::SyncOrgId, orgId)) {
            takeErrorFrom(settings);
            return false;
        }
        return true;
    });
}

QString WorkspaceOrg::mismatchMessage(const QString &boundOrgId, const QString &connectedOrgId)
{
    return QCoreApplication::translate(
               "WorkspaceOrg",
               "This workspace syncs with the org %1, and you connected the org %2. Its links, "
               "watermarks and failures belong to %1: use another data folder (--data-dir) for "
               "%2, or start this workspace over with %2 (syncdesk-cli connect --switch-org).")
        .arg(boundOrgId, connectedOrgId);
}

} // namespace syncdesk
