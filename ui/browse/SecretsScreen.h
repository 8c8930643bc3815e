#pragma once

#include "SessionScreen.h"
#include "models/SecretListModel.h"

#include <QPointer>

class FolderTreeModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;
class QTreeView;
class SecretDetailView;
class SecretSearchProxyModel;

// The Secrets screen: the vault's folder tree, the secrets of the chosen folder (or of the
// whole vault) filtered by a typed search, and the detail of the secret opened with Enter.
// Owns its models and the detail view; the session is borrowed.
class SecretsScreen : public SessionScreen
{
    Q_OBJECT

public:
    explicit SecretsScreen(QWidget *parent = nullptr);
    ~SecretsScreen() override;

    void setSession(VaultSession *session) override;

    // The detail view, for adding pages (SecretDetailView::addPage).
    SecretDetailView *detailView() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *folderView() const { return m_folderView; }
    QTableView *secretView() const { return m_secretView; }
    SecretListModel *secretModel() const { return m_secrets; }
    SecretSearchProxyModel *secretProxy() const { return m_proxy; }

    // Reads the folder tree and the list again, after a change made elsewhere.
    void reload();
    // Applies the search text now instead of after the typing pause.
    void applySearch();
    // Shows the secret at a row of the list (a proxy index) in the detail view.
    void openSecret(const QModelIndex &proxyIndex);

signals:
    // A secret was opened in the detail view.
    void secretOpened(int secretId);

private:
    void createViews();
    void onFolderChanged();
    void showAllFolders();
    void selectFirstResult();
    void updateCount();

    QPointer<VaultSession> m_session;
    FolderTreeModel *m_folders = nullptr;
    SecretListModel *m_secrets = nullptr;
    SecretSearchProxyModel *m_proxy = nullptr;
    QTreeView *m_folderView = nullptr;
    QTableView *m_secretView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    SecretDetailView *m_detail = nullptr;
    SecretFilter m_baseFilter; // the folder chosen in the tree
};
