// Pages 1 to 5 of the setup wizard: the Secret Server half.
#include "wizard/SetupWizardPages.h"

#include "wizard/FindingList.h"
#include "wizard/SetupController.h"
#include "wizard/SetupFindings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using Step = SetupController::Step;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

// --- 1. Secret Server ------------------------------------------------------------------------

ServerPage::ServerPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller),
      m_findings(new FindingList(tr("Secret Server checks"), this)),
      m_recheck(new QPushButton(tr("Check &again"), this))
{
    setTitle(tr("Secret Server"));
    setSubTitle(tr("The scanner appliance needs web services, and rotation needs remote "
                   "password changing."));
    m_recheck->setAccessibleName(tr("Check the server again"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("Checked: version, web services, HTTPS, remote password "
                                     "changing and change on check-in."),
                                  this));
    layout->addWidget(m_findings);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(m_recheck, &QPushButton::clicked, this, &ServerPage::initializePage);
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step != Step::Server)
                    return;
                m_recheck->setEnabled(true);
                m_checked = ok;
                if (ok)
                    m_findings->setFindings(m_controller->serverFindings());
                else
                    m_findings->setMessage(message);
                emit completeChanged();
            });
}

void ServerPage::initializePage()
{
    m_checked = false;
    m_recheck->setEnabled(false);
    m_findings->setMessage(tr("Checking the server…"));
    emit completeChanged();
    m_controller->checkServer();
}

bool ServerPage::isComplete() const
{
    return m_checked && !m_controller->serverBlocked();
}

// --- 2. Service account ----------------------------------------------------------------------

AccountPage::AccountPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_user(new QComboBox(this)),
      m_useGroup(new QCheckBox(tr("Grant access to one of its &groups instead"), this)),
      m_group(new QComboBox(this)), m_appliances(new QLineEdit(this)),
      m_check(new QPushButton(tr("C&heck the account"), this)), m_restrictions(new QLabel(this)),
      m_findings(new FindingList(tr("Service account checks"), this))
{
    setTitle(tr("Qualys service account"));
    setSubTitle(tr("The Secret Server account the Qualys vault signs in as. An application "
                   "account is recommended."));
    m_user->setAccessibleName(tr("Service account"));
    m_useGroup->setAccessibleName(tr("Grant access to a group"));
    m_group->setAccessibleName(tr("Group"));
    m_group->setEnabled(false);
    m_appliances->setAccessibleName(tr("Scanner appliance addresses"));
    m_appliances->setPlaceholderText(tr("e.g. 10.0.5.20, 10.0.5.21"));
    m_check->setAccessibleName(tr("Check the account"));
    m_restrictions->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_user);
    form->addRow(QString(), m_useGroup);
    form->addRow(tr("G&roup:"), m_group);
    form->addRow(tr("Appliance a&ddresses:"), m_appliances);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
            tr("No suitable account? In Secret Server: Admin > Users > Create New, tick "
               "Application Account, and give it a strong password."),
            this));
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_restrictions);
    layout->addWidget(m_findings);

    connect(m_useGroup, &QCheckBox::toggled, m_group, &QWidget::setEnabled);
    connect(m_check, &QPushButton::clicked, this, &AccountPage::check);
    for (QObject *input : { static_cast<QObject *>(m_user), static_cast<QObject *>(m_group) }) {
        connect(qobject_cast<QComboBox *>(input), &QComboBox::currentIndexChanged, this, [this] {
            m_checked = false;
            emit completeChanged();
        });
    }
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step == Step::Accounts) {
                    m_user->clear();
                    m_group->clear();
                    for (const auto &user : m_controller->users())
                        m_user->addItem(user.userName, user.id);
                    for (const auto &group : m_controller->groups())
                        m_group->addItem(group.name, group.id);
                    const int scanner = m_user->findText(QStringLiteral("svc-qualys"));
                    if (scanner >= 0)
                        m_user->setCurrentIndex(scanner);
                    m_findings->setMessage(
                            ok ? tr("Choose the account and type the appliance addresses.")
                               : message);
                    return;
                }
                if (step != Step::Account)
                    return;
                m_check->setEnabled(true);
                m_checked = ok;
                QStringList ranges;
                for (const auto &restriction : m_controller->restrictions())
                    ranges << QStringLiteral("%1 (%2)").arg(restriction.name, restriction.range);
                m_restrictions->setText(ranges.isEmpty()
                                                ? tr("IP address restrictions: none")
                                                : tr("IP address restrictions: %1")
                                                          .arg(ranges.join(QStringLiteral(", "))));
                if (ok)
                    m_findings->setFindings(m_controller->accountFindings());
                else
                    m_findings->setMessage(message);
                emit completeChanged();
            });
}

