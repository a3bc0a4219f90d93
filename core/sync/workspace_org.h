#pragma once

#include "store/table_access.h"

#include <QString>

namespace syncdesk {

// The org a workspace's sync state belongs to.
//
// CRM links, watermarks, the agreed base values, failures and cached describes all name
// one org's records. Syncing them with another org (a sandbox refreshed into a new org, a
// second org signed in to from the same data folder) would send edits to ids that do not
// exist there, or read its records as changes to unrelated ones. So the workspace is bound
// to the first org it syncs with, and a different org is refused until the admin chooses:
// another data folder for it, or switchTo(), which starts this workspace over with it.
class WorkspaceOrg : public TableAccess
{
public:
    using TableAccess::TableAccess;

    enum class Match
    {
        Unbound, // nothing synced yet
        Same,
        Other,
    };

    QString boundOrgId() const;
    Match match(const QString &orgId) const;
    // Binds an unbound workspace to orgId; true when it is (now) bound to it.
    bool bindIfUnbound(const QString &orgId);
    // Starts the workspace over with orgId, in one transaction: every CRM link, watermark,
    // agreed value, failure and cached describe of the old org is forgotten. Local records,
    // their waiting changes and the activities stay; the new org's records are read as new.
    bool switchTo(const QString &orgId);

    // What the admin is told when a different org is connected.
    static QString mismatchMessage(const QString &boundOrgId, const QString &connectedOrgId);
};

} // namespace syncdesk
