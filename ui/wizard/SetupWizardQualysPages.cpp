// Pages 6 to 10 of the setup wizard: the Qualys half, the review, applying and the summary.
#include "profiles/CredentialStore.h"
#include "qualys/QualysClient.h"
#include "qualys/QualysConnectionStore.h"
#include "wizard/FindingList.h"
#include "wizard/SetupController.h"
#include "wizard/SetupWizard.h"
#include "wizard/SetupWizardPages.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using Step = SetupController::Step;

// --- 6. Qualys -------------------------------------------------------------------------------

QualysPage::QualysPage(SetupController *controller, qualys::QualysConnectionStore *connections,
                       CredentialStore *credentials, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_connections(connections),
      m_credentials(credentials), m_connection(new QComboBox(this)),
      m_title(new QLineEdit(controller->vault().title, this)), m_url(new QLineEdit(this)),
      m_account(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_load(new QPushButton(tr("C&onnect to Qualys"), this)), m_state(new QLabel(this))
{
    setTitle(tr("Qualys"));
    setSubTitle(tr("The authentication vault tells the appliance where Secret Server is and "
                   "which account to sign in as."));
    m_connection->setAccessibleName(tr("Qualys connection"));
    m_title->setAccessibleName(tr("Vault title"));
    m_url->setAccessibleName(tr("Secret Server web services URL"));
    m_account->setAccessibleName(tr("Service account"));
    m_account->setReadOnly(true);
    m_password->setAccessibleName(tr("Service account password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Sent to Qualys only; ScanVault does not keep it."));
    m_load->setAccessibleName(tr("Connect to Qualys"));
    m_state->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("Vault &title:"), m_title);
    form->addRow(tr("Web services &URL:"), m_url);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Account &password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_load, 0, Qt::AlignLeft);
    layout->addWidget(m_state);
    connect(m_load, &QPushButton::clicked, this, &QualysPage::load);
    connect(m_password, &QLineEdit::textChanged, this, &QualysPage::completeChanged);
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step != Step::Qualys)
                    return;
                m_load->setEnabled(true);
                m_loaded = ok;
                m_state->setText(ok ? tr("Connected: %n vault(s) in the subscription.", nullptr,
                                         int(m_controller->existingVaults().size()))
                                    : message);
                emit completeChanged();
            });
}

QualysPage::~QualysPage() = default;

void QualysPage::initializePage()
{
    m_account->setText(m_controller->account().loginName);
    if (m_url->text().isEmpty())
        m_url->setText(m_controller->vault().url);
    if (m_connection->count() == 0 && m_connections) {
        for (const auto &connection : m_connections->connections())
            m_connection->addItem(connection.name, connection.id);
    }
    if (m_connection->count() == 0)
        m_state->setText(tr("No Qualys connection is saved; add one under Qualys first."));
}

void QualysPage::load()
{
    if (!m_connections || !m_credentials || m_connection->currentIndex() < 0)
        return;
    const auto connection = m_connections->connection(m_connection->currentData().toUuid());
    if (!connection)
        return;
    m_load->setEnabled(false);
    m_state->setText(tr("Reading the Qualys password from the keychain…"));
    CredentialJob *job = m_credentials->read(connection->id, CredentialKind::Password);
    connect(job, &CredentialJob::finished, this,
            [this, connection = *connection](const CredentialResult &result) {
                if (!result.ok()) {
                    m_load->setEnabled(true);
                    m_state->setText(result.message);
                    return;
                }
                m_client = std::make_unique<qualys::QualysClient>(
                        qualys::QualysClientSettings::from(connection));
                m_client->setPassword(result.secret);
                m_controller->setQualysClient(m_client.get());
                m_state->setText(tr("Reading vaults and records…"));
                m_controller->loadQualys();
            });
}

bool QualysPage::isComplete() const
{
    return m_loaded && !m_password->text().isEmpty() && !m_url->text().isEmpty();
}

bool QualysPage::validatePage()
{
    VaultChoice vault = m_controller->vault();
    vault.title = m_title->text().trimmed();
    vault.url = m_url->text().trimmed();
    vault.userName = m_account->text();
    vault.password = m_password->text();
    m_controller->setVault(vault);
    return !vault.title.isEmpty();
}

// --- 7. Records ------------------------------------------------------------------------------

namespace {

enum Column { TypeColumn, TitleColumn, IpsColumn, SecretColumn, UserColumn, ColumnCount };

} // namespace

