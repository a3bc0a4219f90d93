#pragma once

#include "store/table_access.h"

#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// What the connected user may do with the store, as the database itself will enforce it
// (team mode's roles: packaging/team-mode-roles.sql).
enum class AccessRole
{
    Owner,  // owns the tables (runs the migrations, the engine): everything
    Admin,  // reads everything and may carry out every admin action of the console
    Viewer, // reads everything; some admin action would be refused
    None,   // cannot even read the store
};

// "owner", "admin", "viewer", "none".
QString accessRoleName(AccessRole role);

// Asks the database which AccessRole the connection's user holds, from the rights it has
// (pg_has_role on the tables' owner, has_table_privilege), not from role names, so it holds
// whatever the groups were called and however the user came by them. On SQLite the user of
// the file is its owner.
class AccessRoleCheck : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // nullopt when the server could not be asked (the reason in lastError()).
    std::optional<AccessRole> current() const;

    // One right an admin action needs: `privilege` (a single one: INSERT, UPDATE, DELETE) on
    // `table`.
    struct Write
    {
        QString table;
        QString privilege;
    };
    // Every right the console's admin actions need (the script's admin grants): the settings
    // (threshold, alerts, budget), field mappings, failures (retry, dismiss), the outbox and
    // records (edits, CSV import), activities, and commands once the schema has them.
    static QList<Write> adminWrites();

private:
    // The one boolean `sql` answers with `values` bound; nullopt when it failed.
    std::optional<bool> ask(const QString &sql, const QVariantList &values = {}) const;
};

} // namespace syncdesk
