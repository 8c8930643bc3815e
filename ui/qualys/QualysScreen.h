#pragma once

#include "SessionScreen.h"
#include "qualys/QualysConnection.h"

#include <QPointer>
#include <memory>

class CredentialStore;
class ProfileStore;
class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;
class RecordDialog;
class VaultDialog;
class QualysConnectionDialog;

namespace qualys {
class AuthRecordModel;
class AuthVaultModel;
class QualysClient;
class QualysConnectionStore;
} // namespace qualys

// The Qualys screen: pick a saved Qualys connection (add, edit, remove), then list, create,
// edit and delete its Thycotic vaults and its authentication records. Records are checked
// against the signed-in Secret Server before they are sent. The password comes from the
// keychain; on a withdrawn session the screen drops its client and empties both lists.
class QualysScreen : public SessionScreen
{
    Q_OBJECT

public:
    QualysScreen(qualys::QualysConnectionStore *connections, CredentialStore *credentials,
                 ProfileStore *profiles, QWidget *parent = nullptr);
    ~QualysScreen() override;

    void setSession(VaultSession *session) override;

    QComboBox *connectionBox() const { return m_connectionBox; }
    QTableView *vaultView() const { return m_vaultView; }
    QTableView *recordView() const { return m_recordView; }
    QComboBox *recordTypeBox() const { return m_recordType; }
    qualys::AuthVaultModel *vaultModel() const { return m_vaults; }
    qualys::AuthRecordModel *recordModel() const { return m_records; }
    qualys::QualysClient *client() const { return m_client.get(); }
    QLabel *statusLabel() const { return m_status; }
    // The dialog or confirmation the screen has open, for tests and the main window.
    QDialog *openDialog() const { return m_dialog; }

    // Reads the chosen connection's password from the keychain and reloads both lists.
    void connectSelected();
    void reload();

    // Open the dialogs (as the buttons do); the row is of the view's model.
    void addConnection();
    void editConnection();
    void removeConnection();
    void createVault();
    void editVault(int row);
    void deleteVault(int row);
    void createRecord();
    void editRecord(int row);
    void deleteRecord(int row);

private:
    void refillConnections(const QUuid &select);
    std::optional<qualys::QualysConnection> selectedConnection() const;
    std::optional<ConnectionProfile> sessionProfile() const;
    bool isPaired() const;
    void dropClient();
    void showDialog(QDialog *dialog);
    void confirm(const QString &text, std::function<void()> action);
    void updateButtons();
    void setStatus(const QString &text);
    int currentRow(QTableView *view) const;

    QPointer<qualys::QualysConnectionStore> m_connections;
    QPointer<CredentialStore> m_credentials;
    QPointer<ProfileStore> m_profiles;
    QPointer<VaultSession> m_session;
    std::unique_ptr<qualys::QualysClient> m_client;
    qualys::AuthVaultModel *m_vaults = nullptr;
    qualys::AuthRecordModel *m_records = nullptr;
    QComboBox *m_connectionBox = nullptr;
    QPushButton *m_editConnection = nullptr;
    QPushButton *m_removeConnection = nullptr;
    QTableView *m_vaultView = nullptr;
    QTableView *m_recordView = nullptr;
    QComboBox *m_recordType = nullptr;
    QList<QPushButton *> m_needClient;
    QPushButton *m_editVault = nullptr;
    QPushButton *m_deleteVault = nullptr;
    QPushButton *m_editRecord = nullptr;
    QPushButton *m_deleteRecord = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QDialog> m_dialog;
    quint64 m_generation = 0;
};
