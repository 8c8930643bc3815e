#include "models/RemoteListModel.h"

#include "secretserver/PendingCall.h"
#include "secretserver/RestClient.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcModels, "scanvault.models")
} // namespace

RemoteListModel::RemoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(ModelRow::LoadingRowDelayMs);
    connect(&m_loadingDelay, &QTimer::timeout, this, [this] {
        if (m_status == Status::Loading)
            showStatusRow(StatusRow::Loading);
    });
}

RemoteListModel::~RemoteListModel()
{
    ++m_generation; // a cancelled call may report back at once; it must be ignored
    if (m_call)
        m_call->cancel();
}

void RemoteListModel::setClient(secretserver::RestClient *client)
{
    m_client = client;
}

secretserver::RestClient *RemoteListModel::client() const
{
    return m_client;
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return recordCount() + (m_statusRow == StatusRow::None ? 0 : 1);
}

int RemoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isStatusRow(index.row()))
        return statusRowData(index.column(), role);
    if (role == ModelRow::KindRole)
        return QVariant::fromValue(ModelRow::Kind::Record);
    return recordData(index.row(), index.column(), role);
}

QVariant RemoteListModel::statusRowData(int column, int role) const
{
    const bool error = m_statusRow == StatusRow::Error;
    switch (role) {
    case ModelRow::KindRole:
        return QVariant::fromValue(error ? ModelRow::Kind::Error : ModelRow::Kind::Loading);
    case ModelRow::ErrorMessageRole:
        return error ? QVariant(m_errorMessage) : QVariant();
    case Qt::DisplayRole:
        if (column != 0)
            return {};
        return error ? m_errorMessage : ModelRow::loadingText();
    case Qt::ToolTipRole:
        return error ? QVariant(tr("%1\nRetry to ask the server again.").arg(m_errorMessage))
                     : QVariant();
    default:
        return {};
    }
}

bool RemoteListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_UNUSED(value)
    if (role != ModelRow::RetryRole || !index.isValid() || !isStatusRow(index.row())
        || m_statusRow != StatusRow::Error) {
        return false;
    }
    retry();
    return true;
}

Qt::ItemFlags RemoteListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isStatusRow(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool RemoteListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_status != Status::Idle)
        return false;
    return !m_started || (isPaged() && m_hasNext);
}

void RemoteListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage();
}

QHash<int, QByteArray> RemoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ModelRow::KindRole, QByteArrayLiteral("rowKind"));
    names.insert(ModelRow::ErrorMessageRole, QByteArrayLiteral("errorMessage"));
    return names;
}

void RemoteListModel::reload()
{
    ++m_generation; // before cancelling: the cancelled call's answer is then ignored
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_loadingDelay.stop();

    beginResetModel();
    clearRecords();
    m_statusRow = StatusRow::None;
    m_errorMessage.clear();
    m_serverTotal = 0;
    m_started = false;
    m_hasNext = true;
    m_status = Status::Idle;
    endResetModel();

    // A view (or a model tester) may already have fetched in reaction to the reset.
    if (!m_started)
        startPage();
}

void RemoteListModel::retry()
{
    if (m_status != Status::Failed)
        return;
    showStatusRow(StatusRow::None);
    m_errorMessage.clear();
    setStatus(Status::Idle);
    startPage();
}

void RemoteListModel::startPage()
{
    m_started = true;
    setStatus(Status::Loading);

    if (!m_client) {
        failCurrent(ModelRow::notConnectedText());
        return;
    }
    const int take = isPaged() ? m_pageSize : 0;
    m_call = requestPage(recordCount(), take, m_generation);
    if (m_status == Status::Loading)
        m_loadingDelay.start();
}

void RemoteListModel::deliverPage(quint64 generation, const secretserver::CallResult &result,
                                  int count, int total, bool hasNext,
                                  const std::function<void()> &append)
{
    if (generation != m_generation || m_status != Status::Loading)
        return; // an answer to a request made before reload()

    m_call = nullptr;
    m_loadingDelay.stop();
    showStatusRow(StatusRow::None);

    if (!result.ok()) {
        qCInfo(lcModels) << metaObject()->className() << "listing failed:"
                         << secretserver::callStatusName(result.status);
        failCurrent(result.message.isEmpty() ? tr("The server did not answer.") : result.message);
        return;
    }

    if (count > 0) {
        beginInsertRows({}, recordCount(), recordCount() + count - 1);
        append();
        endInsertRows();
    }
    m_serverTotal = total;
    // A server that reports no more pages, or an empty page, ends the list.
    m_hasNext = hasNext && count > 0;
    setStatus(Status::Idle);
    emit pageLoaded();
}

void RemoteListModel::failCurrent(const QString &message)
{
    m_call = nullptr;
    m_loadingDelay.stop();
    showStatusRow(StatusRow::None);
    m_errorMessage = message;
    showStatusRow(StatusRow::Error);
    setStatus(Status::Failed);
}

void RemoteListModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void RemoteListModel::showStatusRow(StatusRow row)
{
    if (row == m_statusRow)
        return;
    const int at = recordCount();
    if (m_statusRow != StatusRow::None) {
        beginRemoveRows({}, at, at);
        m_statusRow = StatusRow::None;
        endRemoveRows();
    }
    if (row != StatusRow::None) {
        beginInsertRows({}, at, at);
        m_statusRow = row;
        endInsertRows();
    }
}
