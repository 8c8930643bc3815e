#include "qualys/IntegrationScreen.h"

#include "profiles/CredentialStore.h"
#include "qualys/IntegrationModel.h"
#include "qualys/QualysClient.h"
#include "qualys/QualysConnectionStore.h"
#include "qualys/QualysLog.h"
#include "session/VaultSession.h"

#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using qualys::IntegrationModel;

namespace {

// Adds an icon and a colour to the status column (always beside its text) and hides ready
// records when only problems are wanted. Loading and error rows always stay.
class ReadinessProxy : public QSortFilterProxyModel
{
public:
    explicit ReadinessProxy(QWidget *owner) : QSortFilterProxyModel(owner), m_owner(owner) { }

    void setOnlyProblems(bool only)
    {
        if (m_onlyProblems == only)
            return;
        m_onlyProblems = only;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == IntegrationModel::StatusColumn
            && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
            const auto status = QSortFilterProxyModel::data(index, IntegrationModel::StatusRole);
            if (!status.isValid())
                return {};
            return role == Qt::DecorationRole
                    ? QVariant(iconFor(status.value<IntegrationModel::RecordStatus>()))
                    : colourFor(status.value<IntegrationModel::RecordStatus>());
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_onlyProblems)
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const QVariant status = index.data(IntegrationModel::StatusRole);
        return !status.isValid()
                || status.value<IntegrationModel::RecordStatus>()
                != IntegrationModel::RecordStatus::Ready;
    }

private:
    QIcon iconFor(IntegrationModel::RecordStatus status) const
    {
        QStyle *style = m_owner->style();
        switch (status) {
        case IntegrationModel::RecordStatus::Ready:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case IntegrationModel::RecordStatus::ReadyWithWarnings:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case IntegrationModel::RecordStatus::WillFail:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case IntegrationModel::RecordStatus::NotChecked:
            return style->standardIcon(QStyle::SP_MessageBoxQuestion);
        case IntegrationModel::RecordStatus::Checking:
            return style->standardIcon(QStyle::SP_BrowserReload);
        }
        return {};
    }

    static QVariant colourFor(IntegrationModel::RecordStatus status)
    {
        switch (status) {
        case IntegrationModel::RecordStatus::Ready:
            return QColor(0x1b, 0x6e, 0x20);
        case IntegrationModel::RecordStatus::WillFail:
            return QColor(0xb0, 0x00, 0x20);
        case IntegrationModel::RecordStatus::ReadyWithWarnings:
            return QColor(0x8a, 0x5a, 0x00);
        default:
            return {};
        }
    }

    QWidget *m_owner;
    bool m_onlyProblems = false;
};

} // namespace

