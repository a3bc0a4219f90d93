#include "json_shape.h"

namespace syncdesk::sandbox::test {

using namespace Qt::Literals::StringLiterals;

QJsonDocument loadFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(SYNCDESK_TEST_DATA_DIR) + u"/salesforce/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return QJsonDocument::fromJson(file.readAll());
}

QStringList shapeDifferences(const QJsonValue &fixture, const QJsonValue &ours, const QString &path)
{
    if (fixture.isNull())
        return {};
    if (fixture.type() != ours.type())
        return {path + u": expected JSON type "_s + QString::number(fixture.type()) + u", got "_s +
                QString::number(ours.type())};
    QStringList differences;
    if (fixture.isObject()) {
        const QJsonObject expected = fixture.toObject();
        const QJsonObject actual = ours.toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!actual.contains(it.key()))
                differences.append(path + u'.' + it.key() + u": missing"_s);
            else
                differences +=
                    shapeDifferences(it.value(), actual.value(it.key()), path + u'.' + it.key());
        }
    } else if (fixture.isArray()) {
        const QJsonArray expected = fixture.toArray();
        const QJsonArray actual = ours.toArray();
        if (!expected.isEmpty() && !actual.isEmpty())
            differences += shapeDifferences(expected.first(), actual.first(), path + u"[0]"_s);
    }
    return differences;
}

} // namespace syncdesk::sandbox::test
