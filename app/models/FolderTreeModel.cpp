#include "models/FolderTreeModel.h"

#include "secretserver/PendingCall.h"
#include "secretserver/RestClient.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <vector>

using namespace secretserver;

namespace {
Q_LOGGING_CATEGORY(lcFolderTree, "scanvault.models.folders")
} // namespace

struct FolderTreeModel::Node
{
    enum class State { NotLoaded, Loading, Loaded, Failed };

    ModelRow::Kind kind = ModelRow::Kind::Record;
    Folder folder;
    QString message; // error rows only
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    State state = State::NotLoaded;
    quint64 request = 0;
    QPointer<PendingCall> call;

    bool isFolder() const { return kind == ModelRow::Kind::Record; }
};

FolderTreeModel::FolderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->folder.id = -1;
}

FolderTreeModel::~FolderTreeModel()
{
    cancelPending();
}

void FolderTreeModel::cancelPending()
{
    // Forgotten first: a cancelled call may report back at once, and must find nothing.
    const QHash<quint64, Node *> pending = std::exchange(m_pending, {});
    for (Node *node : pending) {
        if (node->call)
            node->call->cancel();
    }
}

void FolderTreeModel::setClient(RestClient *client)
{
    beginResetModel();
    cancelPending();
    m_client = client;
    m_root = std::make_unique<Node>();
    m_root->folder.id = -1;
    endResetModel();
}

void FolderTreeModel::reload()
{
    setClient(m_client);

    // A view (or a model tester) may already have fetched in reaction to the reset.
    if (m_root->state == Node::State::NotLoaded)
        load(m_root.get());
}

FolderTreeModel::Node *FolderTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &parent) const
{
    return nodeFor(parent)->isFolder() ? 1 : 0;
}

bool FolderTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (!node->isFolder() || parent.column() > 0)
        return false;
    // Until the server answered, any folder may have sub-folders: show it expandable.
    if (node->state == Node::State::NotLoaded || node->state == Node::State::Loading)
        return true;
    return !node->children.empty();
}

bool FolderTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return node->isFolder() && node->state == Node::State::NotLoaded;
}

void FolderTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(nodeFor(parent));
}

bool FolderTreeModel::isLoading(const QModelIndex &parent) const
{
    return nodeFor(parent)->state == Node::State::Loading;
}

QModelIndex FolderTreeModel::indexOfFolder(int folderId) const
{
    std::vector<const Node *> queue{m_root.get()};
    while (!queue.empty()) {
        const Node *node = queue.back();
        queue.pop_back();
        for (const auto &child : node->children) {
            if (!child->isFolder())
                continue;
            if (child->folder.id == folderId)
                return indexFor(child.get());
            queue.push_back(child.get());
        }
    }
    return {};
}

void FolderTreeModel::load(Node *node)
{
    node->state = Node::State::Loading;
    node->request = ++m_lastRequest;
    m_pending.insert(node->request, node);

    if (!m_client) {
        Result<Page<Folder>> offline;
        offline.status = CallStatus::NetworkError;
        offline.message = ModelRow::notConnectedText();
        finishLoad(node->request, offline);
        return;
    }

    const quint64 request = node->request;
    QTimer::singleShot(ModelRow::LoadingRowDelayMs, this, [this, request] {
        if (Node *waiting = m_pending.value(request))
            setStatusChild(waiting, ModelRow::Kind::Loading);
    });

    FolderQuery query;
    if (node == m_root.get())
        query.onlyRootFolders = true;
    else
        query.parentFolderId = node->folder.id;
    query.page.allPages = true;
    node->call = m_client->searchFolders(query, this,
                                         [this, request](const Result<Page<Folder>> &result) {
                                             finishLoad(request, result);
                                         });
}

void FolderTreeModel::finishLoad(quint64 request, const Result<Page<Folder>> &result)
{
    Node *node = m_pending.take(request);
    if (!node)
        return; // the tree was reset while this listing was on its way
    node->call = nullptr;
    removeChildren(node);

    if (!result.ok()) {
        qCInfo(lcFolderTree) << "listing folder" << node->folder.id
                             << "failed:" << callStatusName(result.status);
        node->state = Node::State::Failed;
        const QString message = result.message.isEmpty() ? tr("The server did not answer.")
                                                         : result.message;
        setStatusChild(node, ModelRow::Kind::Error, message);
        emit childrenFailed(indexFor(node), message);
        return;
    }

    const QList<Folder> folders = acceptedChildren(node, result.value.records);
    node->state = Node::State::Loaded;
    if (!folders.isEmpty()) {
        beginInsertRows(indexFor(node), 0, int(folders.size()) - 1);
        for (const Folder &folder : folders) {
            auto child = std::make_unique<Node>();
            child->folder = folder;
            child->folder.children.clear(); // the tree loads them itself, lazily
            child->parent = node;
            child->row = int(node->children.size());
            node->children.push_back(std::move(child));
        }
        endInsertRows();
    } else if (node != m_root.get()) {
        // The expander goes away now that the folder is known to be empty.
        const QModelIndex index = indexFor(node);
        emit dataChanged(index, index);
    }
    emit childrenLoaded(indexFor(node));
}

