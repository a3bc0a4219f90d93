#pragma once

#include "server/sandbox_config.h"

#include <QCommandLineParser>

namespace syncdesk::sandbox {

// The sandbox's command line: every option of SandboxConfig, with --help.
class CommandLine
{
public:
    CommandLine();

    // Parses arguments[0..] (program name first). On failure returns false with
    // a message for the user; --help and --version are left to the caller.
    bool parse(const QStringList &arguments, SandboxConfig *config, QString *error);
    bool exitWithStdin() const { return m_parser.isSet(QStringLiteral("exit-with-stdin")); }
    QString helpText() const { return m_parser.helpText(); }
    QCommandLineParser &parser() { return m_parser; }

private:
    QCommandLineParser m_parser;
};

} // namespace syncdesk::sandbox
