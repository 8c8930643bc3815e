#pragma once

#include "session/VaultSession.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class ClipboardGuard;
class ConnectionProfile;
class ConnectionSummary;
class ConsoleSettings;
class CredentialStore;
class IdleLock;
class ProfileStore;
class QAction;
class QInputDialog;
class QLabel;
class QListWidget;
class QMenu;
class QTabWidget;
class SecretsScreen;
namespace qualys {
class QualysConnectionStore;
}
class SessionScreen;
class ShortcutsDialog;

// The console's main window: the saved vaults on the left, the screens (connection summary,
// Secrets, and those added with addScreen) in the middle, the connection's state in the
// status bar. Hands every screen the session on sign-in and nullptr on lock or disconnect;
// locks on Ctrl+L and after idle time. Borrows the stores; owns the session and screens.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a screen as a tab with a View menu action on shortcut; takes ownership. The
    // screen gets the session at once when signed in.
    void addScreen(SessionScreen *screen, const QString &title, const QKeySequence &shortcut);
    QList<SessionScreen *> screens() const { return m_screens; }
    SecretsScreen *secretsScreen() const { return m_secrets; }

    // Borrowed: the clipboard delay and idle-lock time follow these preferences.
    void setConsoleSettings(const ConsoleSettings *settings);
    // Adds the console's screens beyond Secrets (users, server settings, Qualys, scan
    // readiness), the secret detail's write-side tabs and the Tools menu (setup wizard, new
    // folder and secret, settings). Both arguments are borrowed and must outlive the window.
    void installScreens(ConsoleSettings *settings,
                        qualys::QualysConnectionStore *qualysConnections);

    // Signs in to a saved profile with the password from the keychain; asks when none.
    void connectToProfile(const QUuid &id);
    VaultSession *session() const { return m_session; }
    bool isLocked() const { return m_locked; }

    // Drops the session's token and everything the screens read; a password prompt unlocks.
    void lockSession();
    // Every action of the window, as Help ▸ Keyboard Shortcuts lists them.
    QList<QAction *> shortcutActions() const;
    void showShortcuts();

    // Seams for tests.
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    IdleLock *idleLock() const { return m_idleLock; }
    QInputDialog *unlockPrompt() const;
    ShortcutsDialog *shortcutsDialog() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createVaultList();
    void createStatusBar();
    QAction *addMenuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                           const QString &icon = {});
    void showConnectionDialog(const QUuid &preselected = {}, const QString &reason = {});
    void showProfileEditor(bool newProfile);
    void removeSelectedProfile();
    QUuid selectedProfileId() const;
    void startSession(const ConnectionProfile &profile);
    void onSessionStateChanged();
    void handOutSession();
    void withdrawSession();
    void refreshVaultList();
    void updateActions();
    void updateStatusBar();
    void disconnectFromVault();
    void showUnlockPrompt(const QString &reason = {});
    void applySettings();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QPointer<const ConsoleSettings> m_settings;
    QPointer<VaultSession> m_session;
    bool m_locked = false;
    bool m_screensHaveSession = false;
    ClipboardGuard *m_clipboard = nullptr;
    IdleLock *m_idleLock = nullptr;
    ConnectionSummary *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    SecretsScreen *m_secrets = nullptr;
    QList<SessionScreen *> m_screens;
    QListWidget *m_vaultList = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_actions;
    QList<QAction *> m_sessionActions; // enabled only while signed in and unlocked
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_connectSelectedAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_lockAction = nullptr;
    QPointer<QInputDialog> m_unlockPrompt;
    QPointer<ShortcutsDialog> m_shortcuts;
    QLabel *m_statusProfile = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusVersion = nullptr;
    QLabel *m_statusTransport = nullptr;
};
