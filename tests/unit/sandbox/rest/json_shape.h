#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace syncdesk::sandbox::test {

// A fixture from tests/data/salesforce/, parsed.
QJsonDocument loadFixture(const QString &relativePath);

// Where `ours` differs in shape from what Salesforce sent in `fixture`: every
// key the fixture has must be there with the same JSON type (a null in the
// fixture matches any type); arrays are compared by their first elements.
// Empty when the shapes agree.
QStringList shapeDifferences(const QJsonValue &fixture, const QJsonValue &ours,
                             const QString &path = QStringLiteral("$"));

} // namespace syncdesk::sandbox::test
