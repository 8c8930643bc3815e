#include "qualys/QualysScreen.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "qualys/AuthRecordModel.h"
#include "qualys/AuthVaultModel.h"
#include "qualys/QualysClient.h"
#include "qualys/QualysConnectionDialog.h"
#include "qualys/QualysConnectionStore.h"
#include "qualys/RecordDialog.h"
#include "qualys/VaultDialog.h"
#include "session/VaultSession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace qualys;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(name);
    return button;
}

} // namespace

QualysScreen::QualysScreen(QualysConnectionStore *connections, CredentialStore *credentials,
                           ProfileStore *profiles, QWidget *parent)
    : SessionScreen(parent), m_connections(connections), m_credentials(credentials),
      m_profiles(profiles), m_vaults(new AuthVaultModel(this)), m_records(new AuthRecordModel(this))
{
    m_connectionBox = new QComboBox(this);
    m_connectionBox->setAccessibleName(tr("Qualys connection"));
    m_connectionBox->setMinimumContentsLength(24);
    auto *connectionLabel = new QLabel(tr("&Qualys connection:"), this);
    connectionLabel->setBuddy(m_connectionBox);
    auto *addConnection = makeButton(tr("A&dd…"), tr("Add Qualys connection"), this);
    m_editConnection = makeButton(tr("Ed&it…"), tr("Edit Qualys connection"), this);
    m_removeConnection = makeButton(tr("Re&move"), tr("Remove Qualys connection"), this);
    auto *reload = makeButton(tr("&Reload"), tr("Reload vaults and records"), this);
    reload->setShortcut(QKeySequence::Refresh);
    m_needClient << reload;

    auto *top = new QHBoxLayout;
    top->addWidget(connectionLabel);
    top->addWidget(m_connectionBox, 1);
    top->addWidget(addConnection);
    top->addWidget(m_editConnection);
    top->addWidget(m_removeConnection);
    top->addWidget(reload);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Qualys status"));
    m_status->setWordWrap(true);

    // Vaults.
    m_vaultView = makeTable(m_vaults, tr("Qualys vaults"), this);
    auto *createVault = makeButton(tr("Create &vault…"), tr("Create vault"), this);
    m_editVault = makeButton(tr("Edit vau&lt…"), tr("Edit vault"), this);
    m_deleteVault = makeButton(tr("Delete vaul&t"), tr("Delete vault"), this);
    m_needClient << createVault;
    auto *vaultButtons = new QHBoxLayout;
    vaultButtons->addWidget(createVault);
    vaultButtons->addWidget(m_editVault);
    vaultButtons->addWidget(m_deleteVault);
    vaultButtons->addStretch();
    auto *vaultBox = new QGroupBox(tr("Vaults"), this);
    auto *vaultLayout = new QVBoxLayout(vaultBox);
    vaultLayout->addWidget(m_vaultView);
    vaultLayout->addLayout(vaultButtons);

    // Records.
    m_recordType = new QComboBox(this);
    m_recordType->setAccessibleName(tr("Record type filter"));
    m_recordType->addItem(tr("All types"));
    for (const AuthRecordTypeInfo &info : AuthRecordTypeInfo::all())
        m_recordType->addItem(info.label, QVariant::fromValue(info.type));
    m_recordView = makeTable(m_records, tr("Qualys authentication records"), this);
    auto *createRecord = makeButton(tr("Create &record…"), tr("Create record"), this);
    createRecord->setShortcut(QKeySequence::New);
    m_editRecord = makeButton(tr("&Edit record…"), tr("Edit record"), this);
    m_deleteRecord = makeButton(tr("De&lete record"), tr("Delete record"), this);
    m_needClient << createRecord;
    auto *recordButtons = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_recordType);
    recordButtons->addWidget(typeLabel);
    recordButtons->addWidget(m_recordType);
    recordButtons->addStretch();
    recordButtons->addWidget(createRecord);
    recordButtons->addWidget(m_editRecord);
    recordButtons->addWidget(m_deleteRecord);
    auto *recordBox = new QGroupBox(tr("Authentication records"), this);
    auto *recordLayout = new QVBoxLayout(recordBox);
    recordLayout->addLayout(recordButtons);
    recordLayout->addWidget(m_recordView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(vaultBox);
    splitter->addWidget(recordBox);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(addConnection, &QPushButton::clicked, this, &QualysScreen::addConnection);
    connect(m_editConnection, &QPushButton::clicked, this, &QualysScreen::editConnection);
    connect(m_removeConnection, &QPushButton::clicked, this, &QualysScreen::removeConnection);
    connect(reload, &QPushButton::clicked, this, &QualysScreen::reload);
    connect(createVault, &QPushButton::clicked, this, &QualysScreen::createVault);
    connect(m_editVault, &QPushButton::clicked, this,
            [this] { editVault(currentRow(m_vaultView)); });
    connect(m_deleteVault, &QPushButton::clicked, this,
            [this] { deleteVault(currentRow(m_vaultView)); });
    connect(createRecord, &QPushButton::clicked, this, &QualysScreen::createRecord);
    connect(m_editRecord, &QPushButton::clicked, this,
            [this] { editRecord(currentRow(m_recordView)); });
    connect(m_deleteRecord, &QPushButton::clicked, this,
            [this] { deleteRecord(currentRow(m_recordView)); });
    connect(m_vaultView, &QTableView::activated, this,
            [this](const QModelIndex &index) { editVault(index.row()); });
    connect(m_recordView, &QTableView::activated, this,
            [this](const QModelIndex &index) { editRecord(index.row()); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_recordView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this,
            [this] { deleteRecord(currentRow(m_recordView)); });
    connect(m_recordType, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant type = m_recordType->currentData();
        m_records->setTypeFilter(type.isValid() ? std::optional(type.value<AuthRecordType>())
                                                : std::nullopt);
        updateButtons();
    });
    connect(m_connectionBox, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        connectSelected();
    });
    connect(m_vaults, &AuthVaultModel::loaded, this, [this](bool ok, const QString &message) {
        setStatus(ok ? QString() : tr("Vaults: %1").arg(message));
        updateButtons();
    });
    connect(m_records, &AuthRecordModel::loaded, this, [this](bool ok, const QString &message) {
        if (!ok)
            setStatus(tr("Records: %1").arg(message));
        updateButtons();
    });
    connect(m_records, &AuthRecordModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            setStatus(tr("Loading vaults and records…"));
    });
    for (QTableView *view : { m_vaultView, m_recordView })
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &QualysScreen::updateButtons);
    if (m_connections)
        connect(m_connections, &QualysConnectionStore::connectionSaved, this,
                [this](const QUuid &id) { refillConnections(id); });

    refillConnections({});
}

