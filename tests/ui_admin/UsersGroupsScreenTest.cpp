// The Users & groups screen against the sandbox: users listed with application accounts
// marked, the appliance-address check per account, a group membership added through the
// change preview (and a repeat found in place), and a withdrawn session emptying the screen.

#include "admin/UsersGroupsScreen.h"

#include "SandboxProcess.h"
#include "admin/ChangePreviewDialog.h"
#include "models/UsersModel.h"
#include "profiles/CredentialStore.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
constexpr int AnswerMs = 20000;
} // namespace

class UsersGroupsScreenTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void usersAreListedWithApplicationAccountsMarked();
    void dmzAccountAllowsOnlyItsOwnAddress();
    void qualysAccountAllowsTheWholeRange();
    void addToGroupShowsTheMembershipAfterReRead();
    void addingAgainSaysAlreadyInPlace();
    void assignedRestrictionNarrowsTheAllowedAddresses();
    void withdrawnSessionEmptiesTheScreen();

private:
    bool waitForUsers();
    bool chooseUser(const QString &userName);
    const secretserver::User *listedUser(const QString &userName) const;

    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    ConnectionProfile m_profile;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<UsersGroupsScreen> m_screen;
};

void UsersGroupsScreenTest::initTestCase()
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

void UsersGroupsScreenTest::init()
{
    m_screen = std::make_unique<UsersGroupsScreen>();
    m_screen->resize(1200, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->setSession(m_session.get());
}

void UsersGroupsScreenTest::cleanup()
{
    m_screen.reset();
}

bool UsersGroupsScreenTest::waitForUsers()
{
    UsersModel *model = m_screen->usersModel();
    if (model->recordCount() == 0 && model->canFetchMore({}))
        model->fetchMore({});
    return QTest::qWaitFor([model] { return model->recordCount() >= 5; }, AnswerMs);
}

const secretserver::User *UsersGroupsScreenTest::listedUser(const QString &userName) const
{
    const UsersModel *model = m_screen->usersModel();
    for (int row = 0; row < model->recordCount(); ++row) {
        if (model->userAt(row)->userName == userName)
            return model->userAt(row);
    }
    return nullptr;
}

bool UsersGroupsScreenTest::chooseUser(const QString &userName)
{
    if (!waitForUsers() || !m_screen->selectUser(userName))
        return false;
    return QTest::qWaitFor([this] { return m_screen->isUserDetailLoaded(); }, AnswerMs);
}

void UsersGroupsScreenTest::usersAreListedWithApplicationAccountsMarked()
{
    QVERIFY(waitForUsers());
    const UsersModel *model = m_screen->usersModel();
    int qualysRow = -1;
    int adminRow = -1;
    for (int row = 0; row < model->recordCount(); ++row) {
        if (model->userAt(row)->userName == QStringLiteral("svc-qualys"))
            qualysRow = row;
        if (model->userAt(row)->userName == QStringLiteral("admin"))
            adminRow = row;
    }
    QVERIFY(qualysRow >= 0);
    QVERIFY(adminRow >= 0);
    QVERIFY(model->index(qualysRow, 0).data(UsersModel::ApplicationAccountRole).toBool());
    QVERIFY(!model->index(adminRow, 0).data(UsersModel::ApplicationAccountRole).toBool());
    // The mark is visible in the table, not only in a role.
    QCOMPARE(model->index(qualysRow, UsersModel::ApplicationAccountColumn).data().toString(),
             QStringLiteral("Yes"));
    QVERIFY(chooseUser(QStringLiteral("svc-qualys")));
    const QList<QLabel *> labels = m_screen->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().contains(QStringLiteral("application account"));
    }));
}

void UsersGroupsScreenTest::dmzAccountAllowsOnlyItsOwnAddress()
{
    QVERIFY(chooseUser(QStringLiteral("svc-qualys-dmz")));
    QTest::keyClicks(m_screen->applianceField(), QStringLiteral("127.0.0.200, 127.0.0.1"));
    const QList<IpAllowance::Verdict> verdicts = m_screen->applianceVerdicts();
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0).address, QStringLiteral("127.0.0.200"));
    QVERIFY(verdicts.at(0).allowed);
    QCOMPARE(verdicts.at(0).matchedName, QStringLiteral("DMZ scanner"));
    QCOMPARE(verdicts.at(1).address, QStringLiteral("127.0.0.1"));
    QVERIFY(!verdicts.at(1).allowed);
    QVERIFY2(m_screen->restrictionLines().join(u'|').contains(QStringLiteral("127.0.0.200/32")),
             qPrintable(m_screen->restrictionLines().join(u'|')));
}

void UsersGroupsScreenTest::qualysAccountAllowsTheWholeRange()
{
    QVERIFY(chooseUser(QStringLiteral("svc-qualys")));
    m_screen->applianceField()->setText(QStringLiteral("127.0.0.200,127.0.0.1"));
    const QList<IpAllowance::Verdict> verdicts = m_screen->applianceVerdicts();
    QCOMPARE(verdicts.size(), 2);
    QVERIFY(verdicts.at(0).allowed);
    QVERIFY(verdicts.at(1).allowed);
    QCOMPARE(verdicts.at(1).matchedName, QStringLiteral("Scanner appliances"));
}

