#include "qualys/IntegrationModel.h"

#include "checks/ReadinessAssessor.h"
#include "qualys/QualysClient.h"
#include "qualys/QualysLog.h"
#include "secretserver/RestClient.h"

#include <QTimer>
#include <algorithm>

namespace qualys {

IntegrationModel::IntegrationModel(QObject *parent) : QAbstractTableModel(parent) { }

IntegrationModel::~IntegrationModel() = default;

void IntegrationModel::setSources(QualysClient *qualys, secretserver::RestClient *secretServer)
{
    clear();
    m_qualys = qualys;
    m_secretServer = secretServer;
    delete m_assessor;
    m_assessor = nullptr;
    if (!secretServer)
        return;
    m_assessor = new ReadinessAssessor(secretServer, this);
    connect(m_assessor, &ReadinessAssessor::recordAssessed, this,
            &IntegrationModel::onRecordAssessed);
    connect(m_assessor, &ReadinessAssessor::finished, this,
            &IntegrationModel::onAssessmentFinished);
}

void IntegrationModel::clear()
{
    ++m_generation;
    if (m_assessor)
        m_assessor->cancel();
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    m_vaults.clear();
    m_listed.clear();
    m_pendingGroups.clear();
    m_checkingRows.clear();
    m_pendingCalls = 0;
    m_error.clear();
    m_state = State::Idle;
    m_loadingRowShown = false;
    endResetModel();
    emit stateChanged(m_state);
}

void IntegrationModel::reload()
{
    clear();
    if (!m_qualys || !m_secretServer) {
        fail(ModelRow::notConnectedText());
        return;
    }
    const quint64 generation = m_generation;
    m_state = State::Loading; // no rows yet: clear() left none
    emit stateChanged(m_state);
    // A fast answer never shows the loading row, so the view does not flicker.
    QTimer::singleShot(ModelRow::LoadingRowDelayMs, this, [this, generation] {
        if (generation != m_generation || m_state != State::Loading || m_loadingRowShown)
            return;
        beginInsertRows({}, 0, 0);
        m_loadingRowShown = true;
        endInsertRows();
    });

    m_qualys->listVaults(this, [this, generation](const QualysReply<QList<AuthVault>> &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok())
            return fail(reply.message);
        // The vault's Secret Server account is only in a view answer, so view each vault.
        for (const AuthVault &vault : reply.value) {
            m_vaults.insert(vault.id, vault);
            if (vault.type != ThycoticVaultType)
                continue;
            ++m_pendingCalls;
            m_qualys->viewVault(vault.id, this,
                                [this, generation, id = vault.id](const QualysReply<AuthVault> &r) {
                                    if (generation != m_generation)
                                        return;
                                    if (!r.ok())
                                        return fail(r.message);
                                    AuthVault viewed = r.value;
                                    viewed.id = id;
                                    m_vaults.insert(id, viewed);
                                    oneListingDone(generation);
                                });
        }
        listRecords(generation);
    });
}

void IntegrationModel::listRecords(quint64 generation)
{
    const QList<AuthRecordTypeInfo> &types = AuthRecordTypeInfo::all();
    m_pendingCalls += int(types.size());
    for (const AuthRecordTypeInfo &info : types) {
        m_qualys->listRecords(info.type, this,
                              [this, generation](const QualysReply<QList<AuthRecord>> &reply) {
                                  if (generation != m_generation)
                                      return;
                                  if (!reply.ok())
                                      return fail(reply.message);
                                  for (const AuthRecord &record : reply.value) {
                                      if (record.usesVault())
                                          m_listed.append(record);
                                  }
                                  oneListingDone(generation);
                              });
    }
}

void IntegrationModel::oneListingDone(quint64 generation)
{
    if (generation != m_generation || --m_pendingCalls > 0)
        return;
    startChecking();
}

