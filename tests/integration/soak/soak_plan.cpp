// The soak's plan (short or long form, seed) and the helpers every part shares.
#include "engine_soak.h"

namespace syncdesk::soak {

SoakPlan soakPlan()
{
    SoakPlan plan;
    bool given = false;
    const quint32 seed = qEnvironmentVariable("SYNCDESK_SOAK_SEED").toUInt(&given);
    plan.seed = given ? seed : quint32(QDateTime::currentMSecsSinceEpoch() % 4'000'000'000LL);
    plan.longForm = qEnvironmentVariableIntValue("SYNCDESK_SOAK_LONG") == 1;
    if (plan.longForm) {
        plan.chaosMs = 31 * 60 * 1000;
        plan.kills = 50;
        plan.minLifeMs = 8'000;
        plan.maxLifeMs = 64'000;
        plan.convergeMs = 10 * 60 * 1000;
        plan.limitPhases = 4;
        plan.limitPhaseMs = 90'000;
    } else {
        plan.chaosMs = 70'000;
        plan.kills = 8;
        plan.minLifeMs = 2'500;
        plan.maxLifeMs = 10'000;
        plan.convergeMs = 45'000;
        plan.limitPhases = 1;
        plan.limitPhaseMs = 15'000;
    }
    return plan;
}

QStringList syncedFields(const QString &crmObject)
{
    if (crmObject == u"Account"_s)
        return {u"Name"_s, u"Phone"_s, u"Website"_s};
    QStringList fields{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s};
    if (crmObject == u"Lead"_s)
        fields << u"Company"_s;
    return fields;
}

// A value nobody else writes, so that where it ends up tells who wrote it.
QString valueFor(const QString &field, qint64 seq, Side side)
{
    const QString who = side == Side::Local ? u"loc"_s : u"org"_s;
    if (field == u"Email"_s)
        return u"%1%2@soak.test"_s.arg(who).arg(seq);
    if (field == u"Phone"_s)
        return u"+1 555 %1"_s.arg(seq, 7, 10, QChar(u'0'));
    if (field == u"Website"_s)
        return u"https://%1%2.soak.test"_s.arg(who).arg(seq);
    return u"%1 %2 %3"_s.arg(field, who).arg(seq);
}

QString text(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
}

// SYNCDESK_SOAK_BIN_DIR runs the soak on copies of the two programs, so that a long soak
// can go on while the build tree is rebuilt.
static QString programIn(const char *builtAt, const QString &name)
{
    const QString copies = qEnvironmentVariable("SYNCDESK_SOAK_BIN_DIR");
    return copies.isEmpty() ? QString::fromUtf8(builtAt) : copies + u'/' + name;
}

QString cliProgram()
{
    return programIn(SYNCDESK_CLI_BIN, u"syncdesk-cli"_s);
}

QString sandboxProgram()
{
    return programIn(SYNCDESK_SANDBOX_BIN, u"syncdesk-sandbox"_s);
}

int runCli(const QStringList &arguments, QString *output)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(cliProgram(), arguments);
    if (!cli.waitForFinished(60'000)) {
        cli.kill();
        cli.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(cli.readAll());
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

} // namespace syncdesk::soak
