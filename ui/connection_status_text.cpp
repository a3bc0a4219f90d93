#include "connection_status_text.h"

#include <QCoreApplication>

namespace syncdesk::ui {

QString connectionStatusText(ConnectionState state, const QString &detail)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("syncdesk::ui::ConnectionStatus", text);
    };
    switch (state) {
    case ConnectionState::Idle:
        return tr("Not connected. Start SyncDesk with --sandbox to use a private sandbox org.");
    case ConnectionState::StartingSandbox:
        return tr("Starting sandbox org…");
    case ConnectionState::SigningIn:
        return tr("Signing in…");
    case ConnectionState::Connected:
        return tr("Connected to Sandbox org at %1").arg(detail);
    case ConnectionState::Failed:
        return tr("Not connected: %1").arg(detail);
    }
    return {};
}

} // namespace syncdesk::ui
