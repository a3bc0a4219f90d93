#pragma once

#include "schema/field_description.h"

#include <QDate>
#include <QJsonValue>
#include <QRandomGenerator>

namespace syncdesk::sandbox {

// Values a CRM user would plausibly type into a field: picklist values from the
// field's own list, phone numbers that look like phone numbers, titles, round
// amounts, close dates a few weeks out. Everything fits the field's type and
// length, so a simulated edit never makes a record Salesforce would refuse.
class PlausibleFieldValues
{
public:
    PlausibleFieldValues(QRandomGenerator &random, const QDate &today);

    // A new value for the field, different from `current` where the field
    // allows more than one; an undefined QJsonValue when there is no sensible
    // value for this kind of field (ids, references, system timestamps).
    QJsonValue valueFor(const FieldDescription &field, const QJsonValue &current = {});

    QString firstName();
    QString lastName();
    QString company();
    QString phone();
    QString email(const QString &first, const QString &last);

private:
    QString pick(const QStringList &choices, const QString &avoid = {});
    QString textFor(const FieldDescription &field, const QString &avoid);
    double numberFor(const FieldDescription &field);

    QRandomGenerator &m_random;
    QDate m_today;
};

} // namespace syncdesk::sandbox
