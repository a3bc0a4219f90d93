#pragma once

#include "schema/object_description.h"

namespace syncdesk::sandbox {

// EventLogFile, the object Salesforce lists its event log files in. It is
// read-only and fed by the org's event log, not by the record store, so it is
// not part of OrgSchema::standard(): describe and the record store never see
// it, and only the query resource adds it to the schema it parses against.
ObjectDescription eventLogFileObject();

// `base` with EventLogFile added; built once per base schema.
const OrgSchema &withEventLogFile(const OrgSchema &base);

} // namespace syncdesk::sandbox
