#include "wizard/SetupWizard.h"

#include "session/VaultSession.h"
#include "wizard/SetupController.h"
#include "wizard/SetupWizardPages.h"

#include <QFileDialog>

SetupWizard::SetupWizard(VaultSession *session, qualys::QualysConnectionStore *connections,
                         CredentialStore *credentials, QWidget *parent)
    : QWizard(parent), m_controller(new SetupController(session->client(), this))
{
    setWindowTitle(tr("Set up vault-backed scanning"));
    setAccessibleName(tr("Setup wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);

    VaultChoice vault = m_controller->vault();
    vault.url = SetupController::webServicesUrl(session->profile().serverUrl());
    m_controller->setVault(vault);

    setPage(ServerPageId, new ServerPage(m_controller));
    setPage(AccountPageId, new AccountPage(m_controller));
    setPage(FolderPageId, new FolderPage(m_controller));
    setPage(SecretsPageId, new SecretsPage(m_controller));
    setPage(RotationPageId, new RotationPage(m_controller));
    setPage(QualysPageId, new QualysPage(m_controller, connections, credentials));
    setPage(RecordsPageId, new RecordsPage(m_controller));
    setPage(ReviewPageId, new ReviewPage(m_controller));
    setPage(ApplyPageId, new ApplyPage(m_controller));
    setPage(SummaryPageId, new SummaryPage(m_controller, this));
    setStartId(ServerPageId);

    m_chooser = [](QWidget *owner, std::function<void(const QString &)> chosen) {
        auto *dialog = new QFileDialog(owner, tr("Export the setup report"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilters({ tr("HTML report (*.html)"), tr("Text report (*.txt)") });
        dialog->setDefaultSuffix(QStringLiteral("html"));
        dialog->selectFile(QStringLiteral("scanvault-setup.html"));
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog, chosen);
        dialog->open();
    };
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::setReportPathChooser(ReportPathChooser chooser)
{
    m_chooser = std::move(chooser);
}

void SetupWizard::reject()
{
    m_controller->cancel();
    QWizard::reject();
}
