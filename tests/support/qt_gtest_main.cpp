// The gtest main for every test binary: it creates the Qt application object the
// code under test expects, and keeps tests away from the user's real profile.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifdef SYNCDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Test mode redirects AppDataLocation and friends to ~/.qttest, never the
    // admin's real SyncDesk data; a temporary HOME keeps runs from sharing it.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());

    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