void UsersGroupsScreenTest::addToGroupShowsTheMembershipAfterReRead()
{
    QVERIFY(chooseUser(QStringLiteral("jdoe")));
    QVERIFY(!m_screen->membershipNames().contains(QStringLiteral("Qualys Scanners")));
    QComboBox *groups = m_screen->groupChoice();
    QTRY_VERIFY_WITH_TIMEOUT(groups->findText(QStringLiteral("Qualys Scanners")) >= 0, AnswerMs);
    groups->setCurrentIndex(groups->findText(QStringLiteral("Qualys Scanners")));
    QSignalSpy reread(m_screen.get(), &UsersGroupsScreen::userDetailLoaded);
    m_screen->addToGroup();
    QVERIFY(m_screen->previewDialog());
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->previewDialog()->stage(),
                              ChangePreviewDialog::Stage::Previewing, AnswerMs);
    QVERIFY2(m_screen->previewDialog()->lines().join(u'|').contains(QStringLiteral("jdoe")),
             qPrintable(m_screen->previewDialog()->lines().join(u'|')));
    m_screen->previewDialog()->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(reread.count() >= 1, AnswerMs);
    QVERIFY2(m_screen->membershipNames().contains(QStringLiteral("Qualys Scanners")),
             qPrintable(m_screen->membershipNames().join(u'|')));
    QVERIFY(m_screen->membershipNames().contains(QStringLiteral("Security Team")));
}

void UsersGroupsScreenTest::addingAgainSaysAlreadyInPlace()
{
    QVERIFY(chooseUser(QStringLiteral("jdoe")));
    QComboBox *groups = m_screen->groupChoice();
    QTRY_VERIFY_WITH_TIMEOUT(groups->findText(QStringLiteral("Qualys Scanners")) >= 0, AnswerMs);
    groups->setCurrentIndex(groups->findText(QStringLiteral("Qualys Scanners")));
    m_screen->addToGroup();
    QVERIFY(m_screen->previewDialog());
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->previewDialog()->stage(),
                              ChangePreviewDialog::Stage::NothingToDo, AnswerMs);
    QVERIFY2(m_screen->previewDialog()->lines().join(u'|').contains(
                     QStringLiteral("already in place")),
             qPrintable(m_screen->previewDialog()->lines().join(u'|')));
}

void UsersGroupsScreenTest::assignedRestrictionNarrowsTheAllowedAddresses()
{
    QVERIFY(chooseUser(QStringLiteral("mchen")));
    m_screen->applianceField()->setText(QStringLiteral("127.0.0.1"));
    QCOMPARE(m_screen->applianceVerdicts().size(), 1);
    QVERIFY(m_screen->applianceVerdicts().first().allowed); // no restriction: anywhere
    QComboBox *restrictions = m_screen->restrictionChoice();
    const int dmz = restrictions->findText(QStringLiteral("DMZ scanner"), Qt::MatchStartsWith);
    QVERIFY(dmz >= 0);
    restrictions->setCurrentIndex(dmz);
    QSignalSpy reread(m_screen.get(), &UsersGroupsScreen::userDetailLoaded);
    m_screen->assignRestriction();
    QVERIFY(m_screen->previewDialog());
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->previewDialog()->stage(),
                              ChangePreviewDialog::Stage::Previewing, AnswerMs);
    m_screen->previewDialog()->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(reread.count() >= 1, AnswerMs);
    QVERIFY2(m_screen->restrictionLines().join(u'|').contains(QStringLiteral("DMZ scanner")),
             qPrintable(m_screen->restrictionLines().join(u'|')));
    QCOMPARE(m_screen->applianceVerdicts().size(), 1);
    QVERIFY(!m_screen->applianceVerdicts().first().allowed);
}

void UsersGroupsScreenTest::withdrawnSessionEmptiesTheScreen()
{
    QVERIFY(chooseUser(QStringLiteral("svc-qualys-dmz")));
    m_screen->applianceField()->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(!m_screen->membershipNames().isEmpty());
    m_screen->setSession(nullptr);
    QCOMPARE(m_screen->usersModel()->recordCount(), 0);
    QCOMPARE(m_screen->selectedUserId(), 0);
    QVERIFY(m_screen->membershipNames().isEmpty());
    QVERIFY(m_screen->restrictionLines().isEmpty());
    QCOMPARE(m_screen->groupChoice()->count(), 0);
    QCOMPARE(m_screen->restrictionChoice()->count(), 0);
    QVERIFY(m_screen->applianceField()->text().isEmpty());
    QVERIFY(m_screen->applianceVerdicts().isEmpty());
    QVERIFY(!m_screen->isEnabled());
    QVERIFY(listedUser(QStringLiteral("svc-qualys")) == nullptr);
}

QTEST_MAIN(UsersGroupsScreenTest)
#include "UsersGroupsScreenTest.moc"
