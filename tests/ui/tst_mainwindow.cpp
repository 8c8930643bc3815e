// The main window against the sandbox: a saved vault is listed, connecting signs in with
// the keychain password, the status bar names the account, server version and TLS state,
// and locking drops the session.

#include "MainWindow.h"
#include "SandboxProcess.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "session/SandboxProfile.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
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

private:
    QStringList statusTexts(const MainWindow &window) const;

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

    const QByteArray ready = QJsonDocument(QJsonObject{
            {QStringLiteral("https"), m_sandbox.httpsPort()},
            {QStringLiteral("sha256"), QString::fromLatin1(m_sandbox.sha256Fingerprint())}})
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

    QTRY_VERIFY_WITH_TIMEOUT(window.session()
                                     && window.session()->state() == VaultSession::State::SignedIn,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(statusTexts(window).join(u'|').contains(QStringLiteral("Secret Server ")),
                             20000);
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
    QTRY_VERIFY_WITH_TIMEOUT(window.session()
                                     && window.session()->state() == VaultSession::State::SignedIn,
                             20000);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    QCOMPARE(window.session()->state(), VaultSession::State::SignedOut);
    QVERIFY(!window.session()->client()->isSignedIn());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
