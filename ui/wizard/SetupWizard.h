#pragma once

#include <QWizard>
#include <functional>

class CredentialStore;
class SetupController;
class VaultSession;
namespace qualys {
class QualysConnectionStore;
}

// The guided setup from a signed-in Secret Server and a saved Qualys connection to verified,
// vault-backed authenticated scanning. Thin pages over SetupController, which does all the
// work; open it with show() or open(), never exec(). The session and stores are borrowed and
// must outlive the wizard.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ServerPageId,
        AccountPageId,
        FolderPageId,
        SecretsPageId,
        RotationPageId,
        QualysPageId,
        RecordsPageId,
        ReviewPageId,
        ApplyPageId,
        SummaryPageId,
    };

    // Asks where to save the report and answers with a path (empty: cancelled), later.
    using ReportPathChooser
            = std::function<void(QWidget *parent, std::function<void(const QString &)> chosen)>;

    SetupWizard(VaultSession *session, qualys::QualysConnectionStore *connections,
                CredentialStore *credentials, QWidget *parent = nullptr);
    ~SetupWizard() override;

    SetupController *controller() const { return m_controller; }
    // Tests replace the file dialog; the default opens a non-modal QFileDialog.
    void setReportPathChooser(ReportPathChooser chooser);
    const ReportPathChooser &reportPathChooser() const { return m_chooser; }

protected:
    void reject() override; // cancels the step in flight first

private:
    SetupController *m_controller;
    ReportPathChooser m_chooser;
};
