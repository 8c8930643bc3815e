#include "qualys/VaultDialog.h"

#include "qualys/QualysClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace qualys;

VaultDialog::VaultDialog(QualysClient *client, int existingId, const QString &defaultUrl,
                         QWidget *parent)
    : QDialog(parent), m_client(client), m_id(existingId)
{
    setWindowTitle(m_id ? tr("Edit vault") : tr("Create vault"));

    auto *type = new QLabel(ThycoticVaultType, this);
    type->setAccessibleName(tr("Vault type"));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Vault title"));
    m_url = new QLineEdit(defaultUrl, this);
    m_url->setAccessibleName(tr("Secret Server web service URL"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("Vault account user name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Vault account password"));
    m_password->setPlaceholderText(m_id ? tr("Unchanged unless typed")
                                        : tr("Required; Qualys never shows it again"));
    m_domain = new QLineEdit(this);
    m_domain->setAccessibleName(tr("Vault account domain"));
    m_comments = new QPlainTextEdit(this);
    m_comments->setAccessibleName(tr("Vault comments"));
    m_comments->setTabChangesFocus(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), type);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("U&ser name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("&Comments:"), m_comments);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VaultDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    if (m_id && m_client) {
        setBusy(true);
        m_client->viewVault(m_id, this, [this](const QualysReply<AuthVault> &reply) {
            setBusy(false);
            if (!reply.ok()) {
                showProblems({ reply.message });
                return;
            }
            m_title->setText(reply.value.title);
            m_url->setText(reply.value.url);
            m_user->setText(reply.value.username);
            m_domain->setText(reply.value.domain);
            m_comments->setPlainText(reply.value.comments);
        });
    }
}

VaultForm VaultDialog::form() const
{
    VaultForm form;
    form.title = m_title->text().trimmed();
    form.url = m_url->text().trimmed();
    form.username = m_user->text().trimmed();
    form.password = m_password->text();
    form.domain = m_domain->text().trimmed();
    form.comments = m_comments->toPlainText();
    return form;
}

void VaultDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void VaultDialog::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void VaultDialog::save()
{
    if (m_busy)
        return;
    if (!m_client) {
        showProblems({ tr("There is no Qualys connection to save the vault with.") });
        return;
    }
    const VaultForm form = this->form();
    const QStringList problems = checkVaultForm(form, m_id == 0);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    setBusy(true);
    auto done = [this](const QualysReply<int> &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showProblems({ reply.message });
            return;
        }
        m_password->clear();
        emit saved(m_id ? m_id : reply.value);
        accept();
    };
    if (m_id)
        m_client->updateVault(m_id, form, this, done);
    else
        m_client->createVault(form, this, done);
}
