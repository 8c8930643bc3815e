#include "MainWindow.h"

#include "CertificateDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionSummary.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "session/VaultSession.h"

#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>

namespace {
constexpr int ProfileIdRole = Qt::UserRole;
}

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    setWindowTitle(tr("ScanVault"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/scanvault.svg")));

    m_summary = new ConnectionSummary(this);
    setCentralWidget(m_summary);
    createActions();
    createVaultList();

    m_statusProfile = new QLabel(this);
    m_statusUser = new QLabel(this);
    m_statusVersion = new QLabel(this);
    m_statusTransport = new QLabel(this);
    statusBar()->addWidget(m_statusProfile);
    statusBar()->addWidget(m_statusUser);
    statusBar()->addWidget(m_statusVersion);
    statusBar()->addPermanentWidget(m_statusTransport);

    connect(m_profiles, &ProfileStore::profileAdded, this, &MainWindow::refreshVaultList);
    connect(m_profiles, &ProfileStore::profileUpdated, this, &MainWindow::refreshVaultList);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &MainWindow::refreshVaultList);
    refreshVaultList();
    updateStatusBar();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *vault = menuBar()->addMenu(tr("&Vault"));
    m_connectAction = vault->addAction(tr("&Connect…"), this, [this] { showConnectionDialog(); });
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_disconnectAction = vault->addAction(tr("&Disconnect"), this,
                                          &MainWindow::disconnectFromVault);
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_lockAction = vault->addAction(tr("&Lock"), this, &MainWindow::lockSession);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    vault->addSeparator();
    QAction *quit = vault->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ScanVault"), this, [this] {
        QMessageBox::about(this, tr("About ScanVault"),
                           tr("<b>ScanVault %1</b><p>Sets up and verifies Qualys authenticated "
                              "scans whose credentials stay in Secret Server.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createVaultList()
{
    m_vaultList = new QListWidget(this);
    m_vaultList->setAccessibleName(tr("Saved vaults"));
    connect(m_vaultList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        connectToProfile(item->data(ProfileIdRole).toUuid());
    });

    auto *dock = new QDockWidget(tr("Vaults"), this);
    dock->setObjectName(QStringLiteral("vaults"));
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(m_vaultList);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::refreshVaultList()
{
    m_vaultList->clear();
    const QIcon insecure = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name(), m_vaultList);
        item->setData(ProfileIdRole, profile.id());
        item->setToolTip(profile.serverUrl().toDisplayString());
        if (profile.usesHttp()) {
            item->setIcon(insecure);
            item->setText(tr("%1 (insecure HTTP)").arg(profile.name()));
        }
    }
}

void MainWindow::connectToProfile(const QUuid &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    startSession(*profile);
    m_session->signInWithStoredPassword();
}

void MainWindow::showConnectionDialog(const QUuid &preselected, const QString &reason)
{
    auto *dialog = new ConnectionDialog(*m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!preselected.isNull())
        dialog->selectProfile(preselected);
    if (!reason.isEmpty())
        dialog->setToolTip(reason);

    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        const QList<ProfileIssue> issues = dialog->isNewProfile() ? m_profiles->add(profile)
                                                                  : m_profiles->update(profile);
        if (!issues.isEmpty()) {
            QMessageBox::warning(this, tr("Vault not saved"), issues.constFirst().message);
            return;
        }
        startSession(profile);
        if (dialog->password().isEmpty())
            m_session->signInWithStoredPassword();
        else
            m_session->signIn(dialog->password(), dialog->rememberPassword());
    });
    dialog->open();
}

void MainWindow::startSession(const ConnectionProfile &profile)
{
    if (m_session) {
        m_session->signOut();
        m_session->deleteLater();
    }
    m_session = new VaultSession(profile, m_credentials, this);
    m_summary->setSession(m_session);

    connect(m_session, &VaultSession::stateChanged, this, &MainWindow::onSessionStateChanged);
    connect(m_session, &VaultSession::profileChanged, this,
            [this](const ConnectionProfile &changed) { m_profiles->update(changed); });
    connect(m_session, &VaultSession::certificateRejected, this,
            [this](const secretserver::CertificateInfo &certificate, bool changed) {
                auto *dialog = new CertificateDialog(certificate, changed, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, certificate] {
                    if (m_session)
                        m_session->pinCertificateAndRetry(certificate);
                });
                dialog->open();
            });
    updateStatusBar();
}

void MainWindow::onSessionStateChanged()
{
    updateStatusBar();
    if (m_session && m_session->state() == VaultSession::State::NeedsPassword)
        showConnectionDialog(m_session->profile().id(), m_session->message());
}

void MainWindow::updateStatusBar()
{
    const bool signedIn = m_session && m_session->state() == VaultSession::State::SignedIn;
    m_disconnectAction->setEnabled(signedIn);
    m_lockAction->setEnabled(signedIn);
    if (!m_session) {
        m_statusProfile->setText(tr("Not connected"));
        m_statusUser->clear();
        m_statusVersion->clear();
        m_statusTransport->clear();
        return;
    }
    m_statusProfile->setText(m_session->profile().name());
    m_statusUser->setText(signedIn ? tr("User: %1").arg(m_session->signedInUser()) : QString());
    m_statusVersion->setText(m_session->serverVersion().isEmpty()
                                     ? QString()
                                     : tr("Secret Server %1").arg(m_session->serverVersion()));
    m_statusTransport->setText(ConnectionSummary::transportDescription(*m_session));
}

void MainWindow::disconnectFromVault()
{
    if (m_session)
        m_session->signOut();
}

void MainWindow::lockSession()
{
    if (m_session)
        m_session->lock();
}
