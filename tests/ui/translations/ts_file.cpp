#include "ts_file.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui::test {

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    message.translations.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = u"not a .ts file"_s;
        return ts;
    }
    ts.language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:L?n|[1-9][0-9]?)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString withoutDoubled = text;
    withoutDoubled.remove(u"&&"_s);
    static const QRegularExpression accelerator(u"&[^\\s&]"_s);
    return withoutDoubled.contains(accelerator);
}

} // namespace syncdesk::ui::test
