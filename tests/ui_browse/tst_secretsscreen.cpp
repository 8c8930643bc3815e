// The Secrets screen and the secret detail against the sandbox: the folder tree and the
// list browse lazily, qualified search terms narrow the list, Enter opens the detail,
// passwords are revealed and copied only on demand, and a withdrawn session empties it all.

#include "ManualCountdown.h"
#include "SandboxProcess.h"
#include "browse/SecretSearchProxyModel.h"
#include "browse/SecretsScreen.h"
#include "models/AuditModel.h"
#include "models/FolderTreeModel.h"
#include "profiles/CredentialStore.h"
#include "secret/ClipboardGuard.h"
#include "secret/SecretAuditPage.h"
#include "secret/SecretDetailView.h"
#include "secret/SecretGeneralPage.h"
#include "secret/SecretHeartbeatPage.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace {
constexpr int AnswerMs = 20000;
} // namespace

class TestSecretsScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheVaultsSecrets();
    void folderTreeNarrowsTheList();
    void qualifiedTermsNarrowTheList();
    void enterInSearchThenEnterOpensTheFirstResult();
    void userTermSearchesTheUsernameField();
    void unknownStatusIsExplained();
    void ctrlFFocusesTheSearch();
    void enterOpensTheDetail();
    void passwordStaysMaskedUntilRevealed();
    void copiedPasswordIsClearedAfterTheDelay();
    void checkOutSecretIsNotReadWithoutConsent();
    void heartbeatPageShowsTheFailure();
    void auditPageListsTheView();
    void withdrawnSessionEmptiesTheScreen();

private:
    QStringList listedNames() const;
    bool waitForList() const;
    void search(const QString &text);
    void openSecret(const QString &name);
    SecretGeneralPage *generalPage() const;

    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    ConnectionProfile m_profile;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<SecretsScreen> m_screen;
};

void TestSecretsScreen::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const QByteArray ready
            = QJsonDocument(QJsonObject { { QStringLiteral("https"), m_sandbox.httpsPort() },
                                          { QStringLiteral("sha256"),
                                            QString::fromLatin1(m_sandbox.sha256Fingerprint()) } })
                      .toJson(QJsonDocument::Compact);
    const auto profile = SandboxProfile::fromReadyLine(ready, std::nullopt);
    QVERIFY(profile);
    m_profile = *profile;

    m_session = std::make_unique<VaultSession>(m_profile, &m_credentials);
    m_session->signIn(QStringLiteral("Sandbox-Admin-1!"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::State::SignedIn, AnswerMs);
}

void TestSecretsScreen::init()
{
    m_screen = std::make_unique<SecretsScreen>();
    m_screen->resize(1200, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->setSession(m_session.get());
}

void TestSecretsScreen::cleanup()
{
    m_screen.reset();
}

QStringList TestSecretsScreen::listedNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_screen->secretView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ModelRow::KindRole).value<ModelRow::Kind>() == ModelRow::Kind::Record)
            names.append(index.data(SecretListModel::NameRole).toString());
    }
    names.sort();
    return names;
}

bool TestSecretsScreen::waitForList() const
{
    SecretListModel *model = m_screen->secretModel();
    (void)QTest::qWaitFor(
            [model] {
                return model->status() == RemoteListModel::Status::Idle && !model->canFetchMore({});
            },
            AnswerMs);
    return model->status() == RemoteListModel::Status::Idle && model->recordCount() > 0;
}

void TestSecretsScreen::search(const QString &text)
{
    m_screen->searchField()->setText(text);
    m_screen->applySearch();
}

void TestSecretsScreen::openSecret(const QString &name)
{
    search(QStringLiteral("\"%1\"").arg(name));
    QVERIFY(waitForList());
    QTableView *view = m_screen->secretView();
    QModelIndex target;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(SecretListModel::NameRole).toString() == name)
            target = view->model()->index(row, 0);
    }
    QVERIFY2(target.isValid(), qPrintable(listedNames().join(u'|')));
    view->setFocus();
    view->setCurrentIndex(target);
    QTest::keyClick(view, Qt::Key_Return);
}

SecretGeneralPage *TestSecretsScreen::generalPage() const
{
    return m_screen->detailView()->findChild<SecretGeneralPage *>();
}

void TestSecretsScreen::listsTheVaultsSecrets()
{
    QVERIFY(waitForList());

    const QStringList names = listedNames();
    QVERIFY2(names.contains(QStringLiteral("ESXi root - esx01")), qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("Qualys Windows Domain Scan")));
    QCOMPARE(names.size(), 15);
}

