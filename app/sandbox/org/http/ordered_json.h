#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace syncdesk::sandbox {

// Compact JSON with Salesforce's key order. QJsonObject sorts its keys, but
// Salesforce writes "attributes" first and a record's fields in SELECT (or
// schema) order; clients that show raw answers, and people reading them,
// expect that. In every object: "attributes" first, then the keys named in
// `preferredOrder` in that order, then any others alphabetically.
QByteArray toOrderedJson(const QJsonValue &value, const QStringList &preferredOrder = {});

} // namespace syncdesk::sandbox
