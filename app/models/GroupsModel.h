#pragma once

#include "models/RemoteListModel.h"
#include "secretserver/Directory.h"

// The vault's groups as a paged server-side search (name, domain, members, state).
class GroupsModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DomainColumn, MembersColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        GroupIdRole = ModelRow::FirstModelRole,
        NameRole,
        DomainRole,
        MemberCountRole,
        EnabledRole,
    };
    Q_ENUM(Role)

    explicit GroupsModel(QObject *parent = nullptr);

    void setSearch(const QString &searchText, bool includeInactive = false);
    const secretserver::Group *groupAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int recordCount() const override { return int(m_records.size()); }

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override { m_records.clear(); }

private:
    secretserver::GroupQuery m_query;
    QList<secretserver::Group> m_records;
};
