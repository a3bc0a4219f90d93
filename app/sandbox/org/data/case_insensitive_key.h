#pragma once

#include <QString>
#include <QStringView>

namespace syncdesk::sandbox {

// A hash key for text that QString::compare(..., Qt::CaseInsensitive) treats
// as equal: two strings that compare equal that way always get the same key.
// The reverse need not hold (a key is coarser around surrogates), so a lookup
// by key finds candidates that the caller still compares.
QString caseInsensitiveKey(QStringView text);

} // namespace syncdesk::sandbox