void TestSecretsScreen::folderTreeNarrowsTheList()
{
    QTreeView *tree = m_screen->folderView();
    QAbstractItemModel *folders = tree->model();
    const auto childNamed = [folders](const QString &name, const QModelIndex &parent) {
        for (int row = 0; row < folders->rowCount(parent); ++row) {
            if (folders->index(row, 0, parent).data().toString() == name)
                return folders->index(row, 0, parent);
        }
        return QModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(childNamed(QStringLiteral("Scan Credentials"), {}).isValid(),
                             AnswerMs);
    const QModelIndex scanCredentials = childNamed(QStringLiteral("Scan Credentials"), {});
    tree->expand(scanCredentials);
    QTRY_VERIFY_WITH_TIMEOUT(childNamed(QStringLiteral("Unix"), scanCredentials).isValid(),
                             AnswerMs);
    QCOMPARE(folders->rowCount(scanCredentials), 3);

    tree->setCurrentIndex(childNamed(QStringLiteral("Unix"), scanCredentials));

    QTRY_VERIFY_WITH_TIMEOUT(
            waitForList() && !listedNames().contains(QStringLiteral("ESXi root - esx01")),
            AnswerMs);
    QCOMPARE(listedNames(),
             (QStringList { QStringLiteral("Qualys Unix Scan - app01"),
                            QStringLiteral("Unix Root - core-jump01"),
                            QStringLiteral("Unix Scan - bastion01"),
                            QStringLiteral("Unix Scan - vault01") }));
}

void TestSecretsScreen::qualifiedTermsNarrowTheList()
{
    search(QStringLiteral("template:unix is:checkout-required"));

    QVERIFY(waitForList());
    QCOMPARE(listedNames(), QStringList { QStringLiteral("Unix Scan - bastion01") });
}

void TestSecretsScreen::userTermSearchesTheUsernameField()
{
    search(QStringLiteral("user:root"));

    QVERIFY(waitForList());
    QCOMPARE(m_screen->secretModel()->filter().searchField, QStringLiteral("username"));
    QCOMPARE(listedNames(),
             (QStringList { QStringLiteral("ESXi root - esx01"),
                            QStringLiteral("Unix Root - core-jump01") }));
}

void TestSecretsScreen::unknownStatusIsExplained()
{
    search(QStringLiteral("is:sleeping"));

    const auto *problems = m_screen->findChild<QLabel *>(QStringLiteral("searchProblems"));
    QVERIFY(problems);
    QVERIFY(problems->isVisibleTo(m_screen.get()));
    QVERIFY2(problems->text().contains(QStringLiteral("is:sleeping")),
             qPrintable(problems->text()));
}

void TestSecretsScreen::ctrlFFocusesTheSearch()
{
    QVERIFY(waitForList());
    m_screen->activateWindow();
    m_screen->secretView()->setFocus();
    QTRY_VERIFY(m_screen->secretView()->hasFocus());

    QTest::keyClick(m_screen->secretView(), Qt::Key_F, Qt::ControlModifier);

    QTRY_VERIFY(m_screen->searchField()->hasFocus());
}

void TestSecretsScreen::enterInSearchThenEnterOpensTheFirstResult()
{
    QSignalSpy opened(m_screen.get(), &SecretsScreen::secretOpened);
    m_screen->searchField()->setFocus();
    m_screen->searchField()->setText(QStringLiteral("core-jump01"));

    QTest::keyClick(m_screen->searchField(), Qt::Key_Return);
    QVERIFY(waitForList());
    QTRY_VERIFY(m_screen->secretView()->currentIndex().isValid());
    QTest::keyClick(m_screen->secretView(), Qt::Key_Return);

    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_screen->secretView()->currentIndex().data(SecretListModel::NameRole).toString(),
             QStringLiteral("Unix Root - core-jump01"));
}

void TestSecretsScreen::enterOpensTheDetail()
{
    QSignalSpy opened(m_screen.get(), &SecretsScreen::secretOpened);

    openSecret(QStringLiteral("Qualys Unix Scan - app01"));

    QCOMPARE(opened.size(), 1);
    QSignalSpy loaded(generalPage(), &SecretGeneralPage::fieldsLoaded);
    QVERIFY(loaded.wait(AnswerMs));
    const auto *machine
            = m_screen->detailView()->findChild<QLineEdit *>(QStringLiteral("field_machine"));
    QVERIFY(machine);
    QCOMPARE(machine->text(), QStringLiteral("app01.corp.example"));
}

