#include "models/AuditModel.h"

#include "secretserver/RestClient.h"

#include <QLocale>

using namespace secretserver;

AuditModel::AuditModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void AuditModel::showSecret(int secretId)
{
    show(Subject::Secret, secretId);
}

void AuditModel::showUser(int userId)
{
    show(Subject::User, userId);
}

void AuditModel::show(Subject subject, int id)
{
    m_subject = subject;
    m_subjectId = id;
    if (client())
        reload();
}

PendingCall *AuditModel::requestPage(int skip, int take, quint64 generation)
{
    PageRequest page;
    page.skip = skip;
    page.take = take;
    auto done = [this, generation](const Result<Page<AuditRecord>> &result) {
        deliver(generation, result, m_records);
    };

    switch (m_subject) {
    case Subject::Secret:
        return client()->secretAudits(m_subjectId, page, this, done);
    case Subject::User:
        return client()->userAudit(m_subjectId, page, this, done);
    case Subject::None:
        break;
    }
    failCurrent(tr("Choose a secret or a user to see its audit."));
    return nullptr;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case DateColumn:
        return tr("Date");
    case ActionColumn:
        return tr("Action");
    case UserColumn:
        return tr("User");
    case AddressColumn:
        return tr("Address");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

QVariant AuditModel::recordData(int row, int column, int role) const
{
    const AuditRecord &record = m_records.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, column);
    case DateRole:
        return record.date;
    case ActionRole:
        return record.action;
    case UserNameRole:
        return record.userName;
    case DisplayNameRole:
        return record.displayName;
    case IpAddressRole:
        return record.ipAddress;
    case MachineNameRole:
        return record.machineName;
    case NotesRole:
        return record.notes;
    case UserIdRole:
        return record.userId;
    case AffectedUserRole:
        return record.displayNameAffected;
    default:
        return {};
    }
}

QVariant AuditModel::displayText(const AuditRecord &record, int column) const
{
    switch (column) {
    case DateColumn:
        return record.date.isValid()
                   ? QLocale().toString(record.date.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ActionColumn:
        return record.actionForDisplay.isEmpty() ? record.action : record.actionForDisplay;
    case UserColumn:
        return record.displayName.isEmpty() ? record.userName : record.displayName;
    case AddressColumn:
        if (record.machineName.isEmpty())
            return record.ipAddress;
        return QStringLiteral("%1 (%2)").arg(record.ipAddress, record.machineName);
    case NotesColumn:
        return record.notes;
    default:
        return {};
    }
}
