#pragma once

#include "sandbox/sandbox_org_connector.h"

#include <QString>

namespace syncdesk::ui {

// The status bar's sentence for a connection state.
QString connectionStatusText(ConnectionState state, const QString &detail);

} // namespace syncdesk::ui
