// syncdesk-sandbox as a process: the first-line URL contract, options, --db.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sandboxBinary = QStringLiteral(SYNCDESK_SANDBOX_BIN);

// Starts the sandbox and returns its base URL from the first line.
QString startSandbox(QProcess &process, const QStringList &arguments)
{
    process.start(sandboxBinary,
                  arguments + QStringList{u"--port"_s, u"0"_s, u"--exit-with-stdin"_s});
    if (!process.waitForStarted(10'000) || !process.waitForReadyRead(20'000))
        return {};
    return QString::fromUtf8(process.readLine()).trimmed();
}

QByteArray curl(const QStringList &arguments)
{
    QProcess curlProcess;
    curlProcess.start(u"curl"_s, QStringList{u"-s"_s} + arguments);
    curlProcess.waitForFinished(20'000);
    return curlProcess.readAllStandardOutput();
}

QString signIn(const QString &base)
{
    const QByteArray token = curl(
        {u"-d"_s,
         u"grant_type=password&client_id=t&username=admin@sandbox.syncdesk.test&password=sandbox"_s,
         base + u"/services/oauth2/token"_s});
    return QJsonDocument::fromJson(token).object()[u"access_token"_s].toString();
}

void stop(QProcess &process)
{
    process.closeWriteChannel(); // --exit-with-stdin: a clean exit that saves state
    if (!process.waitForFinished(10'000))
        process.kill();
}

} // namespace

TEST(SandboxProcess, PrintsItsLoopbackUrlFirst)
{
    QProcess process;
    const QString base = startSandbox(process, {u"--contacts"_s, u"5"_s});
    EXPECT_TRUE(QRegularExpression(u"^http://127\\.0\\.0\\.1:\\d+$"_s).match(base).hasMatch())
        << qPrintable(base);
    EXPECT_TRUE(curl({base + u"/services/data/"_s}).startsWith("[{"));
    stop(process);
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
}

TEST(SandboxProcess, BadOptionsExitWithAClearMessage)
{
    QProcess process;
    process.start(sandboxBinary, {u"--daily-limit"_s, u"lots"_s});
    ASSERT_TRUE(process.waitForFinished(10'000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--daily-limit must be a number"));

    process.start(sandboxBinary, {u"--help"_s});
    ASSERT_TRUE(process.waitForFinished(10'000));
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port", "--daily-limit", "--seed", "--db", "--simulate",
                               "--other-integrations-per-hour", "--user-edits-per-hour"})
        EXPECT_TRUE(help.contains(option)) << option;
}

TEST(SandboxProcess, StateFileKeepsRecordsAcrossRestarts)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"org.sqlite"_s);
    const QStringList options{u"--db"_s, db, u"--contacts"_s, u"20"_s, u"--accounts"_s, u"5"_s};
    QString createdId;
    {
        QProcess process;
        const QString base = startSandbox(process, options);
        const QString token = signIn(base);
        const QByteArray created =
            curl({u"-H"_s, u"Authorization: Bearer "_s + token, u"-H"_s,
                  u"Content-Type: application/json"_s, u"-d"_s, u"{\"LastName\":\"Persisted\"}"_s,
                  base + u"/services/data/v62.0/sobjects/Contact/"_s});
        createdId = QJsonDocument::fromJson(created).object()[u"id"_s].toString();
        ASSERT_FALSE(createdId.isEmpty()) << created.constData();
        stop(process);
    }
    ASSERT_TRUE(QFile::exists(db));
    QProcess process;
    const QString base = startSandbox(process, options);
    const QString token = signIn(base);
    const QByteArray read = curl({u"-H"_s, u"Authorization: Bearer "_s + token,
                                  base + u"/services/data/v62.0/sobjects/Contact/"_s + createdId});
    EXPECT_EQ(QJsonDocument::fromJson(read).object()[u"LastName"_s].toString(), u"Persisted"_s)
        << read.constData();
    const QByteArray count =
        curl({u"-H"_s, u"Authorization: Bearer "_s + token,
              base + u"/services/data/v62.0/query?q=SELECT+COUNT()+FROM+Contact"_s});
    EXPECT_EQ(QJsonDocument::fromJson(count).object()[u"totalSize"_s].toInt(), 21);
    stop(process);
}

TEST(SandboxProcess, TerminationSignalSavesTheStateFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"org.sqlite"_s);
    const QStringList options{u"--db"_s, db, u"--contacts"_s, u"3"_s, u"--accounts"_s, u"2"_s};
    QProcess process;
    const QString base = startSandbox(process, options);
    const QString token = signIn(base);
    curl({u"-H"_s, u"Authorization: Bearer "_s + token, u"-H"_s,
          u"Content-Type: application/json"_s, u"-d"_s, u"{\"Name\":\"Signalled\"}"_s,
          base + u"/services/data/v62.0/sobjects/Account/"_s});
    process.terminate(); // SIGTERM, before the write-behind timer would have fired
    ASSERT_TRUE(process.waitForFinished(10'000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);

    QProcess restarted;
    const QString again = startSandbox(restarted, options);
    const QByteArray count =
        curl({u"-H"_s, u"Authorization: Bearer "_s + signIn(again),
              again + u"/services/data/v62.0/query?q=SELECT+COUNT()+FROM+Account"_s});
    EXPECT_EQ(QJsonDocument::fromJson(count).object()[u"totalSize"_s].toInt(), 3);
    stop(restarted);
}

// --simulate lively starts with a day of other integrations' calls in the window. A
// restart from a state file brings that day back with it: a second day on top would
// run a sandbox org out of calls after a few starts.
TEST(SandboxProcess, LivelyRestartDoesNotAddASecondDayOfUsage)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"org.sqlite"_s);
    const QStringList options{u"--db"_s,       db,     u"--contacts"_s, u"3"_s,
                              u"--accounts"_s, u"2"_s, u"--simulate"_s, u"lively"_s};
    const auto used = [](const QString &base) {
        return QJsonDocument::fromJson(curl({base + u"/_sandbox/usage"_s}))
            .object()[u"used"_s]
            .toInteger(-1);
    };
    qint64 firstRun = 0;
    {
        QProcess process;
        const QString base = startSandbox(process, options);
        firstRun = used(base);
        stop(process);
    }
    ASSERT_GT(firstRun, 1000); // a day of a lively org's other integrations
    QProcess restarted;
    const QString base = startSandbox(restarted, options);
    // The same day, plus the few calls simulated since: not twice the day.
    EXPECT_LT(used(base), firstRun + firstRun / 2);
    stop(restarted);
}

TEST(SandboxProcess, UnusableStateFileIsReportedWithItsPath)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"not-a-database.sqlite"_s);
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QProcess process;
    process.start(sandboxBinary, {u"--db"_s, db});
    ASSERT_TRUE(process.waitForFinished(10'000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(process.readAllStandardError().contains(db.toUtf8()));
}
