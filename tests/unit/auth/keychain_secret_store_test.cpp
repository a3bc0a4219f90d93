// The real keychain against a real Secret Service. Run through
// run_with_keyring.sh, which starts gnome-keyring in a private D-Bus session
// with a throwaway home: the user's own keyring is never touched.
#include "secrets/keychain_secret_store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <optional>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 20'000;
constexpr char kPrivateKeyringVariable[] = "SYNCDESK_PRIVATE_KEYRING";
constexpr char kNoBusChildVariable[] = "SYNCDESK_KEYCHAIN_NO_BUS_CHILD";

bool insidePrivateKeyring()
{
    return qEnvironmentVariableIsSet(kPrivateKeyringVariable);
}

// Waits for the one answer a SecretStore call gives.
template <typename Call> std::optional<SecretResult> answerOf(Call call)
{
    std::optional<SecretResult> answer;
    call([&answer](const SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return std::nullopt;
    return answer;
}

QString uniqueKey()
{
    return SecretStore::refreshTokenKey(u"00DTEST"_s + QUuid::createUuid().toString(QUuid::Id128),
                                        u"005TEST"_s);
}

} // namespace

TEST(KeychainSecretStore, WritesReadsOverwritesAndDeletesASecret)
{
    ASSERT_TRUE(insidePrivateKeyring())
        << "run through tests/unit/auth/run_with_keyring.sh: this test must never meet the "
           "user's own keyring";
    KeychainSecretStore store;
    const QString key = uniqueKey();
    // Bytes a token could hold, including ones a text API might mangle.
    const QByteArray first = "5Aep861first!token/with+odd=bytes\x01\xff"_ba;
    const QByteArray second = "5Aep861second.token"_ba;

    auto written = answerOf([&](auto cb) { store.writeSecret(key, first, cb); });
    ASSERT_TRUE(written.has_value());
    ASSERT_EQ(written->status, SecretResult::Status::Ok) << written->message.toStdString();

    auto read = answerOf([&](auto cb) { store.readSecret(key, cb); });
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->status, SecretResult::Status::Ok) << read->message.toStdString();
    EXPECT_EQ(read->value, first);

    // The entry is in the Secret Service itself, where another client finds it
    // (QtKeychain files it under the attributes server=<service>, user=<key>).
    QProcess secretTool;
    secretTool.start(u"secret-tool"_s,
                     {u"lookup"_s, u"server"_s, SecretStore::serviceName(), u"user"_s, key});
    ASSERT_TRUE(secretTool.waitForFinished(kWaitMs));
    EXPECT_EQ(secretTool.exitCode(), 0) << secretTool.readAllStandardError().toStdString();
    EXPECT_FALSE(secretTool.readAllStandardOutput().isEmpty());

    auto overwritten = answerOf([&](auto cb) { store.writeSecret(key, second, cb); });
    ASSERT_TRUE(overwritten.has_value());
    ASSERT_EQ(overwritten->status, SecretResult::Status::Ok);
    read = answerOf([&](auto cb) { store.readSecret(key, cb); });
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->value, second);

    // A second store (as after a restart) finds the secret in the keyring, not
    // in the first store's memory.
    KeychainSecretStore afterRestart;
    read = answerOf([&](auto cb) { afterRestart.readSecret(key, cb); });
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->value, second);

    auto deleted = answerOf([&](auto cb) { store.deleteSecret(key, cb); });
    ASSERT_TRUE(deleted.has_value());
    EXPECT_EQ(deleted->status, SecretResult::Status::Ok) << deleted->message.toStdString();

    read = answerOf([&](auto cb) { store.readSecret(key, cb); });
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->status, SecretResult::Status::NotFound) << read->message.toStdString();
    EXPECT_TRUE(read->value.isEmpty());
}

TEST(KeychainSecretStore, KeepsSecretsOfDifferentConnectionsApart)
{
    ASSERT_TRUE(insidePrivateKeyring());
    KeychainSecretStore store;
    const QString one = uniqueKey();
    const QString other = uniqueKey();
    ASSERT_TRUE(answerOf([&](auto cb) { store.writeSecret(one, "one"_ba, cb); })->ok());
    ASSERT_TRUE(answerOf([&](auto cb) { store.writeSecret(other, "other"_ba, cb); })->ok());
    EXPECT_EQ(answerOf([&](auto cb) { store.readSecret(one, cb); })->value, "one"_ba);
    ASSERT_TRUE(answerOf([&](auto cb) { store.deleteSecret(one, cb); })->ok());
    EXPECT_EQ(answerOf([&](auto cb) { store.readSecret(other, cb); })->value, "other"_ba);
    EXPECT_TRUE(answerOf([&](auto cb) { store.deleteSecret(other, cb); })->ok());
}

// Run in a child process of this binary with the session bus pointing at a
// dead socket: D-Bus reads its address once per process.
TEST(KeychainSecretStore, NoBusChild)
{
    if (!qEnvironmentVariableIsSet(kNoBusChildVariable))
        GTEST_SKIP() << "runs only as the child of SaysClearlyWhenNoKeyringIsRunning";
    KeychainSecretStore store;
    auto written = answerOf([&](auto cb) { store.writeSecret(uniqueKey(), "secret"_ba, cb); });
    ASSERT_TRUE(written.has_value());
    EXPECT_EQ(written->status, SecretResult::Status::NoKeyring) << written->message.toStdString();
    EXPECT_EQ(written->message, SecretStore::noKeyringMessage());
    auto read = answerOf([&](auto cb) { store.readSecret(uniqueKey(), cb); });
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->status, SecretResult::Status::NoKeyring) << read->message.toStdString();
    std::printf("no-keyring message: %s\n", qPrintable(written->message));
}

TEST(KeychainSecretStore, SaysClearlyWhenNoKeyringIsRunning)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kNoBusChildVariable), u"1"_s);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path="_s + dir.filePath(u"no-bus-here"_s));
    // No X display either, so D-Bus cannot autolaunch a bus of its own.
    environment.remove(u"DISPLAY"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, dir.path());

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=KeychainSecretStore.NoBusChild"_s});
    ASSERT_TRUE(child.waitForFinished(kWaitMs * 2));
    const QString output = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"no-keyring message: "_s + SecretStore::noKeyringMessage()))
        << output.toStdString();
}
