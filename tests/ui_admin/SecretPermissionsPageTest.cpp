#include "admin/SecretPermissionsPage.h"

#include "ModelFixture.h"
#include "admin/ChangePreviewDialog.h"
#include "changes/SecretLookup.h"
#include "models/EffectiveAccessModel.h"
#include "models/PermissionsModel.h"
#include "secretserver/RestClient.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace secretserver;

namespace {

constexpr int WaitMs = 30000;
const SecretRef App01 { 3, QStringLiteral("Qualys Unix Scan - app01"), 3 };
const SecretRef DomainAdmin { 14, QStringLiteral("Domain Admin - corp"), 5 };
const SecretRef CoreJump { 7, QStringLiteral("Unix Root - core-jump01"), 3 };
constexpr int QualysScanners = 1;

} // namespace

// The permissions tab offscreen against one sandbox; the functions run in order and the
// later ones build on the grants of the earlier ones (all on Domain Admin - corp).
class SecretPermissionsPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void explainerShowsTheGroupPathForQualys();
    void explainerSaysCannotWithoutPermission();
    void explainerSaysListOnly();
    void explainerExplainsAGroup();
    void qualysAccountIsPreselectedWithLeastPrivilege();
    void roleAboveViewIsFlagged();
    void cancelledGrantAppliesNothing();
    void grantViewMakesTheExplainerSayView();
    void secondGrantIsAlreadyInPlace();
    void removingThePermissionTakesAccessAway();
    void inheritanceIsTurnedBackOn();

private:
    SecretSummary summary(const SecretRef &secret);
    // Shows the secret and waits until the explainer has a final sentence for svc-qualys.
    bool showAndExplain(const SecretRef &secret);
    bool explainerSettled() const;
    // Waits for the page's open preview to reach stage; false on timeout.
    bool waitForStage(ChangePreviewDialog::Stage stage);
    bool confirmAndWaitForReRead();

    ModelFixture m_fixture;
    std::unique_ptr<SecretPermissionsPage> m_page;
};

void SecretPermissionsPageTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void SecretPermissionsPageTest::init()
{
    m_page = std::make_unique<SecretPermissionsPage>();
    m_page->show();
}

void SecretPermissionsPageTest::cleanup()
{
    m_page.reset();
}

SecretSummary SecretPermissionsPageTest::summary(const SecretRef &secret)
{
    std::optional<Result<SecretSummary>> answer;
    QObject context;
    SecretLookup::find(m_fixture.client(), secret, &context,
                       [&answer](const Result<SecretSummary> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs))
        return {};
    return answer->value;
}

bool SecretPermissionsPageTest::explainerSettled() const
{
    const QString text = m_page->explanation();
    return text.startsWith(QLatin1String("svc-qualys can"))
            || text.startsWith(QLatin1String("svc-qualys cannot"));
}

bool SecretPermissionsPageTest::showAndExplain(const SecretRef &secret)
{
    const SecretSummary found = summary(secret);
    if (found.id != secret.id)
        return false;
    m_page->showSecret(m_fixture.client(), found);
    return QTest::qWaitFor([this] { return explainerSettled(); }, WaitMs);
}

bool SecretPermissionsPageTest::waitForStage(ChangePreviewDialog::Stage stage)
{
    return QTest::qWaitFor(
            [this, stage] {
                return m_page->previewDialog() && m_page->previewDialog()->stage() == stage;
            },
            WaitMs);
}

bool SecretPermissionsPageTest::confirmAndWaitForReRead()
{
    QSignalSpy changed(m_page.get(), &SecretPage::secretChanged);
    m_page->previewDialog()->confirm();
    if (!waitForStage(ChangePreviewDialog::Stage::Done) || changed.count() != 1)
        return false;
    // The page reads the summary and the explainer again after the change.
    QSignalSpy explained(m_page.get(), &SecretPermissionsPage::explanationChanged);
    return QTest::qWaitFor([&] { return explained.count() > 0 && explainerSettled(); }, WaitMs);
}

void SecretPermissionsPageTest::explainerShowsTheGroupPathForQualys()
{
    QVERIFY(showAndExplain(App01));
    const QString text = m_page->explanation();
    QVERIFY2(text.startsWith(QStringLiteral("svc-qualys can View this secret: via group Qualys "
                                            "Scanners on folder Scan Credentials (inherited")),
             qPrintable(text));
    QVERIFY(m_page->effectiveAccess()->rowCount() >= 1);
}

void SecretPermissionsPageTest::explainerSaysCannotWithoutPermission()
{
    QVERIFY(showAndExplain(DomainAdmin));
    QVERIFY2(m_page->explanation().startsWith(
                     QStringLiteral("svc-qualys cannot read this secret's password")),
             qPrintable(m_page->explanation()));
    QVERIFY(m_page->explanation().contains(QStringLiteral("grant View")));
}

void SecretPermissionsPageTest::explainerSaysListOnly()
{
    QVERIFY(showAndExplain(CoreJump));
    QVERIFY2(m_page->explanation().startsWith(QStringLiteral(
                     "svc-qualys cannot read this secret's password: List only — grant View")),
             qPrintable(m_page->explanation()));
}