void TestSecretsScreen::passwordStaysMaskedUntilRevealed()
{
    openSecret(QStringLiteral("Qualys Unix Scan - app01"));
    QSignalSpy loaded(generalPage(), &SecretGeneralPage::fieldsLoaded);
    QVERIFY(loaded.wait(AnswerMs));
    auto *password
            = m_screen->detailView()->findChild<QLineEdit *>(QStringLiteral("field_password"));
    QVERIFY(password);
    QVERIFY(password->text().isEmpty()); // the value is not even held until asked for
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    auto *reveal
            = m_screen->detailView()->findChild<QPushButton *>(QStringLiteral("reveal_password"));
    QVERIFY(reveal);
    QVERIFY(!reveal->accessibleName().isEmpty());
    reveal->click();

    QTRY_VERIFY_WITH_TIMEOUT(!password->text().isEmpty(), AnswerMs);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    reveal->click();
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestSecretsScreen::copiedPasswordIsClearedAfterTheDelay()
{
    ClipboardGuard guard(QGuiApplication::clipboard());
    auto *countdown = new ManualCountdown;
    guard.setCountdown(countdown);
    m_screen->detailView()->setClipboardGuard(&guard);
    QGuiApplication::clipboard()->clear();
    openSecret(QStringLiteral("Qualys Unix Scan - app01"));
    QSignalSpy loaded(generalPage(), &SecretGeneralPage::fieldsLoaded);
    QVERIFY(loaded.wait(AnswerMs));
    QSignalSpy copied(generalPage(), &SecretGeneralPage::fieldCopied);

    m_screen->detailView()->findChild<QPushButton *>(QStringLiteral("copy_password"))->click();

    QVERIFY(copied.wait(AnswerMs));
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(countdown->isActive());
    countdown->expire();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestSecretsScreen::checkOutSecretIsNotReadWithoutConsent()
{
    openSecret(QStringLiteral("Unix Scan - bastion01"));

    SecretGeneralPage *page = generalPage();
    const auto *notice = page->findChild<QLabel *>(QStringLiteral("generalNotice"));
    const auto *read = page->findChild<QPushButton *>(QStringLiteral("readFields"));
    QVERIFY(notice->text().contains(QStringLiteral("check-out")));
    QVERIFY(read->isVisibleTo(page));
    QVERIFY(!page->isLoaded());
}

void TestSecretsScreen::heartbeatPageShowsTheFailure()
{
    openSecret(QStringLiteral("ESXi root - esx01"));
    auto *page = m_screen->detailView()->findChild<SecretHeartbeatPage *>();
    m_screen->detailView()->tabs()->setCurrentWidget(page);

    QVERIFY2(page->text().contains(QStringLiteral("UnableToConnect")), qPrintable(page->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(!page->text().contains(QStringLiteral("not known")),
                              qPrintable(page->text()), AnswerMs);
}

void TestSecretsScreen::auditPageListsTheView()
{
    openSecret(QStringLiteral("Qualys Windows Local Scan - web01"));
    QSignalSpy loaded(generalPage(), &SecretGeneralPage::fieldsLoaded);
    QVERIFY(loaded.wait(AnswerMs));
    auto *page = m_screen->detailView()->findChild<SecretAuditPage *>();
    m_screen->detailView()->tabs()->setCurrentWidget(page);

    page->model()->reload();
    page->model()->fetchMore({});

    QTRY_VERIFY_WITH_TIMEOUT(page->model()->recordCount() > 0, AnswerMs);
    QStringList users;
    for (int row = 0; row < page->model()->recordCount(); ++row)
        users.append(page->model()->index(row, 0).data(AuditModel::UserNameRole).toString());
    QVERIFY2(users.contains(QStringLiteral("admin")), qPrintable(users.join(u'|')));
}

void TestSecretsScreen::withdrawnSessionEmptiesTheScreen()
{
    openSecret(QStringLiteral("Qualys Unix Scan - app01"));
    QSignalSpy loaded(generalPage(), &SecretGeneralPage::fieldsLoaded);
    QVERIFY(loaded.wait(AnswerMs));

    m_screen->setSession(nullptr);

    QVERIFY(!generalPage()->isLoaded());
    QVERIFY(m_screen->detailView()
                    ->findChildren<QLineEdit *>(QStringLiteral("field_machine"))
                    .isEmpty());
    QCOMPARE(m_screen->detailView()->secretId(), 0);
    QCOMPARE(m_screen->secretModel()->recordCount(), 0);
}

QTEST_MAIN(TestSecretsScreen)
#include "tst_secretsscreen.moc"
