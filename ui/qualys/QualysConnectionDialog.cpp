#include "qualys/QualysConnectionDialog.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "qualys/QualysConnectionStore.h"
#include "qualys/QualysPlatform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace qualys;

namespace {
enum TrustIndex { SystemTrust = 0, PinnedTrust = 1 };
} // namespace

QualysConnectionDialog::QualysConnectionDialog(
        QualysConnectionStore *connections, CredentialStore *credentials, ProfileStore *profiles,
        const std::optional<QualysConnection> &existing,
        const std::optional<ConnectionProfile> &currentProfile, QWidget *parent)
    : QDialog(parent), m_connections(connections), m_credentials(credentials), m_profiles(profiles),
      m_base(existing.value_or(QualysConnection::create())), m_creating(!existing),
      m_profile(currentProfile)
{
    setWindowTitle(m_creating ? tr("Add Qualys connection") : tr("Edit Qualys connection"));

    m_name = new QLineEdit(m_base.name, this);
    m_name->setAccessibleName(tr("Connection name"));

    m_platform = new QComboBox(this);
    m_platform->setAccessibleName(tr("Qualys platform"));
    for (const QualysPlatform &platform : knownPlatforms()) {
        const QString label = platform.uncertain
                ? tr("%1 (%2, unconfirmed)").arg(platform.label, platform.apiUrl.host())
                : tr("%1 (%2)").arg(platform.label, platform.apiUrl.host());
        m_platform->addItem(label, platform.key);
    }
    m_platform->addItem(tr("Custom URL"), CustomPlatformKey);
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(m_base.platformKey)));

    m_customUrl = new QLineEdit(m_base.customUrl, this);
    m_customUrl->setAccessibleName(tr("Custom API URL"));
    m_customUrl->setPlaceholderText(tr("https://qualysapi.example.com"));

    m_user = new QLineEdit(m_base.userName, this);
    m_user->setAccessibleName(tr("Qualys user name"));

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Qualys password"));
    m_password->setPlaceholderText(m_creating ? tr("Kept only in the system keychain")
                                              : tr("Unchanged unless typed"));

    m_trust = new QComboBox(this);
    m_trust->setAccessibleName(tr("Certificate trust"));
    m_trust->addItem(tr("System certificates"));
    m_trust->addItem(tr("Pin a SHA-256 fingerprint"));
    m_trust->setCurrentIndex(m_base.trust.mode == CertificateTrust::Mode::PinnedCertificate
                                     ? PinnedTrust
                                     : SystemTrust);

    m_fingerprint = new QLineEdit(QString::fromLatin1(m_base.trust.pinnedSha256), this);
    m_fingerprint->setAccessibleName(tr("Pinned certificate SHA-256 fingerprint"));
    m_fingerprint->setPlaceholderText(tr("64 hexadecimal digits, colons allowed"));

    m_pair = new QCheckBox(this);
    m_pair->setAccessibleName(tr("Pair with the current Secret Server profile"));
    if (m_profile) {
        m_pair->setText(tr("&Pair with the Secret Server profile \"%1\"").arg(m_profile->name()));
        m_pair->setChecked(m_profile->qualysConnectionId() == m_base.id || m_creating);
    } else {
        m_pair->setText(tr("&Pair with the current Secret Server profile (none signed in)"));
        m_pair->setEnabled(false);
    }

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("P&latform:"), m_platform);
    form->addRow(tr("&Custom URL:"), m_customUrl);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Trust:"), m_trust);
    form->addRow(tr("&Fingerprint:"), m_fingerprint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QualysConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pair);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_platform, &QComboBox::currentIndexChanged, this,
            &QualysConnectionDialog::updateFields);
    connect(m_trust, &QComboBox::currentIndexChanged, this, &QualysConnectionDialog::updateFields);
    updateFields();
}

void QualysConnectionDialog::updateFields()
{
    m_customUrl->setEnabled(m_platform->currentData().toString() == CustomPlatformKey);
    m_fingerprint->setEnabled(m_trust->currentIndex() == PinnedTrust);
}

QualysConnection QualysConnectionDialog::connection() const
{
    QualysConnection connection = m_base;
    connection.name = m_name->text().trimmed();
    connection.platformKey = m_platform->currentData().toString();
    connection.customUrl = m_customUrl->text().trimmed();
    connection.userName = m_user->text().trimmed();
    if (m_trust->currentIndex() == PinnedTrust)
        connection.pinCertificate(m_fingerprint->text().trimmed().toLatin1());
    else
        connection.trust = CertificateTrust();
    return connection;
}

void QualysConnectionDialog::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void QualysConnectionDialog::save()
{
    if (m_saving || !m_connections || !m_credentials)
        return;
    const QualysConnection connection = this->connection();
    QStringList problems = connection.validate();
    if (m_trust->currentIndex() == PinnedTrust && connection.trust.pinnedSha256.isEmpty())
        problems << tr("Enter the certificate's SHA-256 fingerprint: 64 hexadecimal digits.");
    if (m_creating && m_password->text().isEmpty())
        problems << tr("Enter the Qualys password; it is kept only in the system keychain.");
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    problems = m_connections->save(connection);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    showProblems({});
    if (m_password->text().isEmpty()) {
        finish(connection);
        return;
    }
    // The password goes to the keychain only; the dialog closes once it is there.
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    CredentialJob *job
            = m_credentials->write(connection.id, CredentialKind::Password, m_password->text());
    connect(job, &CredentialJob::finished, this,
            [this, connection](const CredentialResult &result) {
                m_saving = false;
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                if (!result.ok()) {
                    showProblems({ tr("The connection is saved, but the keychain did not keep "
                                      "the password: %1")
                                           .arg(result.message) });
                    return;
                }
                m_password->clear();
                finish(connection);
            });
}

void QualysConnectionDialog::finish(const QualysConnection &connection)
{
    if (m_profile && m_profiles && m_pair->isEnabled()) {
        const bool paired = m_profile->qualysConnectionId() == connection.id;
        if (m_pair->isChecked() != paired) {
            m_profile->setQualysConnectionId(m_pair->isChecked() ? connection.id : QUuid());
            const QList<ProfileIssue> issues = m_profiles->update(*m_profile);
            if (!issues.isEmpty()) {
                QStringList messages;
                for (const ProfileIssue &issue : issues)
                    messages << issue.message;
                showProblems(messages);
                return;
            }
        }
    }
    emit saved(connection.id);
    accept();
}
