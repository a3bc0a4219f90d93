#include "schema/event_log_file_object.h"

#include "schema/standard_fields.h"

#include <QMutex>
#include <map>
#include <memory>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;
using namespace standard_fields;

ObjectDescription eventLogFileObject()
{
    // As the object reference lists it (API version 37.0 and later).
    ObjectDescription object{
        u"EventLogFile"_s, u"Event Log File"_s, u"Event Log Files"_s, u"0AT"_s, {}};
    QList<FieldDescription> &f = object.fields;
    f << systemFields(u"Event Log File ID"_s);
    f << readOnly(restricted(picklist(u"EventType"_s, u"Event Type"_s, {u"ApiTotalUsage"_s})))
      << readOnly(dateTime(u"LogDate"_s, u"Log Date"_s))
      << readOnly(restricted(picklist(u"Interval"_s, u"Interval"_s, {u"Daily"_s, u"Hourly"_s})))
      << readOnly(integer(u"Sequence"_s, u"Sequence"_s, 9))
      << readOnly(number(u"LogFileLength"_s, u"Log File Length"_s, 18, 0))
      << readOnly(text(u"LogFileFieldNames"_s, u"Log File Field Names"_s, 1333))
      << readOnly(text(u"LogFileFieldTypes"_s, u"Log File Field Types"_s, 1333))
      << readOnly(text(u"LogFileContentType"_s, u"Log File Content Type"_s, 255))
      << readOnly(number(u"ApiVersion"_s, u"API Version"_s, 18, 1))
      // Salesforce's LogFile is base64; selected in SOQL it gives the URL of
      // the file's content, which is what the sandbox stores here.
      << readOnly(text(u"LogFile"_s, u"Log File"_s, 255));
    return object;
}

const OrgSchema &withEventLogFile(const OrgSchema &base)
{
    // One extended schema per base (standard, without SyncDesk's fields), never freed:
    // queries hold references to the objects in it.
    static QMutex mutex;
    static std::map<const OrgSchema *, std::unique_ptr<OrgSchema>> extended;
    const QMutexLocker lock(&mutex);
    auto &schema = extended[&base];
    if (!schema) {
        QList<ObjectDescription> objects = base.objects();
        objects.append(eventLogFileObject());
        schema = std::make_unique<OrgSchema>(objects);
    }
    return *schema;
}

} // namespace syncdesk::sandbox