void AccountPage::initializePage()
{
    if (m_user->count() == 0) {
        m_findings->setMessage(tr("Reading users and groups…"));
        m_controller->loadAccounts();
    }
}

void AccountPage::check()
{
    if (m_user->currentIndex() < 0)
        return;
    ServiceAccount account;
    account.userId = m_user->currentData().toInt();
    account.loginName = m_user->currentText();
    if (m_useGroup->isChecked() && m_group->currentIndex() >= 0)
        account.principal
                = Principal { true, m_group->currentData().toInt(), m_group->currentText() };
    else
        account.principal = Principal { false, account.userId, account.loginName };
    m_controller->setAccount(account);
    m_controller->setApplianceAddresses(m_appliances->text().split(QLatin1Char(',')));
    m_check->setEnabled(false);
    m_findings->setMessage(tr("Checking the account…"));
    m_controller->checkAccount();
}

bool AccountPage::isComplete() const
{
    return m_checked;
}

// --- 3. Folder -------------------------------------------------------------------------------

FolderPage::FolderPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller),
      m_name(new QLineEdit(controller->folderName(), this)),
      m_check(new QPushButton(tr("C&heck the folder"), this)), m_state(new QLabel(this)),
      m_findings(new FindingList(tr("Folder checks"), this))
{
    setTitle(tr("Scan credentials folder"));
    setSubTitle(tr("The account gets View on this folder, inherited by every secret in it, "
                   "and nothing more."));
    m_name->setAccessibleName(tr("Folder name"));
    m_check->setAccessibleName(tr("Check the folder"));
    m_state->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_state);
    layout->addWidget(m_findings);
    connect(m_check, &QPushButton::clicked, this, &FolderPage::check);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_checked = false;
        emit completeChanged();
    });
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step != Step::Folder)
                    return;
                m_check->setEnabled(true);
                m_checked = ok;
                m_state->setText(!ok ? message
                                         : m_controller->existingFolderId() > 0
                                         ? tr("The folder exists and is reused.")
                                         : tr("The folder does not exist yet; it is created."));
                m_findings->setFindings(m_controller->folderFindings());
                emit completeChanged();
            });
}

void FolderPage::check()
{
    m_controller->setFolderName(m_name->text());
    m_check->setEnabled(false);
    m_controller->checkFolder();
}

bool FolderPage::isComplete() const
{
    return m_checked;
}

// --- 4. Secrets ------------------------------------------------------------------------------

SecretsPage::SecretsPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_secrets(new QListWidget(this)),
      m_fix(new QCheckBox(tr("Turn off approval, comment, DoubleLock and hidden password where "
                             "they stop scanning"),
                          this)),
      m_findings(new FindingList(tr("Secret checks"), this)), m_template(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_machine(new QLineEdit(this)), m_userName(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_database(new QLineEdit(this)), m_port(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add new secret"), this))
{
    setTitle(tr("Secrets"));
    setSubTitle(tr("Tick the secrets the scanner uses, or create new ones from a template."));
    m_secrets->setAccessibleName(tr("Secrets in the folder"));
    m_fix->setAccessibleName(tr("Fix restrictions"));
    m_fix->setChecked(true);
    m_template->setAccessibleName(tr("Template"));
    m_name->setAccessibleName(tr("New secret name"));
    m_machine->setAccessibleName(tr("Machine or server"));
    m_userName->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(tr("databases only"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setPlaceholderText(tr("databases only"));
    m_add->setAccessibleName(tr("Add new secret"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("Secret na&me:"), m_name);
    form->addRow(tr("Ma&chine:"), m_machine);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("P&ort:"), m_port);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_secrets);
    layout->addWidget(m_fix);
    layout->addWidget(m_findings);
    layout->addLayout(form);
    layout->addWidget(m_add, 0, Qt::AlignLeft);

    connect(m_add, &QPushButton::clicked, this, &SecretsPage::addNew);
    connect(m_secrets, &QListWidget::itemChanged, this, [this] {
        showFindings();
        emit completeChanged();
    });
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step != Step::Secrets)
                    return;
                m_loaded = ok;
                m_add->setEnabled(ok); // new secrets need the templates read
                if (m_template->count() == 0) {
                    // Only templates the scanner has a record type for.
                    for (const auto &tpl : m_controller->templates()) {
                        if (SetupFindings::recordTypeFor(tpl.name))
                            m_template->addItem(tpl.name, tpl.id);
                    }
                }
                const QSignalBlocker quiet(m_secrets);
                m_secrets->clear();
                for (const SecretChoice &secret : m_controller->candidates()) {
                    auto *item = new QListWidgetItem(
                            tr("%1 (%2, %3)")
                                    .arg(secret.name, secret.templateName, secret.folderPath),
                            m_secrets);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Unchecked);
                    item->setData(Qt::UserRole, secret.id);
                }
                for (const SecretChoice &secret : std::as_const(m_new)) {
                    auto *item = new QListWidgetItem(
                            tr("%1 (new, %2)").arg(secret.name, secret.templateName), m_secrets);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Checked);
                    item->setData(Qt::UserRole, 0);
                }
                if (ok)
                    showFindings();
                else
                    m_findings->setMessage(message);
                emit completeChanged();
            });
}

