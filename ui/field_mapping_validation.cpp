#include "field_mapping_validation.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

// lupdate sees this context; a plain tr() helper here would file the strings
// under the namespace instead of the context the code asks for at run time.
struct FieldMappingValidation
{
    Q_DECLARE_TR_FUNCTIONS(FieldMappingValidation)
};

} // namespace

QString directionRefusal(const FieldMapping &mapping, SyncDirection direction,
                         const FieldMappingCatalog &catalog)
{
    const bool fromCrm = direction == SyncDirection::Both || direction == SyncDirection::FromCrm;
    const bool toCrm = direction == SyncDirection::Both || direction == SyncDirection::ToCrm;
    const auto object = mappedObjectFor(mapping.localObject);
    if (fromCrm && object && !object->fromCrmAllowed)
        return FieldMappingValidation::tr(
            "Activities are only logged to Salesforce, never read back.");
    if (toCrm) {
        if (const auto field = catalog.field(mapping.crmObject, mapping.crmField))
            return FieldMappingCatalog::writeRefusal(*field);
    }
    return {};
}

QStringList configurationProblems(const QList<FieldMapping> &mappings,
                                  const FieldMappingCatalog &catalog)
{
    QStringList problems;
    QHash<QString, QString> localFieldByTarget;
    QHash<QString, int> targetsByLocalField;
    for (const FieldMapping &mapping : mappings) {
        const QString target = mapping.crmObject + u'.' + mapping.crmField;
        if (mapping.localField.trimmed().isEmpty()) {
            problems.append(
                FieldMappingValidation::tr("A mapping to %1 has no local field.").arg(target));
            continue;
        }
        if (mapping.crmField.trimmed().isEmpty()) {
            problems.append(
                FieldMappingValidation::tr("The local field %1 has no Salesforce field.")
                    .arg(mapping.localField));
            continue;
        }
        const QString targetKey = QString(mapping.localObject + u'|' + target.toLower());
        const auto earlier = localFieldByTarget.constFind(targetKey);
        if (earlier != localFieldByTarget.constEnd()) {
            problems.append(FieldMappingValidation::tr(
                                "%1 and %2 both map to %3: a Salesforce field can hold only one "
                                "local field.")
                                .arg(*earlier, mapping.localField, target));
        } else {
            localFieldByTarget.insert(targetKey, mapping.localField);
        }
        const QString localKey =
            QString(mapping.localObject + u'|' + mapping.localField + u'|' + mapping.crmObject);
        if (++targetsByLocalField[localKey] == 2)
            problems.append(FieldMappingValidation::tr("The local field %1 is mapped twice to %2.")
                                .arg(mapping.localField, mapping.crmObject));

        if (const auto field = catalog.field(mapping.crmObject, mapping.crmField)) {
            if (!FieldMappingCatalog::isMappableType(field->type))
                problems.append(FieldMappingValidation::tr(
                                    "%1 is of type %2, which cannot map to a single local field.")
                                    .arg(target, field->type));
        }
        const QString refusal = directionRefusal(mapping, mapping.direction, catalog);
        if (!refusal.isEmpty())
            problems.append(refusal);
    }
    return problems;
}

} // namespace syncdesk::ui