void IntegrationModel::startChecking()
{
    std::sort(m_listed.begin(), m_listed.end(), [](const AuthRecord &a, const AuthRecord &b) {
        if (a.type != b.type)
            return a.type < b.type;
        return a.title.localeAwareCompare(b.title) < 0;
    });

    QHash<int, int> groupByVault;
    beginResetModel();
    m_state = State::Checking;
    m_loadingRowShown = false;
    for (const AuthRecord &record : std::as_const(m_listed)) {
        Row row;
        row.record = record;
        const auto vault = m_vaults.constFind(record.vaultId);
        row.vaultTitle = vault != m_vaults.cend() ? vault->title : record.vaultTitle;
        const int index = int(m_rows.size());
        if (vault == m_vaults.cend() || vault->type != ThycoticVaultType
            || vault->username.isEmpty()) {
            row.status = RecordStatus::NotChecked;
            row.note = tr("The record's vault is not a Secret Server vault with a known "
                          "account, so its secret cannot be checked.");
        } else {
            auto group = groupByVault.constFind(record.vaultId);
            if (group == groupByVault.cend()) {
                group = groupByVault.insert(record.vaultId, int(m_pendingGroups.size()));
                m_pendingGroups.append({ vault->username, {} });
            }
            m_pendingGroups[*group].rows.append(index);
        }
        m_rowByKey.insert(keyOf(record), index);
        m_rows.append(row);
    }
    m_listed.clear();
    endResetModel();
    emit stateChanged(m_state);
    qCInfo(lcQualys) << "checking" << m_rows.size() << "vault-backed records in"
                     << m_pendingGroups.size() << "vaults";
    checkNextVault();
}

void IntegrationModel::checkNextVault()
{
    if (m_state != State::Checking)
        return;
    if (m_pendingGroups.isEmpty()) {
        setState(State::Done);
        return;
    }
    const VaultGroup group = m_pendingGroups.takeFirst();
    m_checkingRows = group.rows;
    QList<RecordTarget> targets;
    for (int index : group.rows) {
        const AuthRecord &record = m_rows.at(index).record;
        targets.append({ keyOf(record), record.title, record.secretName, record.username });
    }
    m_assessor->assess(group.account, targets);
}

void IntegrationModel::onRecordAssessed(const QString &key, const RecordReadiness &readiness)
{
    const int at = m_rowByKey.value(key, -1);
    if (at < 0 || !m_checkingRows.contains(at))
        return;
    Row &row = m_rows[at];
    row.readiness = readiness;
    if (!readiness.isReady())
        row.status = RecordStatus::WillFail;
    else if (worstSeverity(readiness.findings) == Finding::Severity::Warning)
        row.status = RecordStatus::ReadyWithWarnings;
    else
        row.status = RecordStatus::Ready;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void IntegrationModel::onAssessmentFinished(bool ok, const QString &message)
{
    if (m_state != State::Checking)
        return;
    QList<int> unchecked;
    for (int index : std::as_const(m_checkingRows)) {
        if (m_rows.at(index).status == RecordStatus::Checking)
            unchecked.append(index);
    }
    m_checkingRows.clear();
    markUnchecked(unchecked,
                  ok || message.isEmpty() ? tr("Secret Server gave no verdict for this record.")
                                          : message);
    checkNextVault();
}

void IntegrationModel::markUnchecked(const QList<int> &rows, const QString &reason)
{
    for (int index : rows) {
        m_rows[index].status = RecordStatus::NotChecked;
        m_rows[index].note = reason;
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    }
}

void IntegrationModel::fail(const QString &message)
{
    ++m_generation; // the other answers of this reload no longer matter
    if (m_assessor)
        m_assessor->cancel();
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    m_pendingGroups.clear();
    m_checkingRows.clear();
    m_state = State::Failed;
    m_loadingRowShown = false;
    m_error = message.isEmpty() ? tr("The records could not be read.") : message;
    endResetModel();
    emit stateChanged(m_state);
}

void IntegrationModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}