QualysScreen::~QualysScreen()
{
    // The models borrow the client; let them forget it before it goes.
    m_vaults->setClient(nullptr);
    m_records->setClient(nullptr);
}

void QualysScreen::setSession(VaultSession *session)
{
    m_session = session;
    if (!session) {
        dropClient();
        if (m_dialog)
            m_dialog->reject();
        setStatus(tr("Sign in to Secret Server to work with Qualys."));
        return;
    }
    // Prefer the connection paired with the signed-in profile.
    const QUuid paired = session->profile().qualysConnectionId();
    const int index = paired.isNull() ? -1 : m_connectionBox->findData(paired);
    if (index >= 0 && index != m_connectionBox->currentIndex())
        m_connectionBox->setCurrentIndex(index); // connects through the change signal
    else
        connectSelected();
}

void QualysScreen::refillConnections(const QUuid &select)
{
    const QUuid keep = select.isNull() ? m_connectionBox->currentData().toUuid() : select;
    {
        const QSignalBlocker blocker(m_connectionBox);
        m_connectionBox->clear();
        if (m_connections)
            for (const QualysConnection &connection : m_connections->connections())
                m_connectionBox->addItem(connection.name, connection.id);
        const int index = m_connectionBox->findData(keep);
        m_connectionBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateButtons();
    connectSelected();
}

std::optional<QualysConnection> QualysScreen::selectedConnection() const
{
    if (!m_connections || m_connectionBox->currentIndex() < 0)
        return std::nullopt;
    return m_connections->connection(m_connectionBox->currentData().toUuid());
}

std::optional<ConnectionProfile> QualysScreen::sessionProfile() const
{
    if (!m_session)
        return std::nullopt;
    // The stored profile is the current one; the session's copy may predate a pairing.
    if (m_profiles)
        if (auto stored = m_profiles->profile(m_session->profile().id()))
            return stored;
    return m_session->profile();
}

bool QualysScreen::isPaired() const
{
    const auto profile = sessionProfile();
    const auto connection = selectedConnection();
    return profile && connection && profile->qualysConnectionId() == connection->id;
}

void QualysScreen::dropClient()
{
    ++m_generation; // a keychain answer still on its way is ignored
    m_vaults->setClient(nullptr);
    m_records->setClient(nullptr);
    m_client.reset();
    updateButtons();
}

void QualysScreen::connectSelected()
{
    dropClient();
    if (!m_session) {
        setStatus(tr("Sign in to Secret Server to work with Qualys."));
        return;
    }
    const auto connection = selectedConnection();
    if (!connection) {
        setStatus(tr("Add a Qualys connection to list its vaults and records."));
        return;
    }
    if (!m_credentials)
        return;
    setStatus(tr("Reading the Qualys password from the keychain…"));
    const quint64 generation = m_generation;
    CredentialJob *job = m_credentials->read(connection->id, CredentialKind::Password);
    connect(job, &CredentialJob::finished, this,
            [this, generation, connection](const CredentialResult &result) {
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    setStatus(result.status == CredentialResult::Status::NotFound
                                      ? tr("No password is stored for \"%1\": edit the "
                                           "connection and type it.")
                                                .arg(connection->name)
                                      : result.message);
                    return;
                }
                m_client = std::make_unique<QualysClient>(QualysClientSettings::from(*connection));
                m_client->setPassword(result.secret);
                m_vaults->setClient(m_client.get());
                m_records->setClient(m_client.get());
                updateButtons();
                reload();
            });
}

