#include "http/ordered_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

TEST(OrderedJson, AttributesFirstThenPreferredThenTheRest)
{
    const QJsonObject record{{u"Zeta"_s, 1},
                             {u"Alpha"_s, 2},
                             {u"Name"_s, u"x"_s},
                             {u"attributes"_s, QJsonObject{{u"type"_s, u"Account"_s}}}};
    EXPECT_EQ(toOrderedJson(record, {u"Name"_s, u"Zeta"_s}),
              R"({"attributes":{"type":"Account"},"Name":"x","Zeta":1,"Alpha":2})");
}

TEST(OrderedJson, EscapesAndNestingSurviveARoundTrip)
{
    const QJsonObject tricky{{u"quote\"key"_s, u"line\nbreak \\ \u00e9 \U0001F600"_s},
                             {u"list"_s, QJsonArray{1.5, true, QJsonValue(), u"s"_s}},
                             {u"nested"_s, QJsonObject{{u"b"_s, 1}, {u"a"_s, QJsonObject{}}}}};
    const QByteArray written = toOrderedJson(tricky, {u"nested"_s});
    EXPECT_TRUE(written.startsWith(R"({"nested":)")) << written.constData();
    EXPECT_EQ(QJsonDocument::fromJson(written).object(), tricky);
    EXPECT_EQ(toOrderedJson(QJsonArray{}), "[]");
    EXPECT_EQ(toOrderedJson(QJsonObject{}), "{}");
}
