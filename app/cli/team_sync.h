#pragma once

#include "cli_context.h"
#include "store/connection_store.h"
#include "sync/sync_engine.h"

namespace syncdesk::cli {

// `syncdesk-cli --database postgresql://… sync`: team mode's engine. Of all the engines
// started for the org, the one holding the engine lease syncs, carries out the consoles'
// commands and sends the threshold alerts; the others stand by and take over when it goes.
// With runOnce, a lease held elsewhere ends the command (ExitNoData) unless `wait`.
int runTeamSync(CliContext &context, const SyncEngineOptions &options, const OrgConnection &org,
                bool runOnce, bool wait);

} // namespace syncdesk::cli