RecordsPage::RecordsPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_check(new QPushButton(tr("C&heck for conflicts"), this)),
      m_conflicts(new FindingList(tr("Conflicts with existing records"), this))
{
    setTitle(tr("Authentication records"));
    setSubTitle(tr("One record per secret. Type the IPs each record scans; the secret name "
                   "must stay exactly as it is in Secret Server."));
    m_table->setAccessibleName(tr("Records to create"));
    m_table->setHorizontalHeaderLabels(
            { tr("Type"), tr("Title"), tr("Target IPs"), tr("Secret"), tr("User name") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_check->setAccessibleName(tr("Check for conflicts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_conflicts);
    connect(m_check, &QPushButton::clicked, this, &RecordsPage::check);
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        m_checked = false;
        emit completeChanged();
    });
}

void RecordsPage::initializePage()
{
    const QSignalBlocker quiet(m_table);
    const QList<RecordChoice> records = m_controller->proposedRecords();
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const RecordChoice &record = records.at(row);
        auto *type = new QComboBox(m_table);
        type->setAccessibleName(tr("Record type"));
        for (const auto &info : qualys::AuthRecordTypeInfo::all())
            type->addItem(info.label, QVariant::fromValue(info.type));
        type->setCurrentIndex(type->findData(QVariant::fromValue(record.type)));
        connect(type, &QComboBox::currentIndexChanged, this, [this] {
            m_checked = false;
            emit completeChanged();
        });
        m_table->setCellWidget(row, TypeColumn, type);
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(record.title));
        m_table->setItem(row, IpsColumn, new QTableWidgetItem(record.ips));
        auto *secret = new QTableWidgetItem(record.secretName);
        secret->setFlags(secret->flags() & ~Qt::ItemIsEditable);
        secret->setData(Qt::UserRole, row);
        m_table->setItem(row, SecretColumn, secret);
        m_table->setItem(row, UserColumn, new QTableWidgetItem(record.userName));
    }
    m_checked = false;
    m_conflicts->setMessage(tr("Type the target IPs, then check for conflicts."));
}

void RecordsPage::check()
{
    QList<RecordChoice> records = m_controller->proposedRecords();
    for (int row = 0; row < m_table->rowCount() && row < records.size(); ++row) {
        RecordChoice &record = records[row];
        const auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
        record.type = type->currentData().value<qualys::AuthRecordType>();
        record.title = m_table->item(row, TitleColumn)->text().trimmed();
        record.ips = m_table->item(row, IpsColumn)->text().trimmed();
        record.userName = m_table->item(row, UserColumn)->text().trimmed();
    }
    m_controller->setRecords(records);
    QList<Finding> conflicts;
    for (const RecordChoice &record : m_controller->records())
        conflicts << record.conflicts;
    m_conflicts->setFindings(conflicts);
    m_checked = true;
    emit completeChanged();
}

bool RecordsPage::isComplete() const
{
    return m_checked && !m_controller->records().isEmpty() && !m_controller->recordsBlocked();
}

// --- 8. Review -------------------------------------------------------------------------------

ReviewPage::ReviewPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_changes(new QTextBrowser(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Every change on both servers, read from them just now. Nothing has been "
                   "changed yet; going back changes nothing either."));
    m_changes->setAccessibleName(tr("Changes to apply"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changes);
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step != Step::Review)
                    return;
                m_ready = ok;
                if (!ok) {
                    m_changes->setPlainText(message);
                    emit completeChanged();
                    return;
                }
                QString html;
                if (m_controller->nothingToChange())
                    html += QStringLiteral("<p><b>%1</b></p>")
                                    .arg(tr("Everything is already in place; applying changes "
                                            "nothing.")
                                                 .toHtmlEscaped());
                for (const auto &item : m_controller->review()) {
                    html += QStringLiteral("<p><b>%1</b> – %2%3<br>")
                                    .arg(item.server.toHtmlEscaped(), item.title.toHtmlEscaped(),
                                         item.inPlace ? QStringLiteral(" (%1)").arg(tr("in place"))
                                                      : QString());
                    for (const QString &line : item.lines)
                        html += line.toHtmlEscaped() + QStringLiteral("<br>");
                    for (const QString &warning : item.warnings)
                        html += QStringLiteral("<i>%1</i><br>").arg(warning.toHtmlEscaped());
                    html += QStringLiteral("</p>");
                }
                m_changes->setHtml(html);
                emit completeChanged();
            });
}

