#pragma once

#include <QSqlDatabase>
#include <QString>

namespace syncdesk {

// Team mode: a console's write that the database refused because the user's role lacks the
// right (packaging/team-mode-roles.sql: a viewer), told as such rather than as the server's
// raw "permission denied for table settings".
namespace RoleRefusal {

// Whether `storeError` (TableAccess::lastError()) is PostgreSQL's insufficient_privilege.
bool isRefusal(const QString &storeError);

// "Your database role (viewer) may not <action>." when `storeError` is a refusal (the role
// asked of `db`); empty otherwise. `action` is a translated verb phrase ("retry failures").
QString message(const QSqlDatabase &db, const QString &storeError, const QString &action);

} // namespace RoleRefusal

} // namespace syncdesk
