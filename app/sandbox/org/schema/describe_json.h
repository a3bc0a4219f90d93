#pragma once

#include "schema/object_description.h"

#include <QJsonObject>

namespace syncdesk::sandbox {

// GET /services/data/vNN.N/sobjects/: {"encoding","maxBatchSize","sobjects":[...]}.
// apiVersion is "62.0" or "v62.0"; it goes into each object's urls.
QJsonObject describeGlobal(const OrgSchema &schema, QStringView apiVersion = u"62.0");

// GET /services/data/vNN.N/sobjects/{T}/describe/, with every key Salesforce sends
// at object and field level. With a schema, childRelationships lists the fields of
// other objects that reference this one; without, it is empty.
QJsonObject describeObject(const ObjectDescription &object, QStringView apiVersion,
                           const OrgSchema *schema = nullptr);

// One entry of describe's "fields" array.
QJsonObject describeField(const ObjectDescription &object, const FieldDescription &field);

} // namespace syncdesk::sandbox
