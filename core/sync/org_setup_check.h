#pragma once

#include "salesforce/salesforce_error.h"
#include "salesforce/salesforce_results.h"
#include "store/field_mapping_store.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// One thing the org lacks for SyncDesk to sync, as the admin must fix it in Setup.
struct OrgSetupProblem
{
    enum class Kind
    {
        ApiAccessRefused,        // the org or the user may not use the REST API at all
        ObjectNotAccessible,     // the user cannot see (or create/update) an object SyncDesk syncs
        CustomFieldMissing,      // SyncDesk_Id__c / SyncDesk_Activity_Id__c does not exist
        CustomFieldNotUpsertKey, // it exists but is not Text(64), External ID, Unique, editable
        MappedFieldMissing,      // a mapped field the user cannot read (absent or hidden by FLS)
        FieldNotUpdateable,      // a field SyncDesk writes that the user cannot update
        FieldNotCreateable,      // a field SyncDesk writes that the user cannot set on create
    };

    Kind kind = Kind::CustomFieldMissing;
    QString object; // empty for ApiAccessRefused
    QString field;  // empty for object-level problems
    QString detail; // what is wrong and what to do, in one sentence

    // "Contact.SyncDesk_Id__c: missing. Create it: Text(64), External ID, Unique."
    QString text() const;
    QJsonObject toJson() const;
};

// Stable names for scripts ("custom_field_missing"...): never translated.
QString orgSetupProblemKindName(OrgSetupProblem::Kind kind);

struct OrgSetupReport
{
    QStringList objectsChecked;
    QList<OrgSetupProblem> problems;
    int callsSpent = 0; // 0 when every describe came from the cache

    bool ok() const { return problems.isEmpty(); }
    // One short line for a status bar; empty when nothing is missing.
    QString summaryLine() const;
    QJsonObject toJson() const;
};

// A custom field SyncDesk upserts by, as the admin must create it.
struct SyncDeskCustomField
{
    QString object;
    QString field;
    QString label;
};

// Checks, from the describes of the objects SyncDesk syncs, that the org is prepared:
// SyncDesk's external-id fields exist as upsert keys, the mapped fields can be read and
// written as the configuration says, the objects are accessible, and the API is allowed.
// The describes come in one /composite call (one API call for all objects), or from the
// describe cache for no call at all.
class OrgSetupCheck
{
public:
    // Text(64): room for "sd-<install id>-<record id>".
    static constexpr int kCustomFieldLength = 64;
    // Where the admin is sent to fix what is missing.
    static QString guideReference();

    // The objects the field configuration syncs, and Task (activity logging), in a stable order.
    static QStringList objectsToCheck(const QList<FieldMapping> &mappings);
    // SyncDesk's own fields on those objects.
    static QList<SyncDeskCustomField> customFieldsFor(const QStringList &objects);

    // The report for the describes of `objects`: each either a describe or the error its
    // request got (object not accessible).
    static OrgSetupReport evaluate(const QStringList &objects,
                                   const QHash<QString, SalesforceResult<QJsonObject>> &describes,
                                   const QList<FieldMapping> &mappings);
    // Whether an error means the API itself is refused (disabled for the org, or the
    // user lacks "API Enabled"), rather than a passing fault.
    static bool refusesApiAccess(const SalesforceError &error);
    static OrgSetupReport apiAccessRefused(const SalesforceError &error);

    // The describe subrequests of the one /composite call.
    static QList<CompositeSubrequest> plan(const QStringList &objects, QStringView apiVersion);

    // Describes the objects in one /composite call and evaluates them. An error when the
    // check could not be made (no answer, out of calls, sign-in refused); API access
    // refused is a report, not an error.
    static void run(SalesforceClient *client, const QList<FieldMapping> &mappings,
                    std::function<void(const SalesforceResult<OrgSetupReport> &)> onDone);

    // From the describe cache alone (no call); nullopt unless every object is cached.
    static std::optional<OrgSetupReport> fromCache(QSqlDatabase db,
                                                   const QList<FieldMapping> &mappings);
};

} // namespace syncdesk
