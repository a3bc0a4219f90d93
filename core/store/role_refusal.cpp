#include "store/role_refusal.h"

#include "store/access_role_check.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::RoleRefusal {

bool isRefusal(const QString &storeError)
{
    // QPSQL's error text carries the server's message, not its SQLSTATE; the server speaks
    // English unless lc_messages says otherwise, hence both.
    return storeError.contains(u"permission denied"_s, Qt::CaseInsensitive) ||
           storeError.contains(u"42501"_s);
}

QString message(const QSqlDatabase &db, const QString &storeError, const QString &action)
{
    if (!isRefusal(storeError))
        return QString();
    const std::optional<AccessRole> role = AccessRoleCheck(db).current();
    const QString roleName = accessRoleName(role.value_or(AccessRole::Viewer));
    return QCoreApplication::translate("RoleRefusal", "Your database role (%1) may not %2.")
        .arg(roleName, action);
}

} // namespace syncdesk::RoleRefusal
