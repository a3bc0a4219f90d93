#pragma once

#include "store/failure_store.h"
#include "sync/sync_service.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace syncdesk {

// Which services are on, as the admin left them (SettingKeys::ServicesOff). The engine
// reads them at the start of every cycle, so a switch flipped by the window or by
// `syncdesk-cli services` in another process holds at the next cycle without a restart.
// A service that is off spends no call; its work stays queued, never a failure.
class ServiceSwitches
{
public:
    ServiceSwitches() = default; // every service on
    static ServiceSwitches fromStore(QSqlDatabase db);
    // Writes one switch; false (with the store's error in `error`) when it cannot.
    static bool save(QSqlDatabase db, SyncService service, bool on, QString *error = nullptr);

    bool isOn(SyncService service) const { return !m_off[std::size_t(service)]; }
    void set(SyncService service, bool on);
    bool operator==(const ServiceSwitches &other) const = default;

    // The sObjects the inbound poll and the deletion sweep leave out.
    QSet<QString> inboundObjectsOff() const;
    bool anyInboundOn() const;
    // A failed item's retry would call for a service that is off: it waits too.
    bool holdsRetryOf(const SyncFailure &failure) const;
    // Services on now that were off in `before`.
    QList<SyncService> switchedOnSince(const ServiceSwitches &before) const;

private:
    std::array<bool, allSyncServices.size()> m_off{}; // by SyncService's value
};

} // namespace syncdesk
