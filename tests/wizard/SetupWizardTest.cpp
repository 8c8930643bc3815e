// The setup wizard's pages, offscreen, driven through all ten pages against the sandbox: a
// thin test of the wiring (the controller tests carry the weight).
#include "wizard/SetupWizard.h"

#include "WizardFixture.h"
#include "profiles/CredentialStore.h"
#include "qualys/QualysConnectionStore.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

namespace {

constexpr int PageMs = 60000;

template<typename T> T *control(QWizard &wizard, const QString &accessibleName)
{
    const auto all = wizard.currentPage()->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

} // namespace

class SetupWizardTest : public QObject
{
    Q_OBJECT

private slots:
    void drivesEveryPageToAVerifiedSetup();
};

void SetupWizardTest::drivesEveryPageToAVerifiedSetup()
{
    WizardFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    QVERIFY(fixture.emptyQualys());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QJsonObject ready { { QStringLiteral("https"), fixture.sandbox().httpsPort() },
                              { QStringLiteral("sha256"),
                                QString::fromLatin1(fixture.sandbox().sha256Fingerprint()) } };
    const auto profile = SandboxProfile::fromReadyLine(
            QJsonDocument(ready).toJson(QJsonDocument::Compact), std::nullopt);
    QVERIFY(profile);
    CredentialStore credentials;
    VaultSession session(*profile, &credentials);
    session.signIn(QStringLiteral("Sandbox-Admin-1!"), false);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::State::SignedIn, PageMs);

    qualys::QualysConnectionStore connections(dir.filePath(QStringLiteral("qualys.ini")));
    qualys::QualysConnection connection = qualys::QualysConnection::create();
    connection.name = QStringLiteral("Sandbox Qualys");
    connection.platformKey = qualys::CustomPlatformKey;
    connection.customUrl = fixture.sandbox().baseUrl(true).toString();
    connection.userName = QStringLiteral("qualys-admin");
    connection.pinCertificate(fixture.sandbox().sha256Fingerprint());
    QVERIFY(connections.save(connection).isEmpty());
    CredentialJob *stored = credentials.write(connection.id, CredentialKind::Password,
                                              QStringLiteral("Sandbox-Qualys-Api-1!"));
    QSignalSpy written(stored, &CredentialJob::finished);
    QVERIFY(written.wait(PageMs));
    QVERIFY(written.first().first().value<CredentialResult>().ok());

    SetupWizard wizard(&session, &connections, &credentials);
    const QString reportPath = dir.filePath(QStringLiteral("setup.html"));
    wizard.setReportPathChooser(
            [reportPath](QWidget *, std::function<void(const QString &)> chosen) {
                chosen(reportPath);
            });
    wizard.show();
    const auto complete = [&wizard] {
        return wizard.currentPage()->isComplete();
    };

    // 1. Secret Server
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    wizard.next();
    // 2. Service account
    auto *user = control<QComboBox>(wizard, QStringLiteral("Service account"));
    QVERIFY(user);
    QTRY_VERIFY_WITH_TIMEOUT(user->count() > 0, PageMs);
    QCOMPARE(user->currentText(), QStringLiteral("svc-qualys"));
    control<QLineEdit>(wizard, QStringLiteral("Scanner appliance addresses"))
            ->setText(QStringLiteral("127.0.0.1"));
    control<QPushButton>(wizard, QStringLiteral("Check the account"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    wizard.next();
    // 3. Folder
    control<QLineEdit>(wizard, QStringLiteral("Folder name"))->setText(QStringLiteral("UI Scans"));
    QPushButton *checkFolder = control<QPushButton>(wizard, QStringLiteral("Check the folder"));
    checkFolder->setFocus();
    QTest::keyClick(checkFolder, Qt::Key_Space); // keyboard-driven
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    wizard.next();
    // 4. Secrets: one new Unix secret, once the templates are read
    QTRY_VERIFY_WITH_TIMEOUT(
            control<QPushButton>(wizard, QStringLiteral("Add new secret"))->isEnabled(), PageMs);
    auto *templates = control<QComboBox>(wizard, QStringLiteral("Template"));
    templates->setCurrentIndex(templates->findText(QStringLiteral("Unix Account (SSH)")));
    control<QLineEdit>(wizard, QStringLiteral("New secret name"))
            ->setText(QStringLiteral("UI Unix app07"));
    control<QLineEdit>(wizard, QStringLiteral("Machine or server"))
            ->setText(QStringLiteral("app07"));
    control<QLineEdit>(wizard, QStringLiteral("User name"))->setText(QStringLiteral("scan-ui"));
    control<QLineEdit>(wizard, QStringLiteral("Password"))->setText(QStringLiteral("Ui-Pass-77!"));
    control<QPushButton>(wizard, QStringLiteral("Add new secret"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    wizard.next();
    // 5. Rotation
    QCOMPARE(wizard.currentId(), int(SetupWizard::RotationPageId));
    wizard.next();
    // 6. Qualys
    control<QLineEdit>(wizard, QStringLiteral("Service account password"))
            ->setText(WizardFixture::ScannerPassword);
    control<QPushButton>(wizard, QStringLiteral("Connect to Qualys"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    wizard.next();
    // 7. Records
    auto *table = control<QTableWidget>(wizard, QStringLiteral("Records to create"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("UI Unix app07"));
    table->item(0, 2)->setText(QStringLiteral("10.66.0.7"));
    control<QPushButton>(wizard, QStringLiteral("Check for conflicts"))->click();
    QVERIFY(complete());
    wizard.next();
    // 8. Review
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    wizard.next();
    // 9. Apply and verify
    QCOMPARE(wizard.currentId(), int(SetupWizard::ApplyPageId));
    control<QPushButton>(wizard, QStringLiteral("Apply the changes"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(complete(), PageMs);
    auto *verdicts = control<QListWidget>(wizard, QStringLiteral("Verification per record"));
    QCOMPARE(verdicts->count(), 1);
    QVERIFY2(verdicts->item(0)->text().contains(QStringLiteral("Passed")),
             qPrintable(verdicts->item(0)->text()));
    wizard.next();
    // 10. Summary and report
    QCOMPARE(wizard.currentId(), int(SetupWizard::SummaryPageId));
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    control<QPushButton>(wizard, QStringLiteral("Export the report"))->click();
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(report.readAll());
    QVERIFY(html.contains(QStringLiteral("UI Unix app07")));
    QVERIFY(!html.contains(QStringLiteral("Ui-Pass-77!")));
    QVERIFY(!html.contains(WizardFixture::ScannerPassword));
}

QTEST_MAIN(SetupWizardTest)
#include "SetupWizardTest.moc"