QString IntegrationModel::keyOf(const AuthRecord &record)
{
    return AuthRecordTypeInfo::of(record.type).key + u':' + QString::number(record.id);
}

bool IntegrationModel::isRecordRow(int row) const
{
    return m_state != State::Loading && m_state != State::Failed && row >= 0 && row < m_rows.size();
}

std::optional<AuthRecord> IntegrationModel::record(int row) const
{
    if (!isRecordRow(row))
        return std::nullopt;
    return m_rows.at(row).record;
}

std::optional<RecordReadiness> IntegrationModel::readiness(int row) const
{
    if (!isRecordRow(row))
        return std::nullopt;
    return m_rows.at(row).readiness;
}

QString IntegrationModel::statusText(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Checking:
        return tr("Checking…");
    case RecordStatus::Ready:
        return tr("Ready");
    case RecordStatus::ReadyWithWarnings:
        return tr("Ready, with warnings");
    case RecordStatus::WillFail:
        return tr("Will fail");
    case RecordStatus::NotChecked:
        return tr("Not checked");
    }
    return {};
}

int IntegrationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_state == State::Loading)
        return m_loadingRowShown ? 1 : 0;
    if (m_state == State::Failed)
        return 1;
    return int(m_rows.size());
}

int IntegrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_state == State::Loading || m_state == State::Failed) {
        const bool loading = m_state == State::Loading;
        if (role == ModelRow::KindRole)
            return QVariant::fromValue(loading ? ModelRow::Kind::Loading : ModelRow::Kind::Error);
        if (role == ModelRow::ErrorMessageRole && !loading)
            return m_error;
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == 0)
            return loading ? ModelRow::loadingText() : m_error;
        return {};
    }
    if (role == ModelRow::KindRole)
        return QVariant::fromValue(ModelRow::Kind::Record);
    return recordData(m_rows.at(index.row()), index.column(), role);
}

QVariant IntegrationModel::recordData(const Row &row, int column, int role) const
{
    const std::optional<secretserver::SecretSummary> secret
            = row.readiness ? row.readiness->secret : std::nullopt;
    switch (role) {
    case StatusRole:
        return QVariant::fromValue(row.status);
    case FindingCodesRole: {
        QStringList codes;
        if (row.readiness) {
            for (const Finding &finding : row.readiness->findings)
                codes.append(finding.code);
        }
        return codes;
    }
    case RecordIdRole:
        return row.record.id;
    case RecordTypeRole:
        return QVariant::fromValue(row.record.type);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case TypeColumn:
        return AuthRecordTypeInfo::of(row.record.type).label;
    case TitleColumn:
        return row.record.title;
    case VaultColumn:
        return row.vaultTitle;
    case SecretNameColumn:
        return row.record.secretName;
    case SecretFoundColumn:
        if (secret)
            return secret->folderPath.isEmpty()
                    ? secret->name
                    : secret->folderPath + QStringLiteral("\\") + secret->name;
        if (row.status == RecordStatus::Checking || row.status == RecordStatus::NotChecked)
            return QString();
        return tr("No matching secret");
    case StatusColumn:
        return statusText(row.status);
    case ReasonColumn:
        if (row.status == RecordStatus::NotChecked)
            return row.note;
        if (row.readiness && !row.readiness->findings.isEmpty()
            && row.status != RecordStatus::Ready) {
            const Finding &worst = row.readiness->findings.first();
            return tr("%1. Fix: %2").arg(worst.title, worst.fix);
        }
        return QString();
    default:
        return {};
    }
}

bool IntegrationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == ModelRow::RetryRole && m_state == State::Failed && index.isValid()
        && index.row() == 0 && value.toBool()) {
        reload();
        return true;
    }
    return false;
}

QVariant IntegrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Record type");
    case TitleColumn:
        return tr("Record title");
    case VaultColumn:
        return tr("Vault");
    case SecretNameColumn:
        return tr("Secret name");
    case SecretFoundColumn:
        return tr("Secret found");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace qualys
