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

QString connectionStatusText(ConnectionState state, const QString &detail, const QString &orgLabel)
{
    switch (state) {
    case ConnectionState::Idle:
        return ConnectionStatus::tr("Not connected to an org.");
    case ConnectionState::StartingSandbox:
        return ConnectionStatus::tr("Starting sandbox org…");
    case ConnectionState::SigningIn:
        return ConnectionStatus::tr("Signing in…");
    case ConnectionState::Connected:
        if (orgLabel.isEmpty())
            return ConnectionStatus::tr("Connected to %1").arg(detail);
        return ConnectionStatus::tr("Connected to %1 at %2").arg(orgLabel, detail);
    case ConnectionState::Failed:
        return ConnectionStatus::tr("Not connected: %1").arg(detail);
    }
    return {};
}

} // namespace syncdesk::ui
