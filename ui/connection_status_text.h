#pragma once

#include "sandbox/sandbox_org_connector.h"

#include <QString>

namespace syncdesk::ui {

// The status bar's sentence for a connection state.
// `orgLabel` names the org ("Sandbox org", or its host) once connected.
QString connectionStatusText(ConnectionState state, const QString &detail, const QString &orgLabel);

} // namespace syncdesk::ui
