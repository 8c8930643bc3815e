#pragma once

#include "qualys/AuthRecord.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace qualys {
class QualysClient;
}

// Creates or edits a Thycotic Secret Server authentication vault in Qualys: title, web
// service URL, the account the scanner signs in as, its write-only password, domain and
// comments. The form is checked before anything is sent; saved() reports the vault's ID.
class VaultDialog : public QDialog
{
    Q_OBJECT

public:
    // existingId 0 creates; otherwise the vault is read first and edited.
    VaultDialog(qualys::QualysClient *client, int existingId, const QString &defaultUrl,
                QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *domainField() const { return m_domain; }
    QPlainTextEdit *commentsField() const { return m_comments; }
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isBusy() const { return m_busy; }

    qualys::VaultForm form() const;
    void save();

signals:
    void saved(int vaultId);

private:
    void setBusy(bool busy);
    void showProblems(const QStringList &problems);

    QPointer<qualys::QualysClient> m_client;
    int m_id = 0;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_domain = nullptr;
    QPlainTextEdit *m_comments = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};
