#pragma once

#include <QString>

namespace syncdesk::sandbox::salesforce_id {

// An 18-character id: key prefix (3), the sandbox's instance code "5g" and a
// reserved "0" (3), the serial in base 62 (9), then the case checksum (3).
QString make(QStringView keyPrefix, quint64 serial);

// The serial make() encoded in an id it made; 0 for other ids.
quint64 serialOf(QStringView id);

// The 18-character form of a 15- or 18-character id; empty when the input is
// not an id (wrong length, characters outside [0-9A-Za-z], or a checksum that
// does not match the first 15 characters).
QString toEighteen(QStringView id);

// The three checksum characters of a 15-character id.
QString checksum(QStringView id15);

} // namespace syncdesk::sandbox::salesforce_id
