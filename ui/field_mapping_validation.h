#pragma once

#include "field_mapping_catalog.h"
#include "store/field_mapping_store.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk::ui {

// Why `direction` cannot be chosen for this mapping (a field Salesforce will not let
// SyncDesk write, activities from Salesforce); empty when it can.
QString directionRefusal(const FieldMapping &mapping, SyncDirection direction,
                         const FieldMappingCatalog &catalog);

// Every reason the configuration cannot be saved, in words for the admin; empty when it
// can. Fields missing from the cache are not refused: the cache may simply be old.
QStringList configurationProblems(const QList<FieldMapping> &mappings,
                                  const FieldMappingCatalog &catalog);

} // namespace syncdesk::ui
