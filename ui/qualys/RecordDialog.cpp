#include "qualys/RecordDialog.h"

#include "checks/ReadinessAssessor.h"
#include "qualys/QualysClient.h"
#include "session/VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace qualys;

namespace {
const QString RecordKey = QStringLiteral("record");
} // namespace

RecordDialog::RecordDialog(QualysClient *client, VaultSession *session,
                           const QList<AuthVault> &vaults,
                           const std::optional<AuthRecord> &existing, QWidget *parent)
    : QDialog(parent), m_client(client), m_session(session), m_existing(existing)
{
    setWindowTitle(m_existing ? tr("Edit authentication record")
                              : tr("Create authentication record"));

    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Record type"));
    for (const AuthRecordTypeInfo &info : AuthRecordTypeInfo::all())
        m_type->addItem(info.label, QVariant::fromValue(info.type));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Record title"));
    m_ips = new QLineEdit(this);
    m_ips->setAccessibleName(tr("Target IPs"));
    m_ips->setPlaceholderText(tr("10.0.0.5, 10.0.1.1-10.0.1.20"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("Record user name"));
    auto *login = new QLabel(tr("Vault (the password comes from Secret Server)"), this);
    login->setAccessibleName(tr("Login type"));
    m_vault = new QComboBox(this);
    m_vault->setAccessibleName(tr("Vault"));
    for (const AuthVault &vault : vaults)
        if (vault.type == ThycoticVaultType)
            m_vault->addItem(vault.title, vault.id);
    m_secret = new QLineEdit(this);
    m_secret->setAccessibleName(tr("Secret name"));
    m_secret->setPlaceholderText(tr("Exactly as in Secret Server, same case"));
    m_comments = new QLineEdit(this);
    m_comments->setAccessibleName(tr("Record comments"));

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&IPs:"), m_ips);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Login:"), login);
    form->addRow(tr("&Vault:"), m_vault);
    form->addRow(tr("&Secret name:"), m_secret);
    form->addRow(tr("C&omments:"), m_comments);
    m_typeForm = new QFormLayout;

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Check status"));
    m_status->setWordWrap(true);
    m_findingList = new QListWidget(this);
    m_findingList->setAccessibleName(tr("Findings"));
    m_findingList->setWordWrap(true);
    m_findingList->hide();
    m_anyway = new QCheckBox(m_existing ? tr("Save &anyway despite the warnings")
                                        : tr("Create &anyway despite the warnings"),
                             this);
    m_anyway->setAccessibleName(tr("Save despite the warnings"));
    m_anyway->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_typeForm);
    layout->addWidget(m_status);
    layout->addWidget(m_findingList);
    layout->addWidget(m_anyway);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(m_existing->type)));
        m_type->setEnabled(false); // Qualys cannot change a record's type
        m_title->setText(m_existing->title);
        m_ips->setText(m_existing->ips.join(QStringLiteral(", ")));
        m_user->setText(m_existing->username);
        const int vault = m_vault->findData(m_existing->vaultId);
        m_vault->setCurrentIndex(vault);
        m_secret->setText(m_existing->secretName);
        m_comments->setText(m_existing->comments);
    }
    rebuildTypeFields();

    connect(m_type, &QComboBox::currentIndexChanged, this, &RecordDialog::rebuildTypeFields);
    for (QLineEdit *edit : { m_title, m_ips, m_user, m_secret, m_comments })
        connect(edit, &QLineEdit::textEdited, this, &RecordDialog::edited);
    connect(m_vault, &QComboBox::currentIndexChanged, this, &RecordDialog::edited);
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::rebuildTypeFields()
{
    while (m_typeForm->rowCount() > 0)
        m_typeForm->removeRow(0);
    m_typeFields.clear();
    const auto type = m_type->currentData().value<AuthRecordType>();
    for (const RecordField &field : AuthRecordTypeInfo::of(type).fields) {
        const QString value = m_existing ? m_existing->settings.value(field.name) : QString();
        QWidget *widget = nullptr;
        if (field.flag) {
            auto *box = new QCheckBox(field.label, this);
            box->setChecked(value == QLatin1String("1"));
            connect(box, &QCheckBox::toggled, this, &RecordDialog::edited);
            widget = box;
            m_typeForm->addRow(QString(), box);
        } else {
            auto *edit = new QLineEdit(value, this);
            edit->setMaxLength(field.maxLength);
            if (field.requiredOnCreate)
                edit->setPlaceholderText(tr("Required"));
            connect(edit, &QLineEdit::textEdited, this, &RecordDialog::edited);
            widget = edit;
            m_typeForm->addRow(tr("%1:").arg(field.label), edit);
        }
        widget->setAccessibleName(field.label);
        m_typeFields.insert(field.name, widget);
    }
    edited();
}

RecordForm RecordDialog::form() const
{
    RecordForm form;
    form.type = m_type->currentData().value<AuthRecordType>();
    form.title = m_title->text().trimmed();
    form.ips = m_ips->text().trimmed();
    form.username = m_user->text().trimmed();
    form.vaultId = m_vault->currentData().toInt();
    // Not trimmed: the scanner matches the name exactly, spaces included.
    form.secretName = m_secret->text();
    form.comments = m_comments->text();
    for (auto it = m_typeFields.cbegin(); it != m_typeFields.cend(); ++it) {
        QString value;
        if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            value = box->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            value = edit->text().trimmed();
        // On create an empty field is simply not sent; on edit it clears the value.
        if (!value.isEmpty() || m_existing)
            form.settings.insert(it.key(), value);
    }
    return form;
}

