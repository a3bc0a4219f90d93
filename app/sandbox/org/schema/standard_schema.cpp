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

} // namespace syncdesk::sandbox
