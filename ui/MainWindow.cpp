#include "MainWindow.h"

#include "CertificateDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionSummary.h"
#include "IdleLock.h"
#include "SessionScreen.h"
#include "ShortcutsDialog.h"
#include "browse/SecretsScreen.h"
#include "core/ConsoleSettings.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "secret/ClipboardGuard.h"
#include "secret/SecretDetailView.h"
#include "session/VaultSession.h"

#include <QApplication>
#include <QDialog>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
Q_LOGGING_CATEGORY(lcWindow, "scanvault.ui.window")
constexpr int ProfileIdRole = Qt::UserRole;

// A warning that does not block the event loop.
void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent), m_profiles(profiles), m_credentials(credentials),
      m_clipboard(new ClipboardGuard(QGuiApplication::clipboard(), this)),
      m_idleLock(new IdleLock(this))
{
    setWindowTitle(tr("ScanVault"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/scanvault.svg")));

    m_summary = new ConnectionSummary(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("screens"));
    m_tabs->setAccessibleName(tr("Screens"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_summary, tr("Connection"));
    setCentralWidget(m_tabs);

    createActions();
    createVaultList();
    createStatusBar();

    m_secrets = new SecretsScreen(this);
    m_secrets->detailView()->setClipboardGuard(m_clipboard);
    addScreen(m_secrets, tr("Secrets"), QKeySequence(Qt::CTRL | Qt::Key_1));

    connect(m_idleLock, &IdleLock::idleTimeout, this, [this] {
        qCInfo(lcWindow) << "locking after idle time";
        lockSession();
    });
    connect(m_profiles, &ProfileStore::profileAdded, this, &MainWindow::refreshVaultList);
    connect(m_profiles, &ProfileStore::profileUpdated, this, &MainWindow::refreshVaultList);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &MainWindow::refreshVaultList);
    refreshVaultList();
    applySettings();
    updateStatusBar();
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    withdrawSession();
}

QAction *MainWindow::addMenuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                                   const QString &icon)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    m_actions.append(action);
    return action;
}

