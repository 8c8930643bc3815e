#pragma once

#include "session/VaultSession.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class ConnectionProfile;
class ConnectionSummary;
class CredentialStore;
class ProfileStore;
class QAction;
class QLabel;
class QListWidget;


// The console's main window: the saved vaults on the left, the connected vault in the
// middle, the connection's state in the status bar. Borrows the profile and credential
// stores; owns the current VaultSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in to a saved profile with the password from the keychain; asks when none.
    void connectToProfile(const QUuid &id);
    VaultSession *session() const { return m_session; }

private:
    void createActions();
    void createVaultList();
    void showConnectionDialog(const QUuid &preselected = {}, const QString &reason = {});
    void startSession(const ConnectionProfile &profile);
    void onSessionStateChanged();
    void refreshVaultList();
    void updateStatusBar();
    void disconnectFromVault();
    void lockSession();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QPointer<VaultSession> m_session;
    ConnectionSummary *m_summary = nullptr;
    QListWidget *m_vaultList = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_lockAction = nullptr;
    QLabel *m_statusProfile = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusVersion = nullptr;
    QLabel *m_statusTransport = nullptr;
};