void QualysScreen::reload()
{
    if (!m_client)
        return;
    m_vaults->reload();
    m_records->reload();
}

void QualysScreen::setStatus(const QString &text)
{
    m_status->setText(text);
}

int QualysScreen::currentRow(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void QualysScreen::updateButtons()
{
    const bool client = m_client != nullptr;
    const bool connection = m_connectionBox->currentIndex() >= 0;
    m_editConnection->setEnabled(connection);
    m_removeConnection->setEnabled(connection);
    for (QPushButton *button : std::as_const(m_needClient))
        button->setEnabled(client);
    const bool vault = client && currentRow(m_vaultView) >= 0;
    m_editVault->setEnabled(vault);
    m_deleteVault->setEnabled(vault);
    const bool record = client && currentRow(m_recordView) >= 0;
    m_editRecord->setEnabled(record);
    m_deleteRecord->setEnabled(record);
}

void QualysScreen::showDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->reject();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void QualysScreen::confirm(const QString &text, std::function<void()> action)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm deletion"), text,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [action = std::move(action)](int result) {
        if (result == QMessageBox::Yes)
            action();
    });
    showDialog(box);
}

void QualysScreen::addConnection()
{
    auto *dialog = new QualysConnectionDialog(m_connections, m_credentials, m_profiles,
                                              std::nullopt, sessionProfile(), this);
    // The password reaches the keychain after the store saved the connection: read it then.
    connect(dialog, &QualysConnectionDialog::saved, this, [this] { connectSelected(); });
    showDialog(dialog);
}

