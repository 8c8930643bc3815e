#pragma once

#include "models/ModelRow.h"
#include "secretserver/CallResult.h"
#include "secretserver/Folder.h"
#include "secretserver/Paging.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>

namespace secretserver {
class RestClient;
} // namespace secretserver

// The vault's folder tree, loaded lazily: one request per folder the view expands, a
// "Loading…" child after a moment, an error child that stays until retry(). The RestClient
// is borrowed; answers that come back after reload() are ignored.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        FolderIdRole = ModelRow::FirstModelRole,
        FolderPathRole,
        ParentFolderIdRole,
        InheritsPermissionsRole,
        InheritsSecretPolicyRole,
        SecretPolicyIdRole,
    };
    Q_ENUM(Role)

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    // Starts over with this client; nothing is requested until a view (or reload()) asks.
    void setClient(secretserver::RestClient *client);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // True while the children of parent are being requested.
    bool isLoading(const QModelIndex &parent) const;
    // The index of a folder that is already loaded, else invalid.
    QModelIndex indexOfFolder(int folderId) const;

public slots:
    // Drops the tree and requests the top-level folders again.
    void reload();
    // index is an error row or the folder whose listing failed; asks again.
    void retry(const QModelIndex &index);

signals:
    void childrenLoaded(const QModelIndex &parent);
    void childrenFailed(const QModelIndex &parent, const QString &message);

private:
    struct Node;

    void cancelPending();
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    void load(Node *node);
    void finishLoad(quint64 request,
                    const secretserver::Result<secretserver::Page<secretserver::Folder>> &result);
    void setStatusChild(Node *node, ModelRow::Kind kind, const QString &message = {});
    void removeChildren(Node *node);
    QList<secretserver::Folder> acceptedChildren(const Node *node,
                                                 QList<secretserver::Folder> folders) const;
    QVariant statusData(const Node *node, int role) const;
    QVariant folderData(const Node *node, int role) const;

    QPointer<secretserver::RestClient> m_client;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_pending; // request id -> folder waiting for its children
    quint64 m_lastRequest = 0;
};
