// `syncdesk-cli fields export|import FILE`: the field configuration as JSON, so that one
// admin's configuration can be reviewed, versioned and applied to another workstation.
#include "cli_commands.h"
#include "cli_context.h"
#include "store/field_mapping_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

constexpr int kFormatVersion = 1;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FieldsCommand", text, disambiguation, n);
}

QJsonDocument exported(const QList<FieldMapping> &mappings)
{
    QJsonArray rows;
    for (const FieldMapping &mapping : mappings) {
        rows.append(QJsonObject{{u"localObject"_s, mapping.localObject},
                                {u"localField"_s, mapping.localField},
                                {u"crmObject"_s, mapping.crmObject},
                                {u"crmField"_s, mapping.crmField},
                                {u"direction"_s, syncDirectionName(mapping.direction)}});
    }
    return QJsonDocument(
        QJsonObject{{u"syncdeskFieldMappings"_s, kFormatVersion}, {u"mappings"_s, rows}});
}

// Every problem in the file, so that the admin fixes them in one go.
QList<FieldMapping> parsed(const QByteArray &data, QStringList *problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (document.isNull()) {
        problems->append(
            tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        return {};
    }
    const QJsonObject root = document.object();
    if (root.value(u"syncdeskFieldMappings"_s).toInt() != kFormatVersion ||
        !root.value(u"mappings"_s).isArray()) {
        problems->append(tr("not a SyncDesk field configuration (version %1) with a "
                            "\"mappings\" array")
                             .arg(kFormatVersion));
        return {};
    }
    QList<FieldMapping> mappings;
    QSet<QString> seen;
    const QJsonArray rows = root.value(u"mappings"_s).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        FieldMapping mapping;
        const auto text = [&](const QString &key, QString *into) {
            *into = row.value(key).toString().trimmed();
            if (into->isEmpty())
                problems->append(tr("mapping %1: \"%2\" is missing or empty").arg(i + 1).arg(key));
        };
        text(u"localObject"_s, &mapping.localObject);
        text(u"localField"_s, &mapping.localField);
        text(u"crmObject"_s, &mapping.crmObject);
        text(u"crmField"_s, &mapping.crmField);
        const QString directionName = row.value(u"direction"_s).toString();
        const std::optional<SyncDirection> direction = syncDirectionFromName(directionName);
        if (!direction) {
            problems->append(tr("mapping %1: direction '%2' is not one of both, to_crm, "
                                "from_crm, off")
                                 .arg(i + 1)
                                 .arg(directionName));
        } else {
            mapping.direction = *direction;
        }
        const QString key =
            mapping.localObject + u'/' + mapping.localField + u'/' + mapping.crmObject;
        if (seen.contains(key))
            problems->append(tr("mapping %1: %2.%3 is mapped to %4 twice")
                                 .arg(i + 1)
                                 .arg(mapping.localObject, mapping.localField, mapping.crmObject));
        seen.insert(key);
        mappings.append(mapping);
    }
    return mappings;
}

} // namespace

int runFields(CliContext &context, const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + u' ' + action);
    if (action != u"export" && action != u"import") {
        const bool help = action == u"--help" || action == u"-h";
        context.out() << tr("Usage: syncdesk-cli fields export FILE\n"
                            "       syncdesk-cli fields import FILE\n"
                            "Import checks the whole file first and replaces the configuration "
                            "only when all of it is valid.\n");
        context.out().flush();
        return help ? ExitOk : ExitUsage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(action == u"export"
                                         ? tr("syncdesk-cli fields export FILE: writes the field "
                                              "configuration as JSON ('-' for standard output).")
                                         : tr("syncdesk-cli fields import FILE: replaces the "
                                              "field configuration with the file's, all or "
                                              "nothing."));
    parser.addPositionalArgument(u"FILE"_s, tr("The JSON file."));
    if (const auto stop = context.parse(parser, rest))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, tr("Name one FILE."));
    const QString path = parser.positionalArguments().first();
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    FieldMappingStore store(*db);

    if (action == u"export") {
        const QByteArray json = exported(store.all()).toJson(QJsonDocument::Indented);
        if (path == u"-") {
            context.out() << QString::fromUtf8(json);
            context.out().flush();
            return ExitOk;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return context.fail(ExitInvalidInput,
                                tr("Cannot write %1: %2").arg(path, file.errorString()));
        context.out()
            << tr("%n field mapping(s) written to %1.", nullptr, int(store.all().size())).arg(path)
            << Qt::endl;
        return ExitOk;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitInvalidInput,
                            tr("Cannot read %1: %2").arg(path, file.errorString()));
    QStringList problems;
    const QList<FieldMapping> mappings = parsed(file.readAll(), &problems);
    if (!problems.isEmpty()) {
        return context.fail(ExitInvalidInput,
                            tr("%1 was not imported; the configuration is unchanged:\n  %2")
                                .arg(path, problems.join(u"\n  "_s)));
    }
    if (!store.replaceAll(mappings))
        return context.fail(ExitNoData,
                            tr("Cannot save the configuration: %1").arg(store.lastError()));
    context.out()
        << tr("%n field mapping(s) imported from %1.", nullptr, int(mappings.size())).arg(path)
        << Qt::endl;
    return ExitOk;
}

} // namespace syncdesk::cli
