#pragma once

#include "data/record_store.h"

#include <QDateTime>

namespace syncdesk::sandbox {

// How many records of each object seedOrg creates.
struct SeedCounts
{
    int users = 5;
    int accounts = 1500;
    int contacts = 3000;
    int leads = 2500;
    int opportunities = 1200;
    int tasks = 0;
};

// Fills the store with a plausible sales org: users who own everything, accounts
// with contacts and opportunities, and leads, created and modified over the ~90
// days before `now`. The same seed, counts and time give the same records, ids
// included, in any process on any platform; records are added to what the store
// already holds.
void seedOrg(RecordStore &store, quint32 seed, const SeedCounts &counts, const QDateTime &now);

} // namespace syncdesk::sandbox
