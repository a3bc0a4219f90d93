#pragma once

#include "store/team_command_store.h"
#include "sync/sync_control.h"

#include <QSqlDatabase>
#include <QString>

namespace syncdesk {

struct ConsoleCommandOutcome
{
    TeamCommand::State state = TeamCommand::State::Done;
    QString result; // a sentence for the admin, shown on every console
    bool configurationReloaded = false;
};

// What the elected engine does with one console command (TeamEngineRelay claims it first and
// records the outcome): the SyncControl call, and the answer the consoles show. Everything the
// engine would refuse is refused here, at once, by the engine's own rules (a Bulk cancel with
// no job running; a retry of no_api_credits failures while the org has no calls left, saying
// when the engine asks again), so the answer never waits for the engine's thread. `db` is the
// caller's connection to the store, read for the failures a retry names.
ConsoleCommandOutcome carryOutConsoleCommand(SyncControl &control, QSqlDatabase db,
                                             const TeamCommand &command);

} // namespace syncdesk
