#include "ConnectionDialog.h"

#include "profiles/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const ProfileStore &profiles, QWidget *parent)
    : QDialog(parent)
    , m_saved(profiles.profiles())
{
    setWindowTitle(tr("Connect to Secret Server"));

    m_profileChoice = new QComboBox(this);
    m_profileChoice->setAccessibleName(tr("Vault profile"));
    for (const ConnectionProfile &saved : std::as_const(m_saved))
        m_profileChoice->addItem(saved.name(), saved.id());
    m_profileChoice->addItem(tr("New vault…"));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Corporate Secret Server"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(tr("https://vault.example.com/SecretServer"));
    m_user = new QLineEdit(this);
    m_domain = new QLineEdit(this);
    m_domain->setPlaceholderText(tr("only for a domain account"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("taken from the keychain when left empty"));
    m_allowHttp = new QCheckBox(tr("Allow unencrypted &HTTP for this vault (not for production)"),
                                this);
    m_remember = new QCheckBox(tr("&Keep the password in the system keychain"), this);
    m_remember->setChecked(true);
    m_trust = new QLabel(this);
    m_trust->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::BrightText);
    m_problems->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Vault:"), m_profileChoice);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server URL:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_allowHttp);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Certificate:"), m_trust);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_profileChoice, &QComboBox::currentIndexChanged, this, &ConnectionDialog::showProfile);
    connect(m_server, &QLineEdit::textChanged, this, &ConnectionDialog::updateInsecureState);
    showProfile(0);
    resize(560, sizeHint().height());
}

void ConnectionDialog::selectProfile(const QUuid &id)
{
    const int index = m_profileChoice->findData(id);
    if (index >= 0)
        m_profileChoice->setCurrentIndex(index);
}

void ConnectionDialog::selectNewProfile()
{
    m_profileChoice->setCurrentIndex(m_profileChoice->count() - 1);
}

void ConnectionDialog::showProfile(int index)
{
    m_current = index >= 0 && index < m_saved.size() ? m_saved.at(index)
                                                      : ConnectionProfile::create();
    m_name->setText(m_current.name());
    m_server->setText(m_current.serverAddress());
    m_user->setText(m_current.userName());
    m_domain->setText(m_current.domain());
    m_allowHttp->setChecked(m_current.isInsecureHttpConfirmed());
    m_password->clear();

    const CertificateTrust trust = m_current.certificateTrust();
    if (trust.mode == CertificateTrust::Mode::PinnedCertificate)
        m_trust->setText(tr("pinned for %1:%2").arg(trust.pinnedHost).arg(trust.pinnedPort));
    else
        m_trust->setText(tr("trusted through the system's certificate authorities"));
    m_problems->hide();
    updateInsecureState();
}

void ConnectionDialog::updateInsecureState()
{
    const bool http = m_server->text().trimmed().startsWith(QStringLiteral("http://"),
                                                            Qt::CaseInsensitive);
    m_allowHttp->setVisible(http);
}

bool ConnectionDialog::isNewProfile() const
{
    return m_profileChoice->currentIndex() >= m_saved.size();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile edited = m_current;
    const bool moved = edited.serverAddress() != m_server->text().trimmed();
    edited.setName(m_name->text());
    edited.setServerAddress(m_server->text().trimmed());
    edited.setUserName(m_user->text());
    edited.setDomain(m_domain->text());
    edited.setInsecureHttpConfirmed(m_allowHttp->isVisible() && m_allowHttp->isChecked());
    // A pin belongs to one host; moving the profile elsewhere drops it.
    if (moved)
        edited.trustSystemCertificates();
    return edited;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectionDialog::accept()
{
    const QList<ProfileIssue> issues = profile().validate();
    if (issues.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList messages;
    for (const ProfileIssue &issue : issues)
        messages.append(issue.message);
    m_problems->setText(messages.join(u'\n'));
    m_problems->show();
}
