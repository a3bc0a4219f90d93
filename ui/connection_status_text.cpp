#include "connection_status_text.h"

#include <QCoreApplication>

namespace syncdesk::ui {

namespace {

// A context lupdate can see: a local tr() lambda would file the strings under the namespace.
struct ConnectionStatus
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatus)
};

} // namespace

QString connectionStatusText(ConnectionState state, const QString &detail)
{
    switch (state) {
    case ConnectionState::Idle:
        return ConnectionStatus::tr("Not connected to an org.");
    case ConnectionState::StartingSandbox:
        return ConnectionStatus::tr("Starting sandbox org…");
    case ConnectionState::SigningIn:
        return ConnectionStatus::tr("Signing in…");
    case ConnectionState::Connected:
        return ConnectionStatus::tr("Connected to Sandbox org at %1").arg(detail);
    case ConnectionState::Failed:
        return ConnectionStatus::tr("Not connected: %1").arg(detail);
    }
    return {};
}

} // namespace syncdesk::ui
