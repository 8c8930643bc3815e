#pragma once

#include "profiles/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class ProfileStore;

// Picks a saved vault profile or describes a new one, and takes the password to sign in.
// It edits a copy; the caller saves the profile and starts the session.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const ProfileStore &profiles, QWidget *parent = nullptr);

    void selectProfile(const QUuid &id);
    // Starts on "New vault…" (the vault list's Add).
    void selectNewProfile();

    ConnectionProfile profile() const;
    QString password() const;
    bool rememberPassword() const;
    bool isNewProfile() const;

    void accept() override;

private:
    void showProfile(int index);
    void updateInsecureState();

    QList<ConnectionProfile> m_saved;
    ConnectionProfile m_current;
    QComboBox *m_profileChoice = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_trust = nullptr;
    QLabel *m_problems = nullptr;
};
