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

#ifdef SYNCDESK_TEST_GUI
    // ctest lists the tests by running the binary outside the tests' ENVIRONMENT, where
    // there may be no display: widgets are tested offscreen unless told otherwise (the
    // end-to-end tests under Xvfb say so).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
