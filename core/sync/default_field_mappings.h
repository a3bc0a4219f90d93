#pragma once

#include "store/field_mapping_store.h"

#include <QList>
#include <QSqlDatabase>

namespace syncdesk {

// The field configuration a new workspace starts with. Local field names are the CSV
// import's column names (sync/csv_import.cpp), so imported people and accounts sync
// without further setup: people with Contacts and Leads, accounts with Accounts, all
// both ways; opportunities are read from Salesforce only (the workspace does not own
// the pipeline).
QList<FieldMapping> defaultFieldMappings();

// Seeds the defaults when the configuration is empty; an admin's configuration, even a
// reduced one, is left alone. Returns false when the store could not be written.
bool ensureDefaultFieldMappings(QSqlDatabase db);

} // namespace syncdesk
