#pragma once

#include "SessionScreen.h"

#include <QPointer>
#include <QUuid>

class CredentialStore;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class VaultSession;
struct CredentialResult;

namespace qualys {
class IntegrationModel;
class QualysClient;
class QualysConnectionStore;
} // namespace qualys

// The "Scan readiness" screen: every vault-backed Qualys record beside the Secret Server
// secret it names and whether the scanner will get its password, with every finding of the
// selected record. Uses the Qualys connection paired with the session's profile, or one the
// person picks; its password comes from the keychain. Store and keychain are borrowed.
class IntegrationScreen : public SessionScreen
{
    Q_OBJECT

public:
    IntegrationScreen(qualys::QualysConnectionStore *connections, CredentialStore *credentials,
                      QWidget *parent = nullptr);
    ~IntegrationScreen() override;

    static QString screenTitle();

    void setSession(VaultSession *session) override;

    // Reads everything again; starts over with the chosen connection when none is in use.
    void refresh();

    QUuid connectionId() const; // the chosen Qualys connection; null when none
    qualys::IntegrationModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    QTableView *recordView() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QComboBox *connectionPicker() const { return m_picker; }
    // The line that says what the screen waits for or what went wrong.
    QLabel *messageLabel() const { return m_message; }
    QAction *refreshAction() const { return m_refresh; }

private:
    void fillPicker();
    void useChosenConnection();
    void onPasswordRead(quint64 generation, const CredentialResult &result);
    void dropClient();
    void showMessage(const QString &text, bool offerRetry = false);
    void updateState();
    void updateDetail();

    QPointer<qualys::QualysConnectionStore> m_connections;
    QPointer<CredentialStore> m_credentials;
    QPointer<VaultSession> m_session;
    qualys::QualysClient *m_client = nullptr;
    qualys::IntegrationModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_picker = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QAction *m_refresh = nullptr;
    quint64 m_generation = 0; // ignores keychain answers for an earlier choice
};
