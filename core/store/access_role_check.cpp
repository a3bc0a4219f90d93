#include "store/access_role_check.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QString accessRoleName(AccessRole role)
{
    switch (role) {
    case AccessRole::Owner:
        return u"owner"_s;
    case AccessRole::Admin:
        return u"admin"_s;
    case AccessRole::Viewer:
        return u"viewer"_s;
    case AccessRole::None:
        break;
    }
    return u"none"_s;
}

QList<AccessRoleCheck::Write> AccessRoleCheck::adminWrites()
{
    QList<Write> writes;
    const auto add = [&writes](const QString &table, const QStringList &privileges) {
        for (const QString &privilege : privileges)
            writes.append(Write{table, privilege});
    };
    add(u"settings"_s, {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s});
    add(u"field_mappings"_s, {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s});
    add(u"sync_failures"_s, {u"UPDATE"_s, u"DELETE"_s});
    add(u"outbox"_s, {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s});
    add(u"records"_s, {u"INSERT"_s, u"UPDATE"_s});
    add(u"activities"_s, {u"INSERT"_s, u"UPDATE"_s});
    add(u"commands"_s, {u"INSERT"_s});
    return writes;
}

std::optional<bool> AccessRoleCheck::ask(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toBool();
}

std::optional<AccessRole> AccessRoleCheck::current() const
{
    if (dialect().isSqlite())
        return AccessRole::Owner;

    // The owner of the tables (a member of the role owning schema_version, or a superuser).
    const std::optional<bool> owner =
        ask(u"SELECT COALESCE(pg_has_role(c.relowner, 'USAGE'), false) "
            "FROM (SELECT to_regclass('schema_version') AS oid) AS t "
            "LEFT JOIN pg_class c ON c.oid = t.oid"_s);
    if (!owner || *owner)
        return owner ? std::optional(AccessRole::Owner) : std::nullopt;

    // Reads every table of the store's schema.
    const std::optional<bool> reads =
        ask(u"SELECT COUNT(*) > 0 AND bool_and(has_table_privilege(c.oid, 'SELECT')) "
            "FROM pg_class c WHERE c.relkind IN ('r', 'p') AND "
            "c.relnamespace = to_regnamespace(current_schema())"_s);
    if (!reads || !*reads)
        return reads ? std::optional(AccessRole::None) : std::nullopt;

    // Each admin write on the tables this schema has, and the CSV import's move of the
    // records' id sequence. (has_table_privilege with a list answers whether any is held,
    // hence one right per row.)
    QStringList rows;
    QVariantList values;
    for (const Write &write : adminWrites()) {
        rows.append(u"(CAST(? AS TEXT), CAST(? AS TEXT))"_s);
        values << write.table << write.privilege;
    }
    const std::optional<bool> admin =
        ask(u"SELECT COALESCE(bool_and(has_table_privilege(w.name, w.privilege)), true) "
            "AND COALESCE(has_sequence_privilege(pg_get_serial_sequence('records', 'id'), "
            "'UPDATE'), true) FROM (VALUES "_s +
                rows.join(u", "_s) +
                u") AS w (name, privilege) WHERE to_regclass(w.name) IS NOT NULL"_s,
            values);
    if (!admin)
        return std::nullopt;
    return *admin ? AccessRole::Admin : AccessRole::Viewer;
}

} // namespace syncdesk
