#include "admin/SecretSecurityPage.h"

#include "admin/ChangePreviewDialog.h"
#include "changes/SecuritySettingChanges.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace secretserver;

SecretSecurityPage::SecretSecurityPage(QWidget *parent)
    : SecretPage(parent)
    , m_checkOut(new QCheckBox(tr("Require check &out"), this))
    , m_interval(new QSpinBox(this))
    , m_changeOnCheckIn(new QCheckBox(tr("Change password on check &in"), this))
    , m_approval(new QCheckBox(tr("&Approval for access"), this))
    , m_comment(new QCheckBox(tr("Require co&mment"), this))
    , m_hideLauncher(new QCheckBox(tr("&Hide launcher password"), this))
    , m_doubleLock(new QCheckBox(tr("&DoubleLock"), this))
    , m_notes(new QLabel(this))
    , m_review(new QPushButton(tr("&Review changes…"), this))
{
    m_interval->setRange(1, 10080);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Check-out interval"));
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Effect on scanning"));
    m_review->setAccessibleName(tr("Review changes"));
    // DoubleLock needs a DoubleLock chosen on the server; the console only turns it off.
    m_doubleLock->setToolTip(tr("Turning DoubleLock on is done in Secret Server."));

    auto *form = new QFormLayout;
    form->addRow(m_checkOut);
    form->addRow(tr("Check-out &interval:"), m_interval);
    form->addRow(m_changeOnCheckIn);
    form->addRow(m_approval);
    form->addRow(m_comment);
    form->addRow(m_hideLauncher);
    form->addRow(m_doubleLock);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(m_review, 0, Qt::AlignRight);
    layout->addStretch();

    for (QCheckBox *box : {m_checkOut, m_changeOnCheckIn, m_approval, m_comment, m_hideLauncher,
                           m_doubleLock})
        connect(box, &QCheckBox::toggled, this, &SecretSecurityPage::updateNotes);
    connect(m_review, &QPushButton::clicked, this, &SecretSecurityPage::reviewChanges);
    clear();
}

QString SecretSecurityPage::title() const
{
    return tr("Security");
}

void SecretSecurityPage::showSecret(RestClient *client, const SecretSummary &secret)
{
    m_client = client;
    load(secret);
}

void SecretSecurityPage::clear()
{
    m_client = nullptr;
    m_secret = SecretSummary{};
    load(m_secret);
    setEnabled(false);
}

void SecretSecurityPage::load(const SecretSummary &secret)
{
    m_secret = secret;
    setEnabled(m_client != nullptr);
    m_checkOut->setChecked(secret.checkOutEnabled);
    m_interval->setValue(60);
    m_changeOnCheckIn->setChecked(false);
    m_approval->setChecked(secret.requiresApproval);
    m_comment->setChecked(secret.requiresComment);
    m_hideLauncher->setChecked(secret.hidePassword);
    m_doubleLock->setChecked(secret.doubleLockEnabled);
    m_doubleLock->setEnabled(secret.doubleLockEnabled);
    updateNotes();
}

void SecretSecurityPage::updateNotes()
{
    QStringList notes;
    if (m_checkOut->isChecked())
        notes << tr("Require check-out blocks unattended scanning: the scan fails while "
                    "someone else holds the secret.");
    if (m_approval->isChecked())
        notes << tr("Approval for access blocks unattended scanning: each read waits for an "
                    "approver.");
    if (m_comment->isChecked())
        notes << tr("Require comment blocks unattended scanning: Qualys sends no comment.");
    if (m_doubleLock->isChecked())
        notes << tr("DoubleLock blocks unattended scanning: the scanner has no DoubleLock "
                    "password.");
    m_notes->setText(notes.isEmpty() ? tr("Nothing here stops a scanner reading this secret.")
                                     : notes.join(QLatin1Char('\n')));
}

void SecretSecurityPage::reviewChanges()
{
    if (!m_client || m_secret.id <= 0)
        return;
    const SecretRef ref { m_secret.id, m_secret.name, m_secret.folderId };
    auto *dialog = new ChangePreviewDialog(m_client,
                                           tr("Security settings of %1").arg(m_secret.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CheckOutPolicy policy;
    policy.checkOutEnabled = m_checkOut->isChecked();
    if (m_checkOut->isChecked())
        policy.intervalMinutes = m_interval->value();
    if (m_changeOnCheckIn->isChecked())
        policy.changePasswordOnCheckIn = true;
    dialog->addChange(std::make_unique<CheckOutPolicyChange>(ref, policy));
    SecretSecurityChange::Settings settings;
    settings.requiresApproval = m_approval->isChecked();
    settings.requiresComment = m_comment->isChecked();
    settings.hideLauncherPassword = m_hideLauncher->isChecked();
    if (!m_doubleLock->isChecked())
        settings.doubleLock = false;
    dialog->addChange(std::make_unique<SecretSecurityChange>(ref, settings));
    const int secretId = m_secret.id;
    connect(dialog, &ChangePreviewDialog::changesApplied, this,
            [this, secretId] { emit secretChanged(secretId); });
    m_preview = dialog;
    dialog->start();
}

// Out of line: the header only declares ChangePreviewDialog, and QPointer needs the class.
ChangePreviewDialog *SecretSecurityPage::previewDialog() const
{
    return m_preview.data();
}
