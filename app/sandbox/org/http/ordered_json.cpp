#include "http/ordered_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// A scalar as QJsonDocument writes it: through a one-element array, whose
// brackets are then dropped.
QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void write(const QJsonValue &value, const QStringList &order, QByteArray &out)
{
    if (value.isArray()) {
        out += '[';
        bool first = true;
        for (const QJsonValue &element : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            write(element, order, out);
        }
        out += ']';
        return;
    }
    if (!value.isObject()) {
        out += scalarJson(value);
        return;
    }
    const QJsonObject object = value.toObject();
    QStringList keys;
    keys.reserve(object.size());
    if (object.contains(u"attributes"_s))
        keys.append(u"attributes"_s);
    for (const QString &key : order)
        if (object.contains(key) && !keys.contains(key))
            keys.append(key);
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!keys.contains(it.key()))
            keys.append(it.key());

    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += ',';
        out += scalarJson(keys.at(i));
        out += ':';
        write(object.value(keys.at(i)), order, out);
    }
    out += '}';
}

} // namespace

QByteArray toOrderedJson(const QJsonValue &value, const QStringList &preferredOrder)
{
    QByteArray out;
    write(value, preferredOrder, out);
    return out;
}

} // namespace syncdesk::sandbox
