#include "sync/service_switches.h"

#include "store/settings_store.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

ServiceSwitches ServiceSwitches::fromStore(QSqlDatabase db)
{
    ServiceSwitches switches;
    const QString stored = SettingsStore(db).value(SettingKeys::ServicesOff);
    // A name this version does not know (from a newer one, or typed by hand) is ignored:
    // an unknown switch must not stop a known service.
    for (const QString &name : stored.split(u',', Qt::SkipEmptyParts)) {
        if (const std::optional<SyncService> service = syncServiceFromName(name.trimmed()))
            switches.set(*service, false);
    }
    return switches;
}

bool ServiceSwitches::save(QSqlDatabase db, SyncService service, bool on, QString *error)
{
    ServiceSwitches switches = fromStore(db);
    switches.set(service, on);
    QStringList names;
    // In declaration order, so the stored text does not depend on hashing.
    for (SyncService each : allSyncServices) {
        if (!switches.isOn(each))
            names.append(syncServiceName(each));
    }
    SettingsStore settings(db);
    const bool saved = names.isEmpty()
                           ? settings.reset(SettingKeys::ServicesOff)
                           : settings.setValue(SettingKeys::ServicesOff, names.join(u','));
    if (!saved && error)
        *error = settings.lastError();
    return saved;
}

void ServiceSwitches::set(SyncService service, bool on)
{
    m_off[std::size_t(service)] = !on;
}

QSet<QString> ServiceSwitches::inboundObjectsOff() const
{
    QSet<QString> objects;
    for (SyncService service : allSyncServices) {
        if (const QString object = inboundCrmObject(service); !object.isEmpty() && !isOn(service))
            objects.insert(object);
    }
    return objects;
}

bool ServiceSwitches::anyInboundOn() const
{
    for (SyncService service : allSyncServices) {
        if (!inboundCrmObject(service).isEmpty() && isOn(service))
            return true;
    }
    return false;
}

bool ServiceSwitches::holdsRetryOf(const SyncFailure &failure) const
{
    return failure.itemKind == SyncFailure::ItemKind::Activity
               ? !isOn(SyncService::ActivityLogging)
               : !isOn(SyncService::UpdatesToSalesforce);
}

QList<SyncService> ServiceSwitches::switchedOnSince(const ServiceSwitches &before) const
{
    QList<SyncService> switchedOn;
    for (SyncService service : allSyncServices) {
        if (isOn(service) && !before.isOn(service))
            switchedOn.append(service);
    }
    return switchedOn;
}

} // namespace syncdesk