void QualysScreen::editConnection()
{
    const auto connection = selectedConnection();
    if (!connection)
        return;
    auto *dialog = new QualysConnectionDialog(m_connections, m_credentials, m_profiles, connection,
                                              sessionProfile(), this);
    // A new password or certificate applies at once.
    connect(dialog, &QualysConnectionDialog::saved, this, [this] { connectSelected(); });
    showDialog(dialog);
}

void QualysScreen::removeConnection()
{
    const auto connection = selectedConnection();
    if (!connection)
        return;
    const QUuid id = connection->id;
    confirm(tr("Remove the Qualys connection \"%1\" and its stored password? Nothing changes "
               "in Qualys.")
                    .arg(connection->name),
            [this, id] {
                if (!m_connections || !m_connections->remove(id))
                    return;
                if (m_credentials)
                    m_credentials->removeAll(id);
                refillConnections({});
            });
}

void QualysScreen::createVault()
{
    if (!m_client)
        return;
    QString url;
    if (m_session) {
        QString base = m_session->profile().serverUrl().toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url = base + QStringLiteral("/webservices/SSWebService.asmx");
    }
    auto *dialog = new VaultDialog(m_client.get(), 0, url, this);
    connect(dialog, &VaultDialog::saved, this, &QualysScreen::reload);
    showDialog(dialog);
}

void QualysScreen::editVault(int row)
{
    const auto vault = m_vaults->vault(row);
    if (!m_client || !vault)
        return;
    auto *dialog = new VaultDialog(m_client.get(), vault->id, {}, this);
    connect(dialog, &VaultDialog::saved, this, &QualysScreen::reload);
    showDialog(dialog);
}

void QualysScreen::deleteVault(int row)
{
    const auto vault = m_vaults->vault(row);
    if (!m_client || !vault)
        return;
    const int id = vault->id;
    confirm(tr("Delete the vault \"%1\" from Qualys? Records that use it stop working.")
                    .arg(vault->title),
            [this, id] {
                if (!m_client)
                    return;
                m_client->deleteVault(id, this, [this](const QualysReply<int> &reply) {
                    if (!reply.ok())
                        setStatus(tr("The vault was not deleted: %1").arg(reply.message));
                    reload();
                });
            });
}

void QualysScreen::createRecord()
{
    if (!m_client)
        return;
    QList<AuthVault> vaults;
    for (int row = 0; row < m_vaults->rowCount(); ++row)
        vaults << *m_vaults->vault(row);
    auto *dialog = new RecordDialog(m_client.get(), m_session, vaults, std::nullopt, this);
    dialog->setPaired(isPaired());
    connect(dialog, &RecordDialog::saved, this, &QualysScreen::reload);
    showDialog(dialog);
}

void QualysScreen::editRecord(int row)
{
    const auto record = m_records->record(row);
    if (!m_client || !record)
        return;
    QList<AuthVault> vaults;
    for (int vaultRow = 0; vaultRow < m_vaults->rowCount(); ++vaultRow)
        vaults << *m_vaults->vault(vaultRow);
    auto *dialog = new RecordDialog(m_client.get(), m_session, vaults, record, this);
    dialog->setPaired(isPaired());
    connect(dialog, &RecordDialog::saved, this, &QualysScreen::reload);
    showDialog(dialog);
}

void QualysScreen::deleteRecord(int row)
{
    const auto record = m_records->record(row);
    if (!m_client || !record)
        return;
    const AuthRecordType type = record->type;
    const int id = record->id;
    confirm(tr("Delete the authentication record \"%1\" from Qualys?").arg(record->title),
            [this, type, id] {
                if (!m_client)
                    return;
                m_client->deleteRecords(
                        type, { id }, this, [this](const QualysReply<QList<int>> &reply) {
                            if (!reply.ok())
                                setStatus(tr("The record was not deleted: %1").arg(reply.message));
                            reload();
                        });
            });
}
