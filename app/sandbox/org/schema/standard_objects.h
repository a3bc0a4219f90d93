#pragma once

// The definitions behind OrgSchema::standard(), one per object.

#include "schema/object_description.h"

namespace syncdesk::sandbox::standard_objects {

ObjectDescription lead();
ObjectDescription contact();
ObjectDescription account();
ObjectDescription opportunity();
ObjectDescription task();
ObjectDescription user();

// Opportunity stages with the probability (percent) Salesforce assigns each.
QList<std::pair<QString, int>> opportunityStages();

} // namespace syncdesk::sandbox::standard_objects
