#include "sim/plausible_field_values.h"

#include <QStringList>
#include <cmath>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &firstNames()
{
    static const QStringList names{u"Ana"_s,   u"Ben"_s,   u"Chloe"_s, u"David"_s, u"Elena"_s,
                                   u"Farid"_s, u"Grace"_s, u"Hiro"_s,  u"Ines"_s,  u"Jonas"_s,
                                   u"Kemi"_s,  u"Liam"_s,  u"Maya"_s,  u"Noah"_s,  u"Olga"_s};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{u"Alvarez"_s, u"Brown"_s,   u"Chen"_s,     u"Dubois"_s,
                                   u"Evans"_s,   u"Fischer"_s, u"Garcia"_s,   u"Hansen"_s,
                                   u"Ito"_s,     u"Jensen"_s,  u"Kowalski"_s, u"Lopez"_s,
                                   u"Martin"_s,  u"Nguyen"_s,  u"Okafor"_s};
    return names;
}

const QStringList &companies()
{
    static const QStringList names{u"Acme Logistics"_s,    u"Blue Harbor Foods"_s,
                                   u"Cedar Analytics"_s,   u"Delta Medical Supply"_s,
                                   u"Evergreen Energy"_s,  u"Falcon Freight"_s,
                                   u"Granite Insurance"_s, u"Helix Biotech"_s};
    return names;
}

const QStringList &titles()
{
    static const QStringList names{u"CEO"_s,
                                   u"CFO"_s,
                                   u"VP, Sales"_s,
                                   u"Director of Operations"_s,
                                   u"Purchasing Manager"_s,
                                   u"IT Manager"_s,
                                   u"Head of Procurement"_s,
                                   u"Office Manager"_s,
                                   u"Sales Representative"_s};
    return names;
}

const QStringList &departments()
{
    static const QStringList names{u"Finance"_s, u"Operations"_s, u"Procurement"_s,
                                   u"IT"_s,      u"Sales"_s,      u"Marketing"_s};
    return names;
}

const QStringList &notes()
{
    static const QStringList names{u"Called, left a voicemail."_s,
                                   u"Asked for a revised quote."_s,
                                   u"Met at the trade show; follow up next week."_s,
                                   u"Budget approved for next quarter."_s,
                                   u"Wants a demo for the operations team."_s,
                                   u"Prefers email over phone."_s};
    return names;
}

const QStringList &nextSteps()
{
    static const QStringList names{u"Send proposal"_s, u"Schedule demo"_s, u"Negotiate terms"_s,
                                   u"Await legal review"_s, u"Follow-up call"_s};
    return names;
}

const QStringList &areaCodes()
{
    static const QStringList codes{u"212"_s, u"312"_s, u"415"_s, u"512"_s, u"617"_s, u"206"_s};
    return codes;
}

QString fitted(QString text, const FieldDescription &field)
{
    if (field.length > 0 && text.size() > field.length)
        text.truncate(field.length);
    return text;
}

} // namespace

PlausibleFieldValues::PlausibleFieldValues(QRandomGenerator &random, const QDate &today)
    : m_random(random)
    , m_today(today)
{}

QString PlausibleFieldValues::pick(const QStringList &choices, const QString &avoid)
{
    if (choices.isEmpty())
        return {};
    if (choices.size() == 1)
        return choices.first();
    for (;;) {
        const QString choice = choices.at(qsizetype(m_random.bounded(quint32(choices.size()))));
        if (choice != avoid)
            return choice;
    }
}

QString PlausibleFieldValues::firstName()
{
    return pick(firstNames());
}
QString PlausibleFieldValues::lastName()
{
    return pick(lastNames());
}
QString PlausibleFieldValues::company()
{
    return pick(companies());
}

QString PlausibleFieldValues::phone()
{
    // 555-01xx numbers are reserved for fiction, so none of these is anyone's.
    return u"(%1) 555-01%2"_s.arg(pick(areaCodes())).arg(m_random.bounded(100), 2, 10, QChar(u'0'));
}

QString PlausibleFieldValues::email(const QString &first, const QString &last)
{
    return (first + u'.' + last + u"@example.com"_s).toLower();
}

QString PlausibleFieldValues::textFor(const FieldDescription &field, const QString &avoid)
{
    if (field.name == u"Title")
        return pick(titles(), avoid);
    if (field.name == u"Department")
        return pick(departments(), avoid);
    if (field.name == u"NextStep")
        return pick(nextSteps(), avoid);
    if (field.name == u"Company" || field.name == u"Name")
        return pick(companies(), avoid);
    if (field.name == u"FirstName")
        return pick(firstNames(), avoid);
    if (field.name == u"LastName")
        return pick(lastNames(), avoid);
    if (field.type == FieldType::TextArea || field.name == u"Description")
        return pick(notes(), avoid);
    return pick(notes(), avoid);
}

double PlausibleFieldValues::numberFor(const FieldDescription &field)
{
    if (field.name == u"NumberOfEmployees")
        return double(10 * m_random.bounded(1, 500));
    if (field.name == u"AnnualRevenue")
        return 1'000'000.0 * m_random.bounded(1, 250);
    if (field.name == u"Probability" || field.type == FieldType::Percent)
        return 10.0 * m_random.bounded(0, 11);
    if (field.type == FieldType::Currency || field.name == u"Amount")
        return 500.0 * m_random.bounded(10, 500); // round amounts, 5,000 to 250,000
    // An unknown number: keep it small and within the field's precision.
    const int digits = field.precision > field.scale ? field.precision - field.scale : 3;
    return double(m_random.bounded(1, int(std::pow(10, std::min(digits, 6)))));
}

QJsonValue PlausibleFieldValues::valueFor(const FieldDescription &field, const QJsonValue &current)
{
    switch (field.type) {
    case FieldType::Picklist:
        if (field.picklistValues.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return pick(field.picklistValues, current.toString());
    case FieldType::Phone:
        return phone();
    case FieldType::Email:
        return email(firstName(), lastName());
    case FieldType::Url:
        return fitted(u"www."_s + company().toLower().remove(u' ') + u".com"_s, field);
    case FieldType::String:
    case FieldType::TextArea:
        return fitted(textFor(field, current.toString()), field);
    case FieldType::Boolean:
        return !current.toBool();
    case FieldType::Int:
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return numberFor(field);
    case FieldType::Date:
        return m_today.addDays(m_random.bounded(7, 120)).toString(Qt::ISODate);
    case FieldType::Id:
    case FieldType::Reference:
    case FieldType::DateTime:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace syncdesk::sandbox
