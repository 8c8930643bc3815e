#pragma once

#include "wizard/SetupPlan.h"

#include <QPointer>
#include <QWizardPage>
#include <memory>

class CredentialStore;
class FindingList;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class SetupController;
class SetupWizard;
namespace qualys {
class QualysClient;
class QualysConnectionStore;
} // namespace qualys

// The pages of SetupWizard. Each shows what the controller found and passes the person's
// choices to it; none talks to a server itself.

class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    SetupController *m_controller;
    FindingList *m_findings;
    QPushButton *m_recheck;
    bool m_checked = false;
};

class AccountPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void check();

    SetupController *m_controller;
    QComboBox *m_user;
    QCheckBox *m_useGroup;
    QComboBox *m_group;
    QLineEdit *m_appliances;
    QPushButton *m_check;
    QLabel *m_restrictions;
    FindingList *m_findings;
    bool m_checked = false;
};

class FolderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FolderPage(SetupController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    void check();

    SetupController *m_controller;
    QLineEdit *m_name;
    QPushButton *m_check;
    QLabel *m_state;
    FindingList *m_findings;
    bool m_checked = false;
};

class SecretsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SecretsPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void addNew();
    void showFindings();

    SetupController *m_controller;
    QListWidget *m_secrets;
    QCheckBox *m_fix;
    FindingList *m_findings;
    QComboBox *m_template;
    QLineEdit *m_name;
    QLineEdit *m_machine;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLineEdit *m_database;
    QLineEdit *m_port;
    QPushButton *m_add;
    QList<SecretChoice> m_new;
    bool m_loaded = false;
};

class RotationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RotationPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void update();

    SetupController *m_controller;
    QCheckBox *m_enabled;
    QSpinBox *m_minutes;
    FindingList *m_findings;
};

class QualysPage : public QWizardPage
{
    Q_OBJECT
public:
    QualysPage(SetupController *controller, qualys::QualysConnectionStore *connections,
               CredentialStore *credentials, QWidget *parent = nullptr);
    ~QualysPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void load();

    SetupController *m_controller;
    QPointer<qualys::QualysConnectionStore> m_connections;
    QPointer<CredentialStore> m_credentials;
    std::unique_ptr<qualys::QualysClient> m_client;
    QComboBox *m_connection;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QPushButton *m_load;
    QLabel *m_state;
    bool m_loaded = false;
};

class RecordsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecordsPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void check();

    SetupController *m_controller;
    QTableWidget *m_table;
    QPushButton *m_check;
    FindingList *m_conflicts;
    bool m_checked = false;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    SetupController *m_controller;
    QTextBrowser *m_changes;
    bool m_ready = false;
};

class ApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(SetupController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void start();

    SetupController *m_controller;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_step;
    QListWidget *m_verdicts;
    bool m_done = false;
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(SetupController *controller, SetupWizard *wizard);
    void initializePage() override;

private:
    void exportReport();

    SetupController *m_controller;
    SetupWizard *m_wizard;
    QTextBrowser *m_text;
    QPushButton *m_export;
    QLabel *m_exported;
};