IntegrationScreen::IntegrationScreen(qualys::QualysConnectionStore *connections,
                                     CredentialStore *credentials, QWidget *parent)
    : SessionScreen(parent), m_connections(connections), m_credentials(credentials)
{
    m_model = new IntegrationModel(this);
    auto *proxy = new ReadinessProxy(this);
    proxy->setSourceModel(m_model);
    m_proxy = proxy;

    auto *pickerLabel = new QLabel(tr("&Qualys connection:"), this);
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Qualys connection"));
    pickerLabel->setBuddy(m_picker);
    m_onlyProblems = new QCheckBox(tr("&Only problems"), this);
    m_onlyProblems->setAccessibleName(tr("Show only records that are not ready"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setAccessibleName(tr("Refresh the scan readiness"));
    refreshButton->setToolTip(tr("Read the records and secrets again (F5)"));

    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Scan readiness state"));
    m_retry = new QPushButton(tr("Re&try"), this);
    m_retry->setAccessibleName(tr("Try reading the scan readiness again"));
    m_retry->hide();

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Authentication records and their scan readiness"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // model order
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Findings of the selected record"));
    m_detail->setPlaceholderText(tr("Select a record to see every finding and its fix."));

    auto *top = new QHBoxLayout;
    top->addWidget(pickerLabel);
    top->addWidget(m_picker, 1);
    top->addWidget(m_onlyProblems);
    top->addWidget(refreshButton);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retry);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(messageRow);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QAction::triggered, this, &IntegrationScreen::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &IntegrationScreen::refresh);
    connect(m_retry, &QPushButton::clicked, this, &IntegrationScreen::refresh);
    connect(m_picker, &QComboBox::currentIndexChanged, this,
            &IntegrationScreen::useChosenConnection);
    connect(m_onlyProblems, &QCheckBox::toggled, this,
            [proxy](bool only) { proxy->setOnlyProblems(only); });
    connect(m_model, &IntegrationModel::stateChanged, this, &IntegrationScreen::updateState);
    connect(m_model, &IntegrationModel::dataChanged, this, &IntegrationScreen::updateDetail);
    connect(m_model, &IntegrationModel::modelReset, this, &IntegrationScreen::updateDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntegrationScreen::updateDetail);
    if (m_connections) {
        connect(m_connections, &qualys::QualysConnectionStore::connectionSaved, this, [this] {
            const bool hadOne = !connectionId().isNull();
            fillPicker();
            if (!hadOne && m_session)
                useChosenConnection(); // the first connection was just added
        });
        connect(m_connections, &qualys::QualysConnectionStore::connectionRemoved, this,
                [this](const QUuid &id) {
                    const bool inUse = connectionId() == id;
                    fillPicker();
                    if (inUse && m_session)
                        useChosenConnection();
                });
    }
    fillPicker();
    showMessage(ModelRow::notConnectedText());
}

IntegrationScreen::~IntegrationScreen() = default;

QString IntegrationScreen::screenTitle()
{
    return tr("Scan readiness");
}

QSortFilterProxyModel *IntegrationScreen::proxy() const
{
    return m_proxy;
}

QUuid IntegrationScreen::connectionId() const
{
    return m_picker->currentData().toUuid();
}

void IntegrationScreen::setSession(VaultSession *session)
{
    m_session = session;
    if (!session) {
        // Locked or disconnected: forget the records, the verdicts and the Qualys password.
        ++m_generation;
        dropClient();
        showMessage(ModelRow::notConnectedText());
        return;
    }
    fillPicker();
    const QUuid paired = session->profile().qualysConnectionId();
    const int pairedIndex = m_picker->findData(paired);
    if (!paired.isNull() && pairedIndex >= 0) {
        const QSignalBlocker quiet(m_picker); // started once, just below
        m_picker->setCurrentIndex(pairedIndex);
    }
    useChosenConnection();
}

void IntegrationScreen::refresh()
{
    // Starts from the saved connection and the keychain again, so edits made on the Qualys
    // screen (another password, a new certificate pin) are picked up.
    if (m_session)
        useChosenConnection();
}

void IntegrationScreen::fillPicker()
{
    const QUuid current = connectionId();
    const QSignalBlocker quiet(m_picker); // refilling is not a new choice
    m_picker->clear();
    if (m_connections) {
        for (const qualys::QualysConnection &connection : m_connections->connections())
            m_picker->addItem(connection.name, connection.id);
    }
    const int index = m_picker->findData(current);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
    m_picker->setEnabled(m_picker->count() > 0);
}

void IntegrationScreen::useChosenConnection()
{
    ++m_generation;
    dropClient();
    if (!m_session)
        return;
    const QUuid id = connectionId();
    const auto connection = m_connections ? m_connections->connection(id) : std::nullopt;
    if (!connection) {
        showMessage(tr("No Qualys connection is saved, so there is nothing to check. Add one "
                       "on the Qualys screen (connection, user name and password), pair it "
                       "with this vault if you like, then press Refresh."));
        return;
    }
    if (!m_credentials) {
        showMessage(tr("The keychain is not available, so the Qualys password cannot be read."));
        return;
    }
    showMessage(tr("Reading the password of \"%1\" from the keychain…").arg(connection->name));
    const quint64 generation = m_generation;
    CredentialJob *job = m_credentials->read(id, CredentialKind::Password);
    connect(job, &CredentialJob::finished, this,
            [this, generation](const CredentialResult &r) { onPasswordRead(generation, r); });
}

