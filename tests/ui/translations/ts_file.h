#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk::ui::test {

// One <message> of a Qt Linguist .ts file, as far as the tests look at it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation> type attribute: "", "unfinished", "vanished", ...
    bool numerus = false;
    QStringList translations; // one entry, or the numerus forms
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // set when the file could not be read or parsed
};

TsFile readTsFile(const QString &path);

// The %1…%99 and %n placeholders of a text, sorted and without repeats.
QStringList placeholders(const QString &text);

// Whether the text has a keyboard accelerator: an & not doubled as "&&".
bool hasAccelerator(const QString &text);

} // namespace syncdesk::ui::test