void RecordDialog::edited()
{
    // A changed form has to be checked again; a blocker no longer applies.
    m_blocked = false;
    m_anyway->setChecked(false);
    if (!m_busy)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void RecordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_blocked);
    if (busy)
        m_status->setText(tr("Checking the secret in Secret Server…"));
}

Finding RecordDialog::blocker(const QString &code, const QString &title, const QString &fix)
{
    Finding finding;
    finding.severity = Finding::Severity::Blocker;
    finding.code = code;
    finding.title = title;
    finding.fix = fix;
    return finding;
}

void RecordDialog::showFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_findingList->clear();
    for (const Finding &finding : findings) {
        QString text = QStringLiteral("%1: %2").arg(Finding::severityName(finding.severity),
                                                    finding.title);
        if (!finding.detail.isEmpty())
            text += QLatin1Char('\n') + finding.detail;
        if (!finding.fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(finding.fix);
        m_findingList->addItem(text);
    }
    m_findingList->setVisible(!findings.isEmpty());
    const bool blocked = hasBlocker(findings);
    const bool warned = !blocked && worstSeverity(findings) == Finding::Severity::Warning;
    m_anyway->setVisible(warned);
    if (blocked)
        m_status->setText(tr("Not saved: fix the blockers below first."));
    else if (warned && !m_anyway->isChecked())
        m_status->setText(tr("Not saved yet: read the warnings, then save anyway if you "
                             "are sure."));
    else
        m_status->clear();
}

void RecordDialog::save()
{
    if (m_busy || m_blocked)
        return;
    const RecordForm form = this->form();
    QList<Finding> findings;
    for (const QString &problem : checkRecordForm(form, !m_existing))
        findings << blocker(QStringLiteral("record.form"), problem);
    if (!m_client)
        findings << blocker(QStringLiteral("qualys.no-connection"),
                            tr("There is no Qualys connection to save the record with."));
    if (!m_session || !m_session->client() || m_session->state() != VaultSession::State::SignedIn)
        findings << blocker(QStringLiteral("secretserver.signed-out"),
                            tr("Sign in to the paired Secret Server so the secret can be "
                               "checked before the record is saved."));
    if (!findings.isEmpty()) {
        m_blocked = true;
        showFindings(findings);
        setBusy(false);
        emit checked(findings);
        return;
    }
    checkAgainstSecretServer(form);
}

void RecordDialog::checkAgainstSecretServer(const RecordForm &form)
{
    setBusy(true);
    // The vault account is the Secret Server user the vault signs in as: read it first.
    m_client->viewVault(form.vaultId, this, [this, form](const QualysReply<AuthVault> &reply) {
        if (!reply.ok()) {
            m_blocked = true;
            const QList<Finding> findings { blocker(QStringLiteral("qualys.vault-unreadable"),
                                                    reply.message) };
            showFindings(findings);
            setBusy(false);
            emit checked(findings);
            return;
        }
        if (!m_session || !m_session->client()) {
            setBusy(false);
            return;
        }
        delete m_assessor;
        m_assessor = new ReadinessAssessor(m_session->client(), this);
        auto collected = std::make_shared<QList<Finding>>();
        connect(m_assessor, &ReadinessAssessor::recordAssessed, this,
                [collected](const QString &, const RecordReadiness &readiness) {
                    *collected += readiness.findings;
                });
        connect(m_assessor, &ReadinessAssessor::finished, this,
                [this, form, collected](bool ok, const QString &message) {
                    if (!ok)
                        *collected << blocker(QStringLiteral("secretserver.unreadable"), message);
                    if (!m_paired) {
                        // The checks ran against the signed-in Secret Server, which the
                        // Qualys vault may not point at.
                        Finding unpaired;
                        unpaired.severity = Finding::Severity::Warning;
                        unpaired.code = QStringLiteral("secretserver.unpaired");
                        unpaired.title = tr("The signed-in Secret Server profile is not paired "
                                            "with this Qualys connection.");
                        unpaired.detail = tr("The secret was checked on the signed-in server; "
                                             "the vault may read another one.");
                        unpaired.fix = tr("Pair the profile in the Qualys connection editor.");
                        collected->append(unpaired);
                    }
                    m_blocked = hasBlocker(*collected);
                    showFindings(*collected);
                    setBusy(false);
                    // Sending starts before checked() so listeners see the request on its way.
                    concluded(form);
                    emit checked(*collected);
                });
        m_assessor->assess(reply.value.username,
                           { { RecordKey, form.title, form.secretName, form.username } });
    });
}

void RecordDialog::concluded(const RecordForm &form)
{
    if (m_blocked)
        return;
    if (worstSeverity(m_findings) == Finding::Severity::Warning && !m_anyway->isChecked())
        return;
    send(form);
}

void RecordDialog::send(const RecordForm &form)
{
    setBusy(true);
    m_status->setText(tr("Saving the record in Qualys…"));
    if (m_existing) {
        const AuthRecordType type = m_existing->type;
        const int id = m_existing->id;
        m_client->updateRecords({ id }, form, this,
                                [this, type, id](const QualysReply<QList<int>> &reply) {
                                    setBusy(false);
                                    if (!reply.ok()) {
                                        m_status->setText(reply.message);
                                        return;
                                    }
                                    emit saved(type, id);
                                    accept();
                                });
        return;
    }
    m_client->createRecord(form, this, [this, form](const QualysReply<int> &reply) {
        setBusy(false);
        if (!reply.ok()) {
            m_status->setText(reply.message);
            return;
        }
        emit saved(form.type, reply.value);
        accept();
    });
}
