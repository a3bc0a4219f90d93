#pragma once

#include <QByteArray>

namespace syncdesk::cli {

// One line from standard input, not echoed when it is a terminal: how the password commands
// take a secret without it landing in a shell history or a process list.
QByteArray readPasswordLine();

} // namespace syncdesk::cli