QList<Folder> FolderTreeModel::acceptedChildren(const Node *node, QList<Folder> folders) const
{
    // Only direct children, each once: a server that also returns deeper folders, or the
    // parent itself, must not produce a tree with duplicates or a loop.
    const bool top = node == m_root.get();
    QSet<int> seen;
    QList<Folder> accepted;
    for (const Folder &folder : std::as_const(folders)) {
        const bool direct = top ? folder.parentId <= 0 : folder.parentId == node->folder.id;
        if (!direct || folder.id == node->folder.id || seen.contains(folder.id))
            continue;
        seen.insert(folder.id);
        accepted.append(folder);
    }
    std::sort(accepted.begin(), accepted.end(), [](const Folder &a, const Folder &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return accepted;
}

void FolderTreeModel::removeChildren(Node *node)
{
    if (node->children.empty())
        return;
    beginRemoveRows(indexFor(node), 0, int(node->children.size()) - 1);
    node->children.clear();
    endRemoveRows();
}

void FolderTreeModel::setStatusChild(Node *node, ModelRow::Kind kind, const QString &message)
{
    removeChildren(node);

    auto status = std::make_unique<Node>();
    status->kind = kind;
    status->message = message;
    status->parent = node;
    status->state = Node::State::Loaded;
    beginInsertRows(indexFor(node), 0, 0);
    node->children.push_back(std::move(status));
    endInsertRows();
}

void FolderTreeModel::retry(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (node->kind == ModelRow::Kind::Error)
        node = node->parent;
    if (!node || node->state != Node::State::Failed)
        return;

    removeChildren(node);
    load(node);
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    return node->isFolder() ? folderData(node, role) : statusData(node, role);
}

QVariant FolderTreeModel::folderData(const Node *node, int role) const
{
    const Folder &folder = node->folder;
    switch (role) {
    case Qt::DisplayRole:
        return folder.name;
    case Qt::ToolTipRole:
        return folder.path;
    case ModelRow::KindRole:
        return QVariant::fromValue(ModelRow::Kind::Record);
    case FolderIdRole:
        return folder.id;
    case FolderPathRole:
        return folder.path;
    case ParentFolderIdRole:
        return folder.parentId;
    case InheritsPermissionsRole:
        return folder.inheritPermissions;
    case InheritsSecretPolicyRole:
        return folder.inheritSecretPolicy;
    case SecretPolicyIdRole:
        return folder.secretPolicyId;
    default:
        return {};
    }
}

QVariant FolderTreeModel::statusData(const Node *node, int role) const
{
    const bool error = node->kind == ModelRow::Kind::Error;
    switch (role) {
    case Qt::DisplayRole:
        return error ? node->message : ModelRow::loadingText();
    case Qt::ToolTipRole:
        return error ? QVariant(tr("%1\nRetry to ask the server again.").arg(node->message))
                     : QVariant();
    case ModelRow::KindRole:
        return QVariant::fromValue(node->kind);
    case ModelRow::ErrorMessageRole:
        return error ? QVariant(node->message) : QVariant();
    default:
        return {};
    }
}

bool FolderTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_UNUSED(value)
    if (role != ModelRow::RetryRole || !index.isValid()
        || nodeFor(index)->kind != ModelRow::Kind::Error) {
        return false;
    }
    retry(index);
    return true;
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!nodeFor(index)->isFolder())
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FolderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Folder");
    return QAbstractItemModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> FolderTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ModelRow::KindRole, QByteArrayLiteral("rowKind"));
    names.insert(ModelRow::ErrorMessageRole, QByteArrayLiteral("errorMessage"));
    names.insert(FolderIdRole, QByteArrayLiteral("folderId"));
    names.insert(FolderPathRole, QByteArrayLiteral("folderPath"));
    names.insert(InheritsPermissionsRole, QByteArrayLiteral("inheritsPermissions"));
    return names;
}
