#include "store/settings_store.h"

#include "store/store_time.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

std::optional<QString> SettingsStore::storedText(const QString &name) const
{
    QSqlQuery query = prepared(u"SELECT setting_value FROM settings WHERE setting_key = ?"_s);
    query.addBindValue(name);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool SettingsStore::storeText(const QString &name, const QString &text)
{
    QSqlQuery query = prepared(u"INSERT INTO settings (setting_key, setting_value, updated_at) "
                               "VALUES (?, ?, ?) ON CONFLICT (setting_key) DO UPDATE SET "
                               "setting_value = excluded.setting_value, "
                               "updated_at = excluded.updated_at"_s);
    query.addBindValue(name);
    query.addBindValue(text);
    query.addBindValue(store_time::toColumn(QDateTime::currentDateTimeUtc()));
    return run(query);
}

bool SettingsStore::removeText(const QString &name)
{
    QSqlQuery query = prepared(u"DELETE FROM settings WHERE setting_key = ?"_s);
    query.addBindValue(name);
    return run(query);
}

} // namespace syncdesk
