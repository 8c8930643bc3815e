#include "qualys/AuthRecordModel.h"

#include "qualys/QualysClient.h"

#include <memory>

namespace qualys {

AuthRecordModel::AuthRecordModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuthRecordModel::setClient(QualysClient *client)
{
    m_client = client;
    ++m_generation; // answers to an earlier client are dropped
    m_error.clear();
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
}

void AuthRecordModel::reload()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }

    // One list call per type; the rows change once, when the last answer is in.
    struct Gather
    {
        int pending = 0;
        QMap<AuthRecordType, QList<AuthRecord>> byType;
        QString error;
    };
    auto gather = std::make_shared<Gather>();
    const QList<AuthRecordTypeInfo> &types = AuthRecordTypeInfo::all();
    gather->pending = int(types.size());
    for (const AuthRecordTypeInfo &info : types) {
        const AuthRecordType type = info.type;
        m_client->listRecords(
                type, this,
                [this, generation, gather, type](const QualysReply<QList<AuthRecord>> &reply) {
                    if (generation != m_generation)
                        return;
                    if (reply.ok())
                        gather->byType.insert(type, reply.value);
                    else if (gather->error.isEmpty())
                        gather->error = reply.message;
                    if (--gather->pending > 0)
                        return;
                    QList<AuthRecord> all;
                    for (const QList<AuthRecord> &records : std::as_const(gather->byType))
                        all += records;
                    m_error = gather->error;
                    beginResetModel();
                    m_all = all;
                    m_shown.clear();
                    for (const AuthRecord &record : std::as_const(m_all))
                        if (!m_filter || record.type == *m_filter)
                            m_shown << record;
                    endResetModel();
                    m_loading = false;
                    emit loadingChanged(false);
                    emit loaded(m_error.isEmpty(), m_error);
                });
    }
}

void AuthRecordModel::setTypeFilter(std::optional<AuthRecordType> type)
{
    if (m_filter == type)
        return;
    m_filter = type;
    applyFilter();
}

void AuthRecordModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (const AuthRecord &record : std::as_const(m_all))
        if (!m_filter || record.type == *m_filter)
            m_shown << record;
    endResetModel();
}

std::optional<AuthRecord> AuthRecordModel::record(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown.at(row);
}

int AuthRecordModel::rowOf(AuthRecordType type, int id) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).type == type && m_shown.at(row).id == id)
            return row;
    return -1;
}

int AuthRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuthRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuthRecord &record = m_shown.at(index.row());
    if (role == RecordIdRole)
        return record.id;
    if (role == RecordTypeRole)
        return QVariant::fromValue(record.type);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return AuthRecordTypeInfo::of(record.type).label;
    case TitleColumn:
        return record.title;
    case IpsColumn:
        return record.ips.join(QStringLiteral(", "));
    case LoginTypeColumn:
        return record.usesVault() ? tr("Vault") : tr("Basic");
    case VaultColumn:
        if (!record.usesVault())
            return QString();
        return record.vaultTitle.isEmpty() ? QString::number(record.vaultId) : record.vaultTitle;
    case SecretNameColumn:
        return record.secretName;
    case UserNameColumn:
        return record.username;
    default:
        return {};
    }
}

QVariant AuthRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case IpsColumn:
        return tr("IPs");
    case LoginTypeColumn:
        return tr("Login");
    case VaultColumn:
        return tr("Vault");
    case SecretNameColumn:
        return tr("Secret name");
    case UserNameColumn:
        return tr("User name");
    default:
        return {};
    }
}

} // namespace qualys
