#pragma once

#include <QString>

namespace syncdesk {

// Why the store could not be opened or written. The message names the file and, for a
// version mismatch, both versions, so it can be shown to the admin as it is.
struct StoreError
{
    enum class Kind
    {
        CannotOpen,
        Corrupt,
        TooNew,
        MigrationFailed,
        Query,
    };

    Kind kind = Kind::Query;
    QString message;
};

} // namespace syncdesk
