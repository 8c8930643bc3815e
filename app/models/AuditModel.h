#pragma once

#include "models/RemoteListModel.h"
#include "secretserver/AuditRecord.h"

// The audit trail of one secret (who viewed or checked it out) or of one user (logins and
// what they did), paged from the server. Records carry no secret values.
class AuditModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum class Subject { None, Secret, User };
    Q_ENUM(Subject)

    enum Column { DateColumn, ActionColumn, UserColumn, AddressColumn, NotesColumn,
                  ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DateRole = ModelRow::FirstModelRole,
        ActionRole,
        UserNameRole,
        DisplayNameRole,
        IpAddressRole,
        MachineNameRole,
        NotesRole,
        UserIdRole,
        AffectedUserRole,
    };
    Q_ENUM(Role)

    explicit AuditModel(QObject *parent = nullptr);

    // Each starts a new listing when a client is set.
    void showSecret(int secretId);
    void showUser(int userId);
    Subject subject() const { return m_subject; }
    int subjectId() const { return m_subjectId; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int recordCount() const override { return int(m_records.size()); }

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override { m_records.clear(); }

private:
    void show(Subject subject, int id);
    QVariant displayText(const secretserver::AuditRecord &record, int column) const;

    Subject m_subject = Subject::None;
    int m_subjectId = 0;
    QList<secretserver::AuditRecord> m_records;
};