void IntegrationScreen::onPasswordRead(quint64 generation, const CredentialResult &result)
{
    if (generation != m_generation || !m_session)
        return;
    const auto connection
            = m_connections ? m_connections->connection(result.profileId) : std::nullopt;
    if (!connection)
        return;
    if (result.status == CredentialResult::Status::NotFound) {
        showMessage(tr("No password for the Qualys connection \"%1\" is in the keychain. "
                       "Enter it on the Qualys screen, then press Refresh.")
                            .arg(connection->name),
                    true);
        return;
    }
    if (!result.ok()) {
        showMessage(result.message, true);
        return;
    }
    m_client = new qualys::QualysClient(qualys::QualysClientSettings::from(*connection), this);
    m_client->setPassword(result.secret);
    qCInfo(lcQualys) << "checking scan readiness with the Qualys connection" << connection->id;
    m_model->setSources(m_client, m_session->client());
    m_model->reload();
}

void IntegrationScreen::dropClient()
{
    m_model->setSources(nullptr, nullptr);
    delete m_client; // the password it held goes with it
    m_client = nullptr;
    m_detail->clear();
}

void IntegrationScreen::showMessage(const QString &text, bool offerRetry)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_retry->setVisible(offerRetry);
}

void IntegrationScreen::updateState()
{
    switch (m_model->state()) {
    case IntegrationModel::State::Idle:
        break;
    case IntegrationModel::State::Loading:
        showMessage(tr("Reading the authentication records from Qualys…"));
        break;
    case IntegrationModel::State::Checking:
        showMessage(tr("Checking %n record(s) in Secret Server…", nullptr, m_model->recordCount()));
        break;
    case IntegrationModel::State::Done: {
        int ready = 0;
        for (int row = 0; row < m_model->recordCount(); ++row) {
            const auto status = m_model->index(row, 0)
                                        .data(IntegrationModel::StatusRole)
                                        .value<IntegrationModel::RecordStatus>();
            if (status == IntegrationModel::RecordStatus::Ready
                || status == IntegrationModel::RecordStatus::ReadyWithWarnings)
                ++ready;
        }
        showMessage(tr("%1 of %n vault-backed record(s) should authenticate.", nullptr,
                       m_model->recordCount())
                            .arg(ready));
        break;
    }
    case IntegrationModel::State::Failed:
        showMessage(m_model->errorMessage(), true);
        break;
    }
}

void IntegrationScreen::updateDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const auto record = current.isValid() ? m_model->record(current.row()) : std::nullopt;
    if (!record) {
        m_detail->clear();
        return;
    }
    const int row = current.row();
    const QString status = m_model->index(row, IntegrationModel::StatusColumn).data().toString();
    const QString found
            = m_model->index(row, IntegrationModel::SecretFoundColumn).data().toString();
    QString html = QStringLiteral("<h3>%1</h3><p>%2<br>%3<br>%4</p>")
                           .arg(record->title.toHtmlEscaped(),
                                tr("Status: %1").arg(status).toHtmlEscaped(),
                                tr("Secret name: %1").arg(record->secretName).toHtmlEscaped(),
                                tr("Secret found: %1").arg(found).toHtmlEscaped());
    const auto readiness = m_model->readiness(row);
    if (!readiness) {
        const QString reason
                = m_model->index(row, IntegrationModel::ReasonColumn).data().toString();
        if (!reason.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(reason.toHtmlEscaped());
    } else if (readiness->findings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("No findings: the scanner should get this record's password.")
                                     .toHtmlEscaped());
    } else {
        for (const Finding &finding : readiness->findings) {
            html += QStringLiteral("<p><b>%1: %2</b><br>%3<br><i>%4</i></p>")
                            .arg(Finding::severityName(finding.severity).toHtmlEscaped(),
                                 finding.title.toHtmlEscaped(), finding.detail.toHtmlEscaped(),
                                 tr("Fix: %1").arg(finding.fix).toHtmlEscaped());
        }
    }
    m_detail->setHtml(html);
}