void ReviewPage::initializePage()
{
    m_ready = false;
    m_changes->setPlainText(tr("Reading both servers…"));
    m_controller->prepare();
}

bool ReviewPage::isComplete() const
{
    return m_ready;
}

// --- 9. Apply and verify ---------------------------------------------------------------------

ApplyPage::ApplyPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller),
      m_apply(new QPushButton(tr("&Apply the changes"), this)),
      m_cancel(new QPushButton(tr("&Stop"), this)), m_progress(new QProgressBar(this)),
      m_step(new QLabel(this)), m_verdicts(new QListWidget(this))
{
    setTitle(tr("Apply and verify"));
    setSubTitle(tr("The changes are applied in order, then each record is checked the way the "
                   "appliance would use it."));
    setCommitPage(true); // what was applied cannot be taken back with Back
    m_apply->setAccessibleName(tr("Apply the changes"));
    m_cancel->setAccessibleName(tr("Stop applying"));
    m_cancel->setEnabled(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_verdicts->setAccessibleName(tr("Verification per record"));
    m_verdicts->setWordWrap(true);
    m_step->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_verdicts);
    connect(m_apply, &QPushButton::clicked, this, &ApplyPage::start);
    connect(m_cancel, &QPushButton::clicked, controller, &SetupController::cancel);
    connect(controller, &SetupController::progress, this,
            [this](int index, int count, const QString &what) {
                m_progress->setRange(0, count);
                m_progress->setValue(index);
                m_step->setText(what);
            });
    connect(controller, &SetupController::recordVerified, this, [this](const RecordVerdict &v) {
        QString text = tr("%1: %2").arg(v.recordTitle, v.passed() ? tr("Passed") : tr("Failed"));
        if (!v.passed())
            text += QLatin1Char('\n') + v.finding.title + QLatin1Char('\n')
                    + tr("Fix: %1").arg(v.finding.fix);
        m_verdicts->addItem(text);
    });
    connect(controller, &SetupController::stepFinished, this,
            [this](Step step, bool ok, const QString &message) {
                if (step == Step::Apply) {
                    m_cancel->setEnabled(false);
                    if (!ok) {
                        m_step->setText(message);
                        m_apply->setText(tr("&Apply again"));
                        m_apply->setEnabled(true);
                        m_done = true; // the summary says what was and was not applied
                        emit completeChanged();
                        return;
                    }
                    m_progress->setValue(m_progress->maximum());
                    m_step->setText(tr("Applied. Walking the scanner's path for each record…"));
                    m_controller->verify();
                } else if (step == Step::Verify) {
                    m_step->setText(ok ? tr("Every record passed.")
                                       : tr("Some records failed: %1").arg(message));
                    m_done = true;
                    emit completeChanged();
                }
            });
}

void ApplyPage::initializePage()
{
    m_done = false;
    m_verdicts->clear();
    m_step->setText(tr("Nothing has been applied yet."));
}

void ApplyPage::start()
{
    m_apply->setEnabled(false);
    m_cancel->setEnabled(true);
    m_done = false;
    m_verdicts->clear();
    emit completeChanged();
    m_controller->apply();
}

bool ApplyPage::isComplete() const
{
    return m_done;
}

// --- 10. Summary -----------------------------------------------------------------------------

SummaryPage::SummaryPage(SetupController *controller, SetupWizard *wizard)
    : QWizardPage(wizard), m_controller(controller), m_wizard(wizard),
      m_text(new QTextBrowser(this)), m_export(new QPushButton(tr("&Export report…"), this)),
      m_exported(new QLabel(this))
{
    setTitle(tr("Summary"));
    m_text->setAccessibleName(tr("Setup summary"));
    m_export->setAccessibleName(tr("Export the report"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_exported);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::exportReport);
}

void SummaryPage::initializePage()
{
    m_text->setHtml(m_controller->summary().toHtml());
}

void SummaryPage::exportReport()
{
    QPointer<SummaryPage> self(this);
    m_wizard->reportPathChooser()(this, [self](const QString &path) {
        if (!self || path.isEmpty())
            return;
        const SetupSummary summary = self->m_controller->summary();
        const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            self->m_exported->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        file.write((html ? summary.toHtml() : summary.toText()).toUtf8());
        self->m_exported->setText(tr("Report saved to %1.").arg(path));
    });
}
