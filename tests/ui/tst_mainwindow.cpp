// The main window against the sandbox: a saved vault is listed, connecting signs in with
// the keychain password, the status bar names the account, server version and TLS state,
// and locking drops the session; idle time locks and empties the screens, a password
// unlocks, and Help > Keyboard Shortcuts lists every action.

#include "../ui_browse/ManualCountdown.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ShortcutsDialog.h"
#include "browse/SecretsScreen.h"
#include "core/ConsoleSettings.h"
#include "qualys/QualysConnectionStore.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "secret/ClipboardGuard.h"
#include "session/SandboxProfile.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsSavedVaults();
    void connectShowsAccountVersionAndTransport();
    void lockShortcutDropsTheSession();
    void screensGetTheSessionOnSignIn();
    void idleTimeLocksAndEmptiesTheScreens();
    void inputRestartsTheIdleCountdown();
    void passwordPromptUnlocks();
    void lockClearsTheClipboard();
    void everyMenuActionHasAShortcut();
    void shortcutsDialogListsEveryAction();
    void installedScreensHaveUniqueShortcuts();
    void toolsNeedAnUnlockedSession();

private:
    QStringList statusTexts(const MainWindow &window) const;
    bool signIn(MainWindow &window);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore m_credentials;
    ConnectionProfile m_profile;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));

    const QByteArray ready
            = QJsonDocument(QJsonObject { { QStringLiteral("https"), m_sandbox.httpsPort() },
                                          { QStringLiteral("sha256"),
                                            QString::fromLatin1(m_sandbox.sha256Fingerprint()) } })
                      .toJson(QJsonDocument::Compact);
    const auto profile = SandboxProfile::fromReadyLine(ready, std::nullopt);
    QVERIFY(profile);
    m_profile = *profile;
    QVERIFY(m_profiles->add(m_profile).isEmpty());

    CredentialJob *job = m_credentials.write(m_profile.id(), CredentialKind::Password,
                                             QStringLiteral("Sandbox-Admin-1!"));
    QSignalSpy written(job, &CredentialJob::finished);
    QVERIFY(written.wait(10000));
    QVERIFY(written.constFirst().constFirst().value<CredentialResult>().ok());
}

QStringList TestMainWindow::statusTexts(const MainWindow &window) const
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

void TestMainWindow::listsSavedVaults()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    const auto *list = window.findChild<QListWidget *>();

    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), SandboxProfile::profileName());
}

void TestMainWindow::connectShowsAccountVersionAndTransport()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    window.show();

    window.connectToProfile(m_profile.id());

    QTRY_VERIFY_WITH_TIMEOUT(
            window.session() && window.session()->state() == VaultSession::State::SignedIn, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
            statusTexts(window).join(u'|').contains(QStringLiteral("Secret Server ")), 20000);
    const QString status = statusTexts(window).join(u'|');
    QVERIFY2(status.contains(SandboxProfile::profileName()), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("pinned certificate")), qPrintable(status));
}

void TestMainWindow::lockShortcutDropsTheSession()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectToProfile(m_profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(
            window.session() && window.session()->state() == VaultSession::State::SignedIn, 20000);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    QCOMPARE(window.session()->state(), VaultSession::State::SignedOut);
    QVERIFY(!window.session()->client()->isSignedIn());
}

bool TestMainWindow::signIn(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.connectToProfile(m_profile.id());
    return QTest::qWaitFor(
            [&window] {
                return window.session()
                        && window.session()->state() == VaultSession::State::SignedIn;
            },
            20000);
}

void TestMainWindow::screensGetTheSessionOnSignIn()
{
    MainWindow window(m_profiles.get(), &m_credentials);

    QVERIFY(signIn(window));

    QVERIFY(window.secretsScreen()->secretModel()->client());
    QTRY_VERIFY_WITH_TIMEOUT(window.secretsScreen()->secretModel()->recordCount() > 0, 20000);
}

void TestMainWindow::idleTimeLocksAndEmptiesTheScreens()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    auto *countdown = new ManualCountdown;
    window.idleLock()->setCountdown(countdown);
    QVERIFY(signIn(window));
    QTRY_VERIFY_WITH_TIMEOUT(window.secretsScreen()->secretModel()->recordCount() > 0, 20000);
    QVERIFY(countdown->isActive());
    QCOMPARE(countdown->interval(), std::chrono::milliseconds(10 * 60 * 1000));

    countdown->expire();

    QVERIFY(window.isLocked());
    QCOMPARE(window.session()->state(), VaultSession::State::SignedOut);
    QVERIFY(!window.session()->client()->isSignedIn());
    QVERIFY(!window.secretsScreen()->secretModel()->client());
    QCOMPARE(window.secretsScreen()->secretModel()->recordCount(), 0);
    QVERIFY(window.unlockPrompt());
    QTRY_VERIFY(window.unlockPrompt()->isVisible());
}

