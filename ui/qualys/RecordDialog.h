#pragma once

#include "checks/Finding.h"
#include "qualys/AuthRecord.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QWidget;
class ReadinessAssessor;
class VaultSession;

namespace qualys {
class QualysClient;
}

// Creates or edits a vault-backed Qualys authentication record: type, title, IPs, user name,
// vault, secret name and the type's own fields. Before anything is sent it checks the form
// (checkRecordForm) and, against the signed-in Secret Server, that the secret the scanner
// will ask for exists exactly, the vault account can view it, nothing blocks unattended
// retrieval and the user names agree. Blockers keep OK disabled until a field changes;
// warnings need "save anyway". Open with open() or show().
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(qualys::QualysClient *client, VaultSession *session,
                 const QList<qualys::AuthVault> &vaults,
                 const std::optional<qualys::AuthRecord> &existing, QWidget *parent = nullptr);
    ~RecordDialog() override;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *ipsField() const { return m_ips; }
    QLineEdit *userField() const { return m_user; }
    QComboBox *vaultBox() const { return m_vault; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *commentsField() const { return m_comments; }
    // The field of the current type for an API parameter ("port", "sid", ...), or nullptr.
    QWidget *typeField(const QString &name) const { return m_typeFields.value(name); }
    QListWidget *findingList() const { return m_findingList; }
    QCheckBox *anywayBox() const { return m_anyway; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    QList<Finding> findings() const { return m_findings; }
    bool isBusy() const { return m_busy; }
    qualys::RecordForm form() const;

    // Whether the signed-in Secret Server profile is paired with the record's Qualys
    // connection; when not, the checks add a warning. Paired unless told otherwise.
    void setPaired(bool paired) { m_paired = paired; }

    // As OK: checks, then sends when nothing blocks.
    void save();

signals:
    // The checks ended; when nothing blocks (and warnings are accepted) sending has started.
    void checked(const QList<Finding> &findings);
    void saved(qualys::AuthRecordType type, int id);

private:
    void rebuildTypeFields();
    void edited();
    void setBusy(bool busy);
    void checkAgainstSecretServer(const qualys::RecordForm &form);
    void concluded(const qualys::RecordForm &form);
    void send(const qualys::RecordForm &form);
    void showFindings(const QList<Finding> &findings);
    static Finding blocker(const QString &code, const QString &title, const QString &fix = {});

    QPointer<qualys::QualysClient> m_client;
    QPointer<VaultSession> m_session;
    std::optional<qualys::AuthRecord> m_existing;
    ReadinessAssessor *m_assessor = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_ips = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_vault = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_comments = nullptr;
    QFormLayout *m_typeForm = nullptr;
    QMap<QString, QWidget *> m_typeFields;
    QListWidget *m_findingList = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_anyway = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Finding> m_findings;
    bool m_busy = false;
    bool m_blocked = false;
    bool m_paired = true;
};
