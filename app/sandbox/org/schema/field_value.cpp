#include "schema/field_value.h"

#include "data/record_store.h"
#include "data/salesforce_id.h"
#include "schema/object_description.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// As the value appears in Salesforce's messages: strings bare, numbers in
// their shortest form, JSON structures compact.
QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return u"null"_s;
    }
}

FieldValueCheck failure(const QString &code, const QString &message)
{
    return FieldValueCheck{QJsonValue(), code, message};
}

FieldValueCheck wrongType(const FieldDescription &field, const QJsonValue &value)
{
    return failure(u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s,
                   field.label + u": value not of required type: "_s + displayValue(value));
}

FieldValueCheck outOfRange(const FieldDescription &field, const QJsonValue &value)
{
    return failure(u"NUMBER_OUTSIDE_VALID_RANGE"_s,
                   field.label + u": value outside of valid range on numeric field: "_s +
                       displayValue(value));
}

bool isValidEmail(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return pattern.match(text).hasMatch();
}

FieldValueCheck checkText(const FieldDescription &field, const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble() || value.isBool())
        text = displayValue(value); // Salesforce's parser turns scalars into text
    else
        return wrongType(field, value);
    if (text.isEmpty())
        return FieldValueCheck{QJsonValue::Null, {}, {}};

    if (field.type == FieldType::Picklist) {
        for (const QString &allowed : field.picklistValues)
            if (allowed.compare(text, Qt::CaseInsensitive) == 0)
                return FieldValueCheck{allowed, {}, {}};
        if (field.restrictedPicklist)
            return failure(u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s,
                           field.label + u": bad value for restricted picklist field: "_s + text);
    }
    if (field.length > 0 && text.size() > field.length)
        return failure(u"STRING_TOO_LONG"_s, field.label + u": data value too large: "_s + text +
                                                 u" (max length="_s +
                                                 QString::number(field.length) + u')');
    if (field.type == FieldType::Email && !isValidEmail(text))
        return failure(u"INVALID_EMAIL_ADDRESS"_s,
                       field.label + u": invalid email address: "_s + text);
    return FieldValueCheck{text, {}, {}};
}

FieldValueCheck checkReference(const FieldDescription &field, const QJsonValue &value,
                               const OrgSchema *schema)
{
    if (value.isString() && value.toString().isEmpty())
        return FieldValueCheck{QJsonValue::Null, {}, {}};
    const QString id = value.isString() ? salesforce_id::toEighteen(value.toString()) : QString();
    if (id.isEmpty())
        return failure(u"MALFORMED_ID"_s,
                       field.label + u": id value of incorrect type: "_s + displayValue(value));
    if (schema) {
        bool matches = false;
        for (const QString &target : field.referenceTo) {
            const ObjectDescription *object = schema->object(target);
            matches = matches || (object && id.startsWith(object->keyPrefix));
        }
        if (!matches)
            return failure(u"FIELD_INTEGRITY_EXCEPTION"_s,
                           field.label + u": id value of incorrect type: "_s + value.toString());
    }
    return FieldValueCheck{id, {}, {}};
}

FieldValueCheck checkBoolean(const FieldDescription &field, const QJsonValue &value)
{
    if (value.isBool())
        return FieldValueCheck{value, {}, {}};
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(u"true", Qt::CaseInsensitive) == 0)
            return FieldValueCheck{true, {}, {}};
        if (text.compare(u"false", Qt::CaseInsensitive) == 0)
            return FieldValueCheck{false, {}, {}};
    }
    return wrongType(field, value);
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

FieldValueCheck checkNumber(const FieldDescription &field, const QJsonValue &value)
{
    if (value.isString() && value.toString().isEmpty())
        return FieldValueCheck{QJsonValue::Null, {}, {}};
    const std::optional<double> number = numberOf(value);
    if (!number)
        return wrongType(field, value);
    if (field.type == FieldType::Int) {
        if (std::trunc(*number) != *number)
            return wrongType(field, value);
        if (field.precision > 0 && std::abs(*number) >= std::pow(10.0, field.precision))
            return outOfRange(field, value);
        return FieldValueCheck{*number, {}, {}};
    }
    const int integerDigits = field.precision - field.scale;
    if (field.precision > 0 && std::abs(*number) >= std::pow(10.0, integerDigits))
        return outOfRange(field, value);
    // Salesforce stores the value rounded to the field's scale.
    const double factor = std::pow(10.0, field.scale);
    return FieldValueCheck{std::round(*number * factor) / factor, {}, {}};
}

FieldValueCheck checkDate(const FieldDescription &field, const QJsonValue &value)
{
    if (!value.isString())
        return wrongType(field, value);
    if (value.toString().isEmpty())
        return FieldValueCheck{QJsonValue::Null, {}, {}};
    if (field.type == FieldType::Date) {
        const std::optional<QDate> date = parseSalesforceDate(value.toString());
        if (!date)
            return wrongType(field, value);
        return FieldValueCheck{date->toString(u"yyyy-MM-dd"_s), {}, {}};
    }
    const std::optional<QDateTime> time = parseSalesforceDateTime(value.toString());
    if (!time)
        return wrongType(field, value);
    return FieldValueCheck{salesforceDateTime(*time), {}, {}};
}

} // namespace

std::optional<QDateTime> parseSalesforceDateTime(QStringView text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
        "(Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    int millis = 0;
    if (match.hasCaptured(7))
        millis = QString(match.captured(7) + u"00"_s).left(3).toInt();
    const QTime time = match.hasCaptured(4)
                           ? QTime(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                                   match.hasCaptured(6) ? match.capturedView(6).toInt() : 0, millis)
                           : QTime(0, 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QStringView zone = match.capturedView(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = zone.mid(1).toString().remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

std::optional<QDate> parseSalesforceDate(QStringView text)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text.toString(), u"yyyy-MM-dd"_s);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    // A datetime names the day it falls on in UTC.
    const std::optional<QDateTime> time = parseSalesforceDateTime(text);
    return time ? std::optional<QDate>(time->date()) : std::nullopt;
}

FieldValueCheck checkFieldValue(const FieldDescription &field, const QJsonValue &value,
                                const OrgSchema *schema)
{
    if (value.isNull() || value.isUndefined())
        return FieldValueCheck{QJsonValue::Null, {}, {}};
    switch (field.type) {
    case FieldType::Id:
    case FieldType::Reference:
        return checkReference(field, value, schema);
    case FieldType::Boolean:
        return checkBoolean(field, value);
    case FieldType::Int:
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return checkNumber(field, value);
    case FieldType::Date:
    case FieldType::DateTime:
        return checkDate(field, value);
    default:
        return checkText(field, value);
    }
}

} // namespace syncdesk::sandbox
