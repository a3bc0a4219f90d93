#include "schema/object_description.h"
#include "schema/standard_objects.h"

namespace syncdesk::sandbox {

const OrgSchema &OrgSchema::standard()
{
    // Built once and never changed: every org in the process shares it.
    static const OrgSchema schema({standard_objects::account(), standard_objects::contact(),
                                   standard_objects::lead(), standard_objects::opportunity(),
                                   standard_objects::task(), standard_objects::user()});
    return schema;
}

const OrgSchema &OrgSchema::withoutSyncDeskFields()
{
    static const OrgSchema schema = [] {
        QList<ObjectDescription> objects = standard().objects();
        for (ObjectDescription &object : objects)
            object.fields.removeIf([](const FieldDescription &field) {
                return field.name.startsWith(QLatin1StringView("SyncDesk_"));
            });
        return OrgSchema(objects);
    }();
    return schema;
}

} // namespace syncdesk::sandbox