void MainWindow::createActions()
{
    QMenu *vault = menuBar()->addMenu(tr("&Vault"));
    m_connectAction
            = addMenuAction(vault, tr("&Connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectAction, &QAction::triggered, this, [this] { showConnectionDialog(); });
    m_connectSelectedAction = addMenuAction(vault, tr("Connect to &Selected Vault"),
                                            QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_connectSelectedAction, &QAction::triggered, this, [this] {
        if (const QUuid id = selectedProfileId(); !id.isNull())
            connectToProfile(id);
    });
    vault->addSeparator();
    m_addAction = addMenuAction(vault, tr("&Add Vault…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                QStringLiteral(":/icons/vault.svg"));
    connect(m_addAction, &QAction::triggered, this, [this] { showProfileEditor(true); });
    m_editAction = addMenuAction(vault, tr("&Edit Vault…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, [this] { showProfileEditor(false); });
    m_removeAction = addMenuAction(vault, tr("&Remove Vault…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelectedProfile);
    vault->addSeparator();
    m_disconnectAction = addMenuAction(vault, tr("&Disconnect"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromVault);
    m_lockAction = addMenuAction(vault, tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                 QStringLiteral(":/icons/lock.svg"));
    connect(m_lockAction, &QAction::triggered, this, [this] {
        if (m_locked)
            showUnlockPrompt();
        else
            lockSession();
    });
    vault->addSeparator();
    QAction *quit = addMenuAction(vault, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_viewMenu = menuBar()->addMenu(tr("V&iew"));
    QAction *summary
            = addMenuAction(m_viewMenu, tr("C&onnection"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(summary, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_summary); });
    QAction *vaults = addMenuAction(m_viewMenu, tr("Saved &Vaults"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(vaults, &QAction::triggered, this,
            [this] { m_vaultList->setFocus(Qt::ShortcutFocusReason); });
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = addMenuAction(help, tr("&Keyboard Shortcuts"),
                                       QKeySequence(Qt::CTRL | Qt::Key_Slash));
    shortcuts->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1) });
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about
            = addMenuAction(help, tr("&About ScanVault"), QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(about, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About ScanVault"),
                                    tr("<b>ScanVault %1</b><p>Sets up and verifies Qualys "
                                       "authenticated scans whose credentials stay in Secret "
                                       "Server.</p>")
                                            .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createVaultList()
{
    m_vaultList = new QListWidget(this);
    m_vaultList->setObjectName(QStringLiteral("vaultList"));
    m_vaultList->setAccessibleName(tr("Saved vaults"));
    connect(m_vaultList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        connectToProfile(item->data(ProfileIdRole).toUuid());
    });
    connect(m_vaultList, &QListWidget::currentRowChanged, this, &MainWindow::updateActions);

    // Icon-only buttons for the vault list; each names itself for screen readers.
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const auto addButton = [bar](QAction *action, const QString &name) {
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action)) {
            button->setAccessibleName(name);
            button->setToolTip(QStringLiteral("%1 (%2)").arg(
                    name, action->shortcut().toString(QKeySequence::NativeText)));
        }
    };
    if (m_addAction->icon().isNull())
        m_addAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    if (m_lockAction->icon().isNull())
        m_lockAction->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_editAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_removeAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_connectSelectedAction->setIcon(style()->standardIcon(QStyle::SP_DialogYesButton));
    addButton(m_addAction, tr("Add vault"));
    addButton(m_editAction, tr("Edit vault"));
    addButton(m_removeAction, tr("Remove vault"));
    addButton(m_connectSelectedAction, tr("Connect to the selected vault"));
    addButton(m_lockAction, tr("Lock"));

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_vaultList);

    auto *dock = new QDockWidget(tr("Vaults"), this);
    dock->setObjectName(QStringLiteral("vaults"));
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(pane);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    setTabOrder(m_vaultList, m_tabs);
}

void MainWindow::createStatusBar()
{
    m_statusProfile = new QLabel(this);
    m_statusUser = new QLabel(this);
    m_statusVersion = new QLabel(this);
    m_statusTransport = new QLabel(this);
    m_statusTransport->setAccessibleName(tr("Connection security"));
    statusBar()->addWidget(m_statusProfile);
    statusBar()->addWidget(m_statusUser);
    statusBar()->addWidget(m_statusVersion);
    statusBar()->addPermanentWidget(m_statusTransport);
}

void MainWindow::addScreen(SessionScreen *screen, const QString &title,
                           const QKeySequence &shortcut)
{
    m_screens.append(screen);
    m_tabs->addTab(screen, title);
    QAction *show = addMenuAction(m_viewMenu, title, shortcut);
    connect(show, &QAction::triggered, this, [this, screen] {
        m_tabs->setCurrentWidget(screen);
        screen->setFocus(Qt::ShortcutFocusReason);
    });
    if (m_screensHaveSession)
        screen->setSession(m_session);
}

void MainWindow::setConsoleSettings(const ConsoleSettings *settings)
{
    if (m_settings)
        disconnect(m_settings.data(), nullptr, this, nullptr);
    m_settings = settings;
    if (m_settings)
        connect(m_settings.data(), &ConsoleSettings::changed, this, &MainWindow::applySettings);
    applySettings();
}

void MainWindow::applySettings()
{
    const int seconds = m_settings ? m_settings->clipboardClearSeconds()
                                   : ConsoleSettings::defaultClipboardClearSeconds;
    const int minutes
            = m_settings ? m_settings->idleLockMinutes() : ConsoleSettings::defaultIdleLockMinutes;
    m_clipboard->setClearDelay(std::chrono::seconds(seconds));
    m_idleLock->setTimeout(std::chrono::minutes(minutes));
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions = m_actions;
    // Screens and pages carry their own actions (Find, Copy Password...).
    for (QAction *action : findChildren<QAction *>()) {
        if (!actions.contains(action) && !action->shortcut().isEmpty() && !action->text().isEmpty())
            actions.append(action);
    }
    return actions;
}

QInputDialog *MainWindow::unlockPrompt() const
{
    return m_unlockPrompt;
}

ShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return m_shortcuts;
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts)
        m_shortcuts->close();
    m_shortcuts = new ShortcutsDialog(shortcutActions(), this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->open();
}

void MainWindow::refreshVaultList()
{
    const QUuid selected = selectedProfileId();
    m_vaultList->clear();
    const QIcon insecure(QStringLiteral(":/icons/warning.svg"));
    const QIcon secure(QStringLiteral(":/icons/vault.svg"));
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name(), m_vaultList);
        item->setData(ProfileIdRole, profile.id());
        item->setToolTip(profile.serverUrl().toDisplayString());
        item->setIcon(secure);
        if (profile.usesHttp()) {
            item->setIcon(insecure);
            item->setText(tr("%1 (insecure HTTP)").arg(profile.name()));
            item->setToolTip(tr("%1\nUnencrypted: passwords and tokens cross the network "
                                "in clear text.")
                                     .arg(profile.serverUrl().toDisplayString()));
        }
        if (profile.id() == selected)
            m_vaultList->setCurrentItem(item);
    }
    if (!m_vaultList->currentItem() && m_vaultList->count() > 0)
        m_vaultList->setCurrentRow(0);
    updateActions();
}

QUuid MainWindow::selectedProfileId() const
{
    const QListWidgetItem *item = m_vaultList->currentItem();
    return item ? item->data(ProfileIdRole).toUuid() : QUuid();
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
        const QList<ProfileIssue> issues
                = dialog->isNewProfile() ? m_profiles->add(profile) : m_profiles->update(profile);
        if (!issues.isEmpty()) {
            showWarning(this, tr("Vault not saved"), issues.constFirst().message);
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

void MainWindow::showProfileEditor(bool newProfile)
{
    auto *dialog = new ConnectionDialog(*m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(newProfile ? tr("Add Vault") : tr("Edit Vault"));
    if (newProfile)
        dialog->selectNewProfile();
    else
        dialog->selectProfile(selectedProfileId());

    // Saves the profile; signs in only when a password was typed.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        const QList<ProfileIssue> issues
                = dialog->isNewProfile() ? m_profiles->add(profile) : m_profiles->update(profile);
        if (!issues.isEmpty()) {
            showWarning(this, tr("Vault not saved"), issues.constFirst().message);
            return;
        }
        if (dialog->password().isEmpty())
            return;
        startSession(profile);
        m_session->signIn(dialog->password(), dialog->rememberPassword());
    });
    dialog->open();
}

void MainWindow::removeSelectedProfile()
{
    const QUuid id = selectedProfileId();
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;

    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Vault"),
                                tr("Remove the vault \"%1\" and its kept password? The vault "
                                   "itself is not changed.")
                                        .arg(profile->name()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->result() != QMessageBox::Yes)
            return;
        if (m_session && m_session->profile().id() == id)
            disconnectFromVault();
        m_profiles->remove(id);
    });
    box->open();
}

void MainWindow::startSession(const ConnectionProfile &profile)
{
    withdrawSession();
    m_locked = false;
    m_summary->setLocked(false);
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
    if (!m_session)
        return;

    switch (m_session->state()) {
    case VaultSession::State::SignedIn:
        m_locked = false;
        m_summary->setLocked(false);
        if (m_unlockPrompt)
            m_unlockPrompt->close();
        handOutSession();
        break;
    case VaultSession::State::NeedsPassword:
        withdrawSession();
        if (m_locked)
            showUnlockPrompt(m_session->message());
        else
            showConnectionDialog(m_session->profile().id(), m_session->message());
        break;
    case VaultSession::State::Failed:
        withdrawSession();
        if (m_locked)
            showUnlockPrompt(m_session->message());
        break;
    case VaultSession::State::SigningIn:
        break;
    case VaultSession::State::SignedOut:
        withdrawSession();
        break;
    }
}

void MainWindow::handOutSession()
{
    if (m_screensHaveSession)
        return;
    m_screensHaveSession = true;
    for (SessionScreen *screen : std::as_const(m_screens))
        screen->setSession(m_session);
    m_idleLock->setArmed(true);
}

void MainWindow::withdrawSession()
{
    m_idleLock->setArmed(false);
    m_clipboard->clearNow();
    if (!m_screensHaveSession)
        return;
    m_screensHaveSession = false;
    for (SessionScreen *screen : std::as_const(m_screens))
        screen->setSession(nullptr);
}

void MainWindow::updateActions()
{
    const bool signedIn = m_session && m_session->state() == VaultSession::State::SignedIn;
    const bool hasSelection = !selectedProfileId().isNull();
    m_disconnectAction->setEnabled(signedIn || m_locked);
    m_lockAction->setEnabled(signedIn || m_locked);
    m_lockAction->setText(m_locked ? tr("&Unlock…") : tr("&Lock"));
    m_editAction->setEnabled(hasSelection);
    m_removeAction->setEnabled(hasSelection);
    m_connectSelectedAction->setEnabled(hasSelection);
    for (QAction *action : std::as_const(m_sessionActions))
        action->setEnabled(signedIn && !m_locked);
}

void MainWindow::updateStatusBar()
{
    updateActions();
    if (!m_session) {
        m_statusProfile->setText(tr("Not connected"));
        m_statusUser->clear();
        m_statusVersion->clear();
        m_statusTransport->clear();
        return;
    }
    const bool signedIn = m_session->state() == VaultSession::State::SignedIn;
    m_statusProfile->setText(m_locked ? tr("%1 (locked)").arg(m_session->profile().name())
                                      : m_session->profile().name());
    m_statusUser->setText(signedIn ? tr("User: %1").arg(m_session->signedInUser()) : QString());
    m_statusVersion->setText(m_session->serverVersion().isEmpty()
                                     ? QString()
                                     : tr("Secret Server %1").arg(m_session->serverVersion()));
    m_statusTransport->setText(ConnectionSummary::transportDescription(*m_session));
}

void MainWindow::disconnectFromVault()
{
    if (m_unlockPrompt)
        m_unlockPrompt->close();
    m_locked = false;
    m_summary->setLocked(false);
    withdrawSession();
    if (m_session)
        m_session->signOut();
    updateStatusBar();
}

void MainWindow::lockSession()
{
    if (!m_session || m_locked)
        return;
    if (m_session->state() != VaultSession::State::SignedIn)
        return;

    // Screens drop what they read before the client that read it goes away, and every open
    // dialog (the setup wizard, a change preview) goes with the token it would act on.
    m_locked = true;
    for (QDialog *dialog : findChildren<QDialog *>(Qt::FindDirectChildrenOnly)) {
        if (dialog != m_unlockPrompt && dialog != m_shortcuts)
            dialog->close();
    }
    withdrawSession();
    m_summary->setLocked(true);
    m_tabs->setCurrentWidget(m_summary);
    m_session->lock();
    updateStatusBar();
    showUnlockPrompt();
}

void MainWindow::showUnlockPrompt(const QString &reason)
{
    if (!m_session)
        return;
    if (!m_unlockPrompt) {
        m_unlockPrompt = new QInputDialog(this);
        m_unlockPrompt->setObjectName(QStringLiteral("unlockPrompt"));
        m_unlockPrompt->setAttribute(Qt::WA_DeleteOnClose);
        m_unlockPrompt->setWindowTitle(tr("Unlock %1").arg(m_session->profile().name()));
        m_unlockPrompt->setTextEchoMode(QLineEdit::Password);
        m_unlockPrompt->setOkButtonText(tr("Unlock"));
        connect(m_unlockPrompt, &QInputDialog::textValueSelected, this,
                [this](const QString &password) {
                    if (m_session && !password.isEmpty())
                        m_session->signIn(password, false);
                });
    }
    const QString account = m_session->profile().userName();
    m_unlockPrompt->setLabelText(
            reason.isEmpty() ? tr("The console is locked. Password for %1:").arg(account)
                             : tr("%1\nPassword for %2:").arg(reason, account));
    m_unlockPrompt->setTextValue(QString());
    m_unlockPrompt->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    withdrawSession();
    QMainWindow::closeEvent(event);
}