void TestMainWindow::inputRestartsTheIdleCountdown()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    auto *countdown = new ManualCountdown;
    window.idleLock()->setCountdown(countdown);
    QVERIFY(signIn(window));
    const int starts = countdown->starts();

    QTest::keyClick(window.secretsScreen()->searchField(), Qt::Key_A);

    QVERIFY(countdown->starts() > starts);
    QVERIFY(countdown->isActive());
    QVERIFY(!window.isLocked());
}

void TestMainWindow::passwordPromptUnlocks()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    QVERIFY(signIn(window));
    window.lockSession();
    QVERIFY(window.isLocked());
    QTRY_VERIFY(window.unlockPrompt() && window.unlockPrompt()->isVisible());

    window.unlockPrompt()->setTextValue(QStringLiteral("Sandbox-Admin-1!"));
    window.unlockPrompt()->accept();

    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), VaultSession::State::SignedIn, 20000);
    QVERIFY(!window.isLocked());
    QVERIFY(window.secretsScreen()->secretModel()->client());
    QTRY_VERIFY_WITH_TIMEOUT(window.secretsScreen()->secretModel()->recordCount() > 0, 20000);
}

void TestMainWindow::lockClearsTheClipboard()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    QVERIFY(signIn(window));
    window.clipboardGuard()->copySecret(QStringLiteral("Not-A-Real-Password-2!"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Not-A-Real-Password-2!"));

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    QVERIFY(window.isLocked());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestMainWindow::everyMenuActionHasAShortcut()
{
    MainWindow window(m_profiles.get(), &m_credentials);

    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
    }
}

void TestMainWindow::shortcutsDialogListsEveryAction()
{
    MainWindow window(m_profiles.get(), &m_credentials);
    window.show();

    window.showShortcuts();

    QVERIFY(window.shortcutsDialog());
    const QTableWidget *table = window.shortcutsDialog()->table();
    QHash<QString, QString> listed; // action name -> shortcut text
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        names.append(table->item(row, 0)->text());
    }
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator())
                continue;
            const QString name = action->text().remove(u'&').remove(QStringLiteral("…"));
            const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(name), qPrintable(name));
            QVERIFY2(listed.value(name).contains(shortcut), qPrintable(name));
        }
    }
    // Screen and page actions are listed too.
    QVERIFY2(names.contains(QStringLiteral("Find Secrets")), qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("Copy Password")));
    QVERIFY(names.contains(QStringLiteral("Secrets")));
    QCOMPARE(table->rowCount(), window.shortcutActions().size());
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::installedScreensHaveUniqueShortcuts()
{
    ConsoleSettings settings(m_dir.filePath(QStringLiteral("console.ini")));
    qualys::QualysConnectionStore qualysConnections(m_dir.filePath(QStringLiteral("qualys.ini")));
    MainWindow window(m_profiles.get(), &m_credentials);
    const int before = window.screens().size();

    window.installScreens(&settings, &qualysConnections);

    QCOMPARE(window.screens().size(), before + 4);
    QHash<QString, QString> owner;
    for (QAction *action : window.shortcutActions()) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString text = keys.toString();
            QVERIFY2(!owner.contains(text) || owner.value(text) == action->text(),
                     qPrintable(text + QStringLiteral(": ") + owner.value(text)
                                + QStringLiteral(" and ") + action->text()));
            owner.insert(text, action->text());
        }
    }
}

void TestMainWindow::toolsNeedAnUnlockedSession()
{
    ConsoleSettings settings(m_dir.filePath(QStringLiteral("console.ini")));
    qualys::QualysConnectionStore qualysConnections(m_dir.filePath(QStringLiteral("qualys.ini")));
    MainWindow window(m_profiles.get(), &m_credentials);
    window.installScreens(&settings, &qualysConnections);
    QAction *wizard = nullptr;
    for (QAction *action : window.shortcutActions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W))
            wizard = action;
    }
    QVERIFY(wizard);
    QVERIFY(!wizard->isEnabled());

    QVERIFY(signIn(window));
    QVERIFY(wizard->isEnabled());
    wizard->trigger();
    QTRY_VERIFY(window.findChild<SetupWizard *>());
    QVERIFY(window.findChild<SetupWizard *>()->isVisible());

    window.lockSession();
    QVERIFY(!wizard->isEnabled());
    QTRY_VERIFY(!window.findChild<SetupWizard *>()); // it held the vault password
}

#include "tst_mainwindow.moc"