void SecretPermissionsPageTest::explainerExplainsAGroup()
{
    QVERIFY(showAndExplain(App01));
    QVERIFY(m_page->selectPrincipal(true, QualysScanners));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->explanation(),
                              QStringLiteral("group Qualys Scanners can View this secret: "
                                             "directly on folder Unix (inherited)"),
                              WaitMs);
}

void SecretPermissionsPageTest::qualysAccountIsPreselectedWithLeastPrivilege()
{
    QVERIFY(showAndExplain(DomainAdmin));
    const Principal who = m_page->selectedPrincipal();
    QCOMPARE(who.name, QStringLiteral("svc-qualys"));
    QVERIFY(!who.isGroup);
    const auto grant = m_page->findChildren<QPushButton *>();
    QVERIFY(std::any_of(grant.cbegin(), grant.cend(), [](const QPushButton *button) {
        return button->text() == QStringLiteral("&Grant View…");
    }));
}

void SecretPermissionsPageTest::roleAboveViewIsFlagged()
{
    QVERIFY(showAndExplain(DomainAdmin));
    const auto warning = [this] {
        const auto labels = m_page->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->accessibleName() == QStringLiteral("Role warning"))
                return label->text();
        }
        return QString();
    };
    QVERIFY(warning().isEmpty());
    m_page->setRole(QStringLiteral("Owner"));
    QVERIFY2(warning().contains(QStringLiteral("more than scanning needs")), qPrintable(warning()));
}

void SecretPermissionsPageTest::cancelledGrantAppliesNothing()
{
    QVERIFY(showAndExplain(DomainAdmin));
    m_page->grantAccess();
    QVERIFY(waitForStage(ChangePreviewDialog::Stage::Previewing));
    QVERIFY2(m_page->previewDialog()->lines().join(u'|').contains(
                     QStringLiteral("Grant svc-qualys View on secret Domain Admin - corp")),
             qPrintable(m_page->previewDialog()->lines().join(u'|')));
    m_page->previewDialog()->cancelChanges();

    QVERIFY(showAndExplain(DomainAdmin));
    QVERIFY2(m_page->explanation().startsWith(QStringLiteral("svc-qualys cannot")),
             qPrintable(m_page->explanation()));
    QVERIFY(summary(DomainAdmin).inheritsPermissions);
}

void SecretPermissionsPageTest::grantViewMakesTheExplainerSayView()
{
    QVERIFY(showAndExplain(DomainAdmin));
    m_page->grantAccess();
    QVERIFY(waitForStage(ChangePreviewDialog::Stage::Previewing));
    QVERIFY(confirmAndWaitForReRead());
    QVERIFY2(m_page->explanation().startsWith(
                     QStringLiteral("svc-qualys can View this secret: directly on the secret")),
             qPrintable(m_page->explanation()));
    // Granting on an inheriting secret gave it permissions of its own.
    QVERIFY(!m_page->findChild<QCheckBox *>()->isChecked());
}

void SecretPermissionsPageTest::secondGrantIsAlreadyInPlace()
{
    QVERIFY(showAndExplain(DomainAdmin));
    m_page->grantAccess();
    QVERIFY(waitForStage(ChangePreviewDialog::Stage::NothingToDo));
    QVERIFY2(m_page->previewDialog()->lines().join(u'|').contains(QStringLiteral("already")),
             qPrintable(m_page->previewDialog()->lines().join(u'|')));
}

void SecretPermissionsPageTest::removingThePermissionTakesAccessAway()
{
    QVERIFY(showAndExplain(DomainAdmin));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->secretPermissions()->status() == RemoteListModel::Status::Idle
                                     && m_page->secretPermissions()->recordCount() > 0,
                             WaitMs);
    QVERIFY(m_page->selectPermission(QStringLiteral("svc-qualys")));
    m_page->removePermission();
    QVERIFY(waitForStage(ChangePreviewDialog::Stage::Previewing));
    QVERIFY2(m_page->previewDialog()->lines().join(u'|').contains(
                     QStringLiteral("Remove svc-qualys from secret Domain Admin - corp")),
             qPrintable(m_page->previewDialog()->lines().join(u'|')));
    QVERIFY(confirmAndWaitForReRead());
    QVERIFY2(m_page->explanation().startsWith(QStringLiteral("svc-qualys cannot")),
             qPrintable(m_page->explanation()));
}

void SecretPermissionsPageTest::inheritanceIsTurnedBackOn()
{
    QVERIFY(showAndExplain(DomainAdmin));
    auto *inherit = m_page->findChild<QCheckBox *>();
    QVERIFY(!inherit->isChecked());
    inherit->click(); // as the person would: opens the preview
    QVERIFY(waitForStage(ChangePreviewDialog::Stage::Previewing));
    QVERIFY(confirmAndWaitForReRead());
    QVERIFY(inherit->isChecked());
    QVERIFY(summary(DomainAdmin).inheritsPermissions);
}

QTEST_MAIN(SecretPermissionsPageTest)
#include "SecretPermissionsPageTest.moc"
