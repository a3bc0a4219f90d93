#include "sync/default_field_mappings.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

void addSameNamed(QList<FieldMapping> &mappings, const QString &localObject,
                  const QString &crmObject, const QStringList &fields, SyncDirection direction)
{
    for (const QString &field : fields) {
        mappings.append(FieldMapping{.localObject = localObject,
                                     .localField = field,
                                     .crmObject = crmObject,
                                     .crmField = field,
                                     .direction = direction});
    }
}

} // namespace

QList<FieldMapping> defaultFieldMappings()
{
    const QStringList personFields{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s,
                                   u"Title"_s};
    QList<FieldMapping> mappings;
    addSameNamed(mappings, u"person"_s, u"Contact"_s, personFields, SyncDirection::Both);
    addSameNamed(mappings, u"person"_s, u"Lead"_s, QStringList(personFields) << u"Company"_s,
                 SyncDirection::Both);
    addSameNamed(mappings, u"account"_s, u"Account"_s,
                 {u"Name"_s, u"Industry"_s, u"Phone"_s, u"Website"_s}, SyncDirection::Both);
    addSameNamed(mappings, u"opportunity"_s, u"Opportunity"_s,
                 {u"Name"_s, u"StageName"_s, u"Amount"_s, u"CloseDate"_s}, SyncDirection::FromCrm);
    return mappings;
}

bool ensureDefaultFieldMappings(QSqlDatabase db)
{
    FieldMappingStore store(std::move(db));
    if (!store.all().isEmpty())
        return true;
    if (!store.lastError().isEmpty())
        return false;
    return store.replaceAll(defaultFieldMappings());
}

} // namespace syncdesk
