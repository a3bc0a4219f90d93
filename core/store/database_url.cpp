#include "store/database_url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
// lupdate sees this context; a plain tr() helper here would file the strings
// under the namespace instead of the context the code asks for at run time.
struct DatabaseUrlText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

// The libpq parameters a URL may set. Anything else is refused rather than ignored, so
// that a typo in "sslmode" cannot quietly turn certificate checks off.
const QStringList &knownParameters()
{
    static const QStringList names{
        u"sslmode"_s, u"sslrootcert"_s,     u"sslcert"_s,          u"sslkey"_s,
        u"sslcrl"_s,  u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s};
    return names;
}

const QStringList &sslModes()
{
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

// libpq's quoting of a conninfo value.
QString quotedForLibpq(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

// A scheme of two letters or more: "C:/data/x.sqlite" is a Windows path, not a URL.
const QRegularExpression &schemePattern()
{
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]+):"_s);
    return scheme;
}

} // namespace

QCommandLineOption DatabaseUrl::commandLineOption()
{
    return QCommandLineOption(
        u"database"_s,
        DatabaseUrlText::tr("Keep SyncDesk's state in <url> instead of the data folder's SQLite "
                            "file: a file path, sqlite:///path, or "
                            "postgresql://user@host:port/database?sslmode=verify-full (team "
                            "mode; the password is read from the keychain)."),
        u"url"_s);
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DatabaseUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(DatabaseUrlText::tr("No database was given: use a file path, sqlite:///path "
                                        "or postgresql://user@host/database."));

    const QRegularExpressionMatch scheme = schemePattern().match(trimmed);
    if (!scheme.hasMatch())
        return sqliteFile(trimmed);

    const QString name = scheme.captured(1).toLower();
    if (name == u"postgresql"_s || name == u"postgres"_s)
        return parsePostgreSql(trimmed, error);
    if (name == u"sqlite"_s || name == u"file"_s) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || (!url.host().isEmpty() && url.host() != u"localhost"_s))
            return fail(DatabaseUrlText::tr("%1 is not a local SQLite file: write "
                                            "sqlite:///absolute/path (three slashes).")
                            .arg(trimmed));
        if (url.path().isEmpty() || url.path() == u"/"_s)
            return fail(DatabaseUrlText::tr("%1 names no file.").arg(trimmed));
        if (url.hasQuery())
            return fail(DatabaseUrlText::tr("A SQLite database takes no options: %1").arg(trimmed));
        return sqliteFile(url.path());
    }
    return fail(DatabaseUrlText::tr("SyncDesk keeps its state in a SQLite file or on a "
                                    "PostgreSQL server; '%1:' is neither (use postgresql:// or "
                                    "sqlite://).")
                    .arg(scheme.captured(1)));
}

std::optional<DatabaseUrl> DatabaseUrl::parsePostgreSql(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DatabaseUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(DatabaseUrlText::tr("The database URL is not valid (%1). Expected "
                                        "postgresql://user@host:port/database.")
                        .arg(url.errorString()));
    // Shown without what follows the user name's colon, whatever it was.
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return fail(DatabaseUrlText::tr("The database URL must not contain a password: SyncDesk "
                                        "reads it from the keychain (entry %1). Remove it from "
                                        "the URL, and change it if it was typed in a shell.")
                        .arg(u"database_password/%1@%2:%3"_s.arg(url.userName(), url.host())
                                 .arg(url.port(DefaultPort))));

    DatabaseUrl result;
    result.m_backend = Backend::PostgreSql;
    result.m_user = url.userName();
    result.m_host = url.host();
    result.m_port = url.port(DefaultPort);
    result.m_database = url.path().mid(1);
    const QString shown = url.toDisplayString();
    if (result.m_host.isEmpty())
        return fail(DatabaseUrlText::tr("The database URL %1 names no server: write "
                                        "postgresql://user@host/database.")
                        .arg(shown));
    if (result.m_user.isEmpty())
        return fail(DatabaseUrlText::tr("The database URL %1 names no user: write "
                                        "postgresql://user@host/database.")
                        .arg(shown));
    if (result.m_database.isEmpty() || result.m_database.contains(u'/'))
        return fail(DatabaseUrlText::tr("The database URL %1 names no database: write "
                                        "postgresql://user@host/database.")
                        .arg(shown));
    if (result.m_port <= 0 || result.m_port > 65535)
        return fail(DatabaseUrlText::tr("The database URL %1 has no valid port.").arg(shown));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s)
            return fail(DatabaseUrlText::tr("The database URL must not contain a password: "
                                            "SyncDesk reads it from the keychain (entry %1).")
                            .arg(result.passwordKey()));
        if (!knownParameters().contains(key))
            return fail(DatabaseUrlText::tr("The database URL has an option SyncDesk does not "
                                            "know: %1 (known: %2).")
                            .arg(key, knownParameters().join(u", "_s)));
        // Qt hands the options to libpq as one string in which ';' separates options.
        if (value.isEmpty() || value.contains(u';'))
            return fail(
                DatabaseUrlText::tr("The database option %1 has no usable value.").arg(key));
        if (key == u"sslmode"_s && !sslModes().contains(value))
            return fail(DatabaseUrlText::tr("sslmode=%1 is not a PostgreSQL TLS mode (use one "
                                            "of: %2).")
                            .arg(value, sslModes().join(u", "_s)));
        if (key == u"connect_timeout"_s) {
            bool isNumber = false;
            if (value.toInt(&isNumber) < 0 || !isNumber)
                return fail(DatabaseUrlText::tr("connect_timeout=%1 is not a number of seconds.")
                                .arg(value));
        }
        for (const auto &[seen, unused] : std::as_const(result.m_parameters))
            if (seen == key)
                return fail(DatabaseUrlText::tr("The database option %1 is given twice.").arg(key));
        result.m_parameters.append({key, value});
    }
    return result;
}

QString DatabaseUrl::driverName() const
{
    return isPostgreSql() ? u"QPSQL"_s : u"QSQLITE"_s;
}

QString DatabaseUrl::sslMode() const
{
    for (const auto &[key, value] : m_parameters)
        if (key == u"sslmode"_s)
            return value;
    return {};
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options;
    bool named = false;
    for (const auto &[key, value] : m_parameters) {
        options.append(key + u'=' + quotedForLibpq(value));
        named = named || key == u"application_name"_s;
    }
    if (!named)
        options.append(u"application_name='syncdesk'"_s);
    return options.join(u';');
}

QString DatabaseUrl::displayString() const
{
    if (!isPostgreSql())
        return m_path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_database);
    QUrlQuery query;
    for (const auto &[key, value] : m_parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toDisplayString();
}

QString DatabaseUrl::passwordKey() const
{
    if (!isPostgreSql())
        return {};
    return u"database_password/%1@%2:%3"_s.arg(m_user, m_host).arg(m_port);
}

} // namespace syncdesk