void SecretsPage::initializePage()
{
    m_add->setEnabled(false);
    m_findings->setMessage(tr("Reading the folder's secrets…"));
    m_controller->loadSecrets();
}

void SecretsPage::addNew()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_userName->text().isEmpty() || m_password->text().isEmpty()) {
        m_findings->setMessage(tr("A new secret needs a name, a user name and a password."));
        return;
    }
    const bool server = !m_template->currentText().contains(QLatin1String("Windows"))
            && !m_template->currentText().contains(QLatin1String("Unix"));
    QMap<QString, QString> values { { QStringLiteral("username"), m_userName->text() },
                                    { QStringLiteral("password"), m_password->text() } };
    values.insert(server ? QStringLiteral("server") : QStringLiteral("machine"), m_machine->text());
    if (server && !m_database->text().trimmed().isEmpty())
        values.insert(QStringLiteral("database"), m_database->text().trimmed());
    if (server && !m_port->text().trimmed().isEmpty())
        values.insert(QStringLiteral("port"), m_port->text().trimmed());
    m_new << m_controller->newSecret(m_template->currentText(), name, values);
    m_password->clear();
    m_name->clear();
    auto *item = new QListWidgetItem(tr("%1 (new, %2)").arg(name, m_template->currentText()),
                                     m_secrets);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(Qt::UserRole, 0);
}

void SecretsPage::showFindings()
{
    QList<Finding> findings;
    for (int row = 0; row < m_secrets->count(); ++row) {
        const QListWidgetItem *item = m_secrets->item(row);
        if (item->checkState() != Qt::Checked || row >= m_controller->candidates().size())
            continue;
        findings << m_controller->candidates().at(row).findings;
    }
    m_findings->setFindings(findings);
}

bool SecretsPage::isComplete() const
{
    for (int row = 0; row < m_secrets->count(); ++row) {
        if (m_secrets->item(row)->checkState() == Qt::Checked)
            return m_loaded;
    }
    return false;
}

bool SecretsPage::validatePage()
{
    QList<SecretChoice> chosen;
    const int existing = int(m_controller->candidates().size());
    for (int row = 0; row < m_secrets->count(); ++row) {
        if (m_secrets->item(row)->checkState() != Qt::Checked)
            continue;
        SecretChoice choice
                = row < existing ? m_controller->candidates().at(row) : m_new.at(row - existing);
        choice.fixRestrictions = m_fix->isChecked();
        chosen << choice;
    }
    m_controller->setSecrets(chosen);
    return !chosen.isEmpty();
}

// --- 5. Rotation -----------------------------------------------------------------------------

RotationPage::RotationPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller),
      m_enabled(new QCheckBox(tr("&Change each password when the scanner checks it in"), this)),
      m_minutes(new QSpinBox(this)), m_findings(new FindingList(tr("Rotation per secret"), this))
{
    setTitle(tr("Rotation"));
    setSubTitle(tr("The scanner checks each secret out for the scan; on check-in Secret Server "
                   "changes the password, so the one used is no longer valid."));
    m_enabled->setAccessibleName(tr("Rotate after scans"));
    m_minutes->setAccessibleName(tr("Check-out interval in minutes"));
    m_minutes->setRange(15, 24 * 60);
    m_minutes->setSuffix(tr(" minutes"));
    auto *form = new QFormLayout;
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Check-out &interval:"), m_minutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    connect(m_enabled, &QCheckBox::toggled, this, &RotationPage::update);
    connect(m_minutes, &QSpinBox::valueChanged, this, &RotationPage::update);
}

void RotationPage::initializePage()
{
    const QSignalBlocker quietBox(m_enabled);
    const QSignalBlocker quietSpin(m_minutes);
    m_enabled->setChecked(m_controller->rotation().enabled);
    m_minutes->setValue(m_controller->rotation().intervalMinutes);
    update();
}

void RotationPage::update()
{
    m_minutes->setEnabled(m_enabled->isChecked());
    m_controller->setRotation(RotationChoice { m_enabled->isChecked(), m_minutes->value() });
    m_findings->setFindings(m_controller->rotationFindings());
}

bool RotationPage::validatePage()
{
    update();
    return true;
}
