#pragma once

#include "profiles/ConnectionProfile.h"
#include "qualys/QualysConnection.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class CredentialStore;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace qualys {
class QualysConnectionStore;
}

// Adds or edits a saved Qualys connection: name, platform (or typed URL), user, password,
// certificate trust and the pairing with the current Secret Server profile. On OK the
// non-secret fields go to the connection store and the password only to the keychain.
// Open with open() or show(); saved() reports the connection once everything is stored.
class QualysConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    QualysConnectionDialog(qualys::QualysConnectionStore *connections, CredentialStore *credentials,
                           ProfileStore *profiles,
                           const std::optional<qualys::QualysConnection> &existing,
                           const std::optional<ConnectionProfile> &currentProfile,
                           QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *platformBox() const { return m_platform; }
    QLineEdit *customUrlField() const { return m_customUrl; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *trustBox() const { return m_trust; }
    QLineEdit *fingerprintField() const { return m_fingerprint; }
    QCheckBox *pairBox() const { return m_pair; }
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The connection as the fields describe it now.
    qualys::QualysConnection connection() const;

    // Saves (as OK does): validation, the store, the keychain, the pairing, then accept().
    void save();

signals:
    void saved(const QUuid &id);

private:
    void updateFields();
    void showProblems(const QStringList &problems);
    void finish(const qualys::QualysConnection &connection);

    QPointer<qualys::QualysConnectionStore> m_connections;
    QPointer<CredentialStore> m_credentials;
    QPointer<ProfileStore> m_profiles;
    qualys::QualysConnection m_base;
    bool m_creating = true;
    std::optional<ConnectionProfile> m_profile;
    QLineEdit *m_name = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_trust = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QCheckBox *m_pair = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};
