#pragma once

#include "app_paths.h"

#include <QString>

namespace syncdesk::ui {

// The team database this workstation joined in the first-run dialog, so that the next start
// opens it again without --database: one line in the data folder (so --data-dir keeps
// profiles apart), the URL only; the password is in the keychain.
namespace TeamDatabaseChoice {

// Empty when none was chosen.
QString saved(const AppPaths &paths);
bool save(const AppPaths &paths, const QString &url, QString *error = nullptr);

} // namespace TeamDatabaseChoice

} // namespace syncdesk::ui
